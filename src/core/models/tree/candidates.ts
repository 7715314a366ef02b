/**
 * Every threshold a decision tree considers on one feature of one node, with the impurity decrease of each:
 * what a tree widget shows for a step ("these were the candidates, this one won"). Same rules as the splitter
 * (float32 values, midpoints between distinct values, minSamplesLeaf), so the best candidate of the feature a
 * tree split on is that tree's split.
 */
import { entropyOf, giniOf, type ClassificationCriterion, type RegressionCriterion } from './criterion';
import { toFloat32Columns } from './input';
import { FEATURE_THRESHOLD } from './split-types';

export interface SplitCandidate {
  /** x ≤ threshold goes left. */
  threshold: number;
  nLeft: number;
  nRight: number;
  impurityLeft: number;
  impurityRight: number;
  /** Node impurity − (w_L·I_L + w_R·I_R)/w: the decrease within the node (a tree's `improvement` also scales by w/W). */
  impurityDecrease: number;
}

export interface SplitCandidatesOptions {
  criterion?: ClassificationCriterion | RegressionCriterion;
  /** Rows of X that are in the node (default: all). */
  samples?: readonly number[];
  sampleWeight?: readonly number[] | null;
  minSamplesLeaf?: number;
}

export interface SplitCandidates {
  /** Impurity of the node before the split. */
  impurity: number;
  candidates: SplitCandidate[];
  /** Index into candidates of the largest decrease (the first on ties), −1 if there is none. */
  best: number;
}

/** All candidate splits of `feature` over the node's samples. */
export function splitCandidates(X: number[][], y: readonly number[], feature: number, options: SplitCandidatesOptions = {}): SplitCandidates {
  const { criterion = 'gini', minSamplesLeaf = 1 } = options;
  const { cols, n, d } = toFloat32Columns(X, 'splitCandidates');
  if (!Number.isInteger(feature) || feature < 0 || feature >= d) throw new RangeError(`feature must be an integer in [0, ${d - 1}], got ${feature}`);
  if (!Array.isArray(y) || y.length !== n) throw new RangeError(`X and y have different lengths (${n} vs ${Array.isArray(y) ? y.length : 'y is not an array'})`);
  const rows = (options.samples ?? Array.from({ length: n }, (_, i) => i)).filter((i) => (options.sampleWeight ? options.sampleWeight[i] > 0 : true));
  const x = (i: number) => cols[feature * n + i];
  rows.sort((a, b) => x(a) - x(b) || a - b);
  const w = (i: number) => (options.sampleWeight ? options.sampleWeight[i] : 1);
  const regression = criterion === 'squaredError';
  const classes = regression ? [] : [...new Set(rows.map((i) => y[i]))].sort((a, b) => a - b);
  const index = new Map(classes.map((c, k) => [c, k]));
  const impurityOf = (s: number[], sq: number, wt: number) => {
    if (regression) return sq / wt - (s[0] / wt) ** 2;
    return criterion === 'gini' ? giniOf(s, wt) : entropyOf(s, wt);
  };
  const total = new Array<number>(regression ? 1 : classes.length).fill(0);
  let wN = 0, sqN = 0;
  for (const i of rows) {
    if (regression) { total[0] += w(i) * y[i]; sqN += w(i) * y[i] * y[i]; }
    else total[index.get(y[i]) as number] += w(i);
    wN += w(i);
  }
  const impurity = rows.length ? impurityOf(total, sqN, wN) : 0;
  const left = total.map(() => 0);
  let wL = 0, sqL = 0, bestDecrease = -Infinity, best = -1;
  const candidates: SplitCandidate[] = [];
  for (let p = 1; p < rows.length; p++) {
    const i = rows[p - 1];
    if (regression) { left[0] += w(i) * y[i]; sqL += w(i) * y[i] * y[i]; }
    else left[index.get(y[i]) as number] += w(i);
    wL += w(i);
    const a = x(i), b = x(rows[p]);
    if (b <= a + FEATURE_THRESHOLD || p < minSamplesLeaf || rows.length - p < minSamplesLeaf) continue;
    const right = total.map((t, k) => t - left[k]), wR = wN - wL;
    const impurityLeft = impurityOf(left, sqL, wL), impurityRight = impurityOf(right, sqN - sqL, wR);
    let threshold = a / 2 + b / 2;
    if (threshold === b || !Number.isFinite(threshold)) threshold = a;
    const impurityDecrease = impurity - (wL / wN) * impurityLeft - (wR / wN) * impurityRight;
    if (impurityDecrease > bestDecrease) { bestDecrease = impurityDecrease; best = candidates.length; }
    candidates.push({ threshold, nLeft: p, nRight: rows.length - p, impurityLeft, impurityRight, impurityDecrease });
  }
  return { impurity, candidates, best };
}
