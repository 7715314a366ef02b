/**
 * Nearest-neighbour search on flat row-major data under a Minkowski distance, by brute force or a k-d tree.
 *
 * Both give the same answer, including ties: neighbours are ordered by (distance, training index), so among
 * equally distant points the lower index comes first, and the k-th place goes to the lowest index. (scikit-learn's
 * searches promise no order among equal distances, and its algorithms disagree: for the points (0,0), (1,0), (0,1),
 * (−1,0), (0,−1) and the query (0,0), k = 4, scikit-learn 1.2 returns [0, 4, 2, 3] by brute force and [0, 3, 2, 1]
 * with its k-d tree; we return [0, 1, 2, 3] with both. With no ties the answers are identical.)
 * Distances are compared in "reduced" form (squared for p = 2, Σ|d|^p for other p), which keeps the order
 * and avoids roots in the inner loop; the root is taken once for the k results.
 */
import { query2 } from './knn-kdtree2d';
import { TopK } from './knn-heap';
import { box2, boxDistance, fromReduced, reducedDistance, sq2 } from './knn-distance';

// re-exported so existing importers of this module keep working
export { TopK } from './knn-heap';
export { fromReduced, reducedDistance, type MinkowskiSpec } from './knn-distance';

/** k results per query, flat: row q occupies [q*k, (q+1)*k), nearest first; distances are true distances. */
export interface NeighborResult {
  k: number;
  distances: Float64Array;
  indices: Int32Array;
}

export interface NeighborIndex {
  readonly n: number;
  readonly d: number;
  /**
   * Finds the k nearest training rows of each of the m query rows, nearest first; with sorted = false the k
   * neighbours come in no particular order (enough for votes, and cheaper).
   */
  query(Q: Float64Array, m: number, k: number, sorted?: boolean): NeighborResult;
}


export function emit(top: TopK, q: number, k: number, p: number, out: NeighborResult, sorted = true): void {
  if (sorted) top.sort();
  for (let j = 0; j < k; j++) {
    out.distances[q * k + j] = fromReduced(top.dist[j], p);
    out.indices[q * k + j] = top.idx[j];
  }
}

/** Exhaustive search: every query against every training row. Best for few points or many features. */
export class BruteIndex implements NeighborIndex {
  constructor(readonly X: Float64Array, readonly n: number, readonly d: number, readonly p: number) {}
  query(Q: Float64Array, m: number, k: number, sorted = true): NeighborResult {
    const { X, n, d, p } = this;
    const out: NeighborResult = { k, distances: new Float64Array(m * k), indices: new Int32Array(m * k) };
    const top = new TopK(k, n);
    for (let q = 0; q < m; q++) {
      top.reset();
      const qo = q * d;
      for (let i = 0; i < n; i++) {
        const r = reducedDistance(Q, qo, X, i * d, d, p);
        if (r <= top.worst()) top.push(r, i);
      }
      emit(top, q, k, p, out, sorted);
    }
    return out;
  }
}

/**
 * A k-d tree: nodes split at the median of their widest coordinate, down to `leafSize` points; each node keeps
 * its bounding box so a whole subtree is skipped when the box is farther than the current k-th neighbour.
 * Points are stored in tree order (contiguous per leaf) for memory locality.
 */
export class KDTree implements NeighborIndex {
  private readonly data: Float64Array; // points in tree order
  private readonly order: Int32Array; // tree position -> original index
  private start: number[] | Int32Array = [];
  private end: number[] | Int32Array = [];
  private left: number[] | Int32Array = [];
  private right: number[] | Int32Array = [];
  private lo: number[] | Float64Array = []; // node bounding boxes, d per node
  private hi: number[] | Float64Array = [];

  constructor(X: Float64Array, readonly n: number, readonly d: number, readonly p: number, readonly leafSize = 16) {
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    this.build(X, order, 0, n);
    // typed arrays for the query loop once the shape is known
    this.start = Int32Array.from(this.start); this.end = Int32Array.from(this.end);
    this.left = Int32Array.from(this.left); this.right = Int32Array.from(this.right);
    this.lo = Float64Array.from(this.lo); this.hi = Float64Array.from(this.hi);
    this.order = order;
    this.data = new Float64Array(n * d);
    for (let t = 0; t < n; t++) for (let j = 0; j < d; j++) this.data[t * d + j] = X[order[t] * d + j];
  }

  private build(X: Float64Array, order: Int32Array, s: number, e: number): number {
    const d = this.d;
    const node = this.start.length;
    const start = this.start as number[], end = this.end as number[], left = this.left as number[], right = this.right as number[];
    const lo = this.lo as number[], hi = this.hi as number[];
    start.push(s); end.push(e); left.push(-1); right.push(-1);
    let widest = 0, spread = -1;
    for (let j = 0; j < d; j++) {
      let mn = Infinity, mx = -Infinity;
      for (let t = s; t < e; t++) {
        const v = X[order[t] * d + j];
        if (v < mn) mn = v;
        if (v > mx) mx = v;
      }
      lo.push(mn); hi.push(mx);
      if (mx - mn > spread) { spread = mx - mn; widest = j; }
    }
    if (e - s > this.leafSize && spread > 0) {
      const mid = (s + e) >>> 1;
      quickselect(X, d, widest, order, s, e - 1, mid);
      const l = this.build(X, order, s, mid);
      const r = this.build(X, order, mid, e);
      left[node] = l;
      right[node] = r;
    }
    return node;
  }

