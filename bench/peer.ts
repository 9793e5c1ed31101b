/**
 * The add-on's matcher against the best general-purpose peer, side by side in one run: `linear-sum-assignment`
 * (Jonker–Volgenant shortest augmenting paths, rectangular) on the same problem as a dense matrix of mentees ×
 * mentor slots, cost = best score − score. The peer is given the matrix already built; the add-on is timed
 * twice: its whole path (scoring every pair included, what proposePairs runs) and its solver alone on the
 * prepared scores. Times are CPU milliseconds of this process (the best of several interleaved runs), so that
 * other work on a shared machine does not tilt the ratio.
 */
import { linearSumAssignment } from 'linear-sum-assignment';
import { effectiveCapacity, matchParticipants } from '../src/domain/matching';
import type { MatchOptions } from '../src/domain/matching';
import { solveProblem } from '../src/domain/matching/match';
import { prepare } from '../src/domain/matching/prepare';
import { generateMentees, generateMentors, mulberry32 } from './generate';

export interface PeerResult {
  size: string;
  mentors: number;
  mentees: number;
  slots: number;
  /** Both must match as many mentees with the same total score: the same optimum. */
  matched: { addOn: number; peer: number };
  totalScore: { addOn: number; peer: number };
  /** CPU ms. */
  addOnMs: number;
  addOnSolverMs: number;
  peerMs: number;
  /** peerMs / addOnMs: how many times faster the add-on is, scoring included. */
  ratio: number;
  /** peerMs / addOnSolverMs: the same without scoring. */
  ratioWithoutScoring: number;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** District size from issue 13: 1,000 mentees × 300 mentors, capacities capped at 2 (mean ≈ 2). */
const CASES = [{ size: 'district', mentors: 300, mentees: 1000, capacityCap: 2 }];

export function runPeerBench(opts: { repeats?: number } = {}): PeerResult[] {
  const repeats = opts.repeats ?? 7;
  return CASES.map((c) => {
    const rng = mulberry32(c.mentors * 7919 + c.mentees);
    const mentors = generateMentors(rng, c.mentors);
    const mentees = generateMentees(rng, c.mentees);
    const options: MatchOptions = { capacityCap: c.capacityCap };

    // The peer's matrix from the add-on's own scores (the same problem, not timed).
    const p = prepare(mentors, mentees, options);
    const slotMentor: number[] = [];
    p.mentors.forEach((m, j) => {
      for (let k = 0; k < effectiveCapacity(m.capacity, c.capacityCap); k++) slotMentor.push(j);
    });
    const score = p.pool.map(() => new Int32Array(p.mentors.length));
    p.pool.forEach((_, q) => {
      for (let e = p.start[q]; e < p.start[q + 1]; e++) score[q][p.to[e]] = p.score[e];
    });
    const matrix = score.map((row) => slotMentor.map((j) => p.maxScore - row[j]));

    let addOnMs = Infinity;
    let addOnSolverMs = Infinity;
    let peerMs = Infinity;
    let addOn = matchParticipants(mentors, mentees, options);
    let peer = linearSumAssignment(matrix, { maximaze: false });
    for (let r = 0; r < repeats; r++) {
      let t = cpuMs();
      addOn = matchParticipants(mentors, mentees, options);
      addOnMs = Math.min(addOnMs, cpuMs() - t);
      const prepared = prepare(mentors, mentees, options);
      t = cpuMs();
      solveProblem(prepared);
      addOnSolverMs = Math.min(addOnSolverMs, cpuMs() - t);
      t = cpuMs();
      peer = linearSumAssignment(matrix, { maximaze: false });
      peerMs = Math.min(peerMs, cpuMs() - t);
    }
    let peerMatched = 0;
    let peerHundredths = 0;
    peer.rowAssignments.forEach((col, q) => {
      if (col < 0) return;
      peerMatched++;
      peerHundredths += score[q][slotMentor[col]];
    });
    return {
      size: c.size,
      mentors: c.mentors,
      mentees: c.mentees,
      slots: slotMentor.length,
      matched: { addOn: addOn.matchedCount, peer: peerMatched },
      totalScore: { addOn: addOn.totalScore, peer: peerHundredths / 100 },
      addOnMs: round(addOnMs),
      addOnSolverMs: round(addOnSolverMs),
      peerMs: round(peerMs),
      ratio: round(peerMs / addOnMs, 2),
      ratioWithoutScoring: round(peerMs / addOnSolverMs, 2),
    };
  });
}

export function peerTable(results: PeerResult[]): Record<string, unknown>[] {
  return results.map((r) => ({
    size: r.size,
    'mentors×mentees': `${r.mentors}×${r.mentees}`,
    slots: r.slots,
    matched: `${r.matched.addOn} / ${r.matched.peer}`,
    score: `${r.totalScore.addOn} / ${r.totalScore.peer}`,
    'add-on ms': r.addOnMs,
    'solver ms': r.addOnSolverMs,
    'peer ms': r.peerMs,
    '× faster': r.ratio,
    '× faster w/o scoring': r.ratioWithoutScoring,
  }));
}
