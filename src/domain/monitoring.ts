import {
  IMPACT_ITEMS,
  PROCESS_ITEMS,
  SATISFACTION_ITEMS,
  type MonitoringItem,
} from './forms/programme-forms';

/**
 * The monitoring indicators of stage 7.1, as the methodology of the target mentoring model asks: for each
 * 1–10 item the mean and the spread, by item, by role and by pair; the change of the impact items before →
 * after; the share of ratings of 8 and above; the response rate; and the counted outcomes of the year.
 * Pure arithmetic on answers already linked to participants; the services do the reading.
 *
 * Definitions (checked by hand in tests/unit/domain/monitoring.test.ts):
 * - mean: arithmetic mean of all ratings in the group; spread: population standard deviation σ of the same
 *   ratings; shareHigh: ratings ≥ 8 divided by all ratings (0…1).
 * - a person who answered a questionnaire twice counts with the last answer.
 * - change of an impact item: mean after − mean before (each over everyone who answered that survey).
 * - response rate: participants who answered / participants of the approved pairs.
 */

export type Role = 'mentor' | 'mentee';
export const ROLES: readonly Role[] = ['mentor', 'mentee'];
export const ROLE_LABEL: Record<Role, string> = { mentor: 'наставники', mentee: 'наставляемые' };

export interface Participant {
  personId: string;
  role: Role;
  /** Approved pairs/groups the person is in (a mentor may have several). */
  pairIds: string[];
  /** Mentees: a young teacher (first three years), for «retained young teachers». */
  youngTeacher?: boolean;
}

export interface SurveyResponse {
  personId: string;
  /** Item key → rating 1–10 (missing items are left out). */
  ratings: Record<string, number>;
}

export interface AfterResponse extends SurveyResponse {
  openLessons: number | null;
  publications: number | null;
  competitions: number | null;
  /** Plans to keep working at the school next year. */
  stays: boolean;
}

export interface MonitoringInput {
  participants: readonly Participant[];
  /** Satisfaction and process items (one questionnaire). */
  satisfaction: readonly SurveyResponse[];
  impactBefore: readonly SurveyResponse[];
  impactAfter: readonly AfterResponse[];
}

export interface Stats {
  /** Number of ratings. */
  n: number;
  mean: number | null;
  spread: number | null;
  /** Share of ratings ≥ 8, 0…1. */
  shareHigh: number | null;
}

type SectionKey = 'satisfaction' | 'process' | 'impactBefore' | 'impactAfter';
type SurveyName = 'satisfaction' | 'impactBefore' | 'impactAfter';

interface ItemIndicator {
  section: 'satisfaction' | 'process';
  item: MonitoringItem;
  all: Stats;
  byRole: Record<Role, Stats>;
}

interface ImpactIndicator {
  item: MonitoringItem;
  before: Stats;
  after: Stats;
  change: number | null;
  byRole: Record<Role, { before: number | null; after: number | null; change: number | null }>;
}

interface PairIndicator {
  pairId: string;
  /** Satisfaction and process ratings of the pair's members. */
  rating: Stats;
  impactChange: number | null;
}

export interface ResponseRate {
  answered: number;
  participants: number;
  /** 0…1, null without participants. */
  rate: number | null;
}

interface Outcomes {
  openLessons: number;
  publications: number;
  competitions: number;
  /** Young teachers among the mentees of the approved pairs. */
  youngTeachers: number;
  /** Of them, those who answered in May that they stay at the school. */
  youngRetained: number;
}

export interface MonitoringIndicators {
  items: ItemIndicator[];
  sections: Record<SectionKey, { all: Stats; byRole: Record<Role, Stats> }>;
  impact: ImpactIndicator[];
  /** All impact items together: mean before, after and the change. */
  impactOverall: { before: number | null; after: number | null; change: number | null };
  pairs: PairIndicator[];
  responseRate: Record<SurveyName, ResponseRate>;
  outcomes: Outcomes;
}

const HIGH_RATING = 8;

export function stats(values: readonly number[]): Stats {
  const n = values.length;
  if (!n) return { n: 0, mean: null, spread: null, shareHigh: null };
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
  return {
    n,
    mean,
    spread: Math.sqrt(variance),
    shareHigh: values.filter((v) => v >= HIGH_RATING).length / n,
  };
}

const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);

/** The last answer of each participant; answers of people outside the approved pairs are dropped. */
function latestByPerson<T extends SurveyResponse>(
  responses: readonly T[],
  participants: ReadonlyMap<string, Participant>,
): T[] {
  const out = new Map<string, T>();
  for (const r of responses) if (participants.has(r.personId)) out.set(r.personId, r);
  return [...out.values()];
}

function ratingsOf(responses: readonly SurveyResponse[], items: readonly MonitoringItem[]): number[] {
  return responses.flatMap((r) =>
    items.map((i) => r.ratings[i.key]).filter((v): v is number => typeof v === 'number'),
  );
}

function byRole(
  responses: readonly SurveyResponse[],
  people: ReadonlyMap<string, Participant>,
  items: readonly MonitoringItem[],
): Record<Role, Stats> {
  const of = (role: Role) =>
    stats(
      ratingsOf(
        responses.filter((r) => people.get(r.personId)?.role === role),
        items,
      ),
    );
  return { mentor: of('mentor'), mentee: of('mentee') };
}

