/**
 * What a respondent's answer is allowed to be, per item type, as the Google Forms UI enforces it; and how an
 * answer becomes the stored value (FormResponseState.answers) and the cell value in the destination sheet.
 */
import type { CellValue, FormItemState, FormItemType } from '../core/state';
import { ruDay, zonedMidnight } from './time';

/** Item types that ask a question (and so get a column in the destination sheet). */
export const QUESTION_TYPES: ReadonlySet<FormItemType> = new Set<FormItemType>([
  'TEXT',
  'PARAGRAPH_TEXT',
  'MULTIPLE_CHOICE',
  'CHECKBOX',
  'LIST',
  'SCALE',
  'DATE',
  'TIME',
  'GRID',
  'CHECKBOX_GRID',
]);

export type StoredAnswer = string | string[];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^(https?:\/\/)?[^\s/]+\.[^\s]+$/i;

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

function isBlank(v: StoredAnswer | undefined): boolean {
  return v === undefined || (Array.isArray(v) ? v.length === 0 || v.every((x) => x === '') : v === '');
}

/**
 * Turns what a simulated respondent typed/clicked into the stored answer, or throws an Error with the reason
 * Google Forms would refuse it. `raw` undefined means the question was left unanswered.
 */
export function normalizeAnswer(
  item: FormItemState,
  raw: string | string[] | number | undefined,
): StoredAnswer | undefined {
  const q = `"${item.title}"`;
  if (!QUESTION_TYPES.has(item.type)) throw new Error(`Item ${q} (${item.type}) is not a question`);
  let value: StoredAnswer | undefined;
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
    case 'MULTIPLE_CHOICE':
    case 'LIST':
    case 'DATE':
    case 'TIME':
      if (Array.isArray(raw)) throw new Error(`Question ${q} takes one answer, got a list`);
      value = raw === undefined ? undefined : String(raw);
      break;
    case 'SCALE':
      if (Array.isArray(raw)) throw new Error(`Question ${q} takes one answer, got a list`);
      value = raw === undefined || raw === '' ? undefined : String(raw).trim();
      break;
    case 'CHECKBOX':
      value = raw === undefined ? undefined : Array.isArray(raw) ? raw.map(String) : [String(raw)];
      break;
    case 'GRID':
    case 'CHECKBOX_GRID':
      if (raw !== undefined && !Array.isArray(raw))
        throw new Error(`Grid question ${q} takes one answer per row`);
      value = raw === undefined ? undefined : raw.map(String);
      break;
  }
  if (isBlank(value)) {
    if (item.required) throw new Error(`Required question ${q} has no answer`);
    return undefined;
  }
  const v = value as StoredAnswer;
  const choices = item.choices ?? [];
  switch (item.type) {
    case 'MULTIPLE_CHOICE':
    case 'LIST': {
      const s = v as string;
      if (!choices.includes(s) && !(item.type === 'MULTIPLE_CHOICE' && item.hasOtherOption)) {
        throw new Error(`Answer "${s}" to question ${q} is not one of its choices: ${choices.join(' | ')}`);
      }
      break;
    }
    case 'CHECKBOX': {
      const list = v as string[];
      if (new Set(list).size !== list.length)
        throw new Error(`Question ${q}: the same choice is ticked twice`);
      const others = list.filter((s) => !choices.includes(s));
      if (others.length > (item.hasOtherOption ? 1 : 0)) {
        throw new Error(
          `Answer "${others.join(', ')}" to question ${q} is not among its choices: ${choices.join(' | ')}`,
        );
      }
      break;
    }
    case 'SCALE': {
      const s = v as string;
      const n = Number(s);
      const { lower, upper } = item.scale ?? { lower: 1, upper: 5 };
      if (!/^-?\d+$/.test(s) || n < lower || n > upper) {
        throw new Error(
          `Answer "${s}" to scale question ${q} is not a whole number from ${lower} to ${upper}`,
        );
      }
      break;
    }
    case 'DATE': {
      const s = v as string;
      if (!ISO_DAY.test(s) || Number.isNaN(Date.parse(s))) {
        throw new Error(`Answer "${s}" to date question ${q} is not a date in the form yyyy-MM-dd`);
      }
      break;
    }
    case 'TIME':
      if (!/^\d{1,2}:\d{2}$/.test(v as string))
        throw new Error(`Answer "${String(v)}" to time question ${q} is not HH:mm`);
      break;
    case 'GRID':
    case 'CHECKBOX_GRID': {
      const rows = item.rows ?? [];
      const cols = item.columns ?? [];
      const list = v as string[];
      if (list.length !== rows.length)
        throw new Error(`Grid question ${q} has ${rows.length} rows, got ${list.length} answers`);
      list.forEach((s, i) => {
        if (s === '') {
          if (item.required) throw new Error(`Required grid question ${q} has no answer in row "${rows[i]}"`);
        } else if (!cols.includes(s)) {
          throw new Error(`Answer "${s}" in row "${rows[i]}" of question ${q} is not one of its columns`);
        }
      });
      break;
    }
    case 'TEXT':
    case 'PARAGRAPH_TEXT': {
      const problem = textValidationProblem(item, v as string);
      if (problem) throw new Error(`Answer "${String(v)}" to question ${q} is refused: ${problem}`);
      break;
    }
  }
  return v;
}

