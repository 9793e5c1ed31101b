import { buildResult } from '../src/domain/matching/match';
import { prepare } from '../src/domain/matching/prepare';
import type { MatchOptions, MatchResult, MenteeCandidate, MentorCandidate } from '../src/domain/matching';

/**
 * The greedy baseline, for comparison only: all candidate pairs by score descending (ties by mentee, then
 * mentor id), each taken if the mentee is free and the mentor has a slot. Same rules and candidates.
 */
export function greedyMatch(
  mentors: readonly MentorCandidate[],
  mentees: readonly MenteeCandidate[],
  options: MatchOptions = {},
): MatchResult {
  const p = prepare(mentors, mentees, options);
  const edges = Int32Array.from({ length: p.to.length }, (_, e) => e);
  const owner = new Int32Array(p.to.length);
  for (let q = 0; q < p.pool.length; q++) for (let e = p.start[q]; e < p.start[q + 1]; e++) owner[e] = q;
  edges.sort((a, b) => p.score[b] - p.score[a] || owner[a] - owner[b] || p.to[a] - p.to[b]);
  const free = Int32Array.from(p.free);
  const assigned = new Int32Array(p.pool.length).fill(-1);
  for (const e of edges) {
    const q = owner[e];
    const j = p.to[e];
    if (assigned[q] >= 0 || free[j] === 0) continue;
    if (p.objective === 'score' && p.score[e] === 0) continue;
    assigned[q] = j;
    free[j]--;
  }
  return buildResult(p, assigned);
}
