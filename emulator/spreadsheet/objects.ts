/**
 * Spreadsheet, Sheet, Range and their satellites as thin views over the plain state: each holds ids and looks
 * the state up on every call, so a saved-and-reloaded state reads the same, and a deleted sheet is noticed.
 * Internal fields start with '_' (the proxy lets them through uncounted); public methods mirror Apps Script.
 */
import type { EmulatorContext } from '../core/context';
import { NotEmulatedError, gasError } from '../core/errors';
import type {
  CellValue,
  DeveloperMetadataState,
  ProtectionState,
  SheetState,
  SpreadsheetState,
  ValidationState,
} from '../core/state';
import { type GridRange, type OpenKind, parseA1, splitSheetName, toA1 } from './a1';
import {
  assertEditable,
  cellKey,
  deleteColumns,
  deleteRows,
  findSheet,
  findSpreadsheet,
  getCell,
  hasContent,
  insertColumns,
  insertRows,
  lastColumn,
  lastRow,
  setCell,
} from './cells';
import { DEFAULT_NUMBER_FORMAT, displayValue, isRussian, parseInput } from './format';
import { getCharts, insertChart, newChartBuilder, removeChart, updateChart } from './charts';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GUser = GoogleAppsScript.Base.User;
type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GDeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const METADATA_ONLY_WHOLE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u;
  if (u && typeof (u as GUser).getEmail === 'function') return (u as GUser).getEmail();
  throw gasError('Invalid argument: user');
}

