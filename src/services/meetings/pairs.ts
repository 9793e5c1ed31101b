import type { PairRef } from '../../domain/meetings';
import type { Participant } from '../../domain/monitoring';
import { countsAsApproved, splitIds } from '../../domain/pairs';
import { PAIR_STATUS, type MenteeRow, type MentorRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import type { Ports } from '../ports';

export interface ProgrammePairs {
  /** Approved (or finished) pairs with names and the mentor's e-mail. */
  pairs: PairRef[];
  /** Pairs still at work (approved, not finished): reminders and meeting reports concern only these. */
  active: PairRef[];
  /** Everyone in those pairs, by normalised e-mail: role, pairs, young teacher. */
  byEmail: Map<string, Participant & { email: string; fullName: string }>;
}

/** Reads Наставники, Наставляемые and Пары и группы: three reads. */
export function loadProgrammePairs(ports: Ports): ProgrammePairs {
  const db = openDatabase(ports);
  const mentors = new Map(db.mentors.load().rows.map((r) => [r.id, r]));
  const mentees = new Map(db.mentees.load().rows.map((r) => [r.id, r]));
  const pairs: PairRef[] = [];
  const active: PairRef[] = [];
  const byEmail: ProgrammePairs['byEmail'] = new Map();
  const enrol = (row: MentorRow | MenteeRow, role: Participant['role'], pairId: string) => {
    const email = row.email ?? '';
    if (!email) return;
    const person = byEmail.get(email) ?? {
      personId: row.id,
      role,
      pairIds: [],
      youngTeacher: 'youngTeacher' in row && row.youngTeacher,
      category: row.category ?? null,
      email,
      fullName: row.fullName ?? '',
    };
    person.pairIds.push(pairId);
    byEmail.set(email, person);
  };
  for (const row of db.pairs.load().rows) {
    if (!countsAsApproved(row.status)) continue;
    const mentor = mentors.get(row.mentorId ?? '');
    const group = splitIds(row.menteeIds)
      .map((id) => mentees.get(id))
      .filter((m) => !!m);
    if (!mentor || !group.length) continue;
    const pair: PairRef = {
      id: row.id,
      mentorId: mentor.id,
      mentorName: mentor.fullName ?? '',
      mentorEmail: mentor.email ?? '',
      menteeIds: group.map((m) => m.id),
      menteeNames: group.map((m) => m.fullName ?? ''),
      approvedAt: row.approvedAt,
    };
    pairs.push(pair);
    if (row.status === PAIR_STATUS.approved) active.push(pair);
    enrol(mentor, 'mentor', pair.id);
    for (const m of group) enrol(m, 'mentee', pair.id);
  }
  return { pairs, active, byEmail };
}

/**
 * Whether the person takes this role in one of the approved pairs/groups: a survey's form per role is
 * answered only by that role (a teacher may mentor one pair and be mentored in another).
 */
export function hasRole(programme: ProgrammePairs, email: string, role: Participant['role']): boolean {
  const person = programme.byEmail.get(email);
  if (!person) return false;
  return programme.pairs.some(
    (p) => person.pairIds.includes(p.id) && (p.mentorEmail === email) === (role === 'mentor'),
  );
}
