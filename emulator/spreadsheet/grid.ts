/**
 * Cell-grid helpers shared by Sheet and Range: request checks with Apps Script's messages, typed reads and writes.
 */
import { gasError } from '../core/errors';
import type { CellValue, SheetState, SpreadsheetState } from '../core/state';
import { type GridRange, parseA1 } from './a1';
import { cellKey, getCell, setCell } from './cells';
import { parseInput } from './format';

export function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}

function dimensionError(kind: 'rows' | 'columns', data: number, range: number): Error {
  return gasError(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

export function checkGrid(data: unknown, numRows: number, numCols: number, method: string): unknown[][] {
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

/** Checks a (row, col, numRows, numCols) request against the sheet, with Apps Script's messages. */
export function gridFor(sh: SheetState, row: number, col: number, numRows = 1, numCols = 1): GridRange {
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

export function gridForA1(sh: SheetState, ref: string): GridRange {
  const g = parseA1(ref, sh.maxRows, sh.maxColumns);
  if (!g) throw gasError('Range not found');
  if (g.row + g.numRows - 1 > sh.maxRows || g.col + g.numCols - 1 > sh.maxColumns)
    throw gasError('Range not found');
  return g;
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

export function readValues(sh: SheetState, g: GridRange): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < g.numRows; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < g.numCols; c++) row.push(copyValue(getCell(sh, g.row - 1 + r, g.col - 1 + c)));
    out.push(row);
  }
  return out;
}

/** Writes one cell as typed input (0-based coordinates). */
export function writeCell(ss: SpreadsheetState, sh: SheetState, r: number, c: number, raw: unknown): void {
  const key = cellKey(r, c);
  const parsed = parseInput(raw, sh.numberFormats[key], ss.locale, ss.timeZone);
  setCell(sh, r, c, parsed.value);
  if (parsed.formula !== undefined) sh.formulas[key] = parsed.formula;
  else delete sh.formulas[key];
  if (parsed.format !== undefined && sh.numberFormats[key] === undefined)
    sh.numberFormats[key] = parsed.format;
}

// ---------------------------------------------------------------------------------------------- Range
