import { IMPACT_ITEMS, PROCESS_ITEMS, SATISFACTION_ITEMS } from '../../../src/domain/forms/monitoring-items';
import {
  computeIndicators,
  stats,
  type AfterResponse,
  type MonitoringInput,
  type SurveyResponse,
} from '../../../src/domain/monitoring';
import { placeByTotal, scoreMentors } from '../../../src/domain/ranking';

/** Every item of the list rated `v`. */
const all = (items: readonly { key: string }[], v: number) =>
  Object.fromEntries(items.map((i) => [i.key, v]));
const sat = (personId: string, s: number, p: number): SurveyResponse => ({
  personId,
  ratings: { ...all(SATISFACTION_ITEMS, s), ...all(PROCESS_ITEMS, p) },
});
const impact = (personId: string, v: number): SurveyResponse => ({ personId, ratings: all(IMPACT_ITEMS, v) });
const after = (
  personId: string,
  v: number,
  openLessons: number | null,
  publications: number | null,
  competitions: number | null,
  stays: boolean,
): AfterResponse => ({ ...impact(personId, v), openLessons, publications, competitions, stays });

/**
 * Two pairs: P1 = mentor M1 + mentee E1 (young); P2 = mentor M2 + mentees E2 (young) and E3.
 * Satisfaction: each person gives one value to all 5 satisfaction items and one to all 4 process items.
 * E2 answered twice (the first, all 1s, must not count); X is not a participant (ignored).
 */
const INPUT: MonitoringInput = {
  participants: [
    { personId: 'M1', role: 'mentor', pairIds: ['P1'] },
    { personId: 'M2', role: 'mentor', pairIds: ['P2'] },
    { personId: 'E1', role: 'mentee', pairIds: ['P1'], youngTeacher: true },
    { personId: 'E2', role: 'mentee', pairIds: ['P2'], youngTeacher: true },
    { personId: 'E3', role: 'mentee', pairIds: ['P2'], youngTeacher: false },
  ],
  satisfaction: [
    sat('E2', 1, 1),
    sat('M1', 9, 8),
    sat('M2', 7, 6),
    sat('E1', 10, 9),
    sat('E2', 6, 5),
    sat('X', 1, 1),
  ],
  impactBefore: [impact('M1', 7), impact('E1', 4), impact('E2', 5), impact('E3', 6)],
  impactAfter: [
    after('M1', 8, 2, 1, 0, true),
    after('E1', 7, 1, 0, 1, true),
    after('E2', 6, 3, null, 2, false),
    after('M2', 9, 0, 2, 1, true),
  ],
};