function dimensionError(kind: 'rows' | 'columns', data: number, range: number): Error {
  return gasError(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

function checkGrid(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw gasError(
      `The parameters (${Array.isArray(data) ? 'Object[]' : typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (data.length !== numRows) throw dimensionError('rows', data.length, numRows);
  for (const row of data as unknown[][])
    if (row.length !== numCols) throw dimensionError('columns', row.length, numCols);
  return data as unknown[][];
}

// ---------------------------------------------------------------------------------------------- User

export class UserImpl {
  constructor(private readonly _email: string) {}
  getEmail(): string {
    return this._email;
  }
  toString(): string {
    return this._email;
  }
}

export function wrapUser(ctx: EmulatorContext, email: string): GUser {
  return ctx.wrap<GUser>(new UserImpl(email), 'User');
}

// ---------------------------------------------------------------------------------------------- wrappers

export function wrapSpreadsheet(ctx: EmulatorContext, id: string): GSpreadsheet {
  return ctx.wrap<GSpreadsheet>(new SpreadsheetImpl(ctx, id), 'Spreadsheet');
}

export function wrapSheet(ctx: EmulatorContext, ssId: string, sheetId: number): GSheet {
  return ctx.wrap<GSheet>(new SheetImpl(ctx, ssId, sheetId), 'Sheet');
}

export function wrapRange(ctx: EmulatorContext, ssId: string, sheetId: number, g: GridRange): GRange {
  return ctx.wrap<GRange>(
    new RangeImpl(ctx, ssId, sheetId, g.row, g.col, g.numRows, g.numCols, g.open),
    'Range',
  );
}

function wrapMetadata(ctx: EmulatorContext, ssId: string, id: number): GDeveloperMetadata {
  return ctx.wrap<GDeveloperMetadata>(new DeveloperMetadataImpl(ctx, ssId, id), 'DeveloperMetadata');
}

function wrapProtection(ctx: EmulatorContext, ssId: string, id: number): GProtection {
  return ctx.wrap<GProtection>(new ProtectionImpl(ctx, ssId, id), 'Protection');
}

export function wrapValidation(ctx: EmulatorContext, v: ValidationState): GDataValidation {
  return ctx.wrap<GDataValidation>(new DataValidationImpl(ctx, v), 'DataValidation');
}

/** Checks a (row, col, numRows, numCols) request against the sheet, with Apps Script's messages. */
function gridFor(sh: SheetState, row: number, col: number, numRows = 1, numCols = 1): GridRange {
  for (const [v, name] of [
    [row, 'row'],
    [col, 'column'],
    [numRows, 'numRows'],
    [numCols, 'numColumns'],
  ] as const) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw gasError(`Invalid argument: ${name}`);
  }
  if (row < 1) throw gasError('The starting row of the range is too small.');
  if (col < 1) throw gasError('The starting column of the range is too small.');
  if (numRows < 1) throw gasError('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw gasError('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sh.maxRows || col + numCols - 1 > sh.maxColumns) {
    throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return {
    row: Math.floor(row),
    col: Math.floor(col),
    numRows: Math.floor(numRows),
    numCols: Math.floor(numCols),
    open: null,
  };
}

function gridForA1(sh: SheetState, ref: string): GridRange {
  const g = parseA1(ref, sh.maxRows, sh.maxColumns);
  if (!g) throw gasError('Range not found');
  if (g.row + g.numRows - 1 > sh.maxRows || g.col + g.numCols - 1 > sh.maxColumns)
    throw gasError('Range not found');
  return g;
}

function addMetadata(
  ctx: EmulatorContext,
  ss: SpreadsheetState,
  location: DeveloperMetadataState['location'],
  key: unknown,
  a?: unknown,
  b?: unknown,
): void {
  if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
  let value: string | null = null;
  let visibility: 'DOCUMENT' | 'PROJECT' = 'DOCUMENT';
  // (key), (key, visibility), (key, value), (key, value, visibility); enums here are their names.
  if (b !== undefined) {
    value = a === null || a === undefined ? null : String(a);
    visibility = String(b) as 'DOCUMENT' | 'PROJECT';
  } else if (a === 'DOCUMENT' || a === 'PROJECT') {
    visibility = a;
  } else if (a !== undefined && a !== null) {
    value = String(a);
  }
  if (visibility !== 'DOCUMENT' && visibility !== 'PROJECT') throw gasError('Invalid argument: visibility');
  ss.metadata.push({ id: ctx.newNumber(), key, value, visibility, location });
}

// ---------------------------------------------------------------------------------------------- Spreadsheet

export class SpreadsheetImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _id: string,
  ) {}

  private get _ss(): SpreadsheetState {
    return findSpreadsheet(this._ctx, this._id);
  }

  private _sheet(sh: SheetState): GSheet {
    return wrapSheet(this._ctx, this._id, sh.sheetId);
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._ss.name;
  }
  rename(name: string): void {
    this._ss.name = String(name);
    const file = this._ctx.state.drive.files[this._id];
    if (file) file.name = String(name);
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSheets(): GSheet[] {
    return this._ss.sheets.map((s) => this._sheet(s));
  }
  getNumSheets(): number {
    return this._ss.sheets.length;
  }
  getSheetByName(name: string): GSheet | null {
    const sh = this._ss.sheets.find((s) => s.name === name);
    return sh ? this._sheet(sh) : null;
  }
  getSheetById(id: number): GSheet | null {
    const sh = this._ss.sheets.find((s) => s.sheetId === id);
    return sh ? this._sheet(sh) : null;
  }
  insertSheet(a?: unknown, b?: unknown): GSheet {
    if ((a !== undefined && typeof a === 'object') || (b !== undefined && typeof b === 'object')) {
      throw new NotEmulatedError('Spreadsheet.insertSheet(options)');
    }
    const ss = this._ss;
    let name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : typeof b === 'number' ? b : ss.sheets.length;
    if (name === undefined) {
      const base = isRussian(ss.locale) ? 'Лист' : 'Sheet';
      let n = ss.sheets.length + 1;
      while (ss.sheets.some((s) => s.name === `${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (ss.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (index < 0 || index > ss.sheets.length) throw gasError(`Invalid argument: sheetIndex`);
    const sh = newSheetState(this._ctx.newNumber(), name);
    ss.sheets.splice(index, 0, sh);
    ss.activeSheetId = sh.sheetId;
    return this._sheet(sh);
  }
  deleteSheet(sheet: GSheet): void {
    const ss = this._ss;
    const id = (sheet as unknown as SheetImpl)._sheetId;
    if (!ss.sheets.some((s) => s.sheetId === id)) throw gasError('The sheet has been deleted.');
    if (ss.sheets.length === 1) throw gasError("You can't remove all the sheets in a document.");
    ss.sheets = ss.sheets.filter((s) => s.sheetId !== id);
    ss.metadata = ss.metadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== id);
    ss.protections = ss.protections.filter((p) => p.sheetId !== id);
    if (ss.activeSheetId === id) ss.activeSheetId = ss.sheets[0].sheetId;
  }
  setActiveSheet(sheet: GSheet): GSheet {
    const id = (sheet as unknown as SheetImpl)._sheetId;
    const sh = this._ss.sheets.find((s) => s.sheetId === id);
    if (!sh) throw gasError('The sheet has been deleted.');
    this._ss.activeSheetId = id;
    return this._sheet(sh);
  }
  getActiveSheet(): GSheet {
    const ss = this._ss;
    const sh = ss.sheets.find((s) => s.sheetId === ss.activeSheetId) ?? ss.sheets[0];
    return this._sheet(sh);
  }
  getRange(a1: string): GRange {
    const { sheetName, ref } = splitSheetName(String(a1));
    const ss = this._ss;
    const sh =
      sheetName === null
        ? (ss.sheets.find((s) => s.sheetId === ss.activeSheetId) ?? ss.sheets[0])
        : ss.sheets.find((s) => s.name === sheetName);
    if (!sh) throw gasError('Range not found');
    return wrapRange(this._ctx, this._id, sh.sheetId, gridForA1(sh, ref));
  }
  getSpreadsheetTimeZone(): string {
    return this._ss.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw gasError(`Invalid argument: timezone`);
    }
    this._ss.timeZone = tz;
  }
  getSpreadsheetLocale(): string {
    return this._ss.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._ss.locale = String(locale);
  }
  getOwner(): GUser {
    return wrapUser(this._ctx, this._ss.owner);
  }
  getEditors(): GUser[] {
    const ss = this._ss;
    const all = [ss.owner, ...ss.editors.filter((e) => e !== ss.owner)];
    return all.map((e) => wrapUser(this._ctx, e));
  }
  addEditor(user: unknown): this {
    const email = emailOf(user);
    const ss = this._ss;
    if (!ss.editors.includes(email)) ss.editors.push(email);
    const file = this._ctx.state.drive.files[this._id];
    if (file && !file.editors.includes(email)) file.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    for (const e of emails) this.addEditor(e);
    return this;
  }
  removeEditor(user: unknown): this {
    const email = emailOf(user);
    const ss = this._ss;
    if (email === ss.owner) return this;
    ss.editors = ss.editors.filter((e) => e !== email);
    const file = this._ctx.state.drive.files[this._id];
    if (file) file.editors = file.editors.filter((e) => e !== email);
    return this;
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    addMetadata(this._ctx, this._ss, { type: 'SPREADSHEET' }, key, a, b);
    return this;
  }
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this._ss.metadata
      .filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => wrapMetadata(this._ctx, this._id, m.id));
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return newFinder(this._ctx, this._id, { kind: 'spreadsheet' });
  }
  getProtections(type: unknown): GProtection[] {
    const t = String(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw gasError('Invalid argument: type');
    return this._ss.protections
      .filter((p) => p.type === t)
      .map((p) => wrapProtection(this._ctx, this._id, p.id));
  }
  toast(message: unknown, title?: unknown): void {
    this._ctx.state.ui.toasts.push({
      message: String(message ?? ''),
      title: title === undefined || title === null ? '' : String(title),
    });
  }
}

export function newSheetState(sheetId: number, name: string, rows = 1000, columns = 26): SheetState {
  return {
    sheetId,
    name,
    values: [],
    formulas: {},
    numberFormats: {},
    validations: {},
    notes: {},
    maxRows: rows,
    maxColumns: columns,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
  };
}

// ---------------------------------------------------------------------------------------------- Sheet

export class SheetImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
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
    return wrapRange(this._ctx, this._ssId, this._sheetId, g);
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
    return wrapSpreadsheet(this._ctx, this._ssId);
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
        return wrapRange(this._ctx, this._ssId, other.sheetId, gridForA1(other, ref));
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
    return newChartBuilder(this._ctx, this._ssId, this._sheetId);
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
    return getCharts(this._ctx, this._ssId, this._sheetId);
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
    if (existing) return wrapProtection(this._ctx, this._ssId, existing.id);
    const p = newProtection(this._ctx, ss, 'SHEET', this._sheetId);
    return wrapProtection(this._ctx, this._ssId, p.id);
  }
  getProtections(type: unknown): GProtection[] {
    const t = String(type);
    if (t !== 'SHEET' && t !== 'RANGE') throw gasError('Invalid argument: type');
    return this._ss.protections
      .filter((p) => p.type === t && p.sheetId === this._sheetId)
      .map((p) => wrapProtection(this._ctx, this._ssId, p.id));
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    void this._sh; // throws if it no longer exists
    addMetadata(this._ctx, this._ss, { type: 'SHEET', sheetId: this._sheetId }, key, a, b);
    return this;
  }
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return this._ss.metadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheetId === this._sheetId)
      .map((m) => wrapMetadata(this._ctx, this._ssId, m.id));
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return newFinder(this._ctx, this._ssId, { kind: 'sheet', sheetId: this._sheetId });
  }
}

