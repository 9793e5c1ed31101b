/**
 * Plain-state operations on one sheet: cell access, used region, and the shifting that inserting or deleting
 * rows and columns does to values, formulas, formats, validations, notes, metadata and protected ranges.
 * Coordinates here are 0-based unless a name says otherwise.
 */
import type { EmulatorContext } from '../core/context';
import { gasError } from '../core/errors';
import type { CellValue, DeveloperMetadataState, SheetState, SpreadsheetState } from '../core/state';
import { parseA1, toA1 } from './a1';

export const cellKey = (r: number, c: number): string => `${r}:${c}`;

function parseKey(key: string): [number, number] {
  const i = key.indexOf(':');
  return [Number(key.slice(0, i)), Number(key.slice(i + 1))];
}

export function findSpreadsheet(ctx: EmulatorContext, id: string): SpreadsheetState {
  const ss = ctx.state.spreadsheets[id];
  if (!ss) throw gasError(`Spreadsheet ${id} no longer exists.`);
  return ss;
}

export function findSheet(ctx: EmulatorContext, ssId: string, sheetId: number): SheetState {
  const sh = findSpreadsheet(ctx, ssId).sheets.find((s) => s.sheetId === sheetId);
  if (!sh) throw gasError('The sheet has been deleted.');
  return sh;
}

export function getCell(sh: SheetState, r: number, c: number): CellValue {
  const v = sh.values[r]?.[c];
  return v === undefined || v === null ? '' : v;
}

export function setCell(sh: SheetState, r: number, c: number, v: CellValue): void {
  if (v === '' && (sh.values[r] === undefined || sh.values[r][c] === undefined)) return;
  while (sh.values.length <= r) sh.values.push([]);
  const row = sh.values[r];
  while (row.length <= c) row.push('');
  row[c] = v;
}

export function hasContent(sh: SheetState, r: number, c: number): boolean {
  return getCell(sh, r, c) !== '' || sh.formulas[cellKey(r, c)] !== undefined;
}

/** 1-based last row with content; 0 when the sheet is empty. */
export function lastRow(sh: SheetState): number {
  let last = 0;
  for (let r = sh.values.length - 1; r >= 0; r--) {
    if ((sh.values[r] ?? []).some((v) => v !== '' && v !== undefined && v !== null)) {
      last = r + 1;
      break;
    }
  }
  for (const k of Object.keys(sh.formulas)) last = Math.max(last, parseKey(k)[0] + 1);
  return last;
}

/** 1-based last column with content; 0 when the sheet is empty. */
export function lastColumn(sh: SheetState): number {
  let last = 0;
  for (const row of sh.values) {
    if (!row) continue;
    for (let c = row.length - 1; c >= last; c--) {
      if (row[c] !== '' && row[c] !== undefined && row[c] !== null) {
        last = c + 1;
        break;
      }
    }
  }
  for (const k of Object.keys(sh.formulas)) last = Math.max(last, parseKey(k)[1] + 1);
  return last;
}

type Remap = (r: number, c: number) => [number, number] | null;

function remapRecord<T>(rec: Record<string, T>, fn: Remap): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(rec)) {
    const [r, c] = parseKey(k);
    const to = fn(r, c);
    if (to) out[cellKey(to[0], to[1])] = v;
  }
  return out;
}

function remapAll(sh: SheetState, fn: Remap): void {
  sh.formulas = remapRecord(sh.formulas, fn);
  sh.numberFormats = remapRecord(sh.numberFormats, fn);
  sh.validations = remapRecord(sh.validations, fn);
  sh.notes = remapRecord(sh.notes, fn);
}

/** New rows/columns take the number formats and validations of the row/column they were inserted next to. */
function copyFormatting(sh: SheetState, dim: 'row' | 'col', from: number, to: number, count: number): void {
  if (from < 0) return;
  for (const rec of [sh.numberFormats, sh.validations] as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(rec)) {
      const [r, c] = parseKey(k);
      if ((dim === 'row' ? r : c) !== from) continue;
      for (let i = 0; i < count; i++) {
        const key = dim === 'row' ? cellKey(to + i, c) : cellKey(r, to + i);
        rec[key] = typeof v === 'object' && v !== null ? JSON.parse(JSON.stringify(v)) : v;
      }
    }
  }
}

function shiftProtections(
  ss: SpreadsheetState,
  sh: SheetState,
  dim: 'row' | 'col',
  at1: number,
  delta: number,
): void {
  for (const p of ss.protections) {
    if (p.sheetId !== sh.sheetId || p.type !== 'RANGE' || !p.a1) continue;
    const g = parseA1(p.a1, sh.maxRows, sh.maxColumns);
    if (!g) continue;
    let start = dim === 'row' ? g.row : g.col;
    let size = dim === 'row' ? g.numRows : g.numCols;
    const end = start + size - 1;
    if (delta > 0) {
      if (start >= at1) start += delta;
      else if (end >= at1) size += delta;
    } else {
      const delFrom = at1;
      const delTo = at1 - delta - 1;
      const overlap = Math.max(0, Math.min(end, delTo) - Math.max(start, delFrom) + 1);
      size -= overlap;
      if (start > delTo) start += delta;
      else if (start >= delFrom) start = delFrom;
      if (size <= 0) {
        ss.protections = ss.protections.filter((q) => q !== p);
        continue;
      }
    }
    if (dim === 'row') {
      g.row = start;
      g.numRows = size;
    } else {
      g.col = start;
      g.numCols = size;
    }
    p.a1 = toA1(g);
  }
}

