import { meetingsByPair } from '../../domain/meetings';
import type { MonitoringInput } from '../../domain/monitoring';
import {
  bestMentors,
  placeByTotal,
  scoreMentors,
  type MentorFacts,
  type RankedMentor,
} from '../../domain/ranking';
import { PAIR_STATUS, RANKING } from '../../domain/schema/sheets';
import { shortName } from '../../domain/format/ru';
import type { RankingRow } from '../../domain/schema/sheets';
import { openDatabase } from '../db/database';
import type { ProgrammePairs } from '../meetings/pairs';
import type { Ports } from '../ports';

/**
 * Рейтинг наставников: the computed score per mentor, the curator's correction and assessment (kept as typed)
 * and the place by the total. One read and one write; «Поправка куратора», «Оценка куратора» and «Поощрить» are
 * never overwritten. An assessment outside 1…10 is not counted, and `problems` says so in Russian.
 */
export function updateRanking(
  ports: Ports,
  input: MonitoringInput,
  programme: ProgrammePairs,
): { rows: RankingRow[]; problems: string[] } {
  const db = openDatabase(ports);
  const stats = meetingsByPair(db.meetings.load().rows);
  const table = db.ranking.load();
  const problems: string[] = [];
  const assessment = (mentorId: string, fullName: string): number | null => {
    const score = table.find(mentorId)?.curatorScore;
    if (typeof score === 'number' && score >= 1 && score <= 10) return score;
    // Text the number column cannot read decodes to blank: name it, or that mentor silently loses the credit.
    const typed = score ?? table.typedCell(mentorId, 'curatorScore');
    if (typed === null || typed === undefined || String(typed).trim() === '') return null;
    problems.push(
      `Оценка куратора для наставника ${shortName(fullName)} («${String(typed)}») не число от 1 до 10: она не учтена. Исправьте её на листе «${RANKING.name}» и рассчитайте показатели заново.`,
    );
    return null;
  };
  const mentors = new Map<string, MentorFacts>();
  for (const pair of programme.pairs) {
    const m = mentors.get(pair.mentorId) ?? {
      mentorId: pair.mentorId,
      fullName: pair.mentorName,
      pairIds: [],
      meetings: 0,
      curatorScore: assessment(pair.mentorId, pair.mentorName),
    };
    (m.pairIds as string[]).push(pair.id);
    m.meetings += stats.get(pair.id)?.count ?? 0;
    mentors.set(pair.mentorId, m);
  }
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
  if (input.anonymous && [...mentors.values()].every((m) => m.curatorScore == null))
    problems.push(
      `Опрос удовлетворённости анонимный, поэтому в балл вместо оценок наставляемых входит оценка куратора. Заполните «Оценка куратора (1–10)» на листе «${RANKING.name}» и рассчитайте показатели заново.`,
    );
  placeRows(table.rows, (id, patch) => table.update(id, patch));
  table.save();
  return { rows: [...table.rows].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)), problems };
}

function placeRows(
  rows: readonly RankingRow[],
  update: (id: string, patch: Partial<RankingRow>) => void,
): void {
  const places = placeByTotal(rows.map((r) => ({ id: r.id, score: r.score ?? 0, adjustment: r.adjustment })));
  for (const p of places) update(p.id, { total: p.total, rank: p.rank });
}

export type { RankedMentor } from '../../domain/ranking';

/**
 * For the rewards order and the letters of thanks (documents, 7.2): the best mentors by the one rule
 * (domain/ranking.ts bestMentors), or, when nobody is marked, every ranked mentor of the programme. Empty
 * until the monitoring has been computed.
 */
export function mentorsForReward(ports: Ports): RankedMentor[] {
  return rewardChoice(ports).mentors;
}

/**
 * The best mentors (`marked`: the curator's choice) or else every ranked mentor, both only of pairs/groups
 * still approved. Two reads: Рейтинг наставников and Пары и группы.
 */
export function rewardChoice(ports: Ports): { marked: boolean; mentors: RankedMentor[] } {
  const db = openDatabase(ports);
  const rows = db.ranking.loadIfExists()?.rows ?? [];
  const leading = new Set(
    (db.pairs.loadIfExists()?.rows ?? [])
      .filter((p) => p.status === PAIR_STATUS.approved || p.status === PAIR_STATUS.finished)
      .map((p) => p.mentorId),
  );
  const { best, all } = bestMentors(rows, (id) => leading.has(id));
  return best.length ? { marked: true, mentors: best } : { marked: false, mentors: all };
}
