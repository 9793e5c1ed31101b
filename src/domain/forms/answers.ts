import { normalizeFullName } from '../format/ru';
import { isDate, isEmail, normalizeEmail } from '../format/values';
import { parseNumber, parseRuDate } from '../table/codec';
import { isConsentGiven } from './consent';
import { allQuestions } from './definitions';
import { joinList } from './topics';
import type { FormDefinition, Question } from './types';
import { quoted } from '../format/quotes';

/**
 * Reads one form response — from the submit event's namedValues or from a row of the response sheet, both
 * keyed by question title — into typed, normalised answers. Nothing here trusts the input: every value is
 * checked, and what cannot be read becomes a Russian problem, never a wrong value.
 */

/** Google's headers for the columns it adds itself (Russian and English interface). */
export const TIMESTAMP_HEADERS = ['отметка времени', 'timestamp'];
const EMAIL_HEADERS = ['адрес электронной почты', 'email address', 'электронная почта'];

export interface ParsedResponse {
  email: string;
  submittedAt: Date | null;
  /** Answers by question key; lists are arrays, numbers numbers, yes/no booleans. */
  values: Record<string, unknown>;
  consentPd: boolean;
  consentMentor: boolean;
  consentPublish: boolean;
  /** Russian descriptions of what is missing or unreadable. */
  problems: string[];
}

export type ResponseRecord = Record<string, unknown>;

/** namedValues ({title: [value]}) → {title: value}. */
export function recordFromNamedValues(named: Record<string, unknown>): ResponseRecord {
  const out: ResponseRecord = {};
  for (const [k, v] of Object.entries(named ?? {})) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** A response sheet row → {header: value}. */
export function recordFromRow(header: readonly unknown[], row: readonly unknown[]): ResponseRecord {
  const out: ResponseRecord = {};
  header.forEach((h, i) => {
    const title = String(h ?? '').trim();
    if (title && !(title in out)) out[title] = row[i];
  });
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');

function lookup(record: ResponseRecord, titles: readonly string[]): unknown {
  const wanted = new Set(titles.map(norm));
  for (const [k, v] of Object.entries(record)) if (wanted.has(norm(k))) return v;
  return undefined;
}

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/**
 * Google joins checkbox answers with ', ' and our choices may contain commas, so the known choices are found
 * by text and whatever remains is the respondent's own «Другое» answer.
 */
export function splitCheckbox(raw: unknown, choices: readonly string[]): string[] {
  let rest = String(raw ?? '');
  const found: string[] = [];
  for (const choice of [...choices].sort((a, b) => b.length - a.length)) {
    const at = rest.indexOf(choice);
    if (at >= 0) {
      found.push(choice);
      rest = rest.slice(0, at) + rest.slice(at + choice.length);
    }
  }
  const other = rest.replace(/^[\s,;]+|[\s,;]+$/g, '').replace(/\s*,\s*,\s*/g, ', ');
  const ordered = choices.filter((c) => found.includes(c));
  return other ? [...ordered, other] : ordered;
}

function readValue(q: Question, raw: unknown, problems: string[]): unknown {
  if (blank(raw)) return null;
  switch (q.kind) {
    case 'checkbox':
      return splitCheckbox(raw, q.choices ?? []);
    case 'scale': {
      const n = parseNumber(raw);
      if (n === null || (q.scale && (n < q.scale.from || n > q.scale.to))) {
        problems.push(`Ответ на вопрос ${quoted(q.title)} не число из шкалы.`);
        return null;
      }
      return n;
    }
    case 'date':
      // The sheet holds a Date; the submit event's namedValues hold its display text («05.10.2022»).
      return isDate(raw) ? raw : parseRuDate(String(raw));
    default: {
      const text = String(raw).trim();
      if (q.validation === 'count') {
        const n = /^\d{1,4}$/.test(text) ? Number(text) : null;
        if (n === null)
          problems.push(`Ответ на вопрос ${quoted(q.title)} (${quoted(text.slice(0, 40))}) не целое число.`);
        return n;
      }
      if (q.validation === 'number') {
        const m = /[-+]?\d+([.,]\d+)?/.exec(text);
        const n = m ? parseNumber(m[0]) : null;
        if (n === null || n < 0 || n > 80) {
          problems.push(
            `Ответ на вопрос ${quoted(q.title)} (${quoted(text.slice(0, 40))}) не похож на число лет.`,
          );
          return null;
        }
        return n;
      }
      // A choice Google would not let through (a renamed option, a typed cell): the answer is not guessed.
      if ((q.kind === 'choice' || q.kind === 'list') && q.choices && !q.other && !q.choices.includes(text)) {
        problems.push(`Ответ на вопрос «${q.title}» («${text.slice(0, 40)}») не из предложенных вариантов.`);
        return null;
      }
      return text;
    }
  }
}

export function parseResponse(def: FormDefinition, record: ResponseRecord): ParsedResponse {
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const q of allQuestions(def)) {
    const raw = lookup(record, [q.title]);
    const value = readValue(q, raw, problems);
    if (q.required && value === null && raw === undefined) {
      problems.push(`В ответе нет вопроса ${quoted(q.title)} (возможно, его переименовали в форме).`);
    }
    values[q.key] = value;
  }
  const emailRaw = String(lookup(record, EMAIL_HEADERS) ?? '');
  const email = normalizeEmail(emailRaw);
  if (!isEmail(email) && !def.anonymous)
    problems.push('В ответе нет корректного адреса эл. почты: включите в форме сбор адресов.');
  const at = lookup(record, TIMESTAMP_HEADERS);
  return {
    email,
    submittedAt: isDate(at) ? at : null,
    values,
    consentPd: isConsentGiven(values.consentPd),
    consentMentor: isConsentGiven(values.consentMentor),
    consentPublish: isConsentGiven(values.consentPublish),
    problems,
  };
}

/** The base row fields a questionnaire fills (the curator's own columns are never among them). */
export function personFields(def: FormDefinition, r: ParsedResponse, now: Date): Record<string, unknown> {
  const v = r.values;
  const list = (x: unknown) => (Array.isArray(x) ? joinList(x as string[]) : String(x ?? ''));
  const common = {
    fullName: normalizeFullName(String(v.fullName ?? '')),
    email: r.email,
    position: String(v.position ?? ''),
    subjects: list(
      String(v.subjects ?? '')
        .split(/\s*[;,]\s*/)
        .filter(Boolean),
    ),
    experienceYears: v.experienceYears,
    category: v.category,
    consentPd: r.consentPd ? (r.submittedAt ?? now) : null,
    format: v.format,
    time: list(v.time),
    answeredAt: r.submittedAt ?? now,
  };
  if (def.target === 'mentees') {
    return {
      ...common,
      youngTeacher: v.youngTeacher === 'Да',
      requests: list(v.requests),
      expectations: String(v.expectations ?? ''),
    };
  }
  return {
    ...common,
    awards: String(v.awards ?? ''),
    competences: list(v.competences),
    capacity: parseNumber(v.capacity),
    motivation: String(v.motivation ?? ''),
    consentMentor: r.consentMentor ? (r.submittedAt ?? now) : null,
    consentPublish: r.consentPublish,
  };
}
