/**
 * What the desk shows of the workbook: the sheet tabs and one sheet as display values (what getDisplayValues
 * returns), plus the document list. Plain data; the page renders it with textContent.
 */
import type { CellValue, EmulatorState, SheetState, SpreadsheetState } from '../emulator/core/state';
import { displayValue } from '../emulator/spreadsheet/format';

/** Rows beyond this are not sent to the page: the desk is for looking, not for scrolling 10,000 rows. */
const MAX_ROWS = 2000;

interface SheetTab {
  sheetId: number;
  name: string;
  tabColor: string | null;
}

export interface SheetList {
  spreadsheet: { id: string; name: string } | null;
  activeSheetId: number | null;
  sheets: SheetTab[];
}

interface CellView {
  /** Display value. */
  v: string;
  /** Right-aligned (numbers and dates), as Sheets aligns them. */
  r?: 1;
  /** Formula text, shown in the formula bar. */
  f?: string;
  note?: string;
}

export interface SheetView {
  sheetId: number;
  name: string;
  frozenRows: number;
  frozenColumns: number;
  columns: number;
  rows: CellView[][];
  totalRows: number;
  truncated: boolean;
}

export function activeSpreadsheet(state: EmulatorState): SpreadsheetState | null {
  const id = state.activeSpreadsheetId;
  return id ? (state.spreadsheets[id] ?? null) : null;
}

export function listSheets(state: EmulatorState): SheetList {
  const ss = activeSpreadsheet(state);
  if (!ss) return { spreadsheet: null, activeSheetId: null, sheets: [] };
  return {
    spreadsheet: { id: ss.id, name: ss.name },
    activeSheetId: ss.activeSheetId,
    // Hidden sheets have no tab in Sheets either.
    sheets: ss.sheets
      .filter((s) => !s.hidden)
      .map((s) => ({ sheetId: s.sheetId, name: s.name, tabColor: s.tabColor })),
  };
}

export function sheetView(state: EmulatorState, sheetId: number): SheetView | null {
  const ss = activeSpreadsheet(state);
  const sheet = ss?.sheets.find((s) => s.sheetId === sheetId);
  if (!ss || !sheet) return null;
  const totalRows = sheet.values.length;
  const shown = Math.min(totalRows, MAX_ROWS);
  let columns = 0;
  for (let r = 0; r < shown; r++) columns = Math.max(columns, sheet.values[r]?.length ?? 0);
  const rows: CellView[][] = [];
  for (let r = 0; r < shown; r++) {
    const row: CellView[] = [];
    for (let c = 0; c < columns; c++) row.push(cellView(sheet, ss, r, c));
    rows.push(row);
  }
  return {
    sheetId: sheet.sheetId,
    name: sheet.name,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columns,
    rows,
    totalRows,
    truncated: totalRows > shown,
  };
}

function cellView(sheet: SheetState, ss: SpreadsheetState, r: number, c: number): CellView {
  const key = `${r}:${c}`;
  const value = sheet.values[r]?.[c];
  const cell: CellView = {
    v: cellText(value, sheet.numberFormats[key], ss, sheet.validations[key]?.criteria === 'CHECKBOX'),
  };
  if (typeof value === 'number' || value instanceof Date) cell.r = 1;
  if (sheet.formulas[key]) cell.f = sheet.formulas[key];
  if (sheet.notes[key]) cell.note = sheet.notes[key];
  return cell;
}

/** What getDisplayValue would show (the emulator's own formatting); checkboxes drawn as ☑ / ☐. */
function cellText(
  value: CellValue | undefined,
  format: string | undefined,
  ss: SpreadsheetState,
  checkbox: boolean,
): string {
  if (checkbox) return value === true ? '☑' : '☐';
  if (value === undefined || value === null) return '';
  return displayValue(value, format, ss.locale, ss.timeZone);
}

export interface DocumentEntry {
  id: string;
  name: string;
  created: string | null;
}

/** Documents in the emulated Drive, newest first. */
export function listDocuments(state: EmulatorState): DocumentEntry[] {
  return Object.values(state.documents)
    .map((d) => {
      const file = state.drive.files[d.id];
      return {
        id: d.id,
        name: d.name,
        created: file && file.created instanceof Date ? file.created.toISOString() : null,
        trashed: file?.trashed ?? false,
      };
    })
    .filter((d) => !d.trashed)
    .reverse()
    .map(({ id, name, created }) => ({ id, name, created }));
}
