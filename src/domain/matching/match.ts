import { countOf, shortName } from '../format/ru';
import { normalizeEmail } from '../format/values';
import { solveAssignment } from './flow';
import { pairKey, prepare, Problem } from './prepare';
import { explainParts, pairScore } from './score';
import { normalizeTerm } from './subjects';
import type {
  MatchedPair,
  MatchGroup,
  MatchOptions,
  MatchResult,
  MenteeCandidate,
  MentorCandidate,
  Unmatched,
} from './types';

/**
 * Pairs and groups that maximise the total score over the whole pool (stage 5.1).
 *
 * Hard rules: mentor capacity (capped by options.capacityCap), no self-pairing (same id or e-mail), the
 * curator's forbidden pairs, locked pairs kept and counted against capacity, optional «только свой предмет».
 * With the default objective 'coverage' the assignment matches as many mentees as the rules allow and, among
 * those assignments, has the greatest total score; with 'score' it has the greatest total score. Exact on the
 * graph it is given (see solveAssignment); the graph is the whole one unless sparsified to the best k
 * candidates per mentee. Deterministic: the result depends neither on the order of the input nor on row ids;
 * ties between equally good assignments are broken by e-mail (see byStableKey).
 */
export function matchParticipants(
  mentors: readonly MentorCandidate[],
  mentees: readonly MenteeCandidate[],
  options: MatchOptions = {},
): MatchResult {
  const p = prepare(mentors, mentees, options);
  return buildResult(p, solveProblem(p));
}

/** Mentor index for each pool position (-1: none), by the exact min-cost flow. */
export function solveProblem(p: Problem): Int32Array {
  const nPool = p.pool.length;
  const nMentors = p.mentors.length;
  // 'coverage': leaving a mentee out costs more than any set of pairs can gain, so the count comes first.
  const unassignedCost = p.objective === 'coverage' ? (nPool + 1) * (p.maxScore + 1) : p.maxScore;
  const assigned = new Int32Array(nPool).fill(-1);

  // The side with fewer units goes on the left (see solveAssignment).
  const degree = new Int32Array(nMentors);
  for (let e = 0; e < p.to.length; e++) degree[p.to[e]]++;
  let slots = 0;
  for (let j = 0; j < nMentors; j++) slots += Math.min(p.free[j], degree[j]);
  let seekers = 0;
  for (let q = 0; q < nPool; q++) if (p.start[q + 1] > p.start[q]) seekers++;
  const menteesLeft = seekers <= slots;

  // Each left node's edges by ascending cost (= descending score), as solveAssignment needs them.
  const owner = new Int32Array(p.to.length);
  for (let q = 0; q < nPool; q++) owner.fill(q, p.start[q], p.start[q + 1]);
  const nLeft = menteesLeft ? nPool : nMentors;
  const start = menteesLeft ? p.start : new Int32Array(nMentors + 1);
  if (!menteesLeft) for (let j = 0; j < nMentors; j++) start[j + 1] = start[j] + degree[j];
  const fill = start.slice(0, nLeft);
  const to = new Int32Array(p.to.length);
  const cost = new Float64Array(p.to.length);
  for (const e of edgesByScore(p.score, p.maxScore)) {
    const x = menteesLeft ? fill[owner[e]]++ : fill[p.to[e]]++;
    to[x] = menteesLeft ? p.to[e] : owner[e];
    cost[x] = p.maxScore - p.score[e];
  }
  const flow = solveAssignment({
    nLeft,
    nRight: menteesLeft ? nMentors : nPool,
    supply: menteesLeft ? new Int32Array(nPool).fill(1) : p.free,
    capacity: menteesLeft ? p.free : new Int32Array(nPool).fill(1),
    start,
    to,
    cost,
    unassignedCost,
  });
  for (let l = 0; l < nLeft; l++)
    for (let x = start[l]; x < start[l + 1]; x++) {
      if (!flow[x]) continue;
      if (menteesLeft) assigned[l] = to[x];
      else assigned[to[x]] = l;
    }
  return assigned;
}

/** Edge indices by descending score (ties by index): a counting sort over the integer scores. */
function edgesByScore(score: Int32Array, maxScore: number): Int32Array {
  const m = score.length;
  const out = new Int32Array(m);
  if (maxScore > 4 * m + 1024) {
    for (let e = 0; e < m; e++) out[e] = e;
    return out.sort((a, b) => score[b] - score[a] || a - b);
  }
  const count = new Int32Array(maxScore + 2);
  for (let e = 0; e < m; e++) count[maxScore - score[e] + 1]++;
  for (let c = 1; c < count.length; c++) count[c] += count[c - 1];
  for (let e = 0; e < m; e++) out[count[maxScore - score[e]]++] = e;
  return out;
}

