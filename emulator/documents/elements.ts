/**
 * The DocumentApp element views: Body, HeaderSection, FooterSection, Paragraph, ListItem, Table, TableRow,
 * TableCell, Text, RangeElement, PageBreak, HorizontalRule. Each view is a thin object over a DocElementState
 * (or a table row/cell) that lives in ctx.state.documents, so every change is a change of the state.
 *
 * Views share a Session with the Document object that produced them: after saveAndClose every call on them
 * throws, as in Apps Script. A `copy()` is a detached element (no parent) until it is inserted somewhere.
 */
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import type { DocElementState, DocumentState } from '../core/state';
import {
  type CellState,
  type Owner,
  type RowState,
  type SectionName,
  type TableEl,
  type TextEl,
  compilePattern,
  deepCopy,
  elementText,
  isText,
  listText,
  locateCell,
  locateElement,
  locateRow,
  newCell,
  newListItem,
  newParagraph,
  newTable,
  replaceAll,
  rowText,
  tablesIn,
  textElements,
} from './model';

type Element = GoogleAppsScript.Document.Element;

export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

/** One opened Document object and everything obtained from it. */
export class Session {
  closed = false;
  constructor(
    readonly ctx: EmulatorContext,
    readonly docId: string,
  ) {}

  doc(): DocumentState | undefined {
    return this.ctx.state.documents[this.docId];
  }

  requireDoc(): DocumentState {
    const doc = this.doc();
    if (!doc) throw gasError("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return doc;
  }
}

/** Wraps a view for scripts: counts calls (ctx.wrap) and refuses every call once the document is closed. */
function guard<T>(session: Session, impl: object, typeName: string, open: string[] = []): T {
  // Methods run with `this` = this guard (not the counting wrapper), so internal calls are neither counted
  // nor exposed, and `return this` is recognised by ctx.wrap as chaining.
  const guarded: object = new Proxy(impl, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, guarded) as unknown;
      if (
        typeof value !== 'function' ||
        typeof prop !== 'string' ||
        prop.startsWith('_') ||
        open.includes(prop)
      ) {
        return value;
      }
      return (...args: unknown[]) => {
        if (session.closed) throw gasError(CLOSED_MESSAGE);
        return (value as (...a: unknown[]) => unknown).apply(guarded, args);
      };
    },
  });
  return session.ctx.wrap<T>(guarded, typeName);
}

export function wrapGuarded<T>(session: Session, impl: object, typeName: string, open: string[] = []): T {
  return guard<T>(session, impl, typeName, open);
}

/** The view of any body-level element (or of a detached copy). */
export function elementView(session: Session, el: DocElementState): Element {
  switch (el.type) {
    case 'PARAGRAPH':
      return guard(session, new ParagraphImpl(session, el), 'Paragraph');
    case 'LIST_ITEM':
      return guard(session, new ListItemImpl(session, el), 'ListItem');
    case 'TABLE':
      return guard(session, new TableImpl(session, el), 'Table');
    case 'PAGE_BREAK':
      return guard(session, new LeafImpl(session, el, 'PAGE_BREAK'), 'PageBreak');
    case 'HORIZONTAL_RULE':
      return guard(session, new LeafImpl(session, el, 'HORIZONTAL_RULE'), 'HorizontalRule');
  }
}

export function sectionView(session: Session, section: SectionName): Element {
  if (section === 'BODY') return guard(session, new BodyImpl(session), 'Body');
  if (section === 'HEADER') return guard(session, new HeaderImpl(session), 'HeaderSection');
  return guard(session, new FooterImpl(session), 'FooterSection');
}

function ownerView(session: Session, owner: Owner): Element {
  return owner.kind === 'section' ? sectionView(session, owner.section) : cellView(session, owner.cell);
}

function rowView(session: Session, row: RowState): GoogleAppsScript.Document.TableRow {
  return guard(session, new TableRowImpl(session, row), 'TableRow');
}

function cellView(session: Session, cell: CellState): GoogleAppsScript.Document.TableCell {
  return guard(session, new TableCellImpl(session, cell), 'TableCell');
}

