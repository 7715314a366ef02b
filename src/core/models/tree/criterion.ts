/**
 * Split criteria with scikit-learn's formulas, written in its order of operations so that equal splits compare
 * equal here too (ties are then broken the same way: see splitter.ts).
 *
 * Classification works on weighted class sums: Gini 1 − Σ(s_c/w)², entropy −Σ p log₂ p ('logLoss' is the same
 * criterion under scikit-learn's newer name). Regression ('squaredError') on the weighted sum and sum of squares
 * of y: variance = Σwy²/w − (Σwy/w)².
 */

export type ClassificationCriterion = 'gini' | 'entropy' | 'logLoss';
export type RegressionCriterion = 'squaredError';
export type CriterionKind = 'gini' | 'entropy' | 'squaredError';

/** What every split search needs: float32 columns, targets and weights of all samples. */
export interface TreeData {
  /** `cols[f * n + i]`: feature f of sample i, float32. */
  cols: Float32Array;
  n: number;
  d: number;
  /** Class index per sample (classification), else null. */
  yClass: Int32Array | null;
  nClasses: number;
  /** Target per sample (regression), else null. */
  yValue: Float64Array | null;
  /** Sample weights (null: all 1). Samples of weight 0 take no part, as in scikit-learn. */
  weight: Float64Array | null;
}

/** A node's weighted totals: class sums (or Σwy), Σwy² (regression) and Σw. Never mutated once made. */
export interface NodeStats {
  weightedN: number;
  sum: number[];
  sqSum: number;
}

const log2 = (x: number) => Math.log(x) / Math.LN2;

/** Gini impurity of weighted class sums with total weight w. */
export function giniOf(sum: ArrayLike<number>, w: number): number {
  let sq = 0;
  for (let c = 0; c < sum.length; c++) sq += sum[c] * sum[c];
  return 1 - sq / (w * w);
}

/** Entropy in bits of weighted class sums with total weight w. */
export function entropyOf(sum: ArrayLike<number>, w: number): number {
  let h = 0;
  for (let c = 0; c < sum.length; c++) {
    if (sum[c] > 0) {
      const p = sum[c] / w;
      h -= p * log2(p);
    }
  }
  return h;
}

/** Gini over (left) and (total − left) at once, without allocating the right sums. */
export function giniRight(total: ArrayLike<number>, left: ArrayLike<number>, w: number): number {
  let sq = 0;
  for (let c = 0; c < total.length; c++) {
    const r = total[c] - left[c];
    sq += r * r;
  }
  return 1 - sq / (w * w);
}

export function entropyRight(total: ArrayLike<number>, left: ArrayLike<number>, w: number): number {
  let h = 0;
  for (let c = 0; c < total.length; c++) {
    const r = total[c] - left[c];
    if (r > 0) {
      const p = r / w;
      h -= p * log2(p);
    }
  }
  return h;
}

/**
 * scikit-learn's proxy of a classification split (proxy_impurity_improvement): −w_R·I_R − w_L·I_L from the left
 * class sums and the node's totals, in its order of operations, so that equal splits compare equal. The split
 * searches call it at every candidate threshold.
 */
export function classProxy(gini: boolean, left: Float64Array, total: ArrayLike<number>, wL: number, wR: number): number {
  const K = left.length;
  if (gini) {
    let sqL = 0, sqR = 0;
    for (let c = 0; c < K; c++) {
      const l = left[c], r = total[c] - l;
      sqL += l * l;
      sqR += r * r;
    }
    return -wR * (1 - sqR / (wR * wR)) - wL * (1 - sqL / (wL * wL));
  }
  let hL = 0, hR = 0;
  for (let c = 0; c < K; c++) {
    const l = left[c], r = total[c] - l;
    if (l > 0) hL -= (l / wL) * log2(l / wL);
    if (r > 0) hR -= (r / wR) * log2(r / wR);
  }
  return -wR * hR - wL * hL;
}

/** Impurity of a node from its totals. */
export function nodeImpurity(kind: CriterionKind, s: NodeStats): number {
  if (kind === 'gini') return giniOf(s.sum, s.weightedN);
  if (kind === 'entropy') return entropyOf(s.sum, s.weightedN);
  const mean = s.sum[0] / s.weightedN;
  return s.sqSum / s.weightedN - mean * mean;
}

/**
 * The impurity decrease scikit-learn reports and compares with minImpurityDecrease:
 * (w / W) · (I − w_R/w · I_R − w_L/w · I_L), W the total training weight.
 */
export function impurityImprovement(wTotal: number, wNode: number, impurity: number, wL: number, impL: number, wR: number, impR: number): number {
  return (wNode / wTotal) * (impurity - (wR / wNode) * impR - (wL / wNode) * impL);
}