function newProtection(
  ctx: EmulatorContext,
  ss: SpreadsheetState,
  type: 'SHEET' | 'RANGE',
  sheetId: number,
  a1?: string,
): ProtectionState {
  const user = ctx.state.session.activeUser;
  const editors = [ss.owner];
  if (!editors.includes(user)) editors.push(user);
  const p: ProtectionState = {
    id: ctx.newNumber(),
    type,
    sheetId,
    description: '',
    warningOnly: false,
    editors,
  };
  if (a1 !== undefined) p.a1 = a1;
  ss.protections.push(p);
  return p;
}

// ---------------------------------------------------------------------------------------------- cell IO

function readValues(sh: SheetState, g: GridRange): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < g.numRows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < g.numCols; c++) row.push(copyValue(getCell(sh, g.row - 1 + r, g.col - 1 + c)));
    out.push(row);
  }
  return out;
}

/** Writes one cell as typed input (0-based coordinates). */
function writeCell(ss: SpreadsheetState, sh: SheetState, r: number, c: number, raw: unknown): void {
  const key = cellKey(r, c);
  const parsed = parseInput(raw, sh.numberFormats[key], ss.locale, ss.timeZone);
  setCell(sh, r, c, parsed.value);
  if (parsed.formula !== undefined) sh.formulas[key] = parsed.formula;
  else delete sh.formulas[key];
  if (parsed.format !== undefined && sh.numberFormats[key] === undefined)
    sh.numberFormats[key] = parsed.format;
}

