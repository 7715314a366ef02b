// One-vs-one as scikit-learn's SVC (through LIBSVM): one two-class SMO problem per pair of classes (a, b), a < b in
// sorted order, on the rows of those two classes only (class a's rows first, then b's, each in their original order),
// class a as +1. Then the fitted model in scikit-learn's layout: support_ grouped by class, dual_coef_ with one row
// per "other class", intercept_ per pair; and the "ovr" aggregation of pairwise decision values.
import { KernelCache, type KernelSpec } from './kernels';
import { SmoSolver, type SmoOptions } from './smo';

/** One pairwise problem: its classes (indices into classes), its rows (indices into X) and its solver. */
export interface PairProblem {
  a: number;
  b: number;
  rows: Int32Array;
  /** Rows of class a come first: rows[0..nA) are class a. */
  nA: number;
  solver: SmoSolver;
}

/** The data an SVC trains on, flat. */
export interface SvcData {
  X: Float64Array;
  n: number;
  d: number;
  /** Class index (into classes) per row. */
  cls: Int32Array;
  nClasses: number;
}

/** The pairs (a, b), a < b, in scikit-learn's order: (0,1), (0,2), …, (1,2), … */
export function classPairs(k: number): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) out.push([a, b]);
  return out;
}

/** Builds pair (a, b)'s problem: its rows, ±1 labels, per-row C (C × class weight) and a kernel cache. */
export function makePairProblem(
  data: SvcData, a: number, b: number, spec: KernelSpec, C: number, weights: Float64Array, opts: SmoOptions, cacheBytes: number,
): PairProblem {
  const rowsA: number[] = [], rowsB: number[] = [];
  for (let t = 0; t < data.n; t++) {
    if (data.cls[t] === a) rowsA.push(t);
    else if (data.cls[t] === b) rowsB.push(t);
  }
  const rows = Int32Array.from([...rowsA, ...rowsB]);
  const m = rows.length, d = data.d;
  const X = new Float64Array(m * d);
  for (let k = 0; k < m; k++) X.set(data.X.subarray(rows[k] * d, rows[k] * d + d), k * d);
  const y = new Int8Array(m), Cs = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const first = k < rowsA.length;
    y[k] = first ? 1 : -1;
    Cs[k] = C * weights[first ? a : b];
  }
  const cache = new KernelCache(spec, X, m, d, cacheBytes);
  return { a, b, rows, nA: rowsA.length, solver: new SmoSolver(cache, y, Cs, opts) };
}

/** The fitted model in scikit-learn's layout. */
export interface OvoModel {
  supportIndices: number[];
  nSupport: number[];
  /** (nClasses − 1) × nSV. */
  dualCoef: number[][];
  /** One per pair; for two classes the sign is flipped as scikit-learn does (positive means classes[1]). */
  intercept: number[];
}

/**
 * scikit-learn's layout from the pairwise solutions. A row is a support vector if its α is > 0 in any of its pairs.
 * For a support vector of class c, dual_coef_[r] holds y·α from its pair with the other class o, r = o < c ? o : o − 1,
 * y = +1 when c is the pair's first class. Two classes: dual_coef_ and intercept_ negated (scikit-learn's convention,
 * so that a positive decision means the second class).
 */
export function assemble(problems: PairProblem[], data: SvcData, rhos: number[]): OvoModel {
  const k = data.nClasses;
  const coefOf = new Map<number, Float64Array>(); // row → coefficient per other class (length k)
  for (const p of problems) {
    const alpha = p.solver.alpha;
    for (let t = 0; t < p.rows.length; t++) {
      if (alpha[t] === 0) continue;
      const row = p.rows[t], first = t < p.nA;
      let c = coefOf.get(row);
      if (!c) { c = new Float64Array(k); coefOf.set(row, c); }
      c[first ? p.b : p.a] = (first ? 1 : -1) * alpha[t];
    }
  }
  const supportIndices: number[] = [], nSupport = new Array<number>(k).fill(0);
  for (let c = 0; c < k; c++) {
    for (let row = 0; row < data.n; row++) {
      if (data.cls[row] === c && coefOf.has(row)) { supportIndices.push(row); nSupport[c]++; }
    }
  }
  const sign = k === 2 ? -1 : 1;
  const dualCoef = Array.from({ length: k - 1 }, () => new Array<number>(supportIndices.length).fill(0));
  supportIndices.forEach((row, s) => {
    const c = data.cls[row], coef = coefOf.get(row)!;
    for (let o = 0; o < k; o++) if (o !== c) dualCoef[o < c ? o : o - 1][s] = sign * coef[o];
  });
  return { supportIndices, nSupport, dualCoef, intercept: rhos.map((r) => -sign * r) };
}

/**
 * scikit-learn's "ovr" decision values from the pairwise ones (LIBSVM's sign: positive = the pair's first class):
 * each class's votes plus its summed confidences squashed into (−⅓, ⅓), so ties in votes break by confidence
 * without ever changing the vote order.
 */
export function ovrFromOvo(pairDec: ArrayLike<number>, k: number, out: Float64Array = new Float64Array(k)): Float64Array {
  const votes = new Float64Array(k), conf = new Float64Array(k);
  let p = 0;
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++, p++) {
      const v = pairDec[p];
      conf[a] += v;
      conf[b] -= v;
      if (v < 0) votes[b]++; else votes[a]++;
    }
  }
  for (let c = 0; c < k; c++) out[c] = votes[c] + conf[c] / (3 * (Math.abs(conf[c]) + 1));
  return out;
}

/** LIBSVM's prediction: one vote per pair (a wins when its decision value is > 0), the first class with most votes. */
export function voteOvo(pairDec: ArrayLike<number>, k: number): number {
  const votes = new Int32Array(k);
  let p = 0;
  for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++, p++) votes[pairDec[p] > 0 ? a : b]++;
  let best = 0;
  for (let c = 1; c < k; c++) if (votes[c] > votes[best]) best = c;
  return best;
}
