/**
 * Text over one paragraph or all paragraphs of a container.
 */
import { gasError, NotEmulatedError } from '../core/errors';
import { type TextEl, replaceAll } from './model';
import { type Session } from './session';
import { ATTRIBUTE_NAMES, mergeAttributes } from './attributes';
import { NodeImpl } from './node';
import { findIn } from './range-element';
import { TEXT_STYLES } from './text-styles';

type Element = GoogleAppsScript.Document.Element;

/**
 * Text over one paragraph (Paragraph.editAsText) or over all paragraphs of a container (Body.editAsText).
 * Styles are kept per paragraph, so a style on part of a paragraph's text is not emulated.
 */
export class TextImpl extends NodeImpl {
  constructor(
    session: Session,
    readonly _holders: () => TextEl[],
    private parent: () => Element | null,
  ) {
    super(session);
    for (const [name, attr] of TEXT_STYLES) {
      const self = this as unknown as Record<string, unknown>;
      self[`set${name}`] = (...args: unknown[]) => this.style(`set${name}`, attr, args);
      const getter = ['Bold', 'Italic', 'Underline', 'Strikethrough'].includes(name)
        ? `is${name}`
        : `get${name}`;
      self[getter] = (offset?: number) => this.read(attr, offset);
    }
  }

  get _el(): TextEl | undefined {
    const holders = this._holders();
    return holders.length === 1 ? holders[0] : undefined;
  }

  getType(): string {
    return 'TEXT';
  }

  override getParent(): Element | null {
    return this.parent();
  }

  private single(method: string): TextEl {
    const holders = this._holders();
    if (holders.length !== 1) throw new NotEmulatedError(`Text.${method} on the text of several paragraphs`);
    return holders[0];
  }

  getText(): string {
    return this._holders()
      .map((h) => h.text)
      .join('\n');
  }

  setText(text: string): this {
    this.single('setText').text = String(text);
    return this;
  }

  appendText(text: string): this {
    this.single('appendText').text += String(text);
    return this;
  }

  insertText(offset: number, text: string): this {
    const h = this.single('insertText');
    const at = Number(offset);
    if (at < 0 || at > h.text.length) throw gasError(`Invalid offset: ${at}`);
    h.text = h.text.slice(0, at) + String(text) + h.text.slice(at);
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): this {
    const h = this.single('deleteText');
    const s = Number(startOffset);
    const e = Number(endOffsetInclusive);
    if (s < 0 || e < s || e >= h.text.length) throw gasError(`Invalid range: ${s}..${e}`);
    h.text = h.text.slice(0, s) + h.text.slice(e + 1);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    for (const h of this._holders()) h.text = replaceAll(h.text, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: unknown): GoogleAppsScript.Document.RangeElement | null {
    return findIn(this._session, this._holders(), searchPattern, from);
  }

  getTextAttributeIndices(): number[] {
    return [0];
  }

  getAttributes(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) attrs[name] = null;
    const holders = this._holders();
    if (holders.length === 1) Object.assign(attrs, holders[0].attributes);
    return attrs;
  }

  setAttributes(...args: unknown[]): this {
    if (args.length === 1) {
      for (const h of this._holders()) mergeAttributes(h.attributes, args[0] as Record<string, unknown>);
      return this;
    }
    const h = this.whole('setAttributes', args[0], args[1]);
    mergeAttributes(h.attributes, args[2] as Record<string, unknown>);
    return this;
  }

  /** A (start, endInclusive) range is emulated only when it covers a single paragraph's whole text. */
  private whole(method: string, start: unknown, end: unknown): TextEl {
    const h = this.single(method);
    if (Number(start) !== 0 || Number(end) !== h.text.length - 1) {
      throw new NotEmulatedError(`Text.${method}(start, end, ...) on part of a paragraph`);
    }
    return h;
  }

  private style(method: string, attr: string, args: unknown[]): this {
    if (args.length >= 3) {
      this.whole(method, args[0], args[1]).attributes[attr] = args[2];
    } else {
      for (const h of this._holders()) h.attributes[attr] = args[0];
    }
    return this;
  }

  private read(attr: string, offset?: number): unknown {
    void offset;
    const values = this._holders().map((h) => h.attributes[attr] ?? null);
    if (values.length === 0) return null;
    return values.every((v) => v === values[0]) ? values[0] : null;
  }
}