function num(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
  return Number(t);
}

/** Null when the text satisfies the item's text validation, else the help text (or a description). */
function textValidationProblem(item: FormItemState, text: string): string | null {
  const rule = item.validation;
  if (!rule) return null;
  const a = rule.args as (number | string)[];
  const n = num(text);
  let ok: boolean;
  switch (rule.kind) {
    case 'requireNumber':
      ok = n !== null;
      break;
    case 'requireWholeNumber':
      ok = n !== null && Number.isInteger(n);
      break;
    case 'requireNumberBetween':
      ok = n !== null && n >= Number(a[0]) && n <= Number(a[1]);
      break;
    case 'requireNumberNotBetween':
      ok = n !== null && (n < Number(a[0]) || n > Number(a[1]));
      break;
    case 'requireNumberEqualTo':
      ok = n !== null && n === Number(a[0]);
      break;
    case 'requireNumberNotEqualTo':
      ok = n !== null && n !== Number(a[0]);
      break;
    case 'requireNumberGreaterThan':
      ok = n !== null && n > Number(a[0]);
      break;
    case 'requireNumberGreaterThanOrEqualTo':
      ok = n !== null && n >= Number(a[0]);
      break;
    case 'requireNumberLessThan':
      ok = n !== null && n < Number(a[0]);
      break;
    case 'requireNumberLessThanOrEqualTo':
      ok = n !== null && n <= Number(a[0]);
      break;
    case 'requireTextIsEmail':
      ok = isEmail(text);
      break;
    case 'requireTextIsUrl':
      ok = URL_RE.test(text);
      break;
    case 'requireTextLengthGreaterThanOrEqualTo':
      ok = text.length >= Number(a[0]);
      break;
    case 'requireTextLengthLessThanOrEqualTo':
      ok = text.length <= Number(a[0]);
      break;
    case 'requireTextContainsPattern':
      ok = new RegExp(String(a[0])).test(text);
      break;
    case 'requireTextDoesNotContainPattern':
      ok = !new RegExp(String(a[0])).test(text);
      break;
    case 'requireTextMatchesPattern':
      ok = new RegExp(`^(?:${String(a[0])})$`).test(text);
      break;
    case 'requireTextDoesNotMatchPattern':
      ok = !new RegExp(`^(?:${String(a[0])})$`).test(text);
      break;
    default:
      ok = true;
  }
  return ok ? null : rule.helpText || `${rule.kind}(${a.join(', ')})`;
}

/**
 * A text answer as Sheets stores it when Forms writes the row: digits become numbers (so leading zeros are
 * lost, as in Google), with the locale's decimal separator; anything else, including text starting with '='
 * or '+', stays a plain string (Forms never writes formulas).
 */
function sheetTextValue(s: string, locale: string): CellValue {
  if (/^-?\d{1,15}$/.test(s)) return Number(s);
  const sep = /^(ru|de|fr|es|it|pt|uk|pl|nl|cs|tr|sv|fi|da|nb|be|kk)/i.test(locale) ? ',' : '.';
  const m = new RegExp(`^(-?\\d{1,15})\\${sep}(\\d{1,15})$`).exec(s);
  if (m) return Number(`${m[1]}.${m[2]}`);
  return s;
}

/** One answer as the destination-sheet cell values (a grid answer fills one cell per grid row). */
export function sheetCells(
  item: FormItemState,
  v: StoredAnswer | undefined,
  locale: string,
  timeZone: string,
): CellValue[] {
  const width = item.type === 'GRID' || item.type === 'CHECKBOX_GRID' ? (item.rows ?? []).length : 1;
  if (v === undefined) return new Array<CellValue>(width).fill('');
  switch (item.type) {
    case 'SCALE':
      return [Number(v)];
    case 'DATE':
      return [zonedMidnight(v as string, timeZone)];
    case 'CHECKBOX':
      return [sheetTextValue((v as string[]).join(', '), locale)];
    case 'GRID':
    case 'CHECKBOX_GRID':
      return (v as string[]).map((s) => sheetTextValue(s, locale));
    default:
      return [sheetTextValue(v as string, locale)];
  }
}

/** The same answer as the strings of the onFormSubmit event (`values`, `namedValues`). */
export function displayCells(item: FormItemState, v: StoredAnswer | undefined): string[] {
  const width = item.type === 'GRID' || item.type === 'CHECKBOX_GRID' ? (item.rows ?? []).length : 1;
  if (v === undefined) return new Array<string>(width).fill('');
  switch (item.type) {
    case 'DATE':
      return [ruDay(v as string)];
    case 'CHECKBOX':
      return [(v as string[]).join(', ')];
    case 'GRID':
    case 'CHECKBOX_GRID':
      return (v as string[]).slice();
    default:
      return [v as string];
  }
}

/** Column titles of one question in the destination sheet: the title, or "Title [Row]" per grid row. */
export function columnTitles(item: FormItemState): string[] {
  if (item.type === 'GRID' || item.type === 'CHECKBOX_GRID')
    return (item.rows ?? []).map((r) => `${item.title} [${r}]`);
  return [item.title];
}