function pairOf(p: Problem, j: number, i: number, locked: boolean): MatchedPair {
  const mentor = p.mentors[j];
  const mentee = p.mentees[i];
  const { score, parts } = pairScore(
    mentor,
    mentee,
    p.scoring.fractions(j, i, new Float64Array(8)),
    p.weights,
  );
  const why = explainParts(parts);
  return {
    mentorId: mentor.id,
    menteeId: mentee.id,
    score,
    parts,
    explanation: locked ? `Закреплена куратором. ${why}` : why,
    locked,
  };
}

/** The result of an assignment (pool index → mentor index, -1 for none), with locked pairs and reasons. */
export function buildResult(p: Problem, assigned: Int32Array): MatchResult {
  // Mentee indices per mentor, in the stable order of prepare (not by random row id).
  const byMentor: [number, MatchedPair][][] = p.mentors.map(() => []);
  for (const [j, i] of p.locked) byMentor[j].push([i, pairOf(p, j, i, true)]);
  const matched = new Uint8Array(p.mentees.length);
  for (const [, i] of p.locked) matched[i] = 1;
  const used = new Int32Array(p.mentors.length);
  p.pool.forEach((i, q) => {
    const j = assigned[q];
    if (j < 0) return;
    matched[i] = 1;
    used[j]++;
    byMentor[j].push([i, pairOf(p, j, i, false)]);
  });

  let totalHundredths = 0;
  const names = new Map(p.mentees.map((t) => [t.id, t.fullName]));
  const groups: MatchGroup[] = [];
  byMentor.forEach((indexed, j) => {
    if (!indexed.length) return;
    const pairs = indexed.sort((a, b) => a[0] - b[0]).map(([, pair]) => pair);
    const hundredths = pairs.reduce((sum, pair) => sum + Math.round(pair.score * 100), 0);
    totalHundredths += hundredths;
    groups.push({
      mentorId: p.mentors[j].id,
      menteeIds: pairs.map((pair) => pair.menteeId),
      kind: pairs.length > 1 ? 'группа' : 'пара',
      score: hundredths / 100,
      explanation:
        pairs.length > 1
          ? pairs
              .map((pair) => `${shortName(names.get(pair.menteeId) || pair.menteeId)}: ${pair.explanation}`)
              .join('\n')
          : pairs[0].explanation,
      pairs,
    });
  });

  const unmatched: Unmatched[] = [];
  p.mentees.forEach((_, i) => {
    if (!matched[i]) unmatched.push({ menteeId: p.mentees[i].id, reason: reasonFor(p, i, used) });
  });

  return {
    groups,
    unmatched,
    totalScore: totalHundredths / 100,
    matchedCount: p.mentees.length - unmatched.length,
    warnings: p.warnings,
    stats: {
      allowedPairs: p.allowed.reduce((a, b) => a + b, 0),
      edges: p.to.length,
      candidatesPerMentee: p.candidatesPerMentee,
    },
  };
}

/** Why mentee i has no mentor, in Russian. */
function reasonFor(p: Problem, i: number, used: Int32Array): string {
  if (!p.mentors.length) return 'нет наставников, допущенных к подбору (отобранных и давших согласие)';
  const mentee = p.mentees[i];
  if (p.allowed[i] === 0) {
    let candidates = p.mentors;
    if (p.sameSubjectOnly) {
      if (!(mentee.subjects ?? []).some((s) => normalizeTerm(s)))
        return 'не указан предмет, а включено правило «только свой предмет»';
      const own = new Set((mentee.subjects ?? []).map(normalizeTerm));
      candidates = p.mentors.filter((m) => (m.subjects ?? []).some((s) => own.has(normalizeTerm(s))));
      if (!candidates.length) return 'нет наставника по предмету при правиле «только свой предмет»';
    }
    const email = normalizeEmail(mentee.email ?? '');
    const rules: string[] = [];
    if (candidates.some((m) => p.forbidden.has(pairKey(m.id, mentee.id))))
      rules.push('запрещённые куратором пары');
    if (
      candidates.some((m) => m.id === mentee.id || (email !== '' && normalizeEmail(m.email ?? '') === email))
    )
      rules.push('наставник и наставляемый — один человек');
    return `все подходящие наставники исключены правилами: ${rules.join(', ')}`;
  }
  let withSlots = 0;
  p.mentors.forEach((_, j) => {
    if (p.isAllowed(j, i) && p.free[j] - used[j] > 0) withSlots++;
  });
  if (withSlots === 0) {
    const n = countOf(p.allowed[i], [
      'подходящего наставника',
      'подходящих наставников',
      'подходящих наставников',
    ]);
    return `нет свободных наставников: у ${n} заняты все места`;
  }
  // Coverage comes first and the solver's graph holds a maximum matching of the whole one, so a free slot
  // that this mentee could take is left free only when the curator chose the objective 'score'. The number
  // of candidates per mentee is no setting a curator can reach, so no reason advises changing it.
  return 'оставлен без пары: так больше суммарная оценка подбора';
}
