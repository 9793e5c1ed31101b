import { impactGains, satisfactionOf, type MonitoringInput } from './monitoring';

/**
 * Best mentors (7.2): a score from what the year shows, which the curator corrects by hand before the rewards
 * order and the letters. Each part is on a 0–10 scale:
 * - S: the mean satisfaction and process rating given by the mentor's mentees (1–10);
 * - G: the mentees' mean impact gain (after − before), shifted to 5 + G and kept within 0…10;
 * - M: meetings per pair/group against the plan of one a month (8 from October to May), at most 10.
 * score = 0.5·S + 0.3·(5 + G) + 0.2·M; a part without data counts as 0 (no answers, no credit).
 *
 * When the school ran the satisfaction survey anonymously, no rating can be tied to a mentor: S is then the
 * curator's own assessment of the mentor (1–10, «Оценка куратора»), so the score rests on named facts only —
 * the curator's assessment, the mentees' named self-assessments before and after, and the meetings held.
 */

export const PLANNED_MEETINGS_PER_PAIR = 8;
const WEIGHTS = { satisfaction: 0.5, impact: 0.3, meetings: 0.2 } as const;

export interface MentorFacts {
  mentorId: string;
  fullName: string;
  pairIds: readonly string[];
  meetings: number;
  /** The curator's assessment 1–10, or null when not given (or not within 1…10). */
  curatorScore?: number | null;
}

export interface MentorScore {
  mentorId: string;
  fullName: string;
  meetings: number;
  /** Mentees' mean satisfaction, or null when none answered (always null in an anonymous survey). */
  satisfaction: number | null;
  /** Mentees' mean impact gain, or null. */
  impactGain: number | null;
  score: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function scoreMentors(mentors: readonly MentorFacts[], input: MonitoringInput): MentorScore[] {
  const sat = satisfactionOf(input);
  const gains = impactGains(input);
  return mentors.map((m) => {
    const mentees = input.participants
      .filter((p) => p.role === 'mentee' && p.pairIds.some((id) => m.pairIds.includes(id)))
      .map((p) => p.personId);
    const s = input.anonymous ? null : mean(mentees.flatMap((id) => (sat.has(id) ? [sat.get(id)!] : [])));
    const first = input.anonymous ? (m.curatorScore ?? null) : s;
    const g = mean(mentees.flatMap((id) => (gains.has(id) ? [gains.get(id)!] : [])));
    const perPair = m.pairIds.length ? m.meetings / m.pairIds.length : 0;
    const meetingsPart = Math.min(10, (10 * perPair) / PLANNED_MEETINGS_PER_PAIR);
    const impactPart = g === null ? 0 : Math.max(0, Math.min(10, 5 + g));
    const score =
      WEIGHTS.satisfaction * (first ?? 0) + WEIGHTS.impact * impactPart + WEIGHTS.meetings * meetingsPart;
    return {
      mentorId: m.mentorId,
      fullName: m.fullName,
      meetings: m.meetings,
      satisfaction: s === null ? null : round2(s),
      impactGain: g === null ? null : round2(g),
      score: round2(score),
    };
  });
}

/**
 * Total = score + the curator's adjustment; places by total, descending, equal totals sharing a place
 * (1, 1, 3). Returns the ids in order with their total and place.
 */
export function placeByTotal(
  rows: readonly { id: string; score: number; adjustment: number | null }[],
): { id: string; total: number; rank: number }[] {
  const totals = rows
    .map((r) => ({ id: r.id, total: round2(r.score + (r.adjustment ?? 0)) }))
    .sort((a, b) => b.total - a.total);
  return totals.map((r, i) => ({
    ...r,
    rank: totals.findIndex((x) => x.total === r.total) + 1 || i + 1,
  }));
}

/** A row of Рейтинг наставников as the rule for best mentors reads it. */
export interface RankedRow {
  id: string;
  fullName: string | null;
  score: number | null;
  adjustment: number | null;
  reward: boolean | null;
}

export interface RankedMentor {
  mentorId: string;
  fullName: string;
  rank: number;
}

/**
 * The one rule for «лучшие наставники», wherever they are named (the final report, the public page and the
 * news, the rewards order, the letters of thanks): the mentors the curator marked «Поощрить», who still lead a
 * pair or group of the programme, by place (the total with the curator's correction). When nobody is marked,
 * nobody is called best. `all` is every ranked mentor of the programme by place, for the ranking's own view.
 */
export function bestMentors(
  rows: readonly RankedRow[],
  inProgramme: (mentorId: string) => boolean,
): { best: RankedMentor[]; all: RankedMentor[] } {
  const places = new Map(
    placeByTotal(rows.map((r) => ({ id: r.id, score: r.score ?? 0, adjustment: r.adjustment }))).map((p) => [
      p.id,
      p.rank,
    ]),
  );
  const all = rows
    .filter((r) => inProgramme(r.id))
    .map((r) => ({
      mentorId: r.id,
      fullName: r.fullName ?? '',
      rank: places.get(r.id) ?? 0,
      reward: r.reward,
    }))
    .sort((a, b) => a.rank - b.rank);
  const strip = ({ mentorId, fullName, rank }: RankedMentor) => ({ mentorId, fullName, rank });
  return { best: all.filter((m) => m.reward === true).map(strip), all: all.map(strip) };
}
