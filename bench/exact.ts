/**
 * An independent exact solver for checking the matcher's optimality in the benchmark: the Hungarian method
 * (O(n²·m)) on a dense matrix of mentees × mentor slots, plus one "no mentor" column per mentee. It shares
 * nothing with src/domain/matching except scorePair.
 */
import { effectiveCapacity, scorePair } from '../src/domain/matching';
import type { MatchOptions, MenteeCandidate, MentorCandidate } from '../src/domain/matching';

/** Min-cost assignment of n rows to distinct columns of an n × m row-major matrix (n ≤ m); column per row. */
function hungarian(n: number, m: number, a: Float64Array): Int32Array {
  const INF = Number.MAX_VALUE;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // row matched to column j (1-based), 0 = none
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const row = (i0 - 1) * m - 1;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = a[row + j] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const rowCol = new Int32Array(n);
  for (let j = 1; j <= m; j++) if (p[j]) rowCol[p[j] - 1] = j - 1;
  return rowCol;
}

/** Exact (matched count, total score) under the 'coverage' objective; no forbidden or locked pairs. */
export function exactOptimum(
  mentors: readonly MentorCandidate[],
  mentees: readonly MenteeCandidate[],
  options: MatchOptions,
): { matched: number; totalScore: number } {
  const slotMentor: number[] = [];
  mentors.forEach((m, j) => {
    for (let k = 0; k < effectiveCapacity(m.capacity, options.capacityCap); k++) slotMentor.push(j);
  });
  const n = mentees.length;
  const score = mentees.map((t) =>
    Int32Array.from(mentors, (m) => Math.round(scorePair(m, t, options.weights).score * 100)),
  );
  const max = Math.max(0, ...score.map((row) => Math.max(0, ...row)));
  const unassigned = (n + 1) * (max + 1);
  const cols = slotMentor.length + n;
  const a = new Float64Array(n * cols);
  for (let i = 0; i < n; i++)
    for (let c = 0; c < cols; c++)
      a[i * cols + c] = c < slotMentor.length ? max - score[i][slotMentor[c]] : unassigned;
  const rowCol = hungarian(n, cols, a);
  let matched = 0;
  let total = 0;
  rowCol.forEach((c, i) => {
    if (c >= slotMentor.length) return;
    matched++;
    total += score[i][slotMentor[c]];
  });
  return { matched, totalScore: total / 100 };
}
