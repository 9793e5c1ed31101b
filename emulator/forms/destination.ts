/**
 * The link between a form and its destination spreadsheet, written straight into the spreadsheet state: the
 * "Ответы на форму (N)" sheet, its header row, and one appended row per response.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { CellValue, FormResponseState, FormState, SheetState, SpreadsheetState } from '../core/state';
import { QUESTION_TYPES, columnTitles, displayCells, sheetCells } from './answers';
import { formatDateTime } from './time';

export const TIMESTAMP_HEADER = 'Отметка времени';
const EMAIL_HEADER = 'Адрес электронной почты';
const TIMESTAMP_FORMAT = 'dd.MM.yyyy H:mm:ss';
const DATE_FORMAT = 'dd.MM.yyyy';

function destinationSheet(
  ctx: EmulatorContext,
  form: FormState,
): { ss: SpreadsheetState; sheet: SheetState } | null {
  if (!form.destination) return null;
  const ss = ctx.state.spreadsheets[form.destination.spreadsheetId];
  const sheet = ss?.sheets.find((s) => s.sheetId === form.destination?.sheetId);
  return ss && sheet ? { ss, sheet } : null;
}

function width(sheet: SheetState): number {
  return sheet.values.reduce((w, r) => Math.max(w, r.length), 0);
}

function setHeaderCell(sheet: SheetState, col: number, text: string): void {
  if (sheet.values.length === 0) sheet.values.push([]);
  const w = Math.max(width(sheet), col + 1);
  for (const row of sheet.values) while (row.length < w) row.push('');
  sheet.values[0][col] = text;
  if (sheet.maxColumns < w) sheet.maxColumns = w;
}

/** The destination columns the form wants, in form order: timestamp, e-mail if collected, questions. */
function wantedColumns(
  form: FormState,
  includeUntitled: boolean,
): { title: string; itemId: number | null; part: number }[] {
  const cols: { title: string; itemId: number | null; part: number }[] = [
    { title: TIMESTAMP_HEADER, itemId: null, part: 0 },
  ];
  if (form.collectEmail) cols.push({ title: EMAIL_HEADER, itemId: null, part: 0 });
  for (const item of form.items) {
    if (!QUESTION_TYPES.has(item.type)) continue;
    columnTitles(item).forEach((title, part) => {
      if (title !== '' || includeUntitled) cols.push({ title, itemId: item.id, part });
    });
  }
  return cols;
}

/**
 * Matches the wanted columns to header cells by title (each header cell used once, left to right) and
 * appends the missing ones at the end of the header row, as Forms does for questions added later.
 * Returns the 0-based column of each wanted column.
 */
export function syncHeader(
  ctx: EmulatorContext,
  form: FormState,
  includeUntitled = false,
): { title: string; itemId: number | null; part: number; col: number }[] {
  const dest = destinationSheet(ctx, form);
  if (!dest) return [];
  const { sheet } = dest;
  const header = (sheet.values[0] ?? []).map((v) => String(v));
  const claimed = new Set<number>();
  const out: { title: string; itemId: number | null; part: number; col: number }[] = [];
  for (const c of wantedColumns(form, includeUntitled)) {
    let col = header.findIndex((h, i) => h === c.title && !claimed.has(i));
    if (col < 0) {
      col = Math.max(header.length, width(sheet));
      header[col] = c.title;
      setHeaderCell(sheet, col, c.title);
    }
    claimed.add(col);
    out.push({ ...c, col });
  }
  return out;
}

/** Renames header cells when a question's title (or a grid's rows) change: the column follows the item. */
export function renameColumns(
  ctx: EmulatorContext,
  form: FormState,
  before: string[],
  after: string[],
): void {
  const dest = destinationSheet(ctx, form);
  if (!dest) return;
  const header = dest.sheet.values[0] ?? [];
  before.forEach((old, i) => {
    if (old === '' || after[i] === undefined) return;
    const col = header.findIndex((h) => h === old);
    if (col >= 0) header[col] = after[i];
  });
  syncHeader(ctx, form);
}

