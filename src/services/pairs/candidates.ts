import { splitList } from '../../domain/forms/topics';
import { normalizeEmail } from '../../domain/format/values';
import type { MenteeCandidate, MentorCandidate } from '../../domain/matching';
import { splitIds } from '../../domain/pairs';
import type { MenteeRow, MentorRow, PairRow } from '../../domain/schema/sheets';
import { UserFacingError } from '../errors';

/**
 * The columns Наставники and Наставляемые have in common, read the same way for mentors and mentees: the
 * matcher compares these fields across the two, so they must not drift apart.
 */
function commonCandidateFields(r: MentorRow | MenteeRow) {
  return {
    id: r.id,
    fullName: r.fullName ?? '',
    email: r.email ?? '',
    subjects: splitList(r.subjects),
    experienceYears: r.experienceYears,
    category: r.category ?? '',
    format: r.format ?? '',
    times: splitList(r.time),
  };
}

/** Rows of Наставники / Наставляемые as the matcher sees them (lists split, numbers as numbers). */
export function mentorCandidate(r: MentorRow): MentorCandidate {
  return {
    ...commonCandidateFields(r),
    competences: splitList(r.competences),
    capacity: r.capacity,
  };
}

export function menteeCandidate(r: MenteeRow): MenteeCandidate {
  return {
    ...commonCandidateFields(r),
    youngTeacher: r.youngTeacher,
    requests: splitList(r.requests),
  };
}

/** Mentee ids of a pair/group row («MT-1; MT-2»). */
export function menteeIdsOf(pair: Pick<PairRow, 'menteeIds'>): string[] {
  return splitIds(pair.menteeIds);
}

/** Finds people by what a curator types: ids or e-mails, separated by commas, semicolons or new lines. */
export function findPeople<R extends { id: string; email: string | null }>(
  rows: readonly R[],
  refs: string,
  what: string,
): R[] {
  const wanted = refs
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!wanted.length) throw new UserFacingError(`Укажите эл. почту или ID: ${what}.`);
  const missing: string[] = [];
  const found = wanted.map((ref) => {
    const row = rows.find((r) => r.id === ref || (r.email && r.email === normalizeEmail(ref)));
    if (!row) missing.push(ref);
    return row;
  });
  if (missing.length)
    throw new UserFacingError(`Не найдены (${what}): ${missing.join(', ')}. Проверьте эл. почту или ID.`);
  return found as R[];
}