describe('monitoring indicators, checked against values computed by hand', () => {
  const ind = computeIndicators(INPUT);

  it('stats: mean, population σ and the share of ratings ≥ 8', () => {
    expect(stats([])).toEqual({ n: 0, mean: null, spread: null, shareHigh: null });
    const s = stats([9, 7, 10, 6]); // deviations 1, −1, 2, −2 → variance (1+1+4+4)/4 = 2.5
    expect(s.n).toBe(4);
    expect(s.mean).toBe(8);
    expect(s.spread).toBeCloseTo(Math.sqrt(2.5), 10);
    expect(s.shareHigh).toBe(0.5);
  });

  it('satisfaction: each role only its own items (mentors 7, mentees 6); mean 8, half ≥ 8; by role', () => {
    const s = ind.sections.satisfaction;
    // Mentors 7×9 + 7×7, mentees 6×10 + 6×6: 208 over 26; σ² = (14·1 + 12·4)/26.
    expect(s.all.n).toBe(26);
    expect(s.all.mean).toBe(8);
    expect(s.all.spread).toBeCloseTo(Math.sqrt(62 / 26), 10);
    expect(s.all.shareHigh).toBe(0.5);
    expect(s.byRole.mentor).toEqual({ n: 14, mean: 8, spread: 1, shareHigh: 0.5 }); // 9 and 7
    expect(s.byRole.mentee).toEqual({ n: 12, mean: 8, spread: 2, shareHigh: 0.5 }); // 10 and 6
    // «Помощь наставника» is asked of mentees only: the mentors' 9 and 7 for it do not count.
    const help = ind.items.find((i) => i.item.key === 'sat_help')!;
    expect(help.all).toMatchObject({ n: 2, mean: 8 });
    expect(help.byRole.mentor.n).toBe(0);
  });

  it('process section: 16 ratings 4×(8, 6, 9, 5): mean 7, σ √2.5, half ≥ 8', () => {
    const p = ind.sections.process.all;
    expect(p.n).toBe(16);
    expect(p.mean).toBe(7);
    expect(p.spread).toBeCloseTo(Math.sqrt(2.5), 10);
    expect(p.shareHigh).toBe(0.5);
  });

  it('by item: one rating per respondent', () => {
    const overall = ind.items.find((i) => i.item.key === 'sat_overall')!;
    expect(overall.all).toMatchObject({ n: 4, mean: 8, shareHigh: 0.5 });
    expect(overall.byRole.mentee.mean).toBe(8);
    expect(ind.items).toHaveLength(SATISFACTION_ITEMS.length + PROCESS_ITEMS.length);
  });

  it('impact before → after; an item of both roles 5.5 → 7.5 (+2), by role 7 → 8.5 and 5 → 6.5', () => {
    // Mentors rate 6 items, mentees 7. Before: 6·7 + 7·(4 + 5 + 6) = 147 over 27; after: 6·8 + 7·7 + 7·6 + 6·9
    // = 193 over 26.
    expect(ind.impactOverall.before).toBeCloseTo(147 / 27, 10);
    expect(ind.impactOverall.after).toBeCloseTo(193 / 26, 10);
    const community = ind.impact.find((i) => i.item.key === 'imp_community')!;
    expect(community.before.mean).toBe(5.5);
    expect(community.after.mean).toBe(7.5);
    expect(community.change).toBe(2);
    expect(community.byRole.mentor).toEqual({ before: 7, after: 8.5, change: 1.5 });
    expect(community.byRole.mentee).toEqual({ before: 5, after: 6.5, change: 1.5 });
    // «Планирование уроков» is the mentees' item only.
    const planning = ind.impact.find((i) => i.item.key === 'imp_planning')!;
    expect(planning.byRole.mentor).toEqual({ before: null, after: null, change: null });
    expect(planning.change).toBe(1.5); // 5 → 6.5
    expect(ind.sections.impactAfter.all.shareHigh).toBe(12 / 26); // the mentors' 8s and 9s
  });

  it('by pair: the members’ ratings and their mean personal gain', () => {
    const p1 = ind.pairs.find((p) => p.pairId === 'P1')!;
    expect(p1.rating.n).toBe(21);
    expect(p1.rating.mean).toBeCloseTo(191 / 21, 10); // M1 7×9 + 4×8, E1 6×10 + 4×9
    expect(p1.impactChange).toBe(2); // M1 +1, E1 +3
    const p2 = ind.pairs.find((p) => p.pairId === 'P2')!;
    expect(p2.rating.mean).toBeCloseTo(129 / 21, 10); // M2 7×7 + 4×6, E2 6×6 + 4×5
    expect(p2.impactChange).toBe(1); // only E2 answered both
  });

  it('response rate: 4 of 5 participants in each survey; the outsider is not counted', () => {
    expect(ind.responseRate.satisfaction).toEqual({
      answered: 4,
      participants: 5,
      rate: 0.8,
      byRole: { mentor: { answered: 2, participants: 2 }, mentee: { answered: 2, participants: 3 } },
    });
    expect(ind.responseRate.impactBefore.rate).toBe(0.8);
    expect(ind.responseRate.impactAfter.rate).toBe(0.8);
  });

  it('counted outcomes and retained young teachers', () => {
    expect(ind.outcomes).toMatchObject({
      openLessons: 6,
      publications: 3,
      competitions: 4,
      youngTeachers: 2,
      youngRetained: 1,
    });
  });
});

describe('best mentors', () => {
  it('score = 0.5·S + 0.3·(5 + G) + 0.2·M, checked by hand', () => {
    const scores = scoreMentors(
      [
        { mentorId: 'M1', fullName: 'Смирнова Ольга Викторовна', pairIds: ['P1'], meetings: 6 },
        { mentorId: 'M2', fullName: 'Кузнецов Андрей Петрович', pairIds: ['P2'], meetings: 10 },
      ],
      INPUT,
    );
    // M1: S = 96/10 (E1: 6×10 + 4×9), G = 3 → 8, M = 10·6/8 = 7.5 → 4.8 + 2.4 + 1.5 = 8.7
    expect(scores[0]).toEqual({
      mentorId: 'M1',
      fullName: 'Смирнова Ольга Викторовна',
      meetings: 6,
      satisfaction: 9.6,
      impactGain: 3,
      score: 8.7,
    });
    // M2: S = 56/10 (E2; E3 did not answer), G = 1 → 6, M = min(10, 12.5) → 2.8 + 1.8 + 2 = 6.6
    expect(scores[1].score).toBe(6.6);
  });

  it('the curator’s adjustment moves a mentor; equal totals share a place', () => {
    expect(
      placeByTotal([
        { id: 'M1', score: 8.68, adjustment: null },
        { id: 'M2', score: 6.58, adjustment: 2.1 },
        { id: 'M3', score: 9, adjustment: -2 },
      ]),
    ).toEqual([
      { id: 'M1', total: 8.68, rank: 1 },
      { id: 'M2', total: 8.68, rank: 1 },
      { id: 'M3', total: 7, rank: 3 },
    ]);
  });
});
