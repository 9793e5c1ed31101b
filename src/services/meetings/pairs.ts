import type { PairRef } from '../../domain/meetings';
import type { Participant } from '../../domain/monitoring';
import { isDate } from '../../domain/format/values';
import { openDatabase } from '../db/database';
import type { Ports } from '../ports';
import { splitIds } from '../documents/sources';

/** Pairs whose work counts: approved ones, and those the curator has since marked finished. */
const COUNTED = new Set(['утверждена', 'завершена']);

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
  const enrol = (row: Record<string, unknown>, role: Participant['role'], pairId: string) => {
    const email = String(row.email ?? '');
    if (!email) return;
    const person = byEmail.get(email) ?? {
      personId: String(row.id),
      role,
      pairIds: [],
      youngTeacher: row.youngTeacher === true,
      email,
      fullName: String(row.fullName ?? ''),
    };
    person.pairIds.push(pairId);
    byEmail.set(email, person);
  };
  for (const row of db.pairs.load().rows) {
    if (!COUNTED.has(String(row.status))) continue;
    const mentor = mentors.get(String(row.mentorId));
    const group = splitIds(row.menteeIds)
      .map((id) => mentees.get(id))
      .filter((m) => !!m);
    if (!mentor || !group.length) continue;
    const pair: PairRef = {
      id: row.id,
      mentorId: mentor.id,
      mentorName: String(mentor.fullName ?? ''),
      mentorEmail: String(mentor.email ?? ''),
      menteeIds: group.map((m) => m.id),
      menteeNames: group.map((m) => String(m.fullName ?? '')),
      approvedAt: isDate(row.approvedAt) ? row.approvedAt : null,
    };
    pairs.push(pair);
    if (row.status === 'утверждена') active.push(pair);
    enrol(mentor, 'mentor', pair.id);
    for (const m of group) enrol(m, 'mentee', pair.id);
  }
  return { pairs, active, byEmail };
}
