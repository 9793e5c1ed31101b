/**
 * Sheet: a thin view over SheetState, looked up by (spreadsheet id, sheet id) on every call.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { CellValue, SheetState, SpreadsheetState } from '../core/state';
import { type GridRange, splitSheetName } from './a1';
import {
  assertEditable,
  deleteColumns,
  deleteRows,
  findSheet,
  findSpreadsheet,
  insertColumns,
  insertRows,
  lastColumn,
  lastRow,
} from './cells';
import { getCharts, insertChart, newChartBuilder, removeChart, updateChart } from './charts';
import type { SpreadsheetViews } from './views';
import { addMetadata } from './developer-metadata';
import { gridFor, gridForA1, readValues, writeCell } from './grid';
import { newProtection } from './protection';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GDeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;

export class SheetImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
    readonly _ssId: string,
    readonly _sheetId: number,
  ) {}

  private get _ss(): SpreadsheetState {
    return findSpreadsheet(this._ctx, this._ssId);
  }
  private get _sh(): SheetState {
    return findSheet(this._ctx, this._ssId, this._sheetId);
  }
  private _range(g: GridRange): GRange {
    return this._views.range(this._ctx, this._ssId, this._sheetId, g);
  }

  getName(): string {
    return this._sh.name;
  }
  setName(name: string): this {
    const ss = this._ss;
    const n = String(name);
    if (n.trim() === '') throw gasError('Invalid argument: name');
    if (ss.sheets.some((s) => s.sheetId !== this._sheetId && s.name.toLowerCase() === n.toLowerCase())) {
      throw gasError(`A sheet with the name "${n}" already exists. Please enter another name.`);
    }
    this._sh.name = n;
    return this;
  }
  getSheetId(): number {
    return this._sheetId;
  }
  getIndex(): number {
    return this._ss.sheets.findIndex((s) => s.sheetId === this._sheetId) + 1;
  }
  getParent(): GSpreadsheet {
    return this._views.spreadsheet(this._ctx, this._ssId);
  }
  activate(): this {
    void this._sh; // throws if it no longer exists
    this._ss.activeSheetId = this._sheetId;
    return this;
  }
  getRange(a: unknown, col?: number, numRows?: number, numCols?: number): GRange {
    const sh = this._sh;
    if (typeof a === 'string') {
      const { sheetName, ref } = splitSheetName(a);
      if (sheetName !== null && sheetName !== sh.name) {
        const other = this._ss.sheets.find((s) => s.name === sheetName);
        if (!other) throw gasError('Range not found');
        return this._views.range(this._ctx, this._ssId, other.sheetId, gridForA1(other, ref));
      }
      return this._range(gridForA1(sh, ref));
    }
    return this._range(gridFor(sh, a as number, col as number, numRows ?? 1, numCols ?? 1));
  }
  getDataRange(): GRange {
    const sh = this._sh;
    return this._range({
      row: 1,
      col: 1,
      numRows: Math.max(1, lastRow(sh)),
      numCols: Math.max(1, lastColumn(sh)),
      open: null,
    });
  }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    const sh = this._sh;
    const nr = numRows === -1 ? Math.max(0, lastRow(sh) - row + 1) : numRows;
    const nc = numCols === -1 ? Math.max(0, lastColumn(sh) - col + 1) : numCols;
    const g = gridFor(sh, row, col, Math.max(nr, 1), Math.max(nc, 1));
    return readValues(sh, { ...g, numRows: nr, numCols: nc });
  }
  getLastRow(): number {
    return lastRow(this._sh);
  }
  getLastColumn(): number {
    return lastColumn(this._sh);
  }
  getMaxRows(): number {
    return this._sh.maxRows;
  }
  getMaxColumns(): number {
    return this._sh.maxColumns;
  }
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) {
      throw gasError(
        `The parameters (${typeof rowContents}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`,
      );
    }
    const ss = this._ss;
    const sh = this._sh;
    const r = lastRow(sh) + 1;
    assertEditable(this._ctx, ss, sh, r, 1, 1, Math.max(1, rowContents.length));
    if (r > sh.maxRows) sh.maxRows = r;
    if (rowContents.length > sh.maxColumns) sh.maxColumns = rowContents.length;
    rowContents.forEach((v, c) => writeCell(ss, sh, r - 1, c, v));
    return this;
  }
  private _checkPos(pos: number, max: number, what: 'row' | 'column'): void {
    if (typeof pos !== 'number' || pos < 1 || pos > max) {
      throw gasError(`Those ${what}s are out of bounds.`);
    }
  }
  private _checkCount(n: number): void {
    if (typeof n !== 'number' || n < 1) throw gasError('Invalid argument: howMany');
  }
  /**
   * The insert*After/Before methods differ only in the axis and where the first new line goes. `anchor` is
   * the row or column the caller named: Apps Script checks it (before the count) and the new lines take
   * its formatting.
   */
  private _insertLines(axis: 'row' | 'column', anchor: number, howMany: number, firstNew: number): this {
    const sh = this._sh;
    this._checkPos(anchor, axis === 'row' ? sh.maxRows : sh.maxColumns, axis);
    this._checkCount(howMany);
    (axis === 'row' ? insertRows : insertColumns)(this._ss, sh, firstNew, howMany, anchor);
    return this;
  }
  insertRowAfter(after: number): this {
    return this.insertRowsAfter(after, 1);
  }
  insertRowsAfter(after: number, howMany: number): this {
    return this._insertLines('row', after, howMany, after + 1);
  }
  insertRowBefore(before: number): this {
    return this.insertRowsBefore(before, 1);
  }
  insertRowsBefore(before: number, howMany: number): this {
    return this._insertLines('row', before, howMany, before);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnAfter(after: number): this {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsAfter(after: number, howMany: number): this {
    return this._insertLines('column', after, howMany, after + 1);
  }
  insertColumnBefore(before: number): this {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnsBefore(before: number, howMany: number): this {
    return this._insertLines('column', before, howMany, before);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteRow(row: number): this {
    return this.deleteRows(row, 1);
  }
  deleteRows(row: number, howMany: number): this {
    const sh = this._sh;
    this._checkCount(howMany);
    this._checkPos(row, sh.maxRows, 'row');
    this._checkPos(row + howMany - 1, sh.maxRows, 'row');
    if (sh.maxRows - howMany < 1 || (row > sh.frozenRows && sh.maxRows - howMany <= sh.frozenRows)) {
      throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    }
    assertEditable(this._ctx, this._ss, sh, row, 1, howMany, sh.maxColumns);
    deleteRows(this._ss, sh, row, howMany);
    return this;
  }
  deleteColumn(col: number): this {
    return this.deleteColumns(col, 1);
  }
  deleteColumns(col: number, howMany: number): this {
    const sh = this._sh;
    this._checkCount(howMany);
    this._checkPos(col, sh.maxColumns, 'column');
    this._checkPos(col + howMany - 1, sh.maxColumns, 'column');
    if (
      sh.maxColumns - howMany < 1 ||
      (col > sh.frozenColumns && sh.maxColumns - howMany <= sh.frozenColumns)
    ) {
      throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    }
    assertEditable(this._ctx, this._ss, sh, 1, col, sh.maxRows, howMany);
    deleteColumns(this._ss, sh, col, howMany);
    return this;
  }
  setFrozenRows(n: number): void {
    const sh = this._sh;
    if (n < 0 || n > sh.maxRows) throw gasError('Invalid argument: rows');
    sh.frozenRows = n;
  }
  getFrozenRows(): number {
    return this._sh.frozenRows;
  }
  setFrozenColumns(n: number): void {
    const sh = this._sh;
    if (n < 0 || n > sh.maxColumns) throw gasError('Invalid argument: columns');
    sh.frozenColumns = n;
  }
  getFrozenColumns(): number {
    return this._sh.frozenColumns;
  }
  hideSheet(): this {
    const ss = this._ss;
    if (ss.sheets.filter((s) => !s.hidden && s.sheetId !== this._sheetId).length === 0) {
      throw gasError("You can't hide all the sheets in a document.");
    }
    this._sh.hidden = true;
    return this;
  }
  showSheet(): this {
    this._sh.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._sh.hidden;
  }
  setTabColor(color: string | null): this {
    this._sh.tabColor = color === null || color === undefined ? null : String(color);
    return this;
  }
  getTabColor(): string | null {
    return this._sh.tabColor;
  }
  // Layout only: accepted, nothing recorded (no rendering in the emulator).
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this._checkPos(startColumn, this._sh.maxColumns, 'column');
    this._checkCount(numColumns);
    return this;
  }
  autoResizeColumn(column: number): this {
    this._checkPos(column, this._sh.maxColumns, 'column');
    return this;
  }
  setColumnWidth(column: number, width: number): this {
    this._checkPos(column, this._sh.maxColumns, 'column');
    if (typeof width !== 'number') throw gasError('Invalid argument: width');
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this._checkPos(startColumn, this._sh.maxColumns, 'column');
    this._checkCount(numColumns);
    if (typeof width !== 'number') throw gasError('Invalid argument: width');
    return this;
  }
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    void this._sh;
    return newChartBuilder(this._ctx, this._views, this._ssId, this._sheetId);
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    insertChart(this._ctx, this._ssId, this._sheetId, chart);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    updateChart(this._ctx, this._ssId, this._sheetId, chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    removeChart(this._ctx, this._ssId, this._sheetId, chart);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return getCharts(this._ctx, this._views, this._ssId, this._sheetId);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const sh = this._sh;
    assertEditable(this._ctx, this._ss, sh, 1, 1, sh.maxRows, sh.maxColumns);
    const contents = !options || options.contentsOnly || !options.formatOnly;
    const formats = !options || options.formatOnly || !options.contentsOnly;
    if (contents) {
      sh.values = [];
      sh.formulas = {};
    }
    if (formats) sh.numberFormats = {};
    return this;
  }
  clearContents(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormats(): this {
    return this.clear({ formatOnly: true });
  }
  clearNotes(): this {
    this._sh.notes = {};
    return this;
  }
  protect(): GProtection {
    const ss = this._ss;
    void this._sh; // throws if it no longer exists
    const existing = ss.protections.find((p) => p.type === 'SHEET' && p.sheetId === this._sheetId);
    if (existing) return this._views.protection(this._ctx, this._ssId, existing.id);
    const p = newProtection(this._ctx, ss, 'SHEET', this._sheetId);
    return this._views.protection(this._ctx, this._ssId, p.id);
  }
  getProtections(type: unknown): GProtection[] {
    const t = String(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw gasError('Invalid argument: type');
    return this._ss.protections
      .filter((p) => p.type === t && p.sheetId === this._sheetId)
      .map((p) => this._views.protection(this._ctx, this._ssId, p.id));
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    void this._sh; // throws if it no longer exists
    addMetadata(this._ctx, this._ss, { type: 'SHEET', sheetId: this._sheetId }, key, a, b);
    return this;
  }
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this._ss.metadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheetId === this._sheetId)
      .map((m) => this._views.metadata(this._ctx, this._ssId, m.id));
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return this._views.finder(this._ctx, this._ssId, { kind: 'sheet', sheetId: this._sheetId });
  }
}