// ---------------------------------------------------------------------------------------------- Range

export class RangeImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _ssId: string,
    readonly _sheetId: number,
    readonly _row: number,
    readonly _col: number,
    readonly _numRows: number,
    readonly _numCols: number,
    readonly _open: OpenKind = null,
  ) {}

  private get _ss(): SpreadsheetState {
    return findSpreadsheet(this._ctx, this._ssId);
  }
  private get _sh(): SheetState {
    return findSheet(this._ctx, this._ssId, this._sheetId);
  }
  private get _grid(): GridRange {
    return {
      row: this._row,
      col: this._col,
      numRows: this._numRows,
      numCols: this._numCols,
      open: this._open,
    };
  }
  private _each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this._numRows; i++)
      for (let j = 0; j < this._numCols; j++) fn(this._row - 1 + i, this._col - 1 + j, i, j);
  }
  private _map<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._numCols; j++) row.push(fn(this._row - 1 + i, this._col - 1 + j));
      out.push(row);
    }
    return out;
  }
  private _editable(): { ss: SpreadsheetState; sh: SheetState } {
    const ss = this._ss;
    const sh = this._sh;
    assertEditable(this._ctx, ss, sh, this._row, this._col, this._numRows, this._numCols);
    return { ss, sh };
  }

  getSheet(): GSheet {
    void this._sh; // throws if it no longer exists
    return wrapSheet(this._ctx, this._ssId, this._sheetId);
  }
  getRow(): number {
    return this._row;
  }
  getColumn(): number {
    return this._col;
  }
  getNumRows(): number {
    return this._numRows;
  }
  getNumColumns(): number {
    return this._numCols;
  }
  getHeight(): number {
    return this._numRows;
  }
  getWidth(): number {
    return this._numCols;
  }
  getLastRow(): number {
    return this._row + this._numRows - 1;
  }
  getLastColumn(): number {
    return this._col + this._numCols - 1;
  }
  getA1Notation(): string {
    return toA1(this._grid);
  }
  getGridId(): number {
    return this._sheetId;
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const sh = this._sh;
    const g = gridFor(
      sh,
      this._row + rowOffset,
      this._col + columnOffset,
      numRows ?? this._numRows,
      numColumns ?? this._numCols,
    );
    return wrapRange(this._ctx, this._ssId, this._sheetId, g);
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return wrapRange(this._ctx, this._ssId, this._sheetId, {
      row: this._row + row - 1,
      col: this._col + column - 1,
      numRows: 1,
      numCols: 1,
      open: null,
    });
  }

  // values ---------------------------------------------------------------------------------------
  /**
   * Values as Apps Script returns them: '' for blanks, numbers, booleans, fresh Date copies. A formula cell
   * returns its cached value, which is '' here (there is no calc engine); use getFormulas for the formula.
   */
  getValues(): CellValue[][] {
    return readValues(this._sh, this._grid);
  }
  getValue(): CellValue {
    return copyValue(getCell(this._sh, this._row - 1, this._col - 1));
  }
  setValues(values: unknown[][]): this {
    const data = checkGrid(values, this._numRows, this._numCols, 'setValues');
    const { ss, sh } = this._editable();
    this._each((r, c, i, j) => writeCell(ss, sh, r, c, data[i][j]));
    return this;
  }
  setValue(value: unknown): this {
    const { ss, sh } = this._editable();
    this._each((r, c) => writeCell(ss, sh, r, c, value));
    return this;
  }
  getDisplayValues(): string[][] {
    const ss = this._ss;
    const sh = this._sh;
    return this._map((r, c) =>
      displayValue(getCell(sh, r, c), sh.numberFormats[cellKey(r, c)], ss.locale, ss.timeZone),
    );
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  isBlank(): boolean {
    const sh = this._sh;
    let blank = true;
    this._each((r, c) => {
      if (hasContent(sh, r, c)) blank = false;
    });
    return blank;
  }

  // formulas -------------------------------------------------------------------------------------
  getFormulas(): string[][] {
    const sh = this._sh;
    return this._map((r, c) => sh.formulas[cellKey(r, c)] ?? '');
  }
  getFormula(): string {
    return this._sh.formulas[cellKey(this._row - 1, this._col - 1)] ?? '';
  }
  setFormula(formula: string): this {
    const { ss, sh } = this._editable();
    const f = String(formula);
    this._each((r, c) => {
      if (f.startsWith('=') && f.length > 1) {
        setCell(sh, r, c, '');
        sh.formulas[cellKey(r, c)] = f;
      } else writeCell(ss, sh, r, c, f);
    });
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const data = checkGrid(formulas, this._numRows, this._numCols, 'setFormulas');
    const { ss, sh } = this._editable();
    this._each((r, c, i, j) => {
      const f = String(data[i][j] ?? '');
      if (f.startsWith('=') && f.length > 1) {
        setCell(sh, r, c, '');
        sh.formulas[cellKey(r, c)] = f;
      } else writeCell(ss, sh, r, c, f);
    });
    return this;
  }

  // clearing -------------------------------------------------------------------------------------
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }): this {
    const { sh } = this._editable();
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this._each((r, c) => {
      const key = cellKey(r, c);
      if (!any || o.contentsOnly) {
        setCell(sh, r, c, '');
        delete sh.formulas[key];
      }
      if (!any || o.formatOnly) delete sh.numberFormats[key];
      if (o.validationsOnly) delete sh.validations[key];
      if (o.commentsOnly) delete sh.notes[key];
    });
    return this;
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }
  clearNote(): this {
    const sh = this._sh;
    this._each((r, c) => delete sh.notes[cellKey(r, c)]);
    return this;
  }
  clearDataValidations(): this {
    const sh = this._sh;
    this._each((r, c) => delete sh.validations[cellKey(r, c)]);
    return this;
  }

  // number formats ---------------------------------------------------------------------------------
  setNumberFormat(format: string): this {
    const sh = this._sh;
    const f = String(format);
    this._each((r, c) => {
      sh.numberFormats[cellKey(r, c)] = f;
    });
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    const data = checkGrid(formats, this._numRows, this._numCols, 'setNumberFormats');
    const sh = this._sh;
    this._each((r, c, i, j) => {
      sh.numberFormats[cellKey(r, c)] = String(data[i][j]);
    });
    return this;
  }
  getNumberFormat(): string {
    return this._sh.numberFormats[cellKey(this._row - 1, this._col - 1)] ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    const sh = this._sh;
    return this._map((r, c) => sh.numberFormats[cellKey(r, c)] ?? DEFAULT_NUMBER_FORMAT);
  }

  // notes ------------------------------------------------------------------------------------------
  setNote(note: string | null): this {
    const sh = this._sh;
    this._each((r, c) => {
      const key = cellKey(r, c);
      if (note === null || note === undefined || note === '') delete sh.notes[key];
      else sh.notes[key] = String(note);
    });
    return this;
  }
  setNotes(notes: (string | null)[][]): this {
    const data = checkGrid(notes, this._numRows, this._numCols, 'setNotes');
    const sh = this._sh;
    this._each((r, c, i, j) => {
      const n = data[i][j];
      const key = cellKey(r, c);
      if (n === null || n === undefined || n === '') delete sh.notes[key];
      else sh.notes[key] = String(n);
    });
    return this;
  }
  getNote(): string {
    return this._sh.notes[cellKey(this._row - 1, this._col - 1)] ?? '';
  }
  getNotes(): string[][] {
    const sh = this._sh;
    return this._map((r, c) => sh.notes[cellKey(r, c)] ?? '');
  }

  // data validation ----------------------------------------------------------------------------------
  setDataValidation(rule: GDataValidation | null): this {
    const sh = this._sh;
    const v = rule === null ? null : ((rule as unknown as DataValidationImpl)._v ?? null);
    if (rule !== null && !v) throw gasError('Invalid argument: rule');
    this._each((r, c) => {
      const key = cellKey(r, c);
      if (v) sh.validations[key] = cloneValidation(v);
      else delete sh.validations[key];
    });
    return this;
  }
  setDataValidations(rules: (GDataValidation | null)[][]): this {
    const data = checkGrid(rules, this._numRows, this._numCols, 'setDataValidations');
    const sh = this._sh;
    this._each((r, c, i, j) => {
      const rule = data[i][j] as DataValidationImpl | null;
      const key = cellKey(r, c);
      if (rule && rule._v) sh.validations[key] = cloneValidation(rule._v);
      else delete sh.validations[key];
    });
    return this;
  }
  getDataValidation(): GDataValidation | null {
    const v = this._sh.validations[cellKey(this._row - 1, this._col - 1)];
    return v ? wrapValidation(this._ctx, cloneValidation(v)) : null;
  }
  getDataValidations(): (GDataValidation | null)[][] {
    const sh = this._sh;
    return this._map((r, c) => {
      const v = sh.validations[cellKey(r, c)];
      return v ? wrapValidation(this._ctx, cloneValidation(v)) : null;
    });
  }

  // protection ---------------------------------------------------------------------------------------
  protect(): GProtection {
    void this._sh; // throws if it no longer exists
    const p = newProtection(this._ctx, this._ss, 'RANGE', this._sheetId, this.getA1Notation());
    return wrapProtection(this._ctx, this._ssId, p.id);
  }

  // developer metadata -------------------------------------------------------------------------------
  /** The ROW/COLUMN location this range is exactly, or null for any other shape. */
  _wholeLocation(): DeveloperMetadataState['location'] | null {
    const sh = this._sh;
    if (this._numCols === 1 && this._row === 1 && this._numRows === sh.maxRows) {
      return { type: 'COLUMN', sheetId: this._sheetId, index: this._col };
    }
    if (this._numRows === 1 && this._col === 1 && this._numCols === sh.maxColumns) {
      return { type: 'ROW', sheetId: this._sheetId, index: this._row };
    }
    return null;
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): this {
    const loc = this._wholeLocation();
    if (!loc) throw gasError(METADATA_ONLY_WHOLE);
    addMetadata(this._ctx, this._ss, loc, key, a, b);
    return this;
  }
  getDeveloperMetadata(): GDeveloperMetadata[] {
    return newFinderImpl(this._ctx, this._ssId, { kind: 'range', range: this }).find();
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return newFinder(this._ctx, this._ssId, { kind: 'range', range: this });
  }
}

