/**
 * Minkowski distances in "reduced" form (squared for p = 2, Σ|d|^p for other p, max|d| for p = ∞), which keeps
 * the order and avoids roots in the search loops; fromReduced takes the root once per result. Split from
 * knn-index.ts, which documents the search itself.
 */

export interface MinkowskiSpec {
  /** 1 = manhattan, 2 = euclidean, Infinity = chebyshev, any other p ≥ 1 = minkowski */
  p: number;
}

export function reducedDistance(a: ArrayLike<number>, aOff: number, b: ArrayLike<number>, bOff: number, d: number, p: number): number {
  let s = 0;
  if (p === 2) {
    for (let j = 0; j < d; j++) { const t = a[aOff + j] - b[bOff + j]; s += t * t; }
  } else if (p === 1) {
    for (let j = 0; j < d; j++) s += Math.abs(a[aOff + j] - b[bOff + j]);
  } else if (p === Infinity) {
    for (let j = 0; j < d; j++) s = Math.max(s, Math.abs(a[aOff + j] - b[bOff + j]));
  } else {
    for (let j = 0; j < d; j++) s += Math.abs(a[aOff + j] - b[bOff + j]) ** p;
  }
  return s;
}

export function fromReduced(r: number, p: number): number {
  if (p === 2) return Math.sqrt(r);
  if (p === 1 || p === Infinity) return r;
  return r ** (1 / p);
}

export function sq2(a: number, b: number): number {
  return a * a + b * b;
}

/** Squared Euclidean distance from a 2-D query to a node's box (0 inside). */
export function box2(q0: number, q1: number, lo: Float64Array, hi: Float64Array, node: number): number {
  const l0 = lo[2 * node], h0 = hi[2 * node], l1 = lo[2 * node + 1], h1 = hi[2 * node + 1];
  const g0 = q0 < l0 ? l0 - q0 : q0 > h0 ? q0 - h0 : 0;
  const g1 = q1 < l1 ? l1 - q1 : q1 > h1 ? q1 - h1 : 0;
  return g0 * g0 + g1 * g1;
}

/** Reduced distance from a query to a node's box (0 inside). */
export function boxDistance(Q: Float64Array, qo: number, lo: Float64Array, hi: Float64Array, node: number, d: number, p: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const v = Q[qo + j];
    const l = lo[node * d + j], h = hi[node * d + j];
    const g = v < l ? l - v : v > h ? v - h : 0;
    if (p === 2) s += g * g;
    else if (p === 1) s += g;
    else if (p === Infinity) s = Math.max(s, g);
    else s += g ** p;
  }
  return s;
}
