/** A1 notation: column letters, parsing 'A1', 'A1:C10', 'A:C', '1:3', 'A2:C', "'Лист 1'!A1:B2". */

/** How a range was written: a plain block, whole columns ('A:C') or whole rows ('1:3'). */
export type OpenKind = 'cols' | 'rows' | null;

export interface GridRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  open: OpenKind;
}

function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits an optional sheet name off: "'My sheet'!A1" → { sheetName: 'My sheet', ref: 'A1' }. */
export function splitSheetName(a1: string): { sheetName: string | null; ref: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, ref: a1.trim() };
  let name = a1.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2)
    name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, ref: a1.slice(bang + 1).trim() };
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Parses a reference without sheet name; null when it is not valid A1 notation. */
export function parseA1(ref: string, maxRows: number, maxCols: number): GridRange | null {
  const pieces = ref.split(':');
  if (pieces.length < 1 || pieces.length > 2) return null;
  const parsed = pieces.map((p) => PART.exec(p.trim()));
  if (parsed.some((m) => !m || (m[1] === '' && m[2] === ''))) return null;
  const [a, b] = parsed as RegExpExecArray[];
  if (!b) {
    if (a[1] === '' || a[2] === '') return null; // a single 'A' or '1' is not a range
    const row = Number(a[2]);
    const col = lettersToColumn(a[1]);
    if (row < 1) return null;
    return { row, col, numRows: 1, numCols: 1, open: null };
  }
  const c1 = a[1] ? lettersToColumn(a[1]) : null;
  const c2 = b[1] ? lettersToColumn(b[1]) : null;
  const r1 = a[2] ? Number(a[2]) : null;
  const r2 = b[2] ? Number(b[2]) : null;
  if ((c1 === null) !== (c2 === null)) return null; // '1:C3'-like mixtures are not valid
  if (r1 === 0 || r2 === 0) return null;
  if (c1 === null && c2 === null) {
    // whole rows '1:3'
    if (r1 === null || r2 === null) return null;
    const top = Math.min(r1, r2);
    return { row: top, col: 1, numRows: Math.abs(r2 - r1) + 1, numCols: maxCols, open: 'rows' };
  }
  if (c1 === null || c2 === null) return null;
  const left = Math.min(c1, c2);
  const numCols = Math.abs(c2 - c1) + 1;
  if (r1 === null && r2 === null) return { row: 1, col: left, numRows: maxRows, numCols, open: 'cols' };
  const top = r1 ?? 1;
  const bottom = r2 ?? maxRows; // 'A2:C' runs to the last row
  return { row: Math.min(top, bottom), col: left, numRows: Math.abs(bottom - top) + 1, numCols, open: null };
}

export function toA1(r: GridRange): string {
  const c1 = columnLetters(r.col);
  const c2 = columnLetters(r.col + r.numCols - 1);
  if (r.open === 'cols') return `${c1}:${c2}`;
  if (r.open === 'rows') return `${r.row}:${r.row + r.numRows - 1}`;
  if (r.numRows === 1 && r.numCols === 1) return `${c1}${r.row}`;
  return `${c1}${r.row}:${c2}${r.row + r.numRows - 1}`;
}
