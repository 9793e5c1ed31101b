import { meetingsByPair } from '../../domain/meetings';
import type { MonitoringInput } from '../../domain/monitoring';
import { placeByTotal, scoreMentors, type MentorFacts } from '../../domain/ranking';
import type { RankingRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import type { ProgrammePairs } from '../meetings/pairs';
import type { Ports } from '../ports';

/**
 * Рейтинг наставников: the computed score per mentor, the curator's correction (kept as typed) and the place
 * by the total. One read and one write; the curator's «Поправка куратора» and «Поощрить» are never overwritten.
 */
export function updateRanking(ports: Ports, input: MonitoringInput, programme: ProgrammePairs): RankingRow[] {
  const db = openDatabase(ports);
  const stats = meetingsByPair(db.meetings.load().rows);
  const mentors = new Map<string, MentorFacts>();
  for (const pair of programme.pairs) {
    const m = mentors.get(pair.mentorId) ?? {
      mentorId: pair.mentorId,
      fullName: pair.mentorName,
      pairIds: [],
      meetings: 0,
    };
    (m.pairIds as string[]).push(pair.id);
    m.meetings += stats.get(pair.id)?.count ?? 0;
    mentors.set(pair.mentorId, m);
  }
  const table = db.ranking.load();
  for (const s of scoreMentors([...mentors.values()], input)) {
    const fields = {
      fullName: s.fullName,
      meetings: s.meetings,
      satisfaction: s.satisfaction,
      impactGain: s.impactGain,
      score: s.score,
    };
    if (table.find(s.mentorId)) table.update(s.mentorId, fields);
    else table.insert({ id: s.mentorId, ...fields, adjustment: null, reward: false });
  }
  placeRows(table.rows, (id, patch) => table.update(id, patch));
  table.save();
  return [...table.rows].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

function placeRows(
  rows: readonly RankingRow[],
  update: (id: string, patch: Partial<RankingRow>) => void,
): void {
  const places = placeByTotal(rows.map((r) => ({ id: r.id, score: r.score ?? 0, adjustment: r.adjustment })));
  for (const p of places) update(p.id, { total: p.total, rank: p.rank });
}

export interface RankedMentor {
  mentorId: string;
  fullName: string;
  rank: number;
}

/**
 * For the rewards order and the letters of thanks (documents, 7.2): the mentors by place, with the curator's
 * correction applied as it stands now. When the curator ticked «Поощрить» for anyone, only they are listed;
 * otherwise every ranked mentor. Empty until the monitoring has been computed. One read.
 */
export function mentorsForReward(ports: Ports): RankedMentor[] {
  return rewardChoice(ports).mentors;
}

/** The same list, and whether it is the curator's choice («Поощрить» ticked for anyone). One read. */
export function rewardChoice(ports: Ports): { marked: boolean; mentors: RankedMentor[] } {
  const rows = openDatabase(ports).ranking.loadIfExists()?.rows ?? [];
  const places = new Map(
    placeByTotal(rows.map((r) => ({ id: r.id, score: r.score ?? 0, adjustment: r.adjustment }))).map((p) => [
      p.id,
      p,
    ]),
  );
  const marked = rows.filter((r) => r.reward === true);
  const mentors = (marked.length ? marked : rows)
    .map((r) => ({ mentorId: r.id, fullName: r.fullName ?? '', rank: places.get(r.id)?.rank ?? 0 }))
    .sort((a, b) => a.rank - b.rank);
  return { marked: marked.length > 0, mentors };
}
