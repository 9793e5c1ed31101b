/**
 * What Sheets does to a value on the way in (setValue/setValues parse strings as if typed) and on the way out
 * (getDisplayValues formats by the cell's number format, the spreadsheet locale and time zone).
 */
import type { CellValue } from '../core/state';

/** What getNumberFormat returns for a cell that has no explicit format ("Automatic"). */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export function isRussian(locale: string): boolean {
  return locale.toLowerCase().startsWith('ru');
}

import { serialToDate, zonedParts, zonedTime } from '../../src/domain/time/zone';

// ---------------------------------------------------------------------------------------------- input

export interface ParsedInput {
  value: CellValue;
  /** Set when the input is a formula: the cell keeps the formula and (no calc engine) an empty value. */
  formula?: string;
  /** A number format Sheets applies when it recognises a typed date or percentage. */
  format?: string;
}

function numberPattern(locale: string): RegExp {
  return isRussian(locale)
    ? /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/
    : /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A value passed to setValue/setValues/appendRow, interpreted as Sheets interprets typed input: '=…' is a
 * formula; a leading apostrophe forces text; numbers, TRUE/FALSE, percentages and dates in the locale's
 * notation are recognised; a '+'/'-' that does not start a number starts a formula. In a plain-text ('@')
 * cell strings are kept as they are.
 */
export function parseInput(
  raw: unknown,
  cellFormat: string | undefined,
  locale: string,
  timeZone: string,
): ParsedInput {
  if (raw === null || raw === undefined) return { value: '' };
  if (raw instanceof Date) return { value: new Date(raw.getTime()) };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  const s = typeof raw === 'string' ? raw : String(raw);
  if (cellFormat === '@') return { value: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.startsWith('=') && s.length > 1) return { value: '', formula: s };
  const t = s.trim();
  if (t === '') return { value: s };
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || (isRussian(locale) && upper === 'ИСТИНА')) return { value: true };
  if (upper === 'FALSE' || (isRussian(locale) && upper === 'ЛОЖЬ')) return { value: false };
  if (numberPattern(locale).test(t)) return { value: Number(t.replace(',', '.')) };
  const pct = /^(.*)%$/.exec(t);
  if (pct && numberPattern(locale).test(pct[1].trim())) {
    return { value: Number(pct[1].trim().replace(',', '.')) / 100, format: '0%' };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso && validDate(+iso[1], +iso[2], +iso[3])) {
    return { value: zonedTime(timeZone, +iso[1], +iso[2], +iso[3]), format: 'yyyy-mm-dd' };
  }
  const local = isRussian(locale)
    ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t)
    : /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (local) {
    const [d, m] = isRussian(locale) ? [+local[1], +local[2]] : [+local[2], +local[1]];
    const y = +local[3];
    if (validDate(y, m, d)) {
      const hasTime = local[4] !== undefined;
      const date = zonedTime(timeZone, y, m, d, +(local[4] ?? 0), +(local[5] ?? 0), +(local[6] ?? 0));
      const base = isRussian(locale) ? 'dd.MM.yyyy' : 'M/d/yyyy';
      return { value: date, format: hasTime ? `${base} H:mm:ss` : base };
    }
  }
  if (/^[+-]./.test(t)) return { value: '', formula: `=${t}` };
  return { value: s };
}

// ---------------------------------------------------------------------------------------------- display

function stripLiterals(pattern: string): string {
  return pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '');
}

