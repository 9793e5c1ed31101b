import { formatDate, formatDateTime } from '../format/ru';
import { isDate } from '../format/values';
import type { ColumnSpec } from '../schema/types';

/**
 * Converts between sheet cells and typed row values, one column type at a time. Writing is where user text is
 * made safe: Sheets turns a string that starts with = + - @ into a formula, and a string that looks like a
 * number, date or boolean into that type; a leading apostrophe keeps it as the exact text.
 */

// Also after leading whitespace (space, tab, CR, LF, no-break space): a consumer that trims the text (a CSV
// export, a pasted copy, another spreadsheet) would otherwise meet a live formula.
const FORMULA_START = /^[\s\u00a0]*[=+\-@]/;
// What Sheets would re-interpret when a string is written: numbers (also with spaces or a comma decimal),
// percentages, dates like 08.09.2022 or 2022-09-08, booleans, and a text that already starts with an apostrophe.
const SHEETS_WOULD_PARSE =
  /^(\s*[-+]?[\d\s]+([.,]\d+)?%?\s*|\s*\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?\s*|true|false|истина|ложь|')$/i;

/** Makes a string safe to pass to setValues: it will be stored and read back as exactly this text. */
export function protectText(s: string): string {
  if (s === '') return s;
  return FORMULA_START.test(s) || SHEETS_WOULD_PARSE.test(s) || s.startsWith("'") ? `'${s}` : s;
}

/**
 * The last line of defence at the sheet adapter: a string that did not come through encodeCell/protectText
 * (those start with an apostrophe whenever Sheets would re-read them) is protected here. Idempotent.
 */
export function neutraliseCell(v: unknown): unknown {
  return typeof v === 'string' && !v.startsWith("'") ? protectText(v) : v;
}

/** Sheets keeps at most 50,000 characters in a cell; longer text is cut with a visible mark, never rejected. */
export const MAX_CELL_TEXT = 50000;

export function encodeCell(column: ColumnSpec, value: unknown): unknown {
  if (value === null || value === undefined) return '';
  switch (column.type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value) ? value : protectText(String(value));
    case 'date':
    case 'datetime':
      return isDate(value) ? value : protectText(String(value));
    case 'boolean':
      return value === true || value === false ? value : protectText(String(value));
    default: {
      let s = String(value);
      if (s.length > MAX_CELL_TEXT) s = `${s.slice(0, MAX_CELL_TEXT - 1)}…`;
      return protectText(s);
    }
  }
}

/** Parses «08.09.2022» or «2022-09-08» (what a curator may type into a date column formatted as text). */
export function parseRuDate(s: string): Date | null {
  let m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(s);
  if (m) return validDate(+m[3], +m[2], +m[1]);
  m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(s);
  if (m) return validDate(+m[1], +m[2], +m[3]);
  return null;
}

function validDate(y: number, mo: number, d: number): Date | null {
  const date = new Date(y, mo - 1, d);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

export function parseNumber(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  const s = String(v ?? '')
    .replace(/\s/g, '')
    .replace(',', '.');
  if (s === '' || !/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Reads a cell as the column's type; an unreadable value becomes null (blank), never a wrong value. */
export function decodeCell(column: ColumnSpec, raw: unknown): unknown {
  if (raw === '' || raw === null || raw === undefined) return column.type === 'boolean' ? false : null;
  switch (column.type) {
    case 'number':
      return parseNumber(raw);
    case 'integer': {
      const n = parseNumber(raw);
      return n === null ? null : Math.round(n);
    }
    case 'date':
    case 'datetime':
      if (isDate(raw)) return new Date(raw.getTime());
      return parseRuDate(String(raw));
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      return /^(true|да|истина|1|yes)$/i.test(String(raw).trim());
    default:
      // Sheets turns a date typed into a text column into a date; the row holds it as the text it was typed as
      // (untouched cells are written back as read, so the sheet keeps its date).
      if (isDate(raw)) return hasTime(raw) ? formatDateTime(raw) : formatDate(raw);
      return String(raw).trim();
  }
}

function hasTime(d: Date): boolean {
  return d.getHours() !== 0 || d.getMinutes() !== 0;
}

/** Whether a decoded value counts as "filled in" for a required column. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}
