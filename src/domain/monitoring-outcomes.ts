import { GOALS, STUDENT_RESULTS, SWOT, type SwotKey } from './forms/monitoring-items';
import type { Audience } from './forms/types';
import { CATEGORIES } from './schema/sheets';

/**
 * The monitoring's answers that are not ratings (Р-145's impact indicators and the May SWOT): counted outcomes
 * of the year, attestation and a rise of the qualification category, the students' results, whether the
 * individual plans' goals were reached, and the SWOT answers laid out by quadrant. Pure.
 */

/** What the May satisfaction form and the curator's form add to the ratings. */
export interface SatisfactionFacts {
  /** One of GOALS, or null when not answered. */
  goals?: string | null;
  swot?: Partial<Record<SwotKey, string>>;
}

/** What the after-survey adds to the ratings. */
export interface AfterFacts {
  openLessons: number | null;
  publications: number | null;
  competitions: number | null;
  /** Plans to keep working at the school next year. */
  stays: boolean;
  /** Went through attestation this year. */
  attested?: boolean | null;
  /** The category the participant holds now (one of CATEGORIES). */
  categoryNow?: string | null;
  /** One of STUDENT_RESULTS. */
  studentResults?: string | null;
}

type Role = Audience;
type Counts = Record<string, number>;

export interface Outcomes {
  openLessons: number;
  publications: number;
  competitions: number;
  /** Young teachers among the mentees of the approved pairs. */
  youngTeachers: number;
  /** Of them, those who answered in May that they stay at the school. */
  youngRetained: number;
  /** Participants who went through attestation this year. */
  attested: number;
  /** Participants whose category now ranks above the one in their questionnaire. */
  categoryRaised: number;
  /** Participants whose category change can be told (both known). */
  categoryKnown: number;
  /** Answers about the students' results, by role and answer. */
  students: Record<Role, Counts>;
  /** Answers about the plan's goals, by role and answer. */
  goals: Record<Role, Counts>;
  /** The SWOT answers by quadrant: the participants' and the curator's, without names, repeats once. */
  swot: Record<SwotKey, { participants: string[]; curator: string[] }>;
}

interface Person {
  personId: string;
  role: Role;
  youngTeacher?: boolean;
  category?: string | null;
}

type Answer<T> = T & { personId: string | null; role: Role };

/** Attestation outcomes in rising order; «педагог-методист» and «педагог-наставник» stand above «высшая». */
export function categoryRank(category: string | null | undefined): number | null {
  const at = CATEGORIES.indexOf((category ?? '') as (typeof CATEGORIES)[number]);
  if (at < 0) return null;
  return Math.min(at, CATEGORIES.indexOf('педагог-методист'));
}

const tally = (answers: readonly (string | null | undefined)[], options: readonly string[]): Counts =>
  Object.fromEntries(options.map((o) => [o, answers.filter((a) => a === o).length]));

/** Answers as typed, trimmed, each text once, in the order they came. */
function texts(answers: readonly (SatisfactionFacts | undefined)[], key: SwotKey): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of answers) {
    const text = (a?.swot?.[key] ?? '').replace(/\s+/g, ' ').trim();
    const norm = text.toLowerCase().replace(/[.!;,]+$/, '');
    if (!text || seen.has(norm)) continue;
    seen.add(norm);
    out.push(text);
  }
  return out;
}

export function yearOutcomes(
  people: readonly Person[],
  satisfaction: readonly Answer<SatisfactionFacts>[],
  after: readonly Answer<AfterFacts>[],
  curator: readonly SatisfactionFacts[],
): Outcomes {
  const afterBy = new Map(after.filter((r) => r.personId !== null).map((r) => [r.personId, r]));
  const young = people.filter((p) => p.role === 'mentee' && p.youngTeacher);
  const sum = (k: 'openLessons' | 'publications' | 'competitions') =>
    after.reduce((n, r) => n + (r[k] ?? 0), 0);
  const changes = people.flatMap((p) => {
    const was = categoryRank(p.category);
    const now = categoryRank(afterBy.get(p.personId)?.categoryNow);
    return was === null || now === null ? [] : [now - was];
  });
  const byRole = <T>(
    rows: readonly Answer<T>[],
    pick: (r: T) => string | null | undefined,
    options: string[],
  ) =>
    ({
      mentor: tally(rows.filter((r) => r.role === 'mentor').map(pick), options),
      mentee: tally(rows.filter((r) => r.role === 'mentee').map(pick), options),
    }) as Record<Role, Counts>;
  return {
    openLessons: sum('openLessons'),
    publications: sum('publications'),
    competitions: sum('competitions'),
    youngTeachers: young.length,
    youngRetained: young.filter((p) => afterBy.get(p.personId)?.stays).length,
    attested: after.filter((r) => r.attested === true).length,
    categoryRaised: changes.filter((c) => c > 0).length,
    categoryKnown: changes.length,
    students: byRole(after, (r) => r.studentResults, STUDENT_RESULTS),
    goals: byRole(satisfaction, (r) => r.goals, GOALS),
    swot: Object.fromEntries(
      SWOT.map((q) => [q.key, { participants: texts(satisfaction, q.key), curator: texts(curator, q.key) }]),
    ) as Outcomes['swot'],
  };
}

/** The share of plans whose goals were reached fully or mostly, among the answers (null without any). */
export function goalsReachedShare(counts: Counts): number | null {
  const answered = GOALS.reduce((n, g) => n + (counts[g] ?? 0), 0);
  return answered ? ((counts[GOALS[0]] ?? 0) + (counts[GOALS[1]] ?? 0)) / answered : null;
}
