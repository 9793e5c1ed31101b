import type { PairInput, PersonInput } from '../../domain/documents/data';
import { countsAsApproved, pairKind, splitIds } from '../../domain/pairs';
import type { MenteeRow, MentorRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import type { Ports } from '../ports';

/** The people and pairs the documents speak about, read once per call (three table reads). */
export interface ProgrammePeople {
  /** Approved (or finished) pairs and groups, in the sheet's order. */
  pairs: PairInput[];
  /** Mentors of those pairs, each once. */
  mentors: PersonInput[];
  mentorsById: Map<string, PersonInput>;
  menteesById: Map<string, PersonInput>;
}

export function loadPeople(ports: Ports): ProgrammePeople {
  const db = openDatabase(ports);
  const mentorsById = byId(db.mentors.load().rows);
  const menteesById = byId(db.mentees.load().rows);
  const pairs: PairInput[] = [];
  for (const row of db.pairs.load().rows) {
    if (!countsAsApproved(row.status)) continue;
    const mentor = mentorsById.get(row.mentorId ?? '');
    const mentees = splitIds(row.menteeIds)
      .map((id) => menteesById.get(id))
      .filter((m): m is PersonInput => !!m);
    if (!mentor || !mentees.length) continue;
    pairs.push({
      id: row.id,
      kind: row.kind || pairKind(mentees.length),
      mentor,
      mentees,
    });
  }
  const mentors = [...new Map(pairs.map((p) => [p.mentor.id, p.mentor])).values()];
  return { pairs, mentors, mentorsById, menteesById };
}

/** Mentees of the approved pairs, each once, in pair order. */
export function menteesOf(pairs: readonly PairInput[]): PersonInput[] {
  return [...new Map(pairs.flatMap((p) => p.mentees.map((m) => [m.id, m] as const))).values()];
}

function byId(rows: readonly (MentorRow | MenteeRow)[]): Map<string, PersonInput> {
  return new Map(
    rows
      .filter((r) => r.fullName)
      .map((r) => [
        r.id,
        {
          id: r.id,
          fullName: r.fullName ?? '',
          position: r.position,
          email: r.email,
          requests: 'requests' in r ? r.requests : null,
          competences: 'competences' in r ? r.competences : null,
          format: r.format,
        },
      ]),
  );
}