// ---------------------------------------------------------------------------------------------- DeveloperMetadata

export class DeveloperMetadataImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _ssId: string,
    readonly _id: number,
  ) {}
  private get _m(): DeveloperMetadataState {
    const m = findSpreadsheet(this._ctx, this._ssId).metadata.find((x) => x.id === this._id);
    if (!m) throw gasError('The developer metadata has been removed.');
    return m;
  }
  getId(): number {
    return this._id;
  }
  getKey(): string {
    return this._m.key;
  }
  setKey(key: string): this {
    if (typeof key !== 'string' || key === '') throw gasError('Invalid argument: key');
    this._m.key = key;
    return this;
  }
  getValue(): string | null {
    return this._m.value;
  }
  setValue(value: string | null): this {
    this._m.value = value === null || value === undefined ? null : String(value);
    return this;
  }
  getVisibility(): string {
    return this._m.visibility;
  }
  setVisibility(v: unknown): this {
    const s = String(v);
    if (s !== 'DOCUMENT' && s !== 'PROJECT') throw gasError('Invalid argument: visibility');
    this._m.visibility = s;
    return this;
  }
  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    return this._ctx.wrap(
      new DeveloperMetadataLocationImpl(this._ctx, this._ssId, { ...this._m.location }),
      'DeveloperMetadataLocation',
    );
  }
  remove(): void {
    const ss = findSpreadsheet(this._ctx, this._ssId);
    void this._m; // throws if it no longer exists
    ss.metadata = ss.metadata.filter((x) => x.id !== this._id);
  }
}

class DeveloperMetadataLocationImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _ssId: string,
    readonly _loc: DeveloperMetadataState['location'],
  ) {}
  getLocationType(): string {
    return this._loc.type;
  }
  getSpreadsheet(): GSpreadsheet | null {
    return this._loc.type === 'SPREADSHEET' ? wrapSpreadsheet(this._ctx, this._ssId) : null;
  }
  getSheet(): GSheet | null {
    return this._loc.type === 'SHEET' ? wrapSheet(this._ctx, this._ssId, this._loc.sheetId) : null;
  }
  getColumn(): GRange | null {
    if (this._loc.type !== 'COLUMN') return null;
    const sh = findSheet(this._ctx, this._ssId, this._loc.sheetId);
    return wrapRange(this._ctx, this._ssId, sh.sheetId, {
      row: 1,
      col: this._loc.index,
      numRows: sh.maxRows,
      numCols: 1,
      open: 'cols',
    });
  }
  getRow(): GRange | null {
    if (this._loc.type !== 'ROW') return null;
    const sh = findSheet(this._ctx, this._ssId, this._loc.sheetId);
    return wrapRange(this._ctx, this._ssId, sh.sheetId, {
      row: this._loc.index,
      col: 1,
      numRows: 1,
      numCols: sh.maxColumns,
      open: 'rows',
    });
  }
}

