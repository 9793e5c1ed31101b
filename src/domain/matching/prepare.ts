import { normalizeEmail } from '../format/values';
import { maximumMatching } from './cardinality';
import { DEFAULT_EXPERIENCE_GAP_YEARS, resolveWeights, Scoring, weightVector } from './score';
import type { MatchOptions, MenteeCandidate, MentorCandidate, Weights } from './types';

/** Up to this many (mentor, mentee) pairs the solver takes the whole graph by default. */
const FULL_GRAPH_LIMIT = 500_000;
export const DEFAULT_CANDIDATES_PER_MENTEE = 20;

/** Code-point order: the same on every machine and locale. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byId = (a: { id: string }, b: { id: string }) => compare(a.id, b.id);

/**
 * The order the solver sees people in, which decides between equally good assignments: by e-mail (what a
 * person answered, the same in every workbook), then by id for those without one. Row ids are random per
 * workbook, so ordering by them made the same answers give different pairs (14 or 15 groups) in two workbooks.
 */
const byStableKey = (a: { id: string; email?: string }, b: { id: string; email?: string }): number => {
  const ka = normalizeEmail(a.email ?? '');
  const kb = normalizeEmail(b.email ?? '');
  if (ka !== kb) return ka === '' ? 1 : kb === '' ? -1 : compare(ka, kb);
  return byId(a, b);
};

/**
 * The matching problem after the hard rules: mentors and mentees sorted by id, locked pairs set aside, the
 * remaining capacities, and for each free mentee its allowed mentors (the best k when sparsified) with scores.
 */
export interface Problem {
  mentors: MentorCandidate[];
  mentees: MenteeCandidate[];
  weights: Weights;
  gapYears: number;
  /** Locked pairs as (mentor index, mentee index), sorted by mentor then mentee. */
  locked: [number, number][];
  /** Capacity left after the locked pairs, per mentor. */
  free: Int32Array;
  /** Mentee indices the solver assigns (not locked). */
  pool: number[];
  /** CSR over `pool` positions: candidate mentor indices and scores in hundredths, best first. */
  start: Int32Array;
  to: Int32Array;
  score: Int32Array;
  /** Allowed mentors per mentee before sparsification (all mentees). */
  allowed: Int32Array;
  /** Highest score a pair can have, in hundredths. */
  maxScore: number;
  candidatesPerMentee: number | null;
  /** Scores any (mentor index, mentee index) pair. */
  scoring: Scoring;
  warnings: string[];
  isAllowed: (mentor: number, mentee: number) => boolean;
  sameSubjectOnly: boolean;
  forbidden: Set<string>;
  objective: 'coverage' | 'score';
}

const pairKey = (mentorId: string, menteeId: string) => `${mentorId}\u0000${menteeId}`;

function unique<T extends { id: string; email?: string }>(
  items: readonly T[],
  what: string,
  warnings: string[],
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  // Duplicated ids are reported in id order; the survivors are then put in stable-key order.
  for (const item of [...items].sort(byId)) {
    if (seen.has(item.id)) {
      warnings.push(`${what} с кодом ${item.id} встречается несколько раз: учтён один раз.`);
      continue;
    }
    seen.add(item.id);
    out.push(item);
  }
  return out.sort(byStableKey);
}

export function effectiveCapacity(capacity: number | null | undefined, cap: number | undefined): number {
  const raw =
    capacity === null || capacity === undefined || !Number.isFinite(Number(capacity)) ? 1 : capacity;
  const c = Math.max(0, Math.floor(Number(raw)));
  return cap !== undefined && Number.isFinite(cap) ? Math.min(c, Math.max(0, Math.floor(cap))) : c;
}

