import { menuPath } from '../domain/menu';
import type { ColumnSpec, SheetSchema } from '../domain/schema/types';
import type { SheetPort, SheetRead } from '../services/ports';
import { neutraliseCell } from '../domain/table/codec';
import { sheetsApi } from './advanced';
import { dateToSerial, serialToDate } from '../domain/time/zone';

type CellData = GoogleAppsScript.Sheets.Schema.CellData;
const DATE_TYPES = new Set(['DATE', 'TIME', 'DATE_TIME']);

/** A1 name of a whole sheet, quoted as the Sheets API needs for any name. */
function quoted(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** What getValues returns for a cell of the API's grid data: Dates for date-formatted numbers. */
function cellValue(cell: CellData | undefined, timeZone: string): unknown {
  const v = cell?.effectiveValue;
  if (!v) return '';
  if (v.numberValue !== undefined && v.numberValue !== null) {
    const type = cell?.effectiveFormat?.numberFormat?.type;
    return type && DATE_TYPES.has(type) ? serialToDate(v.numberValue, timeZone) : v.numberValue;
  }
  if (v.boolValue !== undefined && v.boolValue !== null) return v.boolValue;
  if (v.errorValue) return v.errorValue.type === 'NA' ? '#N/A' : `#${v.errorValue.type ?? 'ERROR'}`;
  return v.stringValue ?? '';
}

/** Grid data as a rectangular block, the way getDataRange().getValues() returns it ([['']] when empty). */
function block(data: GoogleAppsScript.Sheets.Schema.GridData | undefined, timeZone: string): unknown[][] {
  const rows = data?.rowData ?? [];
  const width = Math.max(1, ...rows.map((r) => r.values?.length ?? 0));
  const out = rows.map((r) => {
    const line: unknown[] = [];
    for (let c = 0; c < width; c++) line.push(cellValue(r.values?.[c], timeZone));
    return line;
  });
  return out.length ? out : [new Array(width).fill('')];
}

/**
 * A value as the Sheets API's CellData, stored as setValues would store it after the codec's guard: a string
 * is text (the guard's leading apostrophe, which setValues drops, is not sent: a stringValue is never parsed),
 * a Date is its serial number (the declared date columns carry a date format), '' clears the cell.
 */
function enteredCell(v: unknown, timeZone: string): CellData {
  if (v === '' || v === null || v === undefined) return {};
  if (v instanceof Date) return { userEnteredValue: { numberValue: dateToSerial(v, timeZone) } };
  if (typeof v === 'number') return { userEnteredValue: { numberValue: v } };
  if (typeof v === 'boolean') return { userEnteredValue: { boolValue: v } };
  const text = String(neutraliseCell(String(v)));
  return { userEnteredValue: { stringValue: text.startsWith("'") ? text.slice(1) : text } };
}

const GRID_FIELDS = 'data(rowData.values(effectiveValue,effectiveFormat.numberFormat.type))';
/** What the add-on's records need of each piece of the spreadsheet's developer metadata. */
export const SPREADSHEET_METADATA_FIELDS = 'metadataKey,metadataValue,visibility,location.locationType';
const SHEET_FIELDS = 'properties(title,sheetId,gridProperties(rowCount,columnCount))';

/** Developer-metadata key that marks a column with its declared key, so a renamed header is still found. */
const COLUMN_KEY_METADATA = 'nastavnik.column';

const NUMBER_FORMATS: Partial<Record<ColumnSpec['type'], string>> = {
  date: 'dd.MM.yyyy',
  datetime: 'dd.MM.yyyy HH:mm',
  integer: '0',
};

function columnLetter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Every block written goes through the codec's guard: no text becomes a formula, whoever built the block. */
function neutralised(values: unknown[][]): unknown[][] {
  return values.map((line) => line.map(neutraliseCell));
}

/** SheetPort over the spreadsheet the add-on is open in. Every read and write is one batch call. */
export class GasSheets implements SheetPort {
  private spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;

  /** The open spreadsheet, looked up once per execution (other adapters share it: see ports.ts). */
  get ss(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (!this.spreadsheet) {
      const active = SpreadsheetApp.getActive();
      if (!active) throw new Error('Надстройка работает только в открытой таблице.');
      this.spreadsheet = active;
    }
    return this.spreadsheet;
  }

  private spreadsheetId: string | null = null;

  get id(): string {
    return (this.spreadsheetId ??= this.ss.getId());
  }

  /**
   * What the Sheets API said about each sheet in this execution (id and grid size): a sheet known here is read
   * and written in one Sheets API call (readValues, writeBlock) instead of a lookup, a range and its values.
   * Forgotten after any other change to the sheet; a failed call (the sheet deleted or renamed meanwhile)
   * falls back to the SpreadsheetApp path, which says what is wrong.
   */
  private readonly known = new Map<string, { sheetId: number; rows: number; columns: number }>();
  private timeZone: string | null = null;

  /**
   * The spreadsheet's own developer metadata as readMany's first call (or the first record read) saw it: the
   * add-on's records (gas/records.ts) are read from here instead of a call of their own, until a record is
   * written.
   */
  spreadsheetMetadata: GoogleAppsScript.Sheets.Schema.DeveloperMetadata[] | null = null;

  private remember(p: GoogleAppsScript.Sheets.Schema.SheetProperties | undefined): void {
    if (p?.title === undefined || p.sheetId === undefined || !p.gridProperties) return;
    this.known.set(p.title, {
      sheetId: p.sheetId,
      rows: p.gridProperties.rowCount ?? 0,
      columns: p.gridProperties.columnCount ?? 0,
    });
  }

  /** Two Sheets API calls whatever the number of sheets: their names first (a missing range fails the call). */
  readMany(reads: readonly SheetRead[]): { sheetNames: string[]; values: (unknown[][] | null)[] } {
    const api = sheetsApi();
    const meta = api.Spreadsheets!.get(this.id, {
      fields: `properties.timeZone,sheets.${SHEET_FIELDS},developerMetadata(${SPREADSHEET_METADATA_FIELDS})`,
    });
    this.spreadsheetMetadata = meta.developerMetadata ?? [];
    const sheetNames = (meta.sheets ?? []).map((s) => s.properties?.title ?? '');
    const timeZone = meta.properties?.timeZone ?? Session.getScriptTimeZone();
    this.timeZone = timeZone;
    this.known.clear();
    for (const sheet of meta.sheets ?? []) this.remember(sheet.properties);
    const present = reads.filter((r) => sheetNames.includes(r.sheetName));
    const ranges = present.map((r) => (r.headerOnly ? `${quoted(r.sheetName)}!1:1` : quoted(r.sheetName)));
    const grids = new Map<string, GoogleAppsScript.Sheets.Schema.GridData | undefined>();
    if (ranges.length) {
      const got = api.Spreadsheets!.get(this.id, {
        ranges,
        fields: `sheets(properties.title,${GRID_FIELDS})`,
      });
      // One GridData per requested range, in request order within each sheet.
      const next = new Map<string, number>();
      for (const sheet of got.sheets ?? []) next.set(sheet.properties?.title ?? '', 0);
      const bySheet = new Map((got.sheets ?? []).map((s) => [s.properties?.title ?? '', s.data ?? []]));
      present.forEach((r, i) => {
        const at = next.get(r.sheetName) ?? 0;
        next.set(r.sheetName, at + 1);
        grids.set(ranges[i], bySheet.get(r.sheetName)?.[at]);
      });
    }
    const values = reads.map((r) => {
      if (!sheetNames.includes(r.sheetName)) return null;
      const key = r.headerOnly ? `${quoted(r.sheetName)}!1:1` : quoted(r.sheetName);
      return block(grids.get(key), timeZone);
    });
    return { sheetNames, values };
  }

  /** Looks the sheet up (reads always do: a sheet may have gone); a found one is remembered for writes. */
  private sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    const sheet = this.ss.getSheetByName(name);
    if (sheet && this.written.get(name)?.sheet !== sheet) this.written.set(name, { sheet, maxRows: null });
    return sheet;
  }

  readValues(sheetName: string): unknown[][] | null {
    if (this.known.has(sheetName) && this.timeZone) {
      try {
        const got = sheetsApi().Spreadsheets!.get(this.id, {
          ranges: [quoted(sheetName)],
          fields: `sheets(${SHEET_FIELDS},${GRID_FIELDS})`,
        });
        const sheet = got.sheets?.[0];
        if (sheet?.properties?.title === sheetName) {
          this.remember(sheet.properties);
          return block(sheet.data?.[0], this.timeZone);
        }
      } catch {
        // Deleted or renamed meanwhile: looked up below.
      }
      this.known.delete(sheetName);
    }
    const sheet = this.sheet(sheetName);
    return sheet ? sheet.getDataRange().getValues() : null;
  }

  readHeader(sheetName: string): unknown[] | null {
    const sheet = this.sheet(sheetName);
    if (!sheet) return null;
    return sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
  }

  readColumnKeys(sheetName: string): (string | null)[] {
    const sheet = this.sheet(sheetName);
    if (!sheet) return [];
    const keys: (string | null)[] = new Array(sheet.getLastColumn()).fill(null);
    for (const md of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY_METADATA).find()) {
      const location = md.getLocation();
      if (String(location.getLocationType()) !== 'COLUMN') continue;
      const column = location.getColumn();
      if (column) keys[column.getColumn() - 1] = md.getValue();
    }
    return keys;
  }

  writeBlock(sheetName: string, row: number, column: number, values: unknown[][]): void {
    if (!values.length || !values[0].length) return;
    const known = this.known.get(sheetName);
    const fits =
      known && row + values.length - 1 <= known.rows && column + values[0].length - 1 <= known.columns;
    if (known && fits && this.timeZone) {
      const timeZone = this.timeZone;
      try {
        const rows = values.map((line) => ({ values: line.map((v) => enteredCell(v, timeZone)) }));
        const start = { sheetId: known.sheetId, rowIndex: row - 1, columnIndex: column - 1 };
        sheetsApi().Spreadsheets!.batchUpdate(
          { requests: [{ updateCells: { start, rows, fields: 'userEnteredValue' } }] },
          this.id,
        );
        return;
      } catch {
        // Deleted, renamed or shrunk meanwhile: written below, or a clear message why not.
      }
    }
    this.known.delete(sheetName);
    this.writing(sheetName, (sheet) => {
      this.ensureRows(sheetName, sheet, row + values.length - 1);
      sheet.getRange(row, column, values.length, values[0].length).setValues(neutralised(values));
    });
  }

  /**
   * Sheets used in this execution are remembered with their row count: a document batch writes its
   * register row after every document, and looking the sheet up again each time would double the cost. If the
   * remembered sheet was deleted or shrunk meanwhile (someone else's edit), the write fails and is redone once
   * from a fresh lookup.
   */
  private readonly written = new Map<
    string,
    { sheet: GoogleAppsScript.Spreadsheet.Sheet; maxRows: number | null }
  >();

  private writing(name: string, write: (sheet: GoogleAppsScript.Spreadsheet.Sheet) => void): void {
    const known = this.written.get(name);
    if (known) {
      try {
        write(known.sheet);
        return;
      } catch {
        this.written.delete(name);
      }
    }
    const sheet = this.requireSheet(name);
    this.written.set(name, { sheet, maxRows: null });
    write(sheet);
  }

  appendRows(sheetName: string, rows: unknown[][]): void {
    if (!rows.length) return;
    // Appending may grow the grid.
    this.known.delete(sheetName);
    // One row (a Журнал line after every action) in one atomic call, instead of last row, size, range, write.
    if (rows.length === 1) {
      this.writing(sheetName, (sheet) => sheet.appendRow(neutralised(rows)[0]));
      return;
    }
    const sheet = this.requireSheet(sheetName);
    const first = sheet.getLastRow() + 1;
    this.ensureRows(sheetName, sheet, first + rows.length - 1);
    sheet.getRange(first, 1, rows.length, rows[0].length).setValues(neutralised(rows));
  }

  deleteRows(sheetName: string, rowNumbers: number[]): void {
    this.written.delete(sheetName);
    this.known.delete(sheetName);
    const sheet = this.requireSheet(sheetName);
    // Bottom-up, so earlier deletions do not shift the rows still to delete.
    for (const n of [...new Set(rowNumbers)].sort((a, b) => b - a)) sheet.deleteRow(n);
  }

  createSheet(schema: SheetSchema, index: number): void {
    this.written.delete(schema.name);
    this.known.delete(schema.name);
    const sheet = this.ss.insertSheet(schema.name, Math.min(index, this.ss.getSheets().length));
    sheet.getRange(1, 1, 1, schema.columns.length).setValues([schema.columns.map((c) => c.header)]);
    sheet.setFrozenRows(1);
    this.decorateColumns(sheet, schema.columns, 1);
  }

  restrictEditing(sheetName: string, editors: readonly string[], description: string): void {
    const sheet = this.requireSheet(sheetName);
    // Sheet.protect() returns the sheet's protection if it has one; until its editor list is changed, it
    // mirrors the spreadsheet's sharing, i.e. protects nothing.
    const protection = sheet.protect().setDescription(description).setWarningOnly(false);
    // As documented: add yourself first, or removing a group you edit through would throw.
    protection.addEditor(Session.getEffectiveUser());
    protection.removeEditors(protection.getEditors());
    if (editors.length) protection.addEditors([...editors]);
    if (protection.canDomainEdit()) protection.setDomainEdit(false);
  }

  addColumns(schema: SheetSchema, columns: readonly ColumnSpec[]): void {
    this.known.delete(schema.name);
    const sheet = this.requireSheet(schema.name);
    const first = sheet.getLastColumn() + 1;
    const needed = first + columns.length - 1 - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    sheet.getRange(1, first, 1, columns.length).setValues([columns.map((c) => c.header)]);
    this.decorateColumns(sheet, columns, first);
  }

  sheetNames(): string[] {
    return this.ss.getSheets().map((s) => s.getName());
  }

  deleteSheetIfEmpty(name: string): boolean {
    this.written.delete(name);
    this.known.delete(name);
    const sheet = this.sheet(name);
    if (!sheet || sheet.getLastRow() > 0 || sheet.getLastColumn() > 0 || this.ss.getSheets().length < 2)
      return false;
    this.ss.deleteSheet(sheet);
    return true;
  }

  clearRows(sheetName: string): number {
    this.written.delete(sheetName);
    const sheet = this.sheet(sheetName);
    const rows = sheet ? sheet.getLastRow() - 1 : 0;
    if (!sheet || rows <= 0) return 0;
    // The whole width, not only the declared columns: a curator's own column beside a person is theirs too.
    const range = sheet.getRange(2, 1, rows, Math.max(sheet.getLastColumn(), 1));
    range.clearContent();
    range.clearNote();
    return rows;
  }

  /** Key metadata, header note, number format and validation for each declared column. */
  private decorateColumns(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    columns: readonly ColumnSpec[],
    firstColumn: number,
  ): void {
    const rows = sheet.getMaxRows();
    sheet.getRange(1, firstColumn, 1, columns.length).setNotes([columns.map((c) => c.note ?? '')]);
    columns.forEach((column, i) => {
      const n = firstColumn + i;
      const letter = columnLetter(n);
      sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY_METADATA, column.key);
      const data = rows > 1 ? sheet.getRange(2, n, rows - 1, 1) : null;
      if (!data) return;
      const format = NUMBER_FORMATS[column.type];
      if (format) data.setNumberFormat(format);
      if (column.type === 'enum' && column.values) {
        data.setDataValidation(
          SpreadsheetApp.newDataValidation()
            .requireValueInList(column.values.filter(Boolean), true)
            .setAllowInvalid(true)
            .build(),
        );
      }
    });
  }

  private requireSheet(name: string): GoogleAppsScript.Spreadsheet.Sheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`Нет листа «${name}». Выполните ${menuPath('setup')}.`);
    return sheet;
  }

  private ensureRows(name: string, sheet: GoogleAppsScript.Spreadsheet.Sheet, lastRow: number): void {
    const known = this.written.get(name);
    if (known?.maxRows != null && lastRow <= known.maxRows) return;
    const max = sheet.getMaxRows();
    if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
    if (known) known.maxRows = Math.max(max, lastRow);
  }
}