/** Form.setDestination(SPREADSHEET, id): a new response sheet, header row, existing responses copied. */
export function linkDestination(ctx: EmulatorContext, form: FormState, spreadsheetId: string): void {
  const ss = ctx.state.spreadsheets[spreadsheetId];
  if (!ss) {
    throw gasError(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
  }
  unlinkDestination(ctx, form);
  const names = new Set(ss.sheets.map((s) => s.name));
  let n = ss.linkedForms.length + 1;
  while (names.has(`Ответы на форму (${n})`)) n++;
  const sheetId = ss.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  const sheet: SheetState = {
    sheetId,
    name: `Ответы на форму (${n})`,
    values: [],
    formulas: {},
    numberFormats: {},
    validations: {},
    notes: {},
    maxRows: 1000,
    maxColumns: 1,
    frozenRows: 1,
    frozenColumns: 0,
    hidden: false,
    tabColor: null,
  };
  ss.sheets.push(sheet);
  ss.linkedForms.push(form.id);
  form.destination = { spreadsheetId, sheetId };
  syncHeader(ctx, form, true);
  for (const r of form.responses) appendResponseRow(ctx, form, r);
}

export function unlinkDestination(ctx: EmulatorContext, form: FormState): void {
  if (!form.destination) return;
  const ss = ctx.state.spreadsheets[form.destination.spreadsheetId];
  if (ss) ss.linkedForms = ss.linkedForms.filter((id) => id !== form.id);
  form.destination = null;
}

export interface AppendedRow {
  spreadsheetId: string;
  sheetId: number;
  /** 1-based row of the new response. */
  row: number;
  /** Header titles and the display strings of the new row, column by column (1..width). */
  headers: string[];
  display: string[];
}

/**
 * Writes one response as a new row after the last non-empty row of the destination sheet, or, for an edited
 * response, over the row it was first written to (`atRow`, 1-based): Google updates that row in place.
 */
export function appendResponseRow(
  ctx: EmulatorContext,
  form: FormState,
  response: FormResponseState,
  atRow?: number,
): AppendedRow | null {
  const dest = destinationSheet(ctx, form);
  if (!dest) {
    if (form.destination) unlinkDestination(ctx, form); // the sheet or the spreadsheet is gone: Forms unlinks
    return null;
  }
  const { ss, sheet } = dest;
  const cols = syncHeader(ctx, form, true);
  const w = width(sheet);
  const cells: CellValue[] = new Array<CellValue>(w).fill('');
  const display: string[] = new Array<string>(w).fill('');
  const formats: Record<number, string> = {};
  const byItem = new Map(form.items.map((i) => [i.id, i]));
  for (const c of cols) {
    if (c.itemId === null) {
      if (c.title === TIMESTAMP_HEADER) {
        cells[c.col] = new Date(response.timestamp.getTime());
        display[c.col] = formatDateTime(response.timestamp, ss.timeZone);
        formats[c.col] = TIMESTAMP_FORMAT;
      } else {
        cells[c.col] = response.email;
        display[c.col] = response.email;
      }
      continue;
    }
    const item = byItem.get(c.itemId);
    if (!item) continue;
    const answer = response.answers[item.id];
    cells[c.col] = sheetCells(item, answer, ss.locale, ss.timeZone)[c.part] ?? '';
    display[c.col] = displayCells(item, answer)[c.part] ?? '';
    if (item.type === 'DATE' && answer !== undefined) formats[c.col] = DATE_FORMAT;
  }
  let last = sheet.values.length - 1;
  while (last > 0 && sheet.values[last].every((v) => v === '' || v === null || v === undefined)) last--;
  const r = atRow !== undefined ? atRow - 1 : Math.max(last + 1, 1);
  while (sheet.values.length < r) sheet.values.push(new Array<CellValue>(w).fill(''));
  sheet.values[r] = cells;
  for (let c = 0; c < w; c++) {
    delete sheet.formulas[`${r}:${c}`];
    if (formats[c]) sheet.numberFormats[`${r}:${c}`] = formats[c];
  }
  if (sheet.maxRows < r + 1) sheet.maxRows = r + 1;
  return {
    spreadsheetId: ss.id,
    sheetId: sheet.sheetId,
    row: r + 1,
    headers: (sheet.values[0] ?? []).map((h) => String(h)),
    display,
  };
}