type FinderScope =
  { kind: 'spreadsheet' } | { kind: 'sheet'; sheetId: number } | { kind: 'range'; range: RangeImpl };

class DeveloperMetadataFinderImpl {
  private _key: string | null = null;
  private _value: string | null | undefined = undefined;
  private _type: string | null = null;
  private _id: number | null = null;
  private _visibility: string | null = null;
  private _intersecting = false;

  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _ssId: string,
    readonly _scope: FinderScope,
  ) {}

  withKey(key: string): this {
    this._key = String(key);
    return this;
  }
  withValue(value: string | null): this {
    this._value = value === null ? null : String(value);
    return this;
  }
  withLocationType(type: unknown): this {
    this._type = String(type);
    return this;
  }
  withId(id: number): this {
    this._id = Number(id);
    return this;
  }
  withVisibility(v: unknown): this {
    this._visibility = String(v);
    return this;
  }
  onIntersectingLocations(): this {
    if (this._scope.kind !== 'range')
      throw gasError('Intersecting locations are only supported for range-scoped searches.');
    this._intersecting = true;
    return this;
  }
  private _inScope(m: DeveloperMetadataState): boolean {
    const s = this._scope;
    const loc = m.location;
    if (s.kind === 'spreadsheet') return true;
    if (s.kind === 'sheet') return loc.type !== 'SPREADSHEET' && loc.sheetId === s.sheetId;
    const r = s.range;
    if (loc.type === 'SPREADSHEET' || loc.sheetId !== r._sheetId) return false;
    if (!this._intersecting) {
      const exact = r._wholeLocation();
      if (loc.type === 'SHEET' || exact === null || exact.type === 'SPREADSHEET' || exact.type === 'SHEET')
        return false;
      return exact.type === loc.type && exact.index === loc.index;
    }
    if (loc.type === 'SHEET') return true;
    if (loc.type === 'COLUMN') return loc.index >= r._col && loc.index < r._col + r._numCols;
    return loc.index >= r._row && loc.index < r._row + r._numRows;
  }
  find(): GDeveloperMetadata[] {
    const ss = findSpreadsheet(this._ctx, this._ssId);
    return ss.metadata
      .filter(
        (m) =>
          this._inScope(m) &&
          (this._key === null || m.key === this._key) &&
          (this._value === undefined || m.value === this._value) &&
          (this._type === null || m.location.type === this._type) &&
          (this._id === null || m.id === this._id) &&
          (this._visibility === null || m.visibility === this._visibility),
      )
      .sort((a, b) => a.id - b.id)
      .map((m) => wrapMetadata(this._ctx, this._ssId, m.id));
  }
}

function newFinderImpl(ctx: EmulatorContext, ssId: string, scope: FinderScope): DeveloperMetadataFinderImpl {
  return new DeveloperMetadataFinderImpl(ctx, ssId, scope);
}

function newFinder(ctx: EmulatorContext, ssId: string, scope: FinderScope): GDeveloperMetadataFinder {
  return ctx.wrap<GDeveloperMetadataFinder>(newFinderImpl(ctx, ssId, scope), 'DeveloperMetadataFinder');
}

// ---------------------------------------------------------------------------------------------- Protection

