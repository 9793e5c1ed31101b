import { PUBLISH_NAME } from '../forms/consent';
import { isDate } from '../format/values';
import type { Row } from '../schema/types';
import { CONFIRMED, CONSENT_KINDS, EXPIRED, PENDING, type ConsentKind, type ConsentState } from './labels';

/**
 * Consents as records (Согласия): one row per decision — who, which consent, given or not or withdrawn, when,
 * the text's edition, where it came from and how the person was identified. The latest record of a person and
 * consent is their consent; the marks in Наставляемые / Наставники are only a copy for reading, and a mark
 * typed by hand is not a consent.
 */

export { CONSENT_KINDS, type ConsentKind } from './labels';

/** How the person who gave or changed a consent was identified. */
export const IDENTITY = {
  verified: 'адрес Google подтверждён (вход в аккаунт)',
  mail: 'подтверждено кодом из письма на адрес',
  curator: 'куратор (документ на бумаге)',
  request: 'заявление участника через куратора',
} as const;

export interface ConsentDecision {
  kind: ConsentKind;
  state: ConsentState;
  /** Publication: the allowed categories and conditions, as the teacher chose them. */
  details?: string;
}

interface Current {
  state: ConsentState;
  at: Date | null;
  details: string;
}

export type PersonConsents = Partial<Record<ConsentKind, Current>>;

const kindOf = (label: unknown): ConsentKind | null =>
  (Object.keys(CONSENT_KINDS) as ConsentKind[]).find((k) => CONSENT_KINDS[k] === label) ?? null;

/** The latest decision per person and consent, by person id (records are appended in time order). */
export function currentConsents(records: readonly Row[]): Map<string, PersonConsents> {
  const out = new Map<string, PersonConsents>();
  for (const r of records) {
    const kind = kindOf(r.kind);
    const person = String(r.personId ?? '');
    if (!kind || !person || r.state === PENDING || r.state === CONFIRMED || r.state === EXPIRED) continue;
    const mine = out.get(person) ?? {};
    const at = isDate(r.at) ? r.at : null;
    const prev = mine[kind];
    if (prev?.at && at && at < prev.at) continue;
    mine[kind] = { state: r.state as ConsentState, at, details: String(r.details ?? '') };
    out.set(person, mine);
  }
  return out;
}

/** The decisions that differ from what is recorded: only those are appended (a rebuild adds nothing). */
export function changedDecisions(
  current: PersonConsents | undefined,
  wanted: readonly ConsentDecision[],
): ConsentDecision[] {
  return wanted.filter((d) => {
    const now = current?.[d.kind];
    return !now || now.state !== d.state || (d.details ?? '') !== now.details;
  });
}

/** «Фамилия, имя, отчество; Должность. Условия: …» — the publication choice as a record keeps it. */
export function publishDetails(categories: readonly string[], conditions: string): string {
  const allowed = categories.length ? `Разрешено: ${categories.join('; ')}.` : 'Разрешено: ничего.';
  return conditions.trim() ? `${allowed} Условия и запреты: ${conditions.trim()}` : allowed;
}

/** The consent marks of a base row as the records say: what the add-on acts on. */
export function recordedMarks(consents: PersonConsents | undefined): {
  consentPd: Date | null;
  consentMentor: Date | null;
  consentPublish: boolean;
} {
  const given = (k: ConsentKind) =>
    consents?.[k]?.state === 'дано' ? (consents[k]!.at ?? new Date(0)) : null;
  const publish = consents?.publish;
  return {
    consentPd: given('pd'),
    consentMentor: given('mentor'),
    consentPublish: publish?.state === 'дано' && publish.details.includes(PUBLISH_NAME),
  };
}

/** Base rows whose consent marks disagree with the records (typed by hand, or changed outside the flows). */
export function markMismatches(rows: readonly Row[], current: Map<string, PersonConsents>): string[] {
  const out: string[] = [];
  for (const row of rows) {
    if (row.status === 'отказ') continue;
    const marks = recordedMarks(current.get(row.id));
    const differs = (Object.keys(marks) as (keyof typeof marks)[]).some(
      (k) => k in row && !!row[k] !== !!marks[k],
    );
    if (differs) out.push(row.id);
  }
  return out;
}

/** A base row with its consent marks replaced by what the records say. */
export function withRecordedConsents<T extends Row>(row: T, current: Map<string, PersonConsents>): T {
  const marks = recordedMarks(current.get(row.id));
  const out: Row = { ...row, consentPd: marks.consentPd };
  if ('consentMentor' in row) out.consentMentor = marks.consentMentor;
  if ('consentPublish' in row) out.consentPublish = marks.consentPublish;
  return out as T;
}
