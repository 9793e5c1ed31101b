/**
 * TableCell: a container inside a table row.
 */
import type { DocElementState } from '../core/state';
import { type CellState, deepCopy, locateCell, locateRow } from './model';
import { type Session } from './session';
import { mergeAttributes } from './attributes';
import { ContainerImpl } from './container';

type Element = GoogleAppsScript.Document.Element;

export class TableCellImpl extends ContainerImpl {
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
    return at ? this._session.views.row(this._session, at.row) : null;
  }
  getParentRow(): Element | null {
    return this.getParent();
  }
  getParentTable(): Element | null {
    const at = this.where();
    const table = at ? locateRow(this._session.doc(), at.row) : null;
    return table ? this._session.views.element(this._session, table.table) : null;
  }
  copy(): GoogleAppsScript.Document.TableCell {
    return this._session.views.cell(this._session, deepCopy(this._el));
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