export class ProtectionImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _ssId: string,
    readonly _id: number,
  ) {}
  private get _ss(): SpreadsheetState {
    return findSpreadsheet(this._ctx, this._ssId);
  }
  private get _p(): ProtectionState {
    const p = this._ss.protections.find((x) => x.id === this._id);
    if (!p) throw gasError('The protection has been removed.');
    return p;
  }
  getProtectionType(): string {
    return this._p.type;
  }
  getDescription(): string {
    return this._p.description;
  }
  setDescription(d: string): this {
    this._p.description = String(d ?? '');
    return this;
  }
  isWarningOnly(): boolean {
    return this._p.warningOnly;
  }
  setWarningOnly(w: boolean): this {
    this._p.warningOnly = Boolean(w);
    return this;
  }
  getEditors(): GUser[] {
    return this._p.editors.map((e) => wrapUser(this._ctx, e));
  }
  addEditor(user: unknown): this {
    const p = this._p;
    const email = emailOf(user);
    if (!p.editors.includes(email)) p.editors.push(email);
    return this;
  }
  addEditors(emails: string[]): this {
    for (const e of emails) this.addEditor(e);
    return this;
  }
  /** Neither the spreadsheet owner nor the current user can be removed (as documented). */
  removeEditor(user: unknown): this {
    const email = emailOf(user);
    const keep = new Set([this._ss.owner, this._ctx.state.session.activeUser]);
    if (!keep.has(email)) this._p.editors = this._p.editors.filter((e) => e !== email);
    return this;
  }
  removeEditors(users: unknown[]): this {
    for (const u of users) this.removeEditor(u);
    return this;
  }
  canEdit(): boolean {
    const p = this._p;
    const user = this._ctx.state.session.activeUser;
    return p.warningOnly || user === this._ss.owner || p.editors.includes(user);
  }
  /** Consumer accounts have no domain: domain editing is never on. */
  canDomainEdit(): boolean {
    return false;
  }
  getRange(): GRange {
    const p = this._p;
    const sh = findSheet(this._ctx, this._ssId, p.sheetId);
    const g =
      p.type === 'RANGE' && p.a1
        ? gridForA1(sh, p.a1)
        : { row: 1, col: 1, numRows: sh.maxRows, numCols: sh.maxColumns, open: null as OpenKind };
    return wrapRange(this._ctx, this._ssId, sh.sheetId, g);
  }
  remove(): void {
    void this._p; // throws if it no longer exists
    const ss = this._ss;
    ss.protections = ss.protections.filter((x) => x.id !== this._id);
  }
}

// ---------------------------------------------------------------------------------------------- DataValidation

function cloneValidation(v: ValidationState): ValidationState {
  return {
    criteria: v.criteria,
    args: v.args.map((a) => (Array.isArray(a) ? [...a] : a instanceof Date ? new Date(a.getTime()) : a)),
    allowInvalid: v.allowInvalid,
    helpText: v.helpText,
  };
}

export class DataValidationImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _v: ValidationState,
  ) {}
  getCriteriaType(): string {
    return this._v.criteria;
  }
  getCriteriaValues(): unknown[] {
    return cloneValidation(this._v).args;
  }
  getAllowInvalid(): boolean {
    return this._v.allowInvalid;
  }
  getHelpText(): string | null {
    return this._v.helpText;
  }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return wrapValidationBuilder(this._ctx, cloneValidation(this._v));
  }
}

export class DataValidationBuilderImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    readonly _v: ValidationState,
  ) {}
  private _set(criteria: string, args: unknown[]): this {
    this._v.criteria = criteria;
    this._v.args = args;
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): this {
    if (!Array.isArray(values)) throw gasError('Invalid argument: values');
    return this._set('VALUE_IN_LIST', [[...values], Boolean(showDropdown)]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this._set('CHECKBOX', args);
  }
  requireNumberBetween(start: number, end: number): this {
    return this._set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberNotBetween(start: number, end: number): this {
    return this._set('NUMBER_NOT_BETWEEN', [start, end]);
  }
  requireNumberEqualTo(n: number): this {
    return this._set('NUMBER_EQUAL_TO', [n]);
  }
  requireNumberGreaterThan(n: number): this {
    return this._set('NUMBER_GREATER_THAN', [n]);
  }
  requireNumberGreaterThanOrEqualTo(n: number): this {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireNumberLessThan(n: number): this {
    return this._set('NUMBER_LESS_THAN', [n]);
  }
  requireNumberLessThanOrEqualTo(n: number): this {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }
  requireDate(): this {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireTextIsEmail(): this {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this._set('TEXT_IS_VALID_URL', []);
  }
  setAllowInvalid(allow: boolean): this {
    this._v.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string): this {
    this._v.helpText = String(text);
    return this;
  }
  getCriteriaType(): string | null {
    return this._v.criteria === '' ? null : this._v.criteria;
  }
  getCriteriaValues(): unknown[] {
    return cloneValidation(this._v).args;
  }
  getAllowInvalid(): boolean {
    return this._v.allowInvalid;
  }
  getHelpText(): string | null {
    return this._v.helpText;
  }
  build(): GDataValidation {
    if (this._v.criteria === '')
      throw gasError('You must specify a criteria type before building a data validation rule.');
    return wrapValidation(this._ctx, cloneValidation(this._v));
  }
}

export function wrapValidationBuilder(
  ctx: EmulatorContext,
  v: ValidationState = { criteria: '', args: [], allowInvalid: true, helpText: null },
): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return ctx.wrap(new DataValidationBuilderImpl(ctx, v), 'DataValidationBuilder');
}
