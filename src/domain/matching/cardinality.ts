/**
 * A maximum-cardinality b-matching of the whole allowed graph: mentees (one mentor each) on the left, mentors
 * (up to their free slots) on the right. Hopcroft–Karp with capacities on the right side, over an implicit
 * graph (the caller says which pairs are allowed), so the whole graph is never stored.
 *
 * Why: above FULL_GRAPH_LIMIT the solver sees only each mentee's and each mentor's best candidates, and such
 * a graph can hold far fewer pairs at once than the whole one (with 21 strong and 480 plain mentors and 1,000
 * identical mentees every mentee's best 20 are the strong mentors: 40 matched where 501 are possible). Adding
 * the edges of one maximum matching of the whole graph guarantees the sparse graph can match as many mentees
 * as the whole one; the min-cost flow then picks the best of those assignments on the sparse graph.
 * Costs nothing like the min-cost flow: no scores, only breadth-first layers and augmenting paths.
 */

export interface CardinalityProblem {
  nLeft: number;
  nRight: number;
  /** Slots of each right node. */
  capacity: ArrayLike<number>;
  allowed: (left: number, right: number) => boolean;
  /** Right nodes to try first for each left node (e.g. its best candidates), as CSR; may be empty. */
  hintStart: Int32Array;
  hintTo: Int32Array;
}

/** Right node of each left node in one maximum matching (-1: none). */
export function maximumMatching(p: CardinalityProblem): Int32Array {
  const { nLeft, nRight, capacity, allowed, hintStart, hintTo } = p;
  const match = new Int32Array(nLeft).fill(-1);
  const load = new Int32Array(nRight);
  const members: number[][] = Array.from({ length: nRight }, () => []);
  let spare = 0;
  for (let j = 0; j < nRight; j++) spare += capacity[j];

  const assign = (i: number, j: number) => {
    match[i] = j;
    load[j]++;
    members[j].push(i);
    spare--;
  };
  // A greedy start: the hinted candidates first, then any allowed right node with a slot.
  for (let i = 0; i < nLeft && spare > 0; i++) {
    for (let e = hintStart[i]; e < hintStart[i + 1] && match[i] < 0; e++)
      if (load[hintTo[e]] < capacity[hintTo[e]]) assign(i, hintTo[e]);
  }
  for (let i = 0; i < nLeft && spare > 0; i++) {
    for (let j = 0; j < nRight && match[i] < 0; j++) if (load[j] < capacity[j] && allowed(i, j)) assign(i, j);
  }

  const layer = new Int32Array(nLeft);
  const queue = new Int32Array(nLeft);
  const next = new Int32Array(nLeft); // where the depth-first search of each left node resumes
  const UNSEEN = -1;
  const DEAD = -2;

  /** Tries to extend an alternating path from left node i to a right node with a slot. */
  const augment = (i: number): boolean => {
    for (; next[i] < nRight; next[i]++) {
      const j = next[i];
      if (capacity[j] === 0 || !allowed(i, j)) continue;
      if (load[j] < capacity[j]) {
        assign(i, j);
        return true;
      }
      const list = members[j];
      for (let k = 0; k < list.length; k++) {
        const other = list[k];
        if (layer[other] !== layer[i] + 1) continue;
        if (augment(other)) {
          // `other` moved to another right node; i takes its place at j.
          list[k] = i;
          match[i] = j;
          return true;
        }
      }
    }
    layer[i] = DEAD;
    return false;
  };

  // Phases: breadth-first layers from every unmatched left node, then vertex-disjoint shortest augmenting
  // paths along them. No slot left anywhere means no augmenting path can exist.
  while (spare > 0) {
    let head = 0;
    let tail = 0;
    layer.fill(UNSEEN);
    for (let i = 0; i < nLeft; i++) {
      if (match[i] < 0) {
        layer[i] = 0;
        queue[tail++] = i;
      }
    }
    let reachable = false;
    while (head < tail) {
      const i = queue[head++];
      for (let j = 0; j < nRight; j++) {
        if (capacity[j] === 0 || !allowed(i, j)) continue;
        if (load[j] < capacity[j]) {
          reachable = true;
          continue;
        }
        for (const other of members[j]) {
          if (layer[other] !== UNSEEN) continue;
          layer[other] = layer[i] + 1;
          queue[tail++] = other;
        }
      }
    }
    if (!reachable) break;
    next.fill(0);
    let grown = false;
    for (let i = 0; i < nLeft; i++) if (match[i] < 0 && layer[i] === 0 && augment(i)) grown = true;
    if (!grown) break;
  }
  return match;
}
