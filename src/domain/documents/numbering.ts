import { isDate } from '../format/values';

/**
 * Numbers of orders from the register (Документы), as a school's registration journal gives them: one series
 * per kind of order (основная деятельность; личный состав — the rewards order), restarting on the year rule the
 * school uses (1 January, 1 September, or never). The next number is one more than the largest number of the
 * series in the period, so numbers are unique and increasing even when a curator typed an order into the
 * register by hand; when the paper journal is ahead, the curator sets the next number once in Настройки.
 */

export type Series = 'main' | 'staff' | 'agreement';

/** What follows «Приказ» in the register and the settings: «по основной деятельности». */
export const SERIES_LABEL: Record<Series, string> = {
  main: 'по основной деятельности',
  staff: 'по личному составу',
  agreement: '(дополнительные соглашения)',
};

export type YearRule = 'calendar' | 'academic' | 'continuous';

/** How the year rule reads in Настройки. */
export const YEAR_RULE_TEXT: Record<YearRule, string> = {
  calendar: 'с 1 января',
  academic: 'с 1 сентября',
  continuous: 'не начинается заново',
};

export interface NumberingRules {
  yearRule: YearRule;
  suffix: Record<Series, string>;
  /** The next number the curator set (from the paper journal), if any. */
  next: Partial<Record<Series, number>>;
}

export interface NumberedRow {
  number: unknown;
  date: unknown;
  /** The row's series, or null for documents without numbers. */
  series: Series | null;
}

/** The leading integer of «134/4», «12», «12-од»; null when there is none. */
export function numberValue(number: unknown): number | null {
  const m = /^\s*(\d+)/.exec(String(number ?? ''));
  return m ? Number(m[1]) : null;
}

/** The first day of the numbering period that holds the date; null when numbers never restart. */
function periodStart(date: Date, rule: YearRule): Date | null {
  if (rule === 'continuous') return null;
  if (rule === 'calendar') return new Date(date.getFullYear(), 0, 1);
  const year = date.getMonth() >= 8 ? date.getFullYear() : date.getFullYear() - 1;
  return new Date(year, 8, 1);
}

/** «с 1 сентября» / «учебный» → 'academic'; anything unknown keeps the common calendar rule. */
export function parseYearRule(text: unknown): YearRule {
  const t = String(text ?? '').toLocaleLowerCase('ru');
  if (/сентябр|учебн/.test(t)) return 'academic';
  if (/не начина|сквозн|никогда/.test(t)) return 'continuous';
  return 'calendar';
}

/** The largest number of the series in the date's period (0 when there is none). */
function lastNumber(rows: readonly NumberedRow[], series: Series, date: Date, rule: YearRule): number {
  const from = periodStart(date, rule);
  const to = from && (periodStart(new Date(from.getFullYear() + 1, from.getMonth(), 1), rule) as Date);
  let max = 0;
  for (const row of rows) {
    if (row.series !== series || !isDate(row.date)) continue;
    if (from && to && (row.date < from || row.date >= to)) continue;
    const n = numberValue(row.number);
    if (n !== null && n > max) max = n;
  }
  return max;
}

/**
 * The next number of a series: after the register's last one in the period, or the number the curator set when
 * the journal is ahead of the register. `fromSetting` says the set number was used (it is then cleared, so the
 * register leads again and a new period starts from 1).
 */
export function nextNumber(
  rows: readonly NumberedRow[],
  series: Series,
  date: Date,
  rules: NumberingRules,
): { number: string; fromSetting: boolean } {
  const fromRegister = lastNumber(rows, series, date, rules.yearRule) + 1;
  const set = rules.next[series];
  const fromSetting = set !== undefined && set > fromRegister;
  return { number: `${fromSetting ? set : fromRegister}${rules.suffix[series].trim()}`, fromSetting };
}

/** The series of a register row typed by hand, from its label: «Приказ … по личному составу», «Приказ № 5-к». */
export function seriesOfLabel(label: unknown, number?: unknown): Series | null {
  const text = String(label ?? '');
  if (!/^\s*приказ/i.test(text)) return null;
  if (/личн\S* состав|\bл\/с\b|\(лс\)/i.test(text) || /-\s*(к|лс|л\/с)\s*$/i.test(String(number ?? '')))
    return 'staff';
  return 'main';
}