function section(
  responses: readonly SurveyResponse[],
  people: ReadonlyMap<string, Participant>,
  items: readonly MonitoringItem[],
) {
  return { all: stats(ratingsOf(responses, items)), byRole: byRole(responses, people, items) };
}

/** Mean of a person's impact ratings (all items), or null without any. */
function personImpact(r: SurveyResponse | undefined): number | null {
  return r ? stats(ratingsOf([r], IMPACT_ITEMS)).mean : null;
}

export function computeIndicators(input: MonitoringInput): MonitoringIndicators {
  const people = new Map(input.participants.map((p) => [p.personId, p]));
  const sat = latestByPerson(input.satisfaction, people);
  const before = latestByPerson(input.impactBefore, people);
  const after = latestByPerson(input.impactAfter, people);

  const items: ItemIndicator[] = [
    ...SATISFACTION_ITEMS.map((item) => ({ section: 'satisfaction' as const, item })),
    ...PROCESS_ITEMS.map((item) => ({ section: 'process' as const, item })),
  ].map(({ section: s, item }) => ({
    section: s,
    item,
    all: stats(ratingsOf(sat, [item])),
    byRole: byRole(sat, people, [item]),
  }));

  const impact: ImpactIndicator[] = IMPACT_ITEMS.map((item) => {
    const b = stats(ratingsOf(before, [item]));
    const a = stats(ratingsOf(after, [item]));
    const roleB = byRole(before, people, [item]);
    const roleA = byRole(after, people, [item]);
    const role = (r: Role) => ({
      before: roleB[r].mean,
      after: roleA[r].mean,
      change: diff(roleA[r].mean, roleB[r].mean),
    });
    return {
      item,
      before: b,
      after: a,
      change: diff(a.mean, b.mean),
      byRole: { mentor: role('mentor'), mentee: role('mentee') },
    };
  });
  const overallBefore = stats(ratingsOf(before, IMPACT_ITEMS)).mean;
  const overallAfter = stats(ratingsOf(after, IMPACT_ITEMS)).mean;

  const pairIds = [...new Set(input.participants.flatMap((p) => p.pairIds))];
  const beforeBy = new Map(before.map((r) => [r.personId, r]));
  const afterBy = new Map(after.map((r) => [r.personId, r]));
  const pairs: PairIndicator[] = pairIds.map((pairId) => {
    const members = new Set(
      input.participants.filter((p) => p.pairIds.includes(pairId)).map((p) => p.personId),
    );
    const gains = [...members]
      .map((id) => diff(personImpact(afterBy.get(id)), personImpact(beforeBy.get(id))))
      .filter((g): g is number => g !== null);
    return {
      pairId,
      rating: stats(
        ratingsOf(
          sat.filter((r) => members.has(r.personId)),
          [...SATISFACTION_ITEMS, ...PROCESS_ITEMS],
        ),
      ),
      impactChange: stats(gains).mean,
    };
  });

  const rate = (answers: readonly SurveyResponse[]): ResponseRate => ({
    answered: answers.length,
    participants: people.size,
    rate: people.size ? answers.length / people.size : null,
  });

  const young = input.participants.filter((p) => p.role === 'mentee' && p.youngTeacher);
  const sum = (k: 'openLessons' | 'publications' | 'competitions') =>
    after.reduce((n, r) => n + (r[k] ?? 0), 0);

  return {
    items,
    sections: {
      satisfaction: section(sat, people, SATISFACTION_ITEMS),
      process: section(sat, people, PROCESS_ITEMS),
      impactBefore: section(before, people, IMPACT_ITEMS),
      impactAfter: section(after, people, IMPACT_ITEMS),
    },
    impact,
    impactOverall: { before: overallBefore, after: overallAfter, change: diff(overallAfter, overallBefore) },
    pairs,
    responseRate: { satisfaction: rate(sat), impactBefore: rate(before), impactAfter: rate(after) },
    outcomes: {
      openLessons: sum('openLessons'),
      publications: sum('publications'),
      competitions: sum('competitions'),
      youngTeachers: young.length,
      youngRetained: young.filter((p) => afterBy.get(p.personId)?.stays).length,
    },
  };
}

/** Personal gain of each participant who answered both impact surveys: mean after − mean before. */
export function impactGains(input: MonitoringInput): Map<string, number> {
  const people = new Map(input.participants.map((p) => [p.personId, p]));
  const before = new Map(latestByPerson(input.impactBefore, people).map((r) => [r.personId, r]));
  const out = new Map<string, number>();
  for (const r of latestByPerson(input.impactAfter, people)) {
    const g = diff(personImpact(r), personImpact(before.get(r.personId)));
    if (g !== null) out.set(r.personId, g);
  }
  return out;
}

/** Mean of each participant's satisfaction and process ratings. */
export function satisfactionOf(input: MonitoringInput): Map<string, number> {
  const people = new Map(input.participants.map((p) => [p.personId, p]));
  const out = new Map<string, number>();
  for (const r of latestByPerson(input.satisfaction, people)) {
    const m = stats(ratingsOf([r], [...SATISFACTION_ITEMS, ...PROCESS_ITEMS])).mean;
    if (m !== null) out.set(r.personId, m);
  }
  return out;
}
