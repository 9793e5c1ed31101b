import {
  IMPACT_ITEMS,
  PROCESS_ITEMS,
  SATISFACTION_ITEMS,
  type MonitoringItem,
} from './forms/monitoring-items';
import { CURATOR_ITEMS } from './forms/curator-items';
import type { Audience } from './forms/types';
import { yearOutcomes, type AfterFacts, type Outcomes, type SatisfactionFacts } from './monitoring-outcomes';

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
 * - an item counts only from the role it is asked of (each role has its own questionnaire).
 * - an anonymous answer (the school ran the satisfaction survey without e-mails) has no person: it counts in
 *   the means by its form's role, never in a pair's or a mentor's figures.
 */

export type Role = Audience;
export const ROLES: readonly Role[] = ['mentor', 'mentee'];
export const ROLE_LABEL: Record<Role, string> = { mentor: 'наставники', mentee: 'наставляемые' };

export interface Participant {
  personId: string;
  role: Role;
  /** Approved pairs/groups the person is in (a mentor may have several). */
  pairIds: string[];
  /** Mentees: a young teacher (first three years), for «retained young teachers». */
  youngTeacher?: boolean;
  /** The qualification category the base holds from the participant's questionnaire (2.1 / 3.1). */
  category?: string | null;
}

export interface SurveyResponse {
  /** Null for an anonymous answer: no e-mail, so no person. */
  personId: string | null;
  /** The role of the form answered; when absent, the participant's role. */
  role?: Role;
  /** Item key → rating 1–10 (missing items are left out). */
  ratings: Record<string, number>;
}

export type SatisfactionResponse = SurveyResponse & SatisfactionFacts;
export type AfterResponse = SurveyResponse & AfterFacts;

export interface MonitoringInput {
  participants: readonly Participant[];
  /** Satisfaction and process items, the plan's goals and the SWOT answers (a form per role). */
  satisfaction: readonly SatisfactionResponse[];
  impactBefore: readonly SurveyResponse[];
  impactAfter: readonly AfterResponse[];
  /** The curator's questionnaire: conditions rated 1–10 and the SWOT answers. */
  curator?: readonly SatisfactionResponse[];
  /** The satisfaction survey ran without e-mails (the school's choice). */
  anonymous?: boolean;
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
  /** The same by role. */
  byRole?: Record<Role, { answered: number; participants: number }>;
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
  /** The curator's ratings of the programme's conditions, by item. */
  curator: { item: MonitoringItem; stats: Stats }[];
  anonymous: boolean;
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

/**
 * The last answer of each participant, with its role settled; answers of people outside the approved pairs are
 * dropped. Anonymous answers all count (nothing tells two of them apart).
 */
function latestByPerson<T extends SurveyResponse>(
  responses: readonly T[],
  participants: ReadonlyMap<string, Participant>,
): (T & { role: Role })[] {
  const out = new Map<string, T & { role: Role }>();
  responses.forEach((r, i) => {
    if (r.personId === null) {
      if (r.role) out.set(`anonymous:${i}`, { ...r, role: r.role });
      return;
    }
    const person = participants.get(r.personId);
    if (person) out.set(r.personId, { ...r, role: r.role ?? person.role });
  });
  return [...out.values()];
}

type Settled = SurveyResponse & { role: Role };

/** The ratings of the items, each only from the role it is asked of (an item with no wording: from anyone). */
function ratingsOf(responses: readonly Settled[], items: readonly MonitoringItem[]): number[] {
  return responses.flatMap((r) =>
    items
      .filter((i) => !Object.keys(i.ask).length || i.ask[r.role])
      .map((i) => r.ratings[i.key])
      .filter((v): v is number => typeof v === 'number'),
  );
}

function byRole(responses: readonly Settled[], items: readonly MonitoringItem[]): Record<Role, Stats> {
  const of = (role: Role) =>
    stats(
      ratingsOf(
        responses.filter((r) => r.role === role),
        items,
      ),
    );
  return { mentor: of('mentor'), mentee: of('mentee') };
}

function section(responses: readonly Settled[], items: readonly MonitoringItem[]) {
  return { all: stats(ratingsOf(responses, items)), byRole: byRole(responses, items) };
}

/** Mean of a person's impact ratings (all items), or null without any. */
function personImpact(r: Settled | undefined): number | null {
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
    byRole: byRole(sat, [item]),
  }));

  const impact: ImpactIndicator[] = IMPACT_ITEMS.map((item) => {
    const b = stats(ratingsOf(before, [item]));
    const a = stats(ratingsOf(after, [item]));
    const roleB = byRole(before, [item]);
    const roleA = byRole(after, [item]);
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
  const named = sat.filter((r) => r.personId !== null);
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
          named.filter((r) => members.has(r.personId!)),
          [...SATISFACTION_ITEMS, ...PROCESS_ITEMS],
        ),
      ),
      impactChange: stats(gains).mean,
    };
  });

  const everyone = [...people.values()];
  const rate = (answers: readonly Settled[]): ResponseRate => {
    const role = (r: Role) => ({
      answered: answers.filter((a) => a.role === r).length,
      participants: everyone.filter((p) => p.role === r).length,
    });
    return {
      answered: answers.length,
      participants: people.size,
      rate: people.size ? Math.min(1, answers.length / people.size) : null,
      byRole: { mentor: role('mentor'), mentee: role('mentee') },
    };
  };
  const curatorAnswers = latestCurator(input.curator ?? []);

  return {
    items,
    sections: {
      satisfaction: section(sat, SATISFACTION_ITEMS),
      process: section(sat, PROCESS_ITEMS),
      impactBefore: section(before, IMPACT_ITEMS),
      impactAfter: section(after, IMPACT_ITEMS),
    },
    impact,
    impactOverall: { before: overallBefore, after: overallAfter, change: diff(overallAfter, overallBefore) },
    pairs,
    responseRate: { satisfaction: rate(sat), impactBefore: rate(before), impactAfter: rate(after) },
    outcomes: yearOutcomes(everyone, sat, after, curatorAnswers),
    curator: CURATOR_ITEMS.map((item) => ({
      item,
      stats: stats(
        curatorAnswers.flatMap((r) => (typeof r.ratings[item.key] === 'number' ? [r.ratings[item.key]] : [])),
      ),
    })),
    anonymous: !!input.anonymous,
  };
}

/** The curator's last answer counts (a curator may correct it); several curators each count once. */
function latestCurator(answers: readonly SatisfactionResponse[]): SatisfactionResponse[] {
  const out = new Map<string, SatisfactionResponse>();
  answers.forEach((r, i) => out.set(r.personId ?? `anonymous:${i}`, r));
  return [...out.values()];
}

/** Personal gain of each participant who answered both impact surveys: mean after − mean before. */
export function impactGains(input: MonitoringInput): Map<string, number> {
  const people = new Map(input.participants.map((p) => [p.personId, p]));
  const before = new Map(latestByPerson(input.impactBefore, people).map((r) => [r.personId, r]));
  const out = new Map<string, number>();
  for (const r of latestByPerson(input.impactAfter, people)) {
    if (r.personId === null) continue;
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
    if (r.personId === null) continue;
    const m = stats(ratingsOf([r], [...SATISFACTION_ITEMS, ...PROCESS_ITEMS])).mean;
    if (m !== null) out.set(r.personId, m);
  }
  return out;
}
