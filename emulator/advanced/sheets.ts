/**
 * The advanced Sheets service (Sheets API v4) over the same state as SpreadsheetApp: only what the add-on
 * calls — `Sheets.Spreadsheets.get` with its sheet properties and grid data, and `Sheets.Spreadsheets.batchUpdate`
 * with createDeveloperMetadata (on the spreadsheet) and updateCells requests. Shapes follow the REST reference
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get) and
 * `@types/google-apps-script/apis/sheets_v4`. Field masks are not applied: the emulator returns the fields the
 * add-on asks for and may return more, never fewer. Every other member throws NotEmulatedError.
 */
import type { EmulatorContext } from '../core/context';
import { gasError, NotEmulatedError } from '../core/errors';
import { addMetadata } from '../spreadsheet/developer-metadata';
import type { CellValue, SheetState, SpreadsheetState } from '../core/state';
import { parseA1, splitSheetName, type GridRange } from '../spreadsheet/a1';
import { assertEditable, cellKey, getCell, lastColumn, lastRow, setCell } from '../spreadsheet/cells';
import { dateToSerial, serialToDate } from '../../src/domain/time/zone';
import { isDateFormat } from '../spreadsheet/format';

import Schema = GoogleAppsScript.Sheets.Schema;

/** Sheets' NumberFormat type of a cell, as the API reports it in effectiveFormat. */
function formatType(value: CellValue, pattern: string | undefined): string | null {
  if (pattern && isDateFormat(pattern)) {
    const p = pattern.replace(/"[^"]*"/g, '');
    const hasDate = /[dy]/i.test(p) || /M/.test(p);
    const hasTime = /[hs]/i.test(p);
    return hasDate && hasTime ? 'DATE_TIME' : hasDate ? 'DATE' : 'TIME';
  }
  // A Date written by setValues without a format gets Sheets' default date-time format.
  if (value instanceof Date) return 'DATE_TIME';
  return pattern ? 'NUMBER' : null;
}

function cellData(ss: SpreadsheetState, sh: SheetState, r: number, c: number): Schema.CellData {
  const value = getCell(sh, r, c);
  if (value === '') return {};
  const pattern = sh.numberFormats[`${r}:${c}`];
  const type = formatType(value, pattern);
  const effectiveValue: Schema.ExtendedValue =
    value instanceof Date
      ? { numberValue: dateToSerial(value, ss.timeZone) }
      : typeof value === 'number'
        ? { numberValue: value }
        : typeof value === 'boolean'
          ? { boolValue: value }
          : { stringValue: value };
  const out: Schema.CellData = { effectiveValue };
  if (type) out.effectiveFormat = { numberFormat: { type, pattern: pattern ?? '' } };
  return out;
}

/** The rows of a block as the API returns them: trailing empty cells and rows are left out. */
function gridData(ss: SpreadsheetState, sh: SheetState, g: GridRange): Schema.GridData {
  const lastR = Math.min(g.row - 1 + g.numRows, lastRow(sh));
  const lastC = Math.min(g.col - 1 + g.numCols, lastColumn(sh));
  const rowData: Schema.RowData[] = [];
  for (let r = g.row - 1; r < lastR; r++) {
    const values: Schema.CellData[] = [];
    for (let c = g.col - 1; c < lastC; c++) values.push(cellData(ss, sh, r, c));
    while (values.length && !values[values.length - 1].effectiveValue) values.pop();
    rowData.push(values.length ? { values } : {});
  }
  while (rowData.length && !rowData[rowData.length - 1].values) rowData.pop();
  return { startRow: g.row - 1, startColumn: g.col - 1, rowData };
}

function sheetProperties(sh: SheetState, index: number): Schema.SheetProperties {
  return {
    sheetId: sh.sheetId,
    title: sh.name,
    index,
    sheetType: 'GRID',
    hidden: sh.hidden,
    gridProperties: {
      rowCount: sh.maxRows,
      columnCount: sh.maxColumns,
      frozenRowCount: sh.frozenRows,
      frozenColumnCount: sh.frozenColumns,
    },
  };
}

