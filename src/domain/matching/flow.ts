/**
 * Exact min-cost assignment in a bipartite graph with supplies on the left and capacities on the right
 * (mentees and mentors, either way round), every edge carrying at most one unit: a min-cost flow solved by
 * successive shortest paths with Johnson potentials and Dijkstra, one unit of a left node's supply at a time
 * (the Hungarian method generalised to capacities).
 *
 * Every left node also has an edge to a dummy right node of unlimited capacity (= the unit stays unassigned)
 * at `unassignedCost`, so each unit is always routed and adding units one by one keeps the flow optimal.
 * Costs are integers (held in doubles, exact below 2^53) and must be ≥ 0, so the initial potentials are 0.
 *
 * Each Dijkstra stops when it reaches the sink; potentials are then moved only on the nodes it settled
 * (π(v) += d(v) − D), which keeps all reduced costs non-negative. Ties are broken by node index, so the result
 * depends only on the order of the input arrays.
 *
 * A search that ends at the dummy has to settle everything it can reach to prove there is no better way, so
 * the caller puts on the left the side with the smaller total: then few units end at the dummy.
 */

export interface AssignmentProblem {
  nLeft: number;
  nRight: number;
  /** Units each left node sends (1 for a mentee, the free slots for a mentor). */
  supply: ArrayLike<number>;
  /** Units each right node takes. */
  capacity: ArrayLike<number>;
  /** CSR: the edges of left node i are start[i] … start[i+1]-1, by ascending cost (the search stops early). */
  start: Int32Array;
  /** Right node of each edge. */
  to: Int32Array;
  /** Non-negative integer cost of each edge. */
  cost: Float64Array;
  /** Non-negative integer cost of leaving a unit unassigned. */
  unassignedCost: number;
}

/** A binary min-heap of (key, node), ties by node; lazy deletion is the caller's business. */
class Heap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
    this.nodes = new Int32Array(Math.max(16, capacity));
  }
  private less(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && this.nodes[a] < this.nodes[b]);
  }
  private swap(a: number, b: number): void {
    const k = this.keys[a];
    this.keys[a] = this.keys[b];
    this.keys[b] = k;
    const n = this.nodes[a];
    this.nodes[a] = this.nodes[b];
    this.nodes[b] = n;
  }
  push(key: number, node: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let i = this.size++;
    this.keys[i] = key;
    this.nodes[i] = node;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  /** Removes the minimum; its key and node are in topKey / topNode. */
  pop(): void {
    this.topKey = this.keys[0];
    this.topNode = this.nodes[0];
    const last = --this.size;
    this.keys[0] = this.keys[last];
    this.nodes[0] = this.nodes[last];
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= last) break;
      const r = l + 1;
      const m = r < last && this.less(r, l) ? r : l;
      if (!this.less(m, i)) break;
      this.swap(i, m);
      i = m;
    }
  }
  topKey = 0;
  topNode = 0;
}

const DUMMY_EDGE = -2;