  /** The training rows in their original order (the tree stores them in tree order). */
  originalData(): Float64Array {
    const d = this.d;
    const out = new Float64Array(this.n * d);
    for (let t = 0; t < this.n; t++) for (let j = 0; j < d; j++) out[this.order[t] * d + j] = this.data[t * d + j];
    return out;
  }

  private query2(Q: Float64Array, m: number, k: number, sorted: boolean, out: NeighborResult, top: TopK, pos: Int32Array): NeighborResult {
    return query2(
      {
        data: this.data, order: this.order, start: this.start as Int32Array, end: this.end as Int32Array,
        left: this.left as Int32Array, right: this.right as Int32Array, lo: this.lo as Float64Array, hi: this.hi as Float64Array,
      },
      Q, m, k, sorted, out, top, pos,
    );
  }

  /**
   * Queries are usually in raster order (a grid) or otherwise near their predecessor, so each search starts
   * with the previous query's k neighbours as candidates: the k-th distance is then tight from the start and
   * most of the tree is skipped. The answer does not depend on this (only on the data and the query).
   */
  query(Q: Float64Array, m: number, k: number, sorted = true): NeighborResult {
    const out: NeighborResult = { k, distances: new Float64Array(m * k), indices: new Int32Array(m * k) };
    const top = new TopK(k, this.n);
    const stack = new Int32Array(256);
    const stackD = new Float64Array(256);
    const { d, p, data, order } = this;
    const start = this.start as Int32Array, end = this.end as Int32Array;
    const left = this.left as Int32Array, right = this.right as Int32Array;
    const lo = this.lo as Float64Array, hi = this.hi as Float64Array;
    const pos = new Int32Array(this.n); // original index -> tree position
    for (let t = 0; t < this.n; t++) pos[order[t]] = t;
    const seeds = new Int32Array(k);
    const fast2 = d === 2 && p === 2;
    if (fast2) return this.query2(Q, m, k, sorted, out, top, pos);
    for (let q = 0; q < m; q++) {
      const qo = q * d;
      const q0 = Q[qo], q1 = Q[qo + 1];
      const warm = q > 0;
      if (warm) for (let j = 0; j < k; j++) seeds[j] = top.idx[j];
      top.reset();
      if (warm) {
        for (let j = 0; j < k; j++) {
          const t = pos[seeds[j]];
          top.push(fast2 ? sq2(q0 - data[2 * t], q1 - data[2 * t + 1]) : reducedDistance(Q, qo, data, t * d, d, p), seeds[j]);
        }
      }
      let worst = top.worst();
      let sp = 0;
      stack[sp] = 0; stackD[sp] = 0; sp++;
      while (sp > 0) {
        sp--;
        const node = stack[sp];
        // > not >=: a box at exactly the k-th distance may hold an equally distant point with a lower index
        if (stackD[sp] > worst) continue;
        const l = left[node];
        if (l < 0) {
          for (let t = start[node], e = end[node]; t < e; t++) {
            const r = fast2 ? sq2(q0 - data[2 * t], q1 - data[2 * t + 1]) : reducedDistance(Q, qo, data, t * d, d, p);
            if (r <= worst) {
              top.push(r, order[t]);
              worst = top.worst();
            }
          }
          continue;
        }
        const r = right[node];
        const dl = fast2 ? box2(q0, q1, lo, hi, l) : boxDistance(Q, qo, lo, hi, l, d, p);
        const dr = fast2 ? box2(q0, q1, lo, hi, r) : boxDistance(Q, qo, lo, hi, r, d, p);
        // push the farther child first so the nearer one is searched first
        if (dl <= dr) {
          stack[sp] = r; stackD[sp++] = dr;
          stack[sp] = l; stackD[sp++] = dl;
        } else {
          stack[sp] = l; stackD[sp++] = dl;
          stack[sp] = r; stackD[sp++] = dr;
        }
      }
      emit(top, q, k, p, out, sorted);
    }
    return out;
  }
}

/** Rearranges order[lo..hi] so order[kth] holds the point with the kth-smallest coordinate j. */
function quickselect(X: Float64Array, d: number, j: number, order: Int32Array, lo: number, hi: number, kth: number): void {
  while (hi > lo) {
    const pivot = X[order[(lo + hi) >>> 1] * d + j];
    let i = lo, k = hi;
    while (i <= k) {
      while (X[order[i] * d + j] < pivot) i++;
      while (X[order[k] * d + j] > pivot) k--;
      if (i <= k) {
        const t = order[i]; order[i] = order[k]; order[k] = t;
        i++; k--;
      }
    }
    if (kth <= k) hi = k;
    else if (kth >= i) lo = i;
    else return;
  }
}