/** A range of `ranges[]`: "'Sheet'!A1:C" or a bare sheet name (the whole sheet). */
function resolveRange(ss: SpreadsheetState, a1: string): { sheet: SheetState; grid: GridRange } {
  const { sheetName, ref } = splitSheetName(a1);
  // A range without '!' is a whole sheet, its name quoted or not: "'Лист 1'" or "Лист1".
  const name = sheetName ?? (/^'.*'$/.test(ref) ? ref.slice(1, -1).replace(/''/g, "'") : ref);
  const sheet = ss.sheets.find((s) => s.name === name);
  if (!sheet)
    throw gasError(`API call to sheets.spreadsheets.get failed with error: Unable to parse range: ${a1}`);
  const grid =
    sheetName === null
      ? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxColumns, open: null }
      : parseA1(ref, sheet.maxRows, sheet.maxColumns);
  if (!grid)
    throw gasError(`API call to sheets.spreadsheets.get failed with error: Unable to parse range: ${a1}`);
  return { sheet, grid };
}

interface GetArgs {
  ranges?: string[] | string;
  includeGridData?: boolean;
  fields?: string;
}

function getSpreadsheet(ctx: EmulatorContext, spreadsheetId: string, args: GetArgs = {}): Schema.Spreadsheet {
  const ss = ctx.state.spreadsheets[String(spreadsheetId)];
  if (!ss)
    throw gasError(`API call to sheets.spreadsheets.get failed with error: Requested entity was not found.`);
  const withData = args.includeGridData === true || /(^|[,(/])data\b/.test(args.fields ?? '');
  const ranges = args.ranges === undefined ? [] : Array.isArray(args.ranges) ? args.ranges : [args.ranges];
  const spreadsheet: Schema.Spreadsheet = {
    spreadsheetId: ss.id,
    properties: { title: ss.name, locale: ss.locale, timeZone: ss.timeZone },
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ss.id}/edit`,
    // Spreadsheet-level developer metadata (the project's own included: one project per emulated script).
    developerMetadata: ss.metadata
      .filter((m) => m.location.type === 'SPREADSHEET')
      .map((m) => ({
        metadataId: m.id,
        metadataKey: m.key,
        metadataValue: m.value ?? undefined,
        visibility: m.visibility,
        location: { locationType: 'SPREADSHEET', spreadsheet: true },
      })),
  };
  if (!ranges.length) {
    spreadsheet.sheets = ss.sheets.map((sh, i) => {
      const out: Schema.Sheet = { properties: sheetProperties(sh, i) };
      if (withData)
        out.data = [
          gridData(ss, sh, { row: 1, col: 1, numRows: sh.maxRows, numCols: sh.maxColumns, open: null }),
        ];
      return out;
    });
    return spreadsheet;
  }
  // Sheets are returned in the spreadsheet's order, each with one GridData per requested range on it.
  const resolved = ranges.map((r) => resolveRange(ss, r));
  spreadsheet.sheets = ss.sheets.flatMap((sh, i) => {
    const mine = resolved.filter((r) => r.sheet === sh);
    if (!mine.length) return [];
    const out: Schema.Sheet = { properties: sheetProperties(sh, i) };
    if (withData) out.data = mine.map((r) => gridData(ss, sh, r.grid));
    return [out];
  });
  return spreadsheet;
}

/**
 * spreadsheets.batchUpdate (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate):
 * the requests apply in order, all or none; the response has one reply per request. Only
 * CreateDeveloperMetadataRequest at the spreadsheet's own location and UpdateCellsRequest (from `start`, the
 * `userEnteredValue` field) are emulated.
 */
function batchUpdate(
  ctx: EmulatorContext,
  resource: Schema.BatchUpdateSpreadsheetRequest,
  spreadsheetId: string,
): Schema.BatchUpdateSpreadsheetResponse {
  const ss = ctx.state.spreadsheets[String(spreadsheetId)];
  const fail = (why: string) =>
    gasError(`API call to sheets.spreadsheets.batchUpdate failed with error: ${why}`);
  if (!ss) throw fail('Requested entity was not found.');
  const requests = resource?.requests ?? [];
  if (!requests.length) throw fail('Invalid requests: at least one request is required.');
  // Checked before any is applied: a failing request leaves the spreadsheet as it was.
  const checked = requests.map((request, i) => {
    const kinds = Object.keys(request ?? {});
    if (kinds.length === 1 && request.updateCells)
      return { cells: checkUpdateCells(ctx, ss, request.updateCells, i, fail) };
    if (kinds.length !== 1 || !request.createDeveloperMetadata)
      throw new NotEmulatedError(`Sheets batchUpdate request ${kinds.join(', ') || '(empty)'}`);
    const md = request.createDeveloperMetadata.developerMetadata;
    if (!md?.metadataKey)
      throw fail(`Invalid requests[${i}].createDeveloperMetadata: metadataKey is required.`);
    if (md.visibility !== 'DOCUMENT' && md.visibility !== 'PROJECT')
      throw fail(`Invalid requests[${i}].createDeveloperMetadata: visibility is required.`);
    const at = md.location ?? {};
    if (at.spreadsheet !== true || at.sheetId !== undefined || at.dimensionRange !== undefined)
      throw new NotEmulatedError('Sheets createDeveloperMetadata at a location other than the spreadsheet');
    return { md };
  });
  const replies = checked.map(({ md, cells }) => {
    if (cells) {
      cells();
      return {};
    }
    if (!md) return {};
    addMetadata(ctx, ss, { type: 'SPREADSHEET' }, md.metadataKey!, md.metadataValue ?? null, md.visibility);
    const made = ss.metadata[ss.metadata.length - 1];
    return {
      createDeveloperMetadata: {
        developerMetadata: {
          metadataId: made.id,
          metadataKey: made.key,
          metadataValue: made.value ?? undefined,
          visibility: made.visibility,
          location: { locationType: 'SPREADSHEET', spreadsheet: true },
        },
      },
    };
  });
  return { spreadsheetId: ss.id, replies };
}

/**
 * UpdateCellsRequest (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest)
 * with `start` and fields "userEnteredValue": each CellData's value is stored as given — a stringValue is
 * text, never a formula or a number; a numberValue in a date-formatted cell is a date (getValues returns a
 * Date); a CellData without a value clears the cell. Rows past the grid fail, as the API does. Returns the
 * write, applied only after every request was checked.
 */
function checkUpdateCells(
  ctx: EmulatorContext,
  ss: SpreadsheetState,
  req: Schema.UpdateCellsRequest,
  i: number,
  fail: (why: string) => Error,
): () => void {
  if (req.range || !req.start || req.fields !== 'userEnteredValue')
    throw new NotEmulatedError('Sheets updateCells other than from `start` with fields "userEnteredValue"');
  const sh = ss.sheets.find((s) => s.sheetId === req.start!.sheetId);
  if (!sh) throw fail(`Invalid requests[${i}].updateCells: No grid with id: ${req.start.sheetId}`);
  const r0 = req.start.rowIndex ?? 0;
  const c0 = req.start.columnIndex ?? 0;
  const rows = req.rows ?? [];
  const width = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
  if (r0 + rows.length > sh.maxRows || c0 + width > sh.maxColumns)
    throw fail(
      `Invalid requests[${i}].updateCells: Attempting to write row: ${r0 + rows.length - 1}, beyond the last requested row of: ${sh.maxRows - 1}`,
    );
  assertEditable(ctx, ss, sh, r0 + 1, c0 + 1, Math.max(rows.length, 1), Math.max(width, 1));
  if (rows.some((r) => r.values?.some((cell) => cell.userEnteredValue?.formulaValue !== undefined)))
    throw new NotEmulatedError('Sheets updateCells with a formulaValue');
  return () =>
    rows.forEach((row, ri) =>
      (row.values ?? []).forEach((cell, ci) => {
        const r = r0 + ri;
        const c = c0 + ci;
        const key = cellKey(r, c);
        const v = cell.userEnteredValue;
        const pattern = sh.numberFormats[key];
        const stored =
          v?.stringValue !== undefined && v.stringValue !== null
            ? v.stringValue
            : typeof v?.numberValue === 'number'
              ? pattern && isDateFormat(pattern)
                ? serialToDate(v.numberValue, ss.timeZone)
                : v.numberValue
              : typeof v?.boolValue === 'boolean'
                ? v.boolValue
                : '';
        setCell(sh, r, c, stored);
        delete sh.formulas[key];
      }),
    );
}

/** `Sheets` as a script sees it when the manifest enables the service (userSymbol "Sheets", version v4). */
export function createSheetsService(ctx: EmulatorContext): GoogleAppsScript.Sheets {
  const values = ctx.wrap<GoogleAppsScript.Sheets.Collection.Spreadsheets.ValuesCollection>(
    {},
    'Sheets.Spreadsheets.Values',
  );
  const spreadsheets = ctx.wrap<GoogleAppsScript.Sheets.Collection.SpreadsheetsCollection>(
    {
      Values: values,
      get: (id: string, args?: GetArgs) => getSpreadsheet(ctx, id, args),
      batchUpdate: (resource: Schema.BatchUpdateSpreadsheetRequest, id: string) =>
        batchUpdate(ctx, resource, id),
    },
    'Sheets.Spreadsheets',
  );
  return ctx.wrap<GoogleAppsScript.Sheets>({ Spreadsheets: spreadsheets }, 'Sheets');
}
