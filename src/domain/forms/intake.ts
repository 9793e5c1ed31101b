import { normalizeFullName } from '../format/ru';
import { PERSON_STATUS } from '../schema/sheets';
import type { Row } from '../schema/types';

/**
 * How an answer lands in a base. The questionnaire owns the fields it asks; the curator owns the rest (notes,
 * the selection decision, pairing), and a later answer from the same person updates, never duplicates.
 */

/** The action that takes every answer on the response sheets into the bases again (idempotent). */
export const REBUILD_LABEL = 'Пересобрать базу из ответов';

/** Statuses set by the curator's decisions later in the programme: a new answer does not undo them. */
const DECIDED = new Set<unknown>([
  PERSON_STATUS.selected,
  PERSON_STATUS.notSelected,
  PERSON_STATUS.inPair,
  PERSON_STATUS.finished,
]);

function intakeStatus(target: 'mentees' | 'mentors', fields: Record<string, unknown>): string {
  if (target === 'mentors' && !fields.consentMentor) return PERSON_STATUS.consented;
  return PERSON_STATUS.inBase;
}

/**
 * The row an answer belongs to. By e-mail first; a row whose e-mail is gone (its column was deleted and setup
 * restored it empty) is found by its stable id, which the consent records keep beside the e-mail, and for a
 * workbook without such records by the only row of that name without an e-mail. Never a row that holds
 * another address: a person is never added twice, nor merged into someone else.
 */
export function findPerson(
  rows: readonly Row[],
  answer: { email: string; fullName: string },
  /** Asked only when no row holds the e-mail (the records are read on that rare path alone). */
  idsOfEmail: () => readonly string[],
): Row | undefined {
  const byEmail = rows.find((r) => r.email === answer.email);
  if (byEmail) return byEmail;
  const blank = rows.filter((r) => String(r.email ?? '').trim() === '' && r.status !== PERSON_STATUS.refused);
  if (!blank.length) return undefined;
  const ids = idsOfEmail();
  const byId = blank.find((r) => ids.includes(String(r.id)));
  if (byId) return byId;
  const name = normalizeFullName(answer.fullName);
  const byName = blank.filter((r) => name && normalizeFullName(String(r.fullName ?? '')) === name);
  return byName.length === 1 ? byName[0] : undefined;
}

export function mergePerson(
  target: 'mentees' | 'mentors',
  existing: Row | undefined,
  fields: Record<string, unknown>,
): Omit<Row, 'id'> & { id?: string } {
  const status = existing && DECIDED.has(existing.status) ? existing.status : intakeStatus(target, fields);
  return { ...(existing ?? {}), ...fields, status };
}

/** Fields of a person that hold personal data and are erased when consent is withdrawn. */
const PERSONAL_FIELDS = [
  'fullName',
  'email',
  'position',
  'subjects',
  'experienceYears',
  'category',
  'format',
  'time',
  'requests',
  'expectations',
  'curatorNotes',
  'awards',
  'competences',
  'motivation',
  'youngTeacher',
  'capacity',
] as const;

export const WITHDRAWN_NAME = 'Данные удалены: согласие отозвано';

/** The person row after withdrawal: the id stays (pairs refer to it), every personal value is gone. */
export function anonymise(row: Row): Row {
  const out: Row = { ...row };
  for (const f of PERSONAL_FIELDS) if (f in out) out[f] = typeof out[f] === 'boolean' ? false : null;
  out.fullName = WITHDRAWN_NAME;
  out.status = PERSON_STATUS.refused;
  out.consentPd = null;
  if ('consentMentor' in out) out.consentMentor = null;
  if ('consentPublish' in out) out.consentPublish = false;
  return out;
}
