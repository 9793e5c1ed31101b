/**
 * Table: rows of cells inside a section or cell.
 */
import { gasError } from '../core/errors';
import { type RowState, type TableEl, elementText, locateRow, replaceAll, textElements } from './model';
import { type Session } from './session';
import { checkIndex, internals } from './children';
import { ListedImpl } from './listed';
import { findIn } from './range-element';

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

export class TableImpl extends ListedImpl<TableEl> {
  getNumRows(): number {
    return this._el.rows.length;
  }
  getNumChildren(): number {
    return this._el.rows.length;
  }
  getRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    return this._session.views.row(this._session, this._el.rows[checkIndex(rowIndex, this._el.rows.length)]);
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
    return this._session.views.cell(this._session, row.cells[checkIndex(cellIndex, row.cells.length)]);
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
    return this._session.views.row(this._session, row);
  }
  removeRow(rowIndex: number): GoogleAppsScript.Document.TableRow {
    const i = checkIndex(rowIndex, this._el.rows.length);
    const [row] = this._el.rows.splice(i, 1);
    return this._session.views.row(this._session, row);
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
    return this._session.views.text(
      this._session,
      () => textElements([el]),
      () => this._session.views.element(this._session, el),
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
