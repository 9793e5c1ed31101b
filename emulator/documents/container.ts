/**
 * What Body, HeaderSection, FooterSection and TableCell share: a list of child elements.
 */
import { gasError, NotEmulatedError } from '../core/errors';
import type { DocElementState } from '../core/state';
import {
  listText,
  locateElement,
  newListItem,
  newParagraph,
  newTable,
  replaceAll,
  tablesIn,
  textElements,
} from './model';
import { checkIndex, internals } from './children';
import { ATTRIBUTE_NAMES } from './attributes';
import { NodeImpl } from './node';
import { checkRemovable } from './listed';
import { findIn } from './range-element';

type Element = GoogleAppsScript.Document.Element;

export abstract class ContainerImpl extends NodeImpl {
  abstract _list(): DocElementState[];
  protected abstract isSection(): boolean;

  getNumChildren(): number {
    return this._list().length;
  }

  getChild(childIndex: number): Element {
    const list = this._list();
    return this._session.views.element(this._session, list[checkIndex(childIndex, list.length)]);
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
      (el) => this._session.views.element(this._session, el) as GoogleAppsScript.Document.Paragraph,
    );
  }

  getListItems(): GoogleAppsScript.Document.ListItem[] {
    return textElements(this._list())
      .filter((el) => el.type === 'LIST_ITEM')
      .map((el) => this._session.views.element(this._session, el) as GoogleAppsScript.Document.ListItem);
  }

  getTables(): GoogleAppsScript.Document.Table[] {
    return tablesIn(this._list()).map(
      (el) => this._session.views.element(this._session, el) as GoogleAppsScript.Document.Table,
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
    return this._session.views.element(this._session, el);
  }

  replaceText(searchPattern: string, replacement: string): this {
    for (const el of textElements(this._list())) el.text = replaceAll(el.text, searchPattern, replacement);
    return this;
  }

  findText(searchPattern: string, from?: unknown): GoogleAppsScript.Document.RangeElement | null {
    return findIn(this._session, textElements(this._list()), searchPattern, from);
  }

  editAsText(): GoogleAppsScript.Document.Text {
    return this._session.views.text(
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