export function prepare(
  mentorsIn: readonly MentorCandidate[],
  menteesIn: readonly MenteeCandidate[],
  options: MatchOptions,
): Problem {
  const warnings: string[] = [];
  const mentors = unique(mentorsIn, 'Наставник', warnings);
  const mentees = unique(menteesIn, 'Наставляемый', warnings);
  const weights = resolveWeights(options.weights);
  const w = weightVector(weights);
  const gapYears =
    options.experienceGapYears && options.experienceGapYears > 0
      ? options.experienceGapYears
      : DEFAULT_EXPERIENCE_GAP_YEARS;
  const sameSubjectOnly = options.sameSubjectOnly === true;
  const forbidden = new Set((options.forbidden ?? []).map((p) => pairKey(p.mentorId, p.menteeId)));
  const mentorIndex = new Map(mentors.map((m, j) => [m.id, j]));
  const menteeIndex = new Map(mentees.map((t, i) => [t.id, i]));

  const scoring = new Scoring(mentors, mentees, gapYears);
  const mentorEmail = mentors.map((m) => normalizeEmail(m.email ?? ''));
  const menteeEmail = mentees.map((t) => normalizeEmail(t.email ?? ''));

  const isSelf = (j: number, i: number) =>
    mentors[j].id === mentees[i].id || (mentorEmail[j] !== '' && mentorEmail[j] === menteeEmail[i]);
  // The few mentors each mentee may not have (themselves, forbidden pairs), found once by id and e-mail
  // rather than by comparing strings for every pair of the pool.
  const banned = new Map<number, number[]>();
  const ban = (j: number | undefined, i: number | undefined) => {
    if (j === undefined || i === undefined) return;
    const list = banned.get(i);
    if (!list) banned.set(i, [j]);
    else if (!list.includes(j)) list.push(j);
  };
  const mentorsByEmail = new Map<string, number[]>();
  mentorEmail.forEach((e, j) => {
    if (e) mentorsByEmail.set(e, [...(mentorsByEmail.get(e) ?? []), j]);
  });
  mentees.forEach((t, i) => {
    ban(mentorIndex.get(t.id), i);
    for (const j of mentorsByEmail.get(menteeEmail[i]) ?? []) ban(j, i);
  });
  for (const ref of options.forbidden ?? [])
    ban(mentorIndex.get(ref.mentorId), menteeIndex.get(ref.menteeId));
  const isAllowed = (j: number, i: number) =>
    !banned.get(i)?.includes(j) && (!sameSubjectOnly || scoring.sharesSubject(j, i));

  // Locked pairs: kept as they are, counted against capacity.
  const free = Int32Array.from(mentors.map((m) => effectiveCapacity(m.capacity, options.capacityCap)));
  const lockedMentee = new Set<number>();
  const locked: [number, number][] = [];
  // In the solver's order too (unknown people first, by id), so which of two conflicting locks is kept
  // does not depend on random row ids either.
  const position = (index: Map<string, number>, id: string) => index.get(id) ?? -1;
  const lockedRefs = [...(options.locked ?? [])].sort(
    (a, b) =>
      position(menteeIndex, a.menteeId) - position(menteeIndex, b.menteeId) ||
      position(mentorIndex, a.mentorId) - position(mentorIndex, b.mentorId) ||
      compare(a.menteeId, b.menteeId) ||
      compare(a.mentorId, b.mentorId),
  );
  for (const ref of lockedRefs) {
    const j = mentorIndex.get(ref.mentorId);
    const i = menteeIndex.get(ref.menteeId);
    const label = `Закреплённая пара ${ref.mentorId} — ${ref.menteeId}`;
    if (j === undefined || i === undefined) {
      const who = j === undefined ? `наставник ${ref.mentorId}` : `наставляемый ${ref.menteeId}`;
      warnings.push(`${label}: ${who} не участвует в подборе; пара не учтена.`);
      continue;
    }
    if (isSelf(j, i)) {
      warnings.push(`${label}: наставник и наставляемый — один человек; пара не учтена.`);
      continue;
    }
    if (lockedMentee.has(i)) {
      warnings.push(`${label}: наставляемый уже закреплён за другим наставником; пара не учтена.`);
      continue;
    }
    if (forbidden.has(pairKey(ref.mentorId, ref.menteeId)))
      warnings.push(`${label} одновременно запрещена; оставлена закреплённой.`);
    lockedMentee.add(i);
    locked.push([j, i]);
    free[j]--;
  }
  for (let j = 0; j < mentors.length; j++) {
    if (free[j] < 0) {
      warnings.push(
        `Наставник ${mentors[j].id}: закреплённых наставляемых больше, чем допускает его нагрузка; закреплённые оставлены.`,
      );
      free[j] = 0;
    }
  }
  locked.sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  const pool = mentees.map((_, i) => i).filter((i) => !lockedMentee.has(i));
  const requested = options.candidatesPerMentee ?? 'auto';
  let k: number | null;
  if (requested === 'auto') {
    k = pool.length * mentors.length <= FULL_GRAPH_LIMIT ? null : DEFAULT_CANDIDATES_PER_MENTEE;
  } else {
    k = requested > 0 && Number.isFinite(requested) ? Math.floor(requested) : null;
  }

  const allowed = new Int32Array(mentees.length);
  const f = new Float64Array(8);
  const nM = mentors.length;
  // Whole graph: every allowed pair. Sparse: each mentee's best k mentors, and each mentor's best k mentees,
  // so that a mentor whom nobody ranks high still gets candidates and its slots are not lost.
  const kk = k ?? nM;
  const menteeTop = new Int32Array(pool.length * kk);
  const menteeTopScore = new Int32Array(pool.length * kk);
  const menteeCount = new Int32Array(pool.length);
  const mentorTop = new Int32Array(k === null ? 0 : nM * k);
  const mentorTopScore = new Int32Array(k === null ? 0 : nM * k);
  const mentorCount = new Int32Array(k === null ? 0 : nM);
  const row = new Int32Array(nM);
  for (let q = 0; q < pool.length; q++) {
    const i = pool[q];
    const bannedHere = banned.get(i);
    scoring.row(i, w, row);
    for (let j = 0; j < nM; j++) {
      if (bannedHere?.includes(j) || (sameSubjectOnly && !scoring.sharesSubject(j, i))) continue;
      allowed[i]++;
      if (free[j] === 0) continue;
      const s = row[j];
      if (k === null) {
        menteeTop[q * kk + menteeCount[q]] = j;
        menteeTopScore[q * kk + menteeCount[q]++] = s;
        continue;
      }
      menteeCount[q] = insertTop(menteeTop, menteeTopScore, q * k, menteeCount[q], k, j, s);
      mentorCount[j] = insertTop(mentorTop, mentorTopScore, j * k, mentorCount[j], k, q, s);
    }
  }
  const extra: number[][] = Array.from({ length: k === null ? 0 : pool.length }, () => []);
  for (let j = 0; j < mentorCount.length; j++) {
    for (let x = j * kk; x < j * kk + mentorCount[j]; x++) {
      const q = mentorTop[x];
      let listed = false;
      for (let y = q * kk; y < q * kk + menteeCount[q]; y++) if (menteeTop[y] === j) listed = true;
      if (!listed) extra[q].push(j, mentorTopScore[x]);
    }
  }
  if (k !== null) addMaximumMatching();
  const start = new Int32Array(pool.length + 1);
  for (let q = 0; q < pool.length; q++)
    start[q + 1] = start[q] + menteeCount[q] + (k === null ? 0 : extra[q].length / 2);
  const to = new Int32Array(start[pool.length]);
  const score = new Int32Array(start[pool.length]);
  for (let q = 0; q < pool.length; q++) {
    let e = start[q];
    for (let y = q * kk; y < q * kk + menteeCount[q]; y++, e++) {
      to[e] = menteeTop[y];
      score[e] = menteeTopScore[y];
    }
    if (k === null) continue;
    for (let y = 0; y < extra[q].length; y += 2, e++) {
      to[e] = extra[q][y];
      score[e] = extra[q][y + 1];
    }
  }
  for (const [, i] of locked) allowed[i] = Math.max(allowed[i], 1);

  /**
   * The best k per mentee and per mentor can hold far fewer pairs at once than the whole graph (see
   * cardinality.ts): the pairs of one maximum matching of the whole graph are added, so the solver's
   * coverage is the whole graph's.
   */
  function addMaximumMatching(): void {
    const hintStart = new Int32Array(pool.length + 1);
    for (let q = 0; q < pool.length; q++) hintStart[q + 1] = hintStart[q] + menteeCount[q];
    const hintTo = new Int32Array(hintStart[pool.length]);
    for (let q = 0; q < pool.length; q++)
      hintTo.set(menteeTop.subarray(q * kk, q * kk + menteeCount[q]), hintStart[q]);
    const match = maximumMatching({
      nLeft: pool.length,
      nRight: nM,
      capacity: free,
      allowed: (q, j) => isAllowed(j, pool[q]),
      hintStart,
      hintTo,
    });
    for (let q = 0; q < pool.length; q++) {
      const j = match[q];
      if (j < 0 || hintTo.subarray(hintStart[q], hintStart[q + 1]).includes(j)) continue;
      let listed = false;
      for (let y = 0; y < extra[q].length; y += 2) if (extra[q][y] === j) listed = true;
      if (listed) continue;
      extra[q].push(j, scoring.hundredths(j, pool[q], w, f));
    }
  }

  return {
    mentors,
    mentees,
    weights,
    gapYears,
    locked,
    free,
    pool,
    start,
    to,
    score,
    allowed,
    maxScore: Math.round(w.reduce((a, b) => a + b, 0) * 100),
    candidatesPerMentee: k,
    scoring,
    warnings,
    isAllowed,
    sameSubjectOnly,
    forbidden,
    objective: options.objective === 'score' ? 'score' : 'coverage',
  };
}

/**
 * Inserts (id, score) into the list at ids[offset … offset+count), kept sorted by score descending with
 * earlier entries first on ties, at most k long. Returns the new count.
 */
function insertTop(
  ids: Int32Array,
  scores: Int32Array,
  offset: number,
  count: number,
  k: number,
  id: number,
  s: number,
): number {
  let pos = count;
  if (count === k) {
    if (s <= scores[offset + k - 1]) return count;
    pos = k - 1;
  } else count++;
  while (pos > 0 && scores[offset + pos - 1] < s) {
    ids[offset + pos] = ids[offset + pos - 1];
    scores[offset + pos] = scores[offset + pos - 1];
    pos--;
  }
  ids[offset + pos] = id;
  scores[offset + pos] = s;
  return count;
}

export { pairKey };
