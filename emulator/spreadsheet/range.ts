/**
 * Range: grid coordinates on a sheet; every read and write goes to the sheet's state.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { CellValue, DeveloperMetadataState, SheetState, SpreadsheetState } from '../core/state';
import { type GridRange, type OpenKind, toA1 } from './a1';
import { assertEditable, cellKey, findSheet, findSpreadsheet, getCell, hasContent, setCell } from './cells';
import { DEFAULT_NUMBER_FORMAT, displayValue } from './format';
import type { SpreadsheetViews } from './views';
import { addMetadata, METADATA_ONLY_WHOLE } from './developer-metadata';
import { checkGrid, copyValue, gridFor, readValues, writeCell } from './grid';
import { newProtection } from './protection';
import { cloneValidation, type DataValidationImpl } from './data-validation';
import { DeveloperMetadataFinderImpl } from './developer-metadata-finder';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GDeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GDeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;
type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export class RangeImpl {
  constructor(
    private readonly _ctx: EmulatorContext,
    private readonly _views: SpreadsheetViews,
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
    return this._views.sheet(this._ctx, this._ssId, this._sheetId);
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
    return this._views.range(this._ctx, this._ssId, this._sheetId, g);
  }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this._numRows || column > this._numCols) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this._views.range(this._ctx, this._ssId, this._sheetId, {
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
    return v ? this._views.validation(this._ctx, cloneValidation(v)) : null;
  }
  getDataValidations(): (GDataValidation | null)[][] {
    const sh = this._sh;
    return this._map((r, c) => {
      const v = sh.validations[cellKey(r, c)];
      return v ? this._views.validation(this._ctx, cloneValidation(v)) : null;
    });
  }

  // protection ---------------------------------------------------------------------------------------
  protect(): GProtection {
    void this._sh; // throws if it no longer exists
    const p = newProtection(this._ctx, this._ss, 'RANGE', this._sheetId, this.getA1Notation());
    return this._views.protection(this._ctx, this._ssId, p.id);
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
    return new DeveloperMetadataFinderImpl(this._ctx, this._views, this._ssId, {
      kind: 'range',
      range: this,
    }).find();
  }
  createDeveloperMetadataFinder(): GDeveloperMetadataFinder {
    return this._views.finder(this._ctx, this._ssId, { kind: 'range', range: this });
  }
}
