import type { PairInput, PersonInput } from '../../domain/documents/data';
import type { Row } from '../../domain/schema/types';
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

const APPROVED = new Set(['утверждена', 'завершена']);

export function loadPeople(ports: Ports): ProgrammePeople {
  const db = openDatabase(ports);
  const mentorsById = byId(db.mentors.load().rows);
  const menteesById = byId(db.mentees.load().rows);
  const pairs: PairInput[] = [];
  for (const row of db.pairs.load().rows) {
    if (!APPROVED.has(String(row.status))) continue;
    const mentor = mentorsById.get(String(row.mentorId));
    const mentees = splitIds(row.menteeIds)
      .map((id) => menteesById.get(id))
      .filter((m): m is PersonInput => !!m);
    if (!mentor || !mentees.length) continue;
    pairs.push({
      id: row.id,
      kind: String(row.kind || (mentees.length > 1 ? 'группа' : 'пара')),
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

export function splitIds(cell: unknown): string[] {
  return String(cell ?? '')
    .split(/[,;\s]+/)
    .filter(Boolean);
}

function byId(rows: Row[]): Map<string, PersonInput> {
  return new Map(
    rows
      .filter((r) => r.fullName)
      .map((r) => [
        r.id,
        {
          id: r.id,
          fullName: String(r.fullName),
          position: (r.position as string | null) ?? null,
          email: (r.email as string | null) ?? null,
          requests: (r.requests as string | null) ?? null,
          format: (r.format as string | null) ?? null,
        },
      ]),
  );
}