export function isDateFormat(pattern: string): boolean {
  const p = stripLiterals(pattern);
  return /[dyhs]/i.test(p) || /M/.test(p) || (/m/.test(p) && !/[0#]/.test(p));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a date by a Sheets date/time pattern (d, dd, ddd, dddd, M…MMMM, yy, yyyy, H, HH, h, hh, m, mm, s, ss, AM/PM). */
function formatDate(date: Date, pattern: string, locale: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const lang = isRussian(locale) ? 'ru-RU' : 'en-US';
  const hasAmPm = /AM\/PM|A\/P/i.test(pattern);
  const tokens: { kind: string; text: string }[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const lit = end < 0 ? pattern.slice(i + 1) : pattern.slice(i + 1, end);
      tokens.push({ kind: 'lit', text: lit });
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'lit', text: pattern[i + 1] });
      i += 2;
      continue;
    }
    if (/^AM\/PM/i.test(pattern.slice(i))) {
      tokens.push({ kind: 'ampm', text: 'AM/PM' });
      i += 5;
      continue;
    }
    if (/[dDyYhHmMsS]/.test(ch)) {
      let j = i;
      while (j < pattern.length && pattern[j] === ch) j++;
      tokens.push({ kind: ch, text: pattern.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ kind: 'lit', text: ch });
    i++;
  }
  const isTime = (k: string) => /[hHsS]/.test(k);
  const out: string[] = [];
  tokens.forEach((tok, idx) => {
    const n = tok.text.length;
    switch (tok.kind) {
      case 'lit':
        out.push(tok.text);
        return;
      case 'ampm':
        out.push(p.hour < 12 ? 'AM' : 'PM');
        return;
      case 'd':
      case 'D': {
        if (n <= 2) out.push(pad(p.day, n));
        else {
          const weekday = new Intl.DateTimeFormat(lang, {
            weekday: n === 3 ? 'short' : 'long',
            timeZone,
          }).format(date);
          out.push(weekday);
        }
        return;
      }
      case 'y':
      case 'Y':
        out.push(n <= 2 ? pad(p.year % 100, 2) : String(p.year));
        return;
      case 'h':
      case 'H': {
        const h = hasAmPm ? ((p.hour + 11) % 12) + 1 : p.hour;
        out.push(pad(h, Math.min(n, 2)));
        return;
      }
      case 's':
      case 'S':
        out.push(pad(p.second, Math.min(n, 2)));
        return;
      case 'm':
      case 'M': {
        // 'm' means minutes right after an hour or right before seconds; 'M' is always a month.
        let minute = false;
        if (tok.kind === 'm') {
          const prev = tokens
            .slice(0, idx)
            .reverse()
            .find((t) => t.kind !== 'lit');
          const next = tokens.slice(idx + 1).find((t) => t.kind !== 'lit');
          minute =
            (prev !== undefined && /[hH]/.test(prev.kind)) || (next !== undefined && /[sS]/.test(next.kind));
        }
        if (minute) out.push(pad(p.minute, Math.min(n, 2)));
        else if (n <= 2) out.push(pad(p.month, n));
        else {
          const month = new Intl.DateTimeFormat(lang, { month: n === 3 ? 'short' : 'long', timeZone }).format(
            date,
          );
          out.push(month);
        }
        return;
      }
      default:
        if (isTime(tok.kind)) out.push(tok.text);
    }
  });
  return out.join('');
}

function separators(locale: string): { decimal: string; group: string } {
  // Sheets in the Russian locale writes 3,5 and groups thousands with a no-break space.
  return isRussian(locale) ? { decimal: ',', group: '\u00a0' } : { decimal: '.', group: ',' };
}

/** "General" display: integers as they are, otherwise up to 10 significant digits, no trailing zeros. */
function formatGeneralNumber(n: number, locale: string): string {
  const { decimal } = separators(locale);
  if (!Number.isFinite(n)) return n > 0 ? '∞' : n < 0 ? '-∞' : '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  let s: string;
  if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0)) {
    s = n
      .toExponential(9)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E');
    s = s.replace(/E([+-])(\d)$/, 'E$10$2');
  } else {
    s = String(Number(n.toPrecision(10)));
  }
  return s.replace('.', decimal);
}

/** Formats a number by a numeric pattern such as '0', '0.00', '#,##0', '#,##0.00', '0%', '0.0#', '"₽"#,##0'. */
function formatNumber(n: number, pattern: string, locale: string): string {
  if (pattern === '' || pattern === DEFAULT_NUMBER_FORMAT || /^general$/i.test(pattern) || pattern === '@') {
    return formatGeneralNumber(n, locale);
  }
  const sections = pattern.split(';');
  let section = sections[0];
  let value = n;
  let sign = '';
  if (n < 0 && sections.length > 1 && sections[1] !== '') {
    section = sections[1];
    value = -n;
  } else if (n < 0) {
    sign = '-';
    value = -n;
  }
  if (n === 0 && sections.length > 2) section = sections[2];
  // find the numeric placeholder run, outside quoted literals
  const literal = /"[^"]*"|\\./g;
  const masked = section.replace(literal, (m) => '\u0000'.repeat(m.length));
  const m = /[0#?][0#?,]*(\.[0#?]*)?|\.[0#?]+/.exec(masked);
  const unquote = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  if (!m) return unquote(section);
  const prefix = unquote(section.slice(0, m.index));
  const suffix = unquote(section.slice(m.index + m[0].length));
  const percent = masked.replace(m[0], '').includes('%');
  if (percent) value *= 100;
  const numeric = m[0];
  const dot = numeric.indexOf('.');
  const intPart = dot < 0 ? numeric : numeric.slice(0, dot);
  const decPart = dot < 0 ? '' : numeric.slice(dot + 1);
  const grouping = intPart.includes(',');
  const minInt = (intPart.match(/0/g) ?? []).length;
  const minDec = (decPart.match(/0/g) ?? []).length;
  const maxDec = decPart.length;
  let fixed = value.toFixed(maxDec);
  let [ip, dp = ''] = fixed.split('.');
  while (dp.length > minDec && dp.endsWith('0')) dp = dp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  const { decimal, group } = separators(locale);
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  fixed = dp ? `${ip}${decimal}${dp}` : ip;
  if (sign && !/[1-9]/.test(fixed)) sign = '';
  return `${sign}${prefix}${fixed}${suffix}`;
}

/** The default display of a Date in a cell without a date format. */
function defaultDateFormat(date: Date, locale: string, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const base = isRussian(locale) ? 'dd.MM.yyyy' : 'M/d/yyyy';
  return p.hour || p.minute || p.second ? `${base} H:mm:ss` : base;
}

/** What getDisplayValue shows for a stored value. */
export function displayValue(
  value: CellValue,
  format: string | undefined,
  locale: string,
  timeZone: string,
): string {
  if (value === '') return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') {
    // The Russian locale shows booleans as ИСТИНА / ЛОЖЬ, as it names the functions.
    if (isRussian(locale)) return value ? 'ИСТИНА' : 'ЛОЖЬ';
    return value ? 'TRUE' : 'FALSE';
  }
  if (value instanceof Date) {
    const pattern =
      format && format !== '@' && isDateFormat(format) ? format : defaultDateFormat(value, locale, timeZone);
    return formatDate(value, pattern, locale, timeZone);
  }
  if (format && format !== '@' && isDateFormat(format))
    return formatDate(serialToDate(value, timeZone), format, locale, timeZone);
  return formatNumber(value, format ?? '', locale);
}
