/**
 * What matching costs and gains: per size, the CPU time of the default production path (what proposePairs
 * runs: the whole graph up to FULL_GRAPH_LIMIT pairs, the best k each way plus a maximum matching beyond),
 * its matched count and total score against the greedy
 * baseline, the optimality gap against an independent exact solver (Hungarian, on the sizes where it runs in
 * seconds), and the loss from sparsifying to the best k candidates per mentee against the whole graph.
 */
import { DEFAULT_CANDIDATES_PER_MENTEE, effectiveCapacity, matchParticipants } from '../src/domain/matching';
import type { MatchOptions, MatchResult } from '../src/domain/matching';
import { DEFAULT_CAPACITY_CAP } from '../src/services/pairs/propose';
import { exactOptimum } from './exact';
import { greedyMatch } from './greedy';
import { generateMentees, generateMentors, mulberry32 } from './generate';

export interface MatchingResult {
  size: string;
  mentors: number;
  mentees: number;
  /** Mentor slots after the settings cap. */
  slots: number;
  /** Pairs the default run gave the solver, and its candidates per mentee (null: the whole graph). */
  edges: number;
  candidatesPerMentee: number | null;
  /** Default options (the whole graph up to FULL_GRAPH_LIMIT pairs, sparsified beyond). */
  ms: number;
  totalScore: number;
  matched: number;
  greedy: { ms: number; totalScore: number; matched: number };
  /** How much better than greedy, % of greedy's total. */
  gainOverGreedyPct: number;
  /** Independent exact optimum (Hungarian on mentee × slot matrix); null where too slow to run. */
  exact: { ms: number; totalScore: number; matched: number; gapPct: number } | null;
  /** The whole graph against the best k per mentee, both with this solver (exact on its graph). */
  sparsification: {
    k: number;
    sparse: { ms: number; totalScore: number; matched: number; edges: number };
    full: { ms: number; totalScore: number; matched: number; edges: number } | null;
    lossPct: number | null;
  };
}

const SIZES = [
  { size: 'school (40 teachers)', mentors: 12, mentees: 28, exact: true, full: true },
  { size: 'district', mentors: 300, mentees: 1000, exact: true, full: true },
  { size: 'region', mentors: 1500, mentees: 5000, exact: false, full: true },
];

/**
 * The default production path: the options proposePairs passes when Настройки sets nothing (no locked or
 * forbidden pairs in a fresh year), so the main columns time what a curator's click runs.
 */
const CAPACITY_CAP = DEFAULT_CAPACITY_CAP;

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
const pct = (a: number, b: number) => (b === 0 ? 0 : round(((a - b) / b) * 100, 3));

/** CPU milliseconds of this process: other work on a shared machine does not inflate them. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function timed<T>(fn: () => T, repeats = 1): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < repeats; r++) {
    const started = cpuMs();
    value = fn();
    best = Math.min(best, cpuMs() - started);
  }
  return { ms: round(best), value };
}

const summary = (r: MatchResult) => ({
  totalScore: r.totalScore,
  matched: r.matchedCount,
  edges: r.stats.edges,
});

export function runMatchingBench(opts: { quick?: boolean } = {}): MatchingResult[] {
  return SIZES.map((s) => {
    const rng = mulberry32(s.mentors * 7919 + s.mentees);
    const mentors = generateMentors(rng, s.mentors);
    const mentees = generateMentees(rng, s.mentees);
    const options: MatchOptions = { capacityCap: CAPACITY_CAP };
    const repeats = s.mentees <= 1000 ? 3 : 1;

    const main = timed(() => matchParticipants(mentors, mentees, options), repeats);
    const greedy = timed(
      () => greedyMatch(mentors, mentees, { ...options, candidatesPerMentee: 0 }),
      repeats,
    );
    const k = DEFAULT_CANDIDATES_PER_MENTEE;
    const sparse =
      main.value.stats.candidatesPerMentee === k
        ? main
        : timed(() => matchParticipants(mentors, mentees, { ...options, candidatesPerMentee: k }), repeats);
    const full =
      main.value.stats.candidatesPerMentee === null
        ? main
        : s.full && !opts.quick
          ? timed(() => matchParticipants(mentors, mentees, { ...options, candidatesPerMentee: 0 }))
          : null;
    const exact =
      s.exact && !(opts.quick && s.mentees > 100)
        ? timed(() => exactOptimum(mentors, mentees, options))
        : null;

    return {
      size: s.size,
      mentors: s.mentors,
      mentees: s.mentees,
      slots: mentors.reduce((sum, m) => sum + effectiveCapacity(m.capacity, CAPACITY_CAP), 0),
      edges: main.value.stats.edges,
      candidatesPerMentee: main.value.stats.candidatesPerMentee,
      ms: main.ms,
      totalScore: main.value.totalScore,
      matched: main.value.matchedCount,
      greedy: { ms: greedy.ms, totalScore: greedy.value.totalScore, matched: greedy.value.matchedCount },
      gainOverGreedyPct: pct(main.value.totalScore, greedy.value.totalScore),
      exact: exact && {
        ms: exact.ms,
        totalScore: exact.value.totalScore,
        matched: exact.value.matched,
        gapPct: pct(exact.value.totalScore, main.value.totalScore),
      },
      sparsification: {
        k,
        sparse: { ms: sparse.ms, ...summary(sparse.value) },
        full: full && { ms: full.ms, ...summary(full.value) },
        lossPct: full && pct(full.value.totalScore, sparse.value.totalScore),
      },
    };
  });
}

/** One flat row per size for console.table. */
export function matchingTable(results: MatchingResult[]): Record<string, unknown>[] {
  return results.map((r) => ({
    size: r.size,
    'mentors×mentees': `${r.mentors}×${r.mentees}`,
    slots: r.slots,
    k: r.candidatesPerMentee ?? 'all',
    ms: r.ms,
    score: r.totalScore,
    matched: r.matched,
    'greedy score': r.greedy.totalScore,
    'greedy matched': r.greedy.matched,
    'gain %': r.gainOverGreedyPct,
    'exact score': r.exact?.totalScore ?? '—',
    'gap %': r.exact?.gapPct ?? '—',
    [`k=${r.sparsification.k} loss %`]: r.sparsification.lossPct ?? '—',
    'full ms': r.sparsification.full?.ms ?? '—',
  }));
}
