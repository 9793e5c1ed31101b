import { isDate } from '../format/values';

/**
 * Numbers of documents from the register (Документы): per series and calendar year the next number is one
 * more than the largest number already there, so numbers are unique and increasing even when a curator typed
 * an order into the register by hand (its number counts). A school suffix («/4» in «134/4») is appended.
 */
export interface NumberedRow {
  number: unknown;
  date: unknown;
  /** The row's series ('order'), or null for documents without numbers. */
  series: string | null;
}

/** The leading integer of «134/4», «12», «12-од»; null when there is none. */
export function numberValue(number: unknown): number | null {
  const m = /^\s*(\d+)/.exec(String(number ?? ''));
  return m ? Number(m[1]) : null;
}

export function nextNumber(
  rows: readonly NumberedRow[],
  series: string,
  date: Date,
  suffix = '',
  first = 1,
): string {
  let max = first - 1;
  for (const row of rows) {
    if (row.series !== series) continue;
    if (!isDate(row.date) || row.date.getFullYear() !== date.getFullYear()) continue;
    const n = numberValue(row.number);
    if (n !== null && n > max) max = n;
  }
  return `${max + 1}${suffix.trim()}`;
}

/** The series of a register row: from its kind key, or for a row typed by hand, from its label. */
export function seriesOfLabel(label: unknown): string | null {
  return /^\s*приказ/i.test(String(label ?? '')) ? 'order' : null;
}
