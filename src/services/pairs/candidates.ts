import { splitList } from '../../domain/forms/topics';
import { normalizeEmail } from '../../domain/format/values';
import type { MenteeCandidate, MentorCandidate } from '../../domain/matching';
import type { Row } from '../../domain/schema/types';
import { UserFacingError } from '../errors';

/**
 * The columns Наставники and Наставляемые have in common, read the same way for mentors and mentees: the
 * matcher compares these fields across the two, so they must not drift apart.
 */
function commonCandidateFields(r: Row) {
  return {
    id: r.id,
    fullName: String(r.fullName ?? ''),
    email: String(r.email ?? ''),
    subjects: splitList(r.subjects),
    experienceYears: typeof r.experienceYears === 'number' ? r.experienceYears : null,
    category: String(r.category ?? ''),
    format: String(r.format ?? ''),
    times: splitList(r.time),
  };
}

/** Rows of Наставники / Наставляемые as the matcher sees them (lists split, numbers as numbers). */
export function mentorCandidate(r: Row): MentorCandidate {
  return {
    ...commonCandidateFields(r),
    competences: splitList(r.competences),
    capacity: typeof r.capacity === 'number' ? r.capacity : null,
  };
}

export function menteeCandidate(r: Row): MenteeCandidate {
  return {
    ...commonCandidateFields(r),
    youngTeacher: r.youngTeacher === true,
    requests: splitList(r.requests),
  };
}

/** Mentee ids of a pair/group row («MT-1; MT-2»). */
export function menteeIdsOf(pair: Row): string[] {
  return String(pair.menteeIds ?? '')
    .split(/[;,\s]+/)
    .filter(Boolean);
}

/** Finds people by what a curator types: ids or e-mails, separated by commas, semicolons or new lines. */
export function findPeople(rows: readonly Row[], refs: string, what: string): Row[] {
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
  return found as Row[];
}