type LineLocation = Extract<DeveloperMetadataState['location'], { index: number }>;

/**
 * Moves developer metadata on the rows (or columns) from 1-based `at1` on by `delta`, as inserting
 * (`delta` > 0) or deleting (`delta` < 0) lines there does; metadata on deleted lines goes with them.
 */
function shiftMetadata(
  ss: SpreadsheetState,
  sh: SheetState,
  type: 'ROW' | 'COLUMN',
  at1: number,
  delta: number,
): void {
  /** Where `m` sits among this sheet's rows (or columns); null for metadata attached anywhere else. */
  const lineOf = (m: DeveloperMetadataState): LineLocation | null => {
    // The cast holds once `type` matches, which is checked before anything else is read.
    const location = m.location as LineLocation;
    return location.type === type && location.sheetId === sh.sheetId ? location : null;
  };
  if (delta < 0) {
    const deletedEnd1 = at1 - delta;
    ss.metadata = ss.metadata.filter((m) => {
      const line = lineOf(m);
      return !line || line.index < at1 || line.index >= deletedEnd1;
    });
  }
  for (const m of ss.metadata) {
    const line = lineOf(m);
    if (line && line.index >= at1) line.index += delta;
  }
}

/** Inserts `count` blank rows so that the first new one is 1-based row `at1`. */
export function insertRows(
  ss: SpreadsheetState,
  sh: SheetState,
  at1: number,
  count: number,
  inheritFrom1: number,
): void {
  const at = at1 - 1;
  if (at < sh.values.length)
    sh.values.splice(at, 0, ...Array.from({ length: count }, () => [] as CellValue[]));
  remapAll(sh, (r, c) => [r >= at ? r + count : r, c]);
  shiftMetadata(ss, sh, 'ROW', at1, count);
  shiftProtections(ss, sh, 'row', at1, count);
  sh.maxRows += count;
  if (at1 <= sh.frozenRows) sh.frozenRows += count;
  const src = inheritFrom1 >= at1 ? inheritFrom1 + count : inheritFrom1;
  copyFormatting(sh, 'row', src - 1, at, count);
}

export function insertColumns(
  ss: SpreadsheetState,
  sh: SheetState,
  at1: number,
  count: number,
  inheritFrom1: number,
): void {
  const at = at1 - 1;
  for (const row of sh.values)
    if (row && at < row.length) row.splice(at, 0, ...Array.from({ length: count }, () => ''));
  remapAll(sh, (r, c) => [r, c >= at ? c + count : c]);
  shiftMetadata(ss, sh, 'COLUMN', at1, count);
  shiftProtections(ss, sh, 'col', at1, count);
  sh.maxColumns += count;
  if (at1 <= sh.frozenColumns) sh.frozenColumns += count;
  const src = inheritFrom1 >= at1 ? inheritFrom1 + count : inheritFrom1;
  copyFormatting(sh, 'col', src - 1, at, count);
}

export function deleteRows(ss: SpreadsheetState, sh: SheetState, at1: number, count: number): void {
  const at = at1 - 1;
  sh.values.splice(at, count);
  remapAll(sh, (r, c) => (r < at ? [r, c] : r < at + count ? null : [r - count, c]));
  shiftMetadata(ss, sh, 'ROW', at1, -count);
  shiftProtections(ss, sh, 'row', at1, -count);
  sh.maxRows -= count;
  if (sh.frozenRows >= at1) sh.frozenRows = Math.max(at1 - 1, sh.frozenRows - count);
}

export function deleteColumns(ss: SpreadsheetState, sh: SheetState, at1: number, count: number): void {
  const at = at1 - 1;
  for (const row of sh.values) if (row) row.splice(at, count);
  remapAll(sh, (r, c) => (c < at ? [r, c] : c < at + count ? null : [r, c - count]));
  shiftMetadata(ss, sh, 'COLUMN', at1, -count);
  shiftProtections(ss, sh, 'col', at1, -count);
  sh.maxColumns -= count;
  if (sh.frozenColumns >= at1) sh.frozenColumns = Math.max(at1 - 1, sh.frozenColumns - count);
}

/** Apps Script refuses script edits to cells protected against the active user (warning-only protections pass). */
export function assertEditable(
  ctx: EmulatorContext,
  ss: SpreadsheetState,
  sh: SheetState,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): void {
  const user = ctx.state.session.activeUser;
  if (user === ss.owner) return;
  for (const p of ss.protections) {
    if (p.sheetId !== sh.sheetId || p.warningOnly || p.editors.includes(user)) continue;
    if (p.type === 'RANGE' && p.a1) {
      const g = parseA1(p.a1, sh.maxRows, sh.maxColumns);
      if (!g) continue;
      const disjoint =
        g.row > row + numRows - 1 ||
        row > g.row + g.numRows - 1 ||
        g.col > col + numCols - 1 ||
        col > g.col + g.numCols - 1;
      if (disjoint) continue;
    }
    throw gasError(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
  }
}
