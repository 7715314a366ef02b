/**
 * What LDAvis computes from a fitted topic model (Sievert and Shirley 2014), as pure functions:
 * - relevance(w | t, λ) = λ·log p(w|t) + (1 − λ)·log(p(w|t) / p(w)), to rank a topic's words;
 * - the intertopic distance map: Jensen–Shannon divergences between the topics' word distributions, placed in
 *   2-D by classical multidimensional scaling (R's cmdscale, LDAvis's default `jsPCA`).
 */

/** Jensen–Shannon divergence (natural log) between two distributions of the same length. */
export function jensenShannon(p: ArrayLike<number>, q: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) {
    const m = (p[i] + q[i]) / 2;
    if (p[i] > 0) s += p[i] * Math.log(p[i] / m);
    if (q[i] > 0) s += q[i] * Math.log(q[i] / m);
  }
  return Math.max(0, s / 2);
}

/** Eigenvalues and eigenvectors (columns of `vectors`, row-major n × n) of a symmetric matrix, by cyclic Jacobi rotations. */
export function symmetricEigen(A: number[][]): { values: number[]; vectors: number[][] } {
  const n = A.length;
  const a = A.map((r) => r.slice());
  const v: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += a[i][j] * a[i][j];
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (Math.abs(a[p][q]) < 1e-300) continue;
        const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1), s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k][p], akq = a[k][q];
          a[k][p] = c * akp - s * akq; a[k][q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p][k], aqk = a[q][k];
          a[p][k] = c * apk - s * aqk; a[q][k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k][p], vkq = v[k][q];
          v[k][p] = c * vkp - s * vkq; v[k][q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: a.map((r, i) => r[i]), vectors: v };
}

/**
 * Classical MDS (cmdscale, k = 2) of a distance matrix: double-centre −D²/2, take the two largest eigenpairs,
 * coordinates = eigenvector · √eigenvalue (0 for a non-positive eigenvalue). One or two points: on a line.
 */
export function classicalMds(D: number[][]): [number, number][] {
  const n = D.length;
  if (n === 0) return [];
  const sq = D.map((r) => r.map((d) => d * d));
  const rowMean = sq.map((r) => r.reduce((a, b) => a + b, 0) / n);
  const all = rowMean.reduce((a, b) => a + b, 0) / n;
  const B = sq.map((r, i) => r.map((d, j) => -0.5 * (d - rowMean[i] - rowMean[j] + all)));
  const { values, vectors } = symmetricEigen(B);
  const order = values.map((_, i) => i).sort((i, j) => values[j] - values[i]);
  const coord = (axis: number, i: number) => {
    const e = order[axis];
    return e === undefined || !(values[e] > 1e-15) ? 0 : vectors[i][e] * Math.sqrt(values[e]);
  };
  return D.map((_, i) => [coord(0, i), coord(1, i)]);
}

/**
 * Orients each axis so that its largest coordinate (in absolute value) is positive, as scikit-learn's svd_flip
 * does: an eigenvector's sign is arbitrary, and this makes the map the same for the same state (a link) and keeps
 * it from mirroring between sweeps.
 */
export function orientAxes(points: [number, number][]): [number, number][] {
  const flip = [0, 1].map((a) => {
    let best = 0;
    for (const p of points) if (Math.abs(p[a]) > Math.abs(best) + 1e-12) best = p[a];
    return best < 0 ? -1 : 1;
  });
  return points.map(([x, y]) => [x * flip[0] || 0, y * flip[1] || 0]);
}

export interface RankedWord {
  word: number;
  relevance: number;
  /** p(w | t) */
  pTopic: number;
}

/**
 * The n most relevant words of a topic. `phi` is p(w | t) for this topic, `pw` the corpus share p(w).
 * λ = 1: by p(w | t); λ = 0: by lift p(w | t) / p(w). Ties go to the more probable word, then the lower index.
 */
export function rankByRelevance(phi: ArrayLike<number>, pw: ArrayLike<number>, lambda: number, n: number): RankedWord[] {
  const out: RankedWord[] = [];
  for (let w = 0; w < phi.length; w++) {
    if (!(phi[w] > 0 && pw[w] > 0)) continue;
    const lp = Math.log(phi[w]);
    out.push({ word: w, pTopic: phi[w], relevance: lambda * lp + (1 - lambda) * (lp - Math.log(pw[w])) });
  }
  out.sort((a, b) => b.relevance - a.relevance || b.pTopic - a.pTopic || a.word - b.word);
  return out.slice(0, n);
}
