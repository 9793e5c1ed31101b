import { PERSON_STATUS } from '../schema/sheets';
import type { Row } from '../schema/types';

/**
 * How an answer lands in a base. The questionnaire owns the fields it asks; the curator owns the rest (notes,
 * the selection decision, pairing), and a later answer from the same person updates, never duplicates.
 */

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
