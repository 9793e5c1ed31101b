/**
 * Paragraph: a text element of a section or table cell.
 */
import { type TextEl, replaceAll } from './model';
import { checkIndex } from './children';
import { mergeAttributes } from './attributes';
import { ListedImpl } from './listed';
import { findIn } from './range-element';

export class ParagraphImpl extends ListedImpl<TextEl> {
  getText(): string {
    return this._el.text;
  }

  setText(text: string): this {
    this._el.text = String(text);
    return this;
  }

  clear(): this {
    this._el.text = '';
    return this;
  }

  appendText(text: string): GoogleAppsScript.Document.Text {
    this._el.text += String(text);
    return this.editAsText();
  }

  editAsText(): GoogleAppsScript.Document.Text {
    const el = this._el;
    return this._session.views.text(
      this._session,
      () => [el],
      () => this._session.views.element(this._session, el),
    );
  }

  getNumChildren(): number {
    return this._el.text === '' ? 0 : 1;
  }

  getChild(childIndex: number): GoogleAppsScript.Document.Text {
    checkIndex(childIndex, this.getNumChildren());
    return this.editAsText();
  }

  getHeading(): string {
    return this._el.type === 'PARAGRAPH'
      ? this._el.heading
      : ((this._el.attributes.HEADING as string) ?? 'NORMAL');
  }

  setHeading(heading: string): this {
    if (this._el.type === 'PARAGRAPH') this._el.heading = String(heading);
    else this._el.attributes.HEADING = String(heading);
    return this;
  }

  getAlignment(): string | null {
    return this._el.type === 'PARAGRAPH'
      ? this._el.alignment
      : ((this._el.attributes.HORIZONTAL_ALIGNMENT as string | undefined) ?? null);
  }

  setAlignment(alignment: string): this {
    if (this._el.type === 'PARAGRAPH') this._el.alignment = String(alignment);
    else this._el.attributes.HORIZONTAL_ALIGNMENT = String(alignment);
    return this;
  }

  override getAttributes(): Record<string, unknown> {
    const attrs = super.getAttributes();
    attrs.HEADING = this.getHeading();
    attrs.HORIZONTAL_ALIGNMENT = this.getAlignment();
    return attrs;
  }

  override setAttributes(attributes: Record<string, unknown>): this {
    const rest = { ...(attributes ?? {}) };
    if (rest.HEADING != null) this.setHeading(String(rest.HEADING));
    if (rest.HORIZONTAL_ALIGNMENT != null) this.setAlignment(String(rest.HORIZONTAL_ALIGNMENT));
    delete rest.HEADING;
    delete rest.HORIZONTAL_ALIGNMENT;
    mergeAttributes(this._el.attributes, rest);
    return this;
  }

  replaceText(searchPattern: string, replacement: string): this {
    this._el.text = replaceAll(this._el.text, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: unknown): GoogleAppsScript.Document.RangeElement | null {
    return findIn(this._session, [this._el], searchPattern, from);
  }

  getLinkUrl(): string | null {
    return (this._el.attributes.LINK_URL as string | undefined) ?? null;
  }
  setLinkUrl(url: string | null): this {
    this._el.attributes.LINK_URL = url;
    return this;
  }
  getLineSpacing(): number | null {
    return (this._el.attributes.LINE_SPACING as number | undefined) ?? null;
  }
  setLineSpacing(multiplier: number): this {
    this._el.attributes.LINE_SPACING = Number(multiplier);
    return this;
  }
  getSpacingBefore(): number | null {
    return (this._el.attributes.SPACING_BEFORE as number | undefined) ?? null;
  }
  setSpacingBefore(spacing: number): this {
    this._el.attributes.SPACING_BEFORE = Number(spacing);
    return this;
  }
  getSpacingAfter(): number | null {
    return (this._el.attributes.SPACING_AFTER as number | undefined) ?? null;
  }
  setSpacingAfter(spacing: number): this {
    this._el.attributes.SPACING_AFTER = Number(spacing);
    return this;
  }
  getIndentStart(): number | null {
    return (this._el.attributes.INDENT_START as number | undefined) ?? null;
  }
  setIndentStart(indent: number): this {
    this._el.attributes.INDENT_START = Number(indent);
    return this;
  }
  getIndentEnd(): number | null {
    return (this._el.attributes.INDENT_END as number | undefined) ?? null;
  }
  setIndentEnd(indent: number): this {
    this._el.attributes.INDENT_END = Number(indent);
    return this;
  }
  getIndentFirstLine(): number | null {
    return (this._el.attributes.INDENT_FIRST_LINE as number | undefined) ?? null;
  }
  setIndentFirstLine(indent: number): this {
    this._el.attributes.INDENT_FIRST_LINE = Number(indent);
    return this;
  }
}