/** Flow (0 or 1) on each edge; units of each left node left unassigned are not in it. */
export function solveAssignment(p: AssignmentProblem): Uint8Array {
  const { nLeft, nRight, supply, capacity, start, to, cost, unassignedCost } = p;
  const firstRight = nLeft;
  const dummy = nLeft + nRight; // node index of the dummy right node
  const sink = dummy + 1;
  const n = sink + 1;

  const pot = new Float64Array(n);
  const dist = new Float64Array(n);
  const seen = new Int32Array(n); // round in which dist[v] was set
  const done = new Int32Array(n); // round in which v was settled
  const prev = new Int32Array(n);
  const prevEdge = new Int32Array(n);
  const settled = new Int32Array(n);
  let round = 0;
  const heap = new Heap(to.length + 2 * n);
  /** The unsettled node of least (distance, index), or -1; stale heap entries are skipped. */
  const take = (): number => {
    while (heap.size > 0) {
      heap.pop();
      const v = heap.topNode;
      if (done[v] !== round && heap.topKey === dist[v]) return v;
    }
    return -1;
  };

  const flow = new Uint8Array(to.length);
  /** Edges with flow into each real right node. */
  const members: number[][] = Array.from({ length: nRight }, () => []);
  const owner = new Int32Array(to.length);
  for (let l = 0; l < nLeft; l++) for (let e = start[l]; e < start[l + 1]; e++) owner[e] = l;
  for (let l = 0; l < nLeft; l++)
    for (let e = start[l] + 1; e < start[l + 1]; e++)
      if (cost[e] < cost[e - 1])
        throw new Error('solveAssignment: edges of a left node must be by ascending cost');
  /** Units of each left node at the dummy, and the left nodes that have any (ascending). */
  const unassigned = new Int32Array(nLeft);
  const atDummy: number[] = [];

  for (let s = 0; s < nLeft; s++) {
    for (let unit = 0; unit < supply[s]; unit++) {
      round++;
      let nSettled = 0;
      heap.size = 0;
      dist[s] = 0;
      seen[s] = round;
      heap.push(0, s);

      // Nothing at or above the best distance to the sink found so far can lie on a shorter path.
      let bound = Infinity;
      // Inlined in the loops below (this is the hot spot of matching): reach v from u at distance d.
      const relax = (u: number, v: number, d: number, edge: number) => {
        if (d >= bound || done[v] === round) return;
        if (v === sink) bound = d;
        if (seen[v] !== round || d < dist[v]) {
          seen[v] = round;
          dist[v] = d;
          prev[v] = u;
          prevEdge[v] = edge;
          heap.push(d, v);
          // A node with room reaches the sink at once: knowing that distance now bounds the search early.
          if (
            v === dummy ||
            (v >= firstRight && v < dummy && members[v - firstRight].length < capacity[v - firstRight])
          )
            relax(v, sink, d + pot[v] - pot[sink], -1);
        }
      };

      for (;;) {
        const u = take();
        if (u < 0) break;
        const d = dist[u];
        done[u] = round;
        settled[nSettled++] = u;
        if (u === sink) break;
        const pu = pot[u];
        if (u < firstRight) {
          const base = d + pu;
          // Edges in order of cost; potentials never rise above 0, so once base + cost reaches the bound,
          // so does every edge after it.
          for (let e = start[u], end = start[u + 1]; e < end; e++) {
            if (base + cost[e] >= bound) break;
            if (flow[e]) continue;
            const v = firstRight + to[e];
            const dv = base + cost[e] - pot[v];
            if (dv >= bound || done[v] === round) continue;
            if (seen[v] !== round || dv < dist[v]) {
              seen[v] = round;
              dist[v] = dv;
              prev[v] = u;
              prevEdge[v] = e;
              heap.push(dv, v);
              if (members[to[e]].length < capacity[to[e]]) relax(v, sink, dv + pot[v] - pot[sink], -1);
            }
          }
          relax(u, dummy, base + unassignedCost - pot[dummy], DUMMY_EDGE);
        } else if (u === dummy) {
          relax(u, sink, d + pu - pot[sink], -1);
          for (let k = 0; k < atDummy.length; k++) {
            const l = atDummy[k];
            relax(u, l, d - unassignedCost + pu - pot[l], DUMMY_EDGE);
          }
        } else {
          const list = members[u - firstRight];
          if (list.length < capacity[u - firstRight]) relax(u, sink, d + pu - pot[sink], -1);
          for (let k = 0; k < list.length; k++) {
            const e = list[k];
            const l = owner[e];
            relax(u, l, d - cost[e] + pu - pot[l], e);
          }
        }
      }

      // The dummy has unlimited capacity, so the sink is always reached.
      const total = dist[sink];
      for (let k = 0; k < nSettled; k++) {
        const v = settled[k];
        pot[v] += dist[v] - total;
      }

      // Walk back from the sink: push a unit along each forward edge, take it back along each reverse one.
      let rNode = prev[sink];
      for (;;) {
        const l = prev[rNode];
        const e = prevEdge[rNode];
        if (e === DUMMY_EDGE) {
          if (unassigned[l]++ === 0) insertSorted(atDummy, l);
        } else {
          flow[e] = 1;
          members[rNode - firstRight].push(e);
        }
        if (l === s) break;
        rNode = prev[l];
        const back = prevEdge[l];
        if (back === DUMMY_EDGE) {
          if (--unassigned[l] === 0) atDummy.splice(atDummy.indexOf(l), 1);
        } else {
          flow[back] = 0;
          const list = members[rNode - firstRight];
          list.splice(list.indexOf(back), 1);
        }
      }
    }
  }
  return flow;
}

function insertSorted(list: number[], x: number): void {
  let k = list.length;
  list.push(x);
  while (k > 0 && list[k - 1] > x) {
    list[k] = list[k - 1];
    k--;
  }
  list[k] = x;
}
