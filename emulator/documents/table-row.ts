/**
 * TableRow.
 */
import { gasError } from '../core/errors';
import {
  type CellState,
  type RowState,
  deepCopy,
  locateCell,
  locateRow,
  newCell,
  replaceAll,
  rowText,
  textElements,
} from './model';
import { type Session } from './session';
import { checkIndex, internals } from './children';
import { ATTRIBUTE_NAMES } from './attributes';
import { NodeImpl } from './node';
import { findIn } from './range-element';

type Element = GoogleAppsScript.Document.Element;

export class TableRowImpl extends NodeImpl {
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
    return at ? this._session.views.element(this._session, at.table) : null;
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
    return this._session.views.cell(
      this._session,
      this._el.cells[checkIndex(cellIndex, this._el.cells.length)],
    );
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
    return this._session.views.cell(this._session, cell);
  }
  removeCell(cellIndex: number): GoogleAppsScript.Document.TableCell {
    const [cell] = this._el.cells.splice(checkIndex(cellIndex, this._el.cells.length), 1);
    return this._session.views.cell(this._session, cell);
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
    return this._session.views.row(this._session, deepCopy(this._el));
  }
  getText(): string {
    return rowText(this._el);
  }
  editAsText(): GoogleAppsScript.Document.Text {
    const row = this._el;
    return this._session.views.text(
      this._session,
      () => row.cells.flatMap((c) => textElements(c.children)),
      () => this._session.views.row(this._session, row),
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