function textView(
  session: Session,
  holders: () => TextEl[],
  parent: () => Element | null,
): GoogleAppsScript.Document.Text {
  return guard(session, new TextImpl(session, holders, parent), 'Text');
}

function indexError(index: number, count: number): Error {
  return gasError(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

function checkIndex(index: number, count: number): number {
  const i = Number(index);
  if (!Number.isInteger(i) || i < 0 || i >= count) throw indexError(i, count);
  return i;
}

/** The raw state behind a view a script passes back in (a detached copy or an attached element). */
function internals(arg: unknown): { session: Session; el: unknown } | null {
  if (!arg || typeof arg !== 'object') return null;
  const a = arg as { _session?: Session; _el?: unknown };
  return a._session && a._el ? { session: a._session, el: a._el } : null;
}

const ATTRIBUTE_NAMES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;
export { ATTRIBUTE_NAMES };

/** Attribute maps from scripts may use enum values or their names; null/undefined values are skipped. */
function mergeAttributes(target: Record<string, unknown>, attrs: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined) continue;
    target[String(key)] = value;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Common element behaviour

abstract class NodeImpl {
  constructor(readonly _session: Session) {}

  protected get ctx(): EmulatorContext {
    return this._session.ctx;
  }

  abstract getType(): string;

  getParent(): Element | null {
    return null;
  }

  asParagraph(): this {
    return this.cast('PARAGRAPH', 'Paragraph');
  }
  asListItem(): this {
    return this.cast('LIST_ITEM', 'ListItem');
  }
  asTable(): this {
    return this.cast('TABLE', 'Table');
  }
  asTableRow(): this {
    return this.cast('TABLE_ROW', 'TableRow');
  }
  asTableCell(): this {
    return this.cast('TABLE_CELL', 'TableCell');
  }
  asText(): this {
    return this.cast('TEXT', 'Text');
  }
  asBody(): this {
    return this.cast('BODY_SECTION', 'Body');
  }
  asHeaderSection(): this {
    return this.cast('HEADER_SECTION', 'HeaderSection');
  }
  asFooterSection(): this {
    return this.cast('FOOTER_SECTION', 'FooterSection');
  }
  asPageBreak(): this {
    return this.cast('PAGE_BREAK', 'PageBreak');
  }
  asHorizontalRule(): this {
    return this.cast('HORIZONTAL_RULE', 'HorizontalRule');
  }

  private cast(type: string, name: string): this {
    if (this.getType() !== type) throw gasError(`Cannot cast ${this.getType()} to ${name}.`);
    return this;
  }
}

/** An element that sits in an element list (section or table cell): paragraphs, list items, tables ... */
abstract class ListedImpl<E extends DocElementState> extends NodeImpl {
  constructor(
    session: Session,
    readonly _el: E,
  ) {
    super(session);
  }

  getType(): string {
    return this._el.type;
  }

  protected where() {
    return locateElement(this._session.doc(), this._el);
  }

  override getParent(): Element | null {
    const at = this.where();
    return at ? ownerView(this._session, at.owner) : null;
  }

  getNextSibling(): Element | null {
    const at = this.where();
    const next = at?.list[at.index + 1];
    return next ? elementView(this._session, next) : null;
  }

  getPreviousSibling(): Element | null {
    const at = this.where();
    const prev = at && at.index > 0 ? at.list[at.index - 1] : undefined;
    return prev ? elementView(this._session, prev) : null;
  }

  isAtDocumentEnd(): boolean {
    const at = this.where();
    return (
      !!at && at.owner.kind === 'section' && at.owner.section === 'BODY' && at.index === at.list.length - 1
    );
  }

  removeFromParent(): this {
    const at = this.where();
    if (!at) return this;
    checkRemovable(at, this._el);
    at.list.splice(at.index, 1);
    return this;
  }

  copy(): Element {
    return elementView(this._session, deepCopy(this._el));
  }

  getAttributes(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) attrs[name] = null;
    Object.assign(attrs, 'attributes' in this._el ? this._el.attributes : {});
    return attrs;
  }

  setAttributes(attributes: Record<string, unknown>): this {
    if ('attributes' in this._el) mergeAttributes(this._el.attributes, attributes);
    return this;
  }
}

/** Apps Script refuses to leave a document section without its final paragraph. */
function checkRemovable(
  at: { list: DocElementState[]; owner: Owner; index: number },
  el: DocElementState,
): void {
  if (at.owner.kind === 'section' && isText(el) && at.index === at.list.length - 1) {
    throw gasError("Can't remove the last paragraph in a document section.");
  }
}

class LeafImpl extends ListedImpl<DocElementState> {
  constructor(
    session: Session,
    el: DocElementState,
    private type: string,
  ) {
    super(session, el);
  }
  override getType(): string {
    return this.type;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Containers: Body, HeaderSection, FooterSection, TableCell

abstract class ContainerImpl extends NodeImpl {
  abstract _list(): DocElementState[];
  protected abstract isSection(): boolean;

  getNumChildren(): number {
    return this._list().length;
  }

  getChild(childIndex: number): Element {
    const list = this._list();
    return elementView(this._session, list[checkIndex(childIndex, list.length)]);
  }

  getChildIndex(child: Element): number {
    const inner = internals(child);
    const index = inner ? this._list().indexOf(inner.el as DocElementState) : -1;
    if (index < 0) throw gasError('Element does not contain the specified child element.');
    return index;
  }

  removeChild(child: Element): this {
    const list = this._list();
    const inner = internals(child);
    const index = inner ? list.indexOf(inner.el as DocElementState) : -1;
    if (index < 0) throw gasError('Element does not contain the specified child element.');
    if (this.isSection())
      checkRemovable({ list, owner: { kind: 'section', section: 'BODY' }, index }, list[index]);
    list.splice(index, 1);
    return this;
  }

  getText(): string {
    return listText(this._list());
  }

  /** Replaces all contents by the text, one paragraph per line. */
  setText(text: string): this {
    const list = this._list();
    list.splice(
      0,
      list.length,
      ...String(text)
        .split('\n')
        .map((line) => newParagraph(line)),
    );
    return this;
  }

  clear(): this {
    const list = this._list();
    list.splice(0, list.length, newParagraph(''));
    return this;
  }

  getParagraphs(): GoogleAppsScript.Document.Paragraph[] {
    return textElements(this._list()).map(
      (el) => elementView(this._session, el) as GoogleAppsScript.Document.Paragraph,
    );
  }

  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return textElements(this._list())
      .filter((el) => el.type === 'LIST_ITEM')
      .map((el) => elementView(this._session, el) as GoogleAppsScript.Document.ListItem);
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    return tablesIn(this._list()).map(
      (el) => elementView(this._session, el) as GoogleAppsScript.Document.Table,
    );
  }

  appendParagraph(paragraph: unknown): Element {
    return this.insert(this._list().length, paragraph, 'PARAGRAPH', () => newParagraph(String(paragraph)));
  }

  insertParagraph(childIndex: number, paragraph: unknown): Element {
    return this.insert(childIndex, paragraph, 'PARAGRAPH', () => newParagraph(String(paragraph)));
  }

  appendListItem(item: unknown): Element {
    const index = this._list().length;
    return this.insert(index, item, 'LIST_ITEM', () => newListItem(String(item), this.listIdAt(index)));
  }

  insertListItem(childIndex: number, item: unknown): Element {
    return this.insert(childIndex, item, 'LIST_ITEM', () =>
      newListItem(String(item), this.listIdAt(childIndex)),
    );
  }

  appendTable(cellsOrTable?: unknown): Element {
    return this.insert(this._list().length, cellsOrTable ?? null, 'TABLE', () =>
      newTable(cellsOrTable as unknown[][]),
    );
  }

  insertTable(childIndex: number, cellsOrTable?: unknown): Element {
    return this.insert(childIndex, cellsOrTable ?? null, 'TABLE', () =>
      newTable(cellsOrTable as unknown[][]),
    );
  }

  appendPageBreak(pageBreak?: unknown): Element {
    return this.insert(this._list().length, pageBreak ?? null, 'PAGE_BREAK', () => ({ type: 'PAGE_BREAK' }));
  }

  insertPageBreak(childIndex: number, pageBreak?: unknown): Element {
    return this.insert(childIndex, pageBreak ?? null, 'PAGE_BREAK', () => ({ type: 'PAGE_BREAK' }));
  }

  appendHorizontalRule(): Element {
    return this.insert(this._list().length, null, 'HORIZONTAL_RULE', () => ({ type: 'HORIZONTAL_RULE' }));
  }

  insertHorizontalRule(childIndex: number): Element {
    return this.insert(childIndex, null, 'HORIZONTAL_RULE', () => ({ type: 'HORIZONTAL_RULE' }));
  }

  /** A new list item joins the list of the list item right before it, as in the Docs editor. */
  private listIdAt(index: number): string {
    const prev = this._list()[index - 1];
    return prev && prev.type === 'LIST_ITEM' ? prev.listId : this.ctx.newId('kix.');
  }

  private insert(
    index: number,
    arg: unknown,
    type: DocElementState['type'],
    make: () => DocElementState,
  ): Element {
    const list = this._list();
    const i = Number(index);
    if (!Number.isInteger(i) || i < 0 || i > list.length) {
      throw gasError(
        `Index (${i}) must be less than or equal to the number of child elements (${list.length}).`,
      );
    }
    let el: DocElementState;
    const inner = internals(arg);
    if (inner) {
      const given = inner.el as DocElementState;
      if (given.type !== type)
        throw gasError(`Invalid argument: expected a ${type} element, got ${given.type}.`);
      if (locateElement(inner.session.doc(), given)) throw gasError('Element must be detached.');
      el = given;
    } else if (arg !== null && typeof arg === 'object' && !Array.isArray(arg)) {
      throw new NotEmulatedError(`${this.getType()}: inserting an element that is not from this emulator`);
    } else {
      el = make();
    }
    list.splice(i, 0, el);
    return elementView(this._session, el);
  }

  replaceText(searchPattern: string, replacement: string): this {
    for (const el of textElements(this._list())) el.text = replaceAll(el.text, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: unknown): GoogleAppsScript.Document.RangeElement | null {
    return findIn(this._session, textElements(this._list()), searchPattern, from);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return textView(
      this._session,
      () => textElements(this._list()),
      () => null,
    );
  }

  getAttributes(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) attrs[name] = null;
    return attrs;
  }
}

abstract class SectionImpl extends ContainerImpl {
  protected abstract section: SectionName;
  protected isSection(): boolean {
    return true;
  }
  _list(): DocElementState[] {
    const doc = this._session.requireDoc();
    const list = this.section === 'BODY' ? doc.body : this.section === 'HEADER' ? doc.header : doc.footer;
    if (!list) throw gasError(`The document has no ${this.section.toLowerCase()} section.`);
    return list;
  }
  get _el(): unknown {
    return this._list();
  }
  copy(): never {
    throw new NotEmulatedError(`${this.getType()}.copy`);
  }
}

class BodyImpl extends SectionImpl {
  protected section: SectionName = 'BODY';
  getType(): string {
    return 'BODY_SECTION';
  }
  override getParent(): null {
    return null;
  }
}

class HeaderImpl extends SectionImpl {
  protected section: SectionName = 'HEADER';
  getType(): string {
    return 'HEADER_SECTION';
  }
  removeFromParent(): this {
    this._session.requireDoc().header = null;
    return this;
  }
}

class FooterImpl extends SectionImpl {
  protected section: SectionName = 'FOOTER';
  getType(): string {
    return 'FOOTER_SECTION';
  }
  removeFromParent(): this {
    this._session.requireDoc().footer = null;
    return this;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Paragraph, ListItem, Text

class ParagraphImpl extends ListedImpl<TextEl> {
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
    return textView(
      this._session,
      () => [el],
      () => elementView(this._session, el),
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

class ListItemImpl extends ParagraphImpl {
  private item(): Extract<DocElementState, { type: 'LIST_ITEM' }> {
    return this._el as Extract<DocElementState, { type: 'LIST_ITEM' }>;
  }
  getNestingLevel(): number {
    return this.item().nesting;
  }
  setNestingLevel(nestingLevel: number): this {
    this.item().nesting = Number(nestingLevel);
    return this;
  }
  getGlyphType(): string {
    return this.item().glyph;
  }
  setGlyphType(glyphType: string): this {
    this.item().glyph = String(glyphType);
    return this;
  }
  getListId(): string {
    return this.item().listId;
  }
  setListId(listItem: unknown): this {
    const inner = internals(listItem);
    const other = inner?.el as DocElementState | undefined;
    if (!other || other.type !== 'LIST_ITEM') throw gasError('Invalid argument: listItem');
    this.item().listId = other.listId;
    return this;
  }
  override getAttributes(): Record<string, unknown> {
    const attrs = super.getAttributes();
    attrs.NESTING_LEVEL = this.item().nesting;
    attrs.GLYPH_TYPE = this.item().glyph;
    attrs.LIST_ID = this.item().listId;
    return attrs;
  }
}

/** The text styles stored per paragraph: a style applies to the whole paragraph/list item text. */
const TEXT_STYLES: [string, string][] = [
  ['Bold', 'BOLD'],
  ['Italic', 'ITALIC'],
  ['Underline', 'UNDERLINE'],
  ['Strikethrough', 'STRIKETHROUGH'],
  ['FontSize', 'FONT_SIZE'],
  ['FontFamily', 'FONT_FAMILY'],
  ['ForegroundColor', 'FOREGROUND_COLOR'],
  ['BackgroundColor', 'BACKGROUND_COLOR'],
  ['LinkUrl', 'LINK_URL'],
];

/**
 * Text over one paragraph (Paragraph.editAsText) or over all paragraphs of a container (Body.editAsText).
 * Styles are kept per paragraph, so a style on part of a paragraph's text is not emulated.
 */
class TextImpl extends NodeImpl {
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

/** Finds the first match after `from` (a RangeElement from an earlier findText) among the text elements. */
function findIn(
  session: Session,
  holders: TextEl[],
  searchPattern: string,
  from: unknown,
): GoogleAppsScript.Document.RangeElement | null {
  let startHolder = 0;
  let startOffset = 0;
  const prev = from as { _holder?: TextEl; _end?: number } | null | undefined;
  if (prev && prev._holder) {
    const i = holders.indexOf(prev._holder);
    if (i >= 0) {
      startHolder = i;
      startOffset = (prev._end ?? -1) + 1;
    }
  }
  const re = compilePattern(searchPattern, true);
  for (let i = startHolder; i < holders.length; i++) {
    const h = holders[i];
    re.lastIndex = i === startHolder ? startOffset : 0;
    const m = re.exec(h.text);
    if (m && m[0] !== '') {
      return session.ctx.wrap(
        new RangeElementImpl(session, h, m.index, m.index + m[0].length - 1),
        'RangeElement',
      );
    }
  }
  return null;
}

class RangeElementImpl {
  constructor(
    private session: Session,
    readonly _holder: TextEl,
    private start: number,
    readonly _end: number,
  ) {}

  getElement(): GoogleAppsScript.Document.Text {
    const h = this._holder;
    return textView(
      this.session,
      () => [h],
      () => elementView(this.session, h),
    );
  }
  getStartOffset(): number {
    return this.start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return true;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Table, TableRow, TableCell

function rowArgument(arg: unknown, session: Session): RowState | null {
  const inner = internals(arg);
  if (!inner) return null;
  const row = inner.el as RowState;
  if (!row || !Array.isArray((row as { cells?: unknown }).cells))
    throw gasError('Invalid argument: tableRow');
  if (locateRow(inner.session.doc(), row)) throw gasError('Element must be detached.');
  void session;
  return row;
}

class TableImpl extends ListedImpl<TableEl> {
  getNumRows(): number {
    return this._el.rows.length;
  }
  getNumChildren(): number {
    return this._el.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    return rowView(this._session, this._el.rows[checkIndex(rowIndex, this._el.rows.length)]);
  }
  getChild(childIndex: number): GoogleAppsScript.Document.TableRow {
    return this.getRow(childIndex);
  }
  getChildIndex(child: unknown): number {
    const index = this._el.rows.indexOf(internals(child)?.el as RowState);
    if (index < 0) throw gasError('Element does not contain the specified child element.');
    return index;
  }
  getCell(rowIndex: number, cellIndex: number): GoogleAppsScript.Document.TableCell {
    const row = this._el.rows[checkIndex(rowIndex, this._el.rows.length)];
    return cellView(this._session, row.cells[checkIndex(cellIndex, row.cells.length)]);
  }
  appendTableRow(tableRow?: unknown): GoogleAppsScript.Document.TableRow {
    return this.insertTableRow(this._el.rows.length, tableRow);
  }
  insertTableRow(childIndex: number, tableRow?: unknown): GoogleAppsScript.Document.TableRow {
    const i = Number(childIndex);
    if (!Number.isInteger(i) || i < 0 || i > this._el.rows.length) {
      throw gasError(
        `Index (${i}) must be less than or equal to the number of child elements (${this._el.rows.length}).`,
      );
    }
    const row = rowArgument(tableRow, this._session) ?? { cells: [] };
    this._el.rows.splice(i, 0, row);
    return rowView(this._session, row);
  }
  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    const i = checkIndex(rowIndex, this._el.rows.length);
    const [row] = this._el.rows.splice(i, 1);
    return rowView(this._session, row);
  }
  removeChild(child: unknown): this {
    this._el.rows.splice(this.getChildIndex(child), 1);
    return this;
  }
  clear(): this {
    this._el.rows.splice(0, this._el.rows.length);
    return this;
  }
  getText(): string {
    return elementText(this._el);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    const el = this._el;
    return textView(
      this._session,
      () => textElements([el]),
      () => elementView(this._session, el),
    );
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const h of textElements([this._el])) h.text = replaceAll(h.text, searchPattern, replacement);
    return this;
  }
  findText(searchPattern: string, from?: unknown): GoogleAppsScript.Document.RangeElement | null {
    return findIn(this._session, textElements([this._el]), searchPattern, from);
  }
  getBorderWidth(): number | null {
    return (this._el.attributes.BORDER_WIDTH as number | undefined) ?? null;
  }
  setBorderWidth(width: number): this {
    this._el.attributes.BORDER_WIDTH = Number(width);
    return this;
  }
  getBorderColor(): string | null {
    return (this._el.attributes.BORDER_COLOR as string | undefined) ?? null;
  }
  setBorderColor(color: string): this {
    this._el.attributes.BORDER_COLOR = String(color);
    return this;
  }
  /** Column widths (points) are kept in attributes.COLUMN_WIDTHS, keyed by column index. */
  getColumnWidth(columnIndex: number): number | null {
    const widths = (this._el.attributes.COLUMN_WIDTHS ?? {}) as Record<string, number>;
    return widths[String(columnIndex)] ?? null;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    const widths = ((this._el.attributes.COLUMN_WIDTHS ?? {}) as Record<string, number>) || {};
    widths[String(columnIndex)] = Number(width);
    this._el.attributes.COLUMN_WIDTHS = widths;
    return this;
  }
}

class TableRowImpl extends NodeImpl {
  constructor(
    session: Session,
    readonly _el: RowState,
  ) {
    super(session);
  }
  getType(): string {
    return 'TABLE_ROW';
  }
  private where() {
    return locateRow(this._session.doc(), this._el);
  }
  override getParent(): Element | null {
    const at = this.where();
    return at ? elementView(this._session, at.table) : null;
  }
  getParentTable(): Element | null {
    return this.getParent();
  }
  getNumCells(): number {
    return this._el.cells.length;
  }
  getNumChildren(): number {
    return this._el.cells.length;
  }
  getCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    return cellView(this._session, this._el.cells[checkIndex(cellIndex, this._el.cells.length)]);
  }
  getChild(childIndex: number): GoogleAppsScript.Document.TableCell {
    return this.getCell(childIndex);
  }
  getChildIndex(child: unknown): number {
    const index = this._el.cells.indexOf(internals(child)?.el as CellState);
    if (index < 0) throw gasError('Element does not contain the specified child element.');
    return index;
  }
  appendTableCell(textOrCell?: unknown): GoogleAppsScript.Document.TableCell {
    return this.insertTableCell(this._el.cells.length, textOrCell);
  }
  insertTableCell(childIndex: number, textOrCell?: unknown): GoogleAppsScript.Document.TableCell {
    const i = Number(childIndex);
    if (!Number.isInteger(i) || i < 0 || i > this._el.cells.length) {
      throw gasError(
        `Index (${i}) must be less than or equal to the number of child elements (${this._el.cells.length}).`,
      );
    }
    const inner = internals(textOrCell);
    let cell: CellState;
    if (inner) {
      cell = inner.el as CellState;
      if (!Array.isArray((cell as { children?: unknown }).children))
        throw gasError('Invalid argument: tableCell');
      if (locateCell(inner.session.doc(), cell)) throw gasError('Element must be detached.');
    } else {
      cell = newCell(textOrCell == null ? '' : String(textOrCell));
    }
    this._el.cells.splice(i, 0, cell);
    return cellView(this._session, cell);
  }
  removeCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    const [cell] = this._el.cells.splice(checkIndex(cellIndex, this._el.cells.length), 1);
    return cellView(this._session, cell);
  }
  removeChild(child: unknown): this {
    this._el.cells.splice(this.getChildIndex(child), 1);
    return this;
  }
  removeFromParent(): this {
    const at = this.where();
    if (at) at.table.rows.splice(at.index, 1);
    return this;
  }
  copy(): GoogleAppsScript.Document.TableRow {
    return rowView(this._session, deepCopy(this._el));
  }
  getText(): string {
    return rowText(this._el);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    const row = this._el;
    return textView(
      this._session,
      () => row.cells.flatMap((c) => textElements(c.children)),
      () => rowView(this._session, row),
    );
  }
  replaceText(searchPattern: string, replacement: string): this {
    for (const c of this._el.cells)
      for (const h of textElements(c.children)) h.text = replaceAll(h.text, searchPattern, replacement);
    return this;
  }
  findText(searchPattern: string, from?: unknown): GoogleAppsScript.Document.RangeElement | null {
    return findIn(
      this._session,
      this._el.cells.flatMap((c) => textElements(c.children)),
      searchPattern,
      from,
    );
  }
  getAttributes(): Record<string, unknown> {
    const attrs: Record<string, unknown> = {};
    for (const name of ATTRIBUTE_NAMES) attrs[name] = null;
    return attrs;
  }
}

class TableCellImpl extends ContainerImpl {
  constructor(
    session: Session,
    readonly _el: CellState,
  ) {
    super(session);
  }
  getType(): string {
    return 'TABLE_CELL';
  }
  _list(): DocElementState[] {
    return this._el.children;
  }
  protected isSection(): boolean {
    return false;
  }
  private where() {
    return locateCell(this._session.doc(), this._el);
  }
  override getParent(): Element | null {
    const at = this.where();
    return at ? rowView(this._session, at.row) : null;
  }
  getParentRow(): Element | null {
    return this.getParent();
  }
  getParentTable(): Element | null {
    const at = this.where();
    const table = at ? locateRow(this._session.doc(), at.row) : null;
    return table ? elementView(this._session, table.table) : null;
  }
  copy(): GoogleAppsScript.Document.TableCell {
    return cellView(this._session, deepCopy(this._el));
  }
  removeFromParent(): this {
    const at = this.where();
    if (at) at.row.cells.splice(at.index, 1);
    return this;
  }
  override getAttributes(): Record<string, unknown> {
    return { ...super.getAttributes(), ...this._el.attributes };
  }
  setAttributes(attributes: Record<string, unknown>): this {
    mergeAttributes(this._el.attributes, attributes);
    return this;
  }
  getBackgroundColor(): string | null {
    return (this._el.attributes.BACKGROUND_COLOR as string | undefined) ?? null;
  }
  setBackgroundColor(color: string): this {
    this._el.attributes.BACKGROUND_COLOR = color;
    return this;
  }
  getWidth(): number | null {
    return (this._el.attributes.WIDTH as number | undefined) ?? null;
  }
  setWidth(width: number): this {
    this._el.attributes.WIDTH = Number(width);
    return this;
  }
  getVerticalAlignment(): string | null {
    return (this._el.attributes.VERTICAL_ALIGNMENT as string | undefined) ?? null;
  }
  setVerticalAlignment(alignment: string): this {
    this._el.attributes.VERTICAL_ALIGNMENT = String(alignment);
    return this;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
}
