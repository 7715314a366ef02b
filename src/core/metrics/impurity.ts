// Node impurity measures and the best threshold split on one feature, as a decision tree (CART) chooses it.
import { checkConsistentLength, checkNonEmpty } from '../validation';
import { labelIndex, uniqueLabels, type Label } from './labels';

function proportions(counts: ArrayLike<number>): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!(c >= 0) || !Number.isFinite(c)) throw new RangeError(`class counts must be finite and ≥ 0, got ${c}`);
    total += c;
  }
  const p: number[] = [];
  if (total === 0) return p; // an empty node is pure by convention (impurity 0)
  for (let i = 0; i < counts.length; i++) p.push(counts[i] / total);
  return p;
}

/** Gini impurity 1 − Σ p_k² of class counts (or proportions). Empty node: 0. */
export function giniImpurity(counts: ArrayLike<number>): number {
  const p = proportions(counts);
  if (p.length === 0) return 0;
  let s = 0;
  for (const v of p) s += v * v;
  return 1 - s;
}

/** Shannon entropy −Σ p_k log₂ p_k in bits (0·log 0 = 0), as scikit-learn's tree criterion 'entropy'. */
export function entropy(counts: ArrayLike<number>): number {
  let h = 0;
  for (const v of proportions(counts)) if (v > 0) h -= v * Math.log2(v);
  return h + 0; // avoid -0 for pure nodes
}

/** Misclassification rate 1 − max_k p_k: the error of predicting the majority class. */
export function misclassificationImpurity(counts: ArrayLike<number>): number {
  const p = proportions(counts);
  return p.length === 0 ? 0 : 1 - Math.max(...p);
}

export type Criterion = 'gini' | 'entropy' | 'misclassification';

const measures: Record<Criterion, (c: ArrayLike<number>) => number> = {
  gini: giniImpurity,
  entropy,
  misclassification: misclassificationImpurity,
};

function measureOf(c: Criterion | undefined): (counts: ArrayLike<number>) => number {
  const m = measures[c ?? 'gini'];
  if (!m) throw new RangeError(`criterion must be 'gini', 'entropy' or 'misclassification', got ${String(c)}`);
  return m;
}

export interface SplitSide { n: number; counts: number[]; impurity: number }

export interface Split {
  /** Samples with x ≤ threshold go left. */
  threshold: number;
  left: SplitSide;
  right: SplitSide;
  /** Impurity of the unsplit node. */
  parentImpurity: number;
  /** (n_L·I_L + n_R·I_R) / n. */
  weightedImpurity: number;
  /** parentImpurity − weightedImpurity. */
  impurityDecrease: number;
  /** Class order of the counts arrays (sorted labels of y). */
  classes: Label[];
}

export interface SplitOptions {
  criterion?: Criterion;
  /** Class order for the counts (default: sorted unique labels of y). */
  classes?: Label[];
}

function side(counts: number[], measure: (c: ArrayLike<number>) => number): SplitSide {
  return { n: counts.reduce((a, b) => a + b, 0), counts, impurity: measure(counts) };
}

function build(threshold: number, l: number[], r: number[], measure: (c: ArrayLike<number>) => number, classes: Label[]): Split {
  const left = side(l, measure), right = side(r, measure);
  const n = left.n + right.n;
  const parentImpurity = measure(l.map((v, k) => v + r[k]));
  const weightedImpurity = n === 0 ? 0 : (left.n * left.impurity + right.n * right.impurity) / n;
  return { threshold, left, right, parentImpurity, weightedImpurity, impurityDecrease: parentImpurity - weightedImpurity, classes };
}

/** Counts, impurities and decrease for one given threshold (x ≤ threshold goes left): what a dragged split line shows. */
export function evaluateSplit(x: ArrayLike<number>, y: ArrayLike<Label>, threshold: number, options: SplitOptions | Criterion = {}): Split {
  checkConsistentLength(x, y, ['x', 'y']);
  if (typeof options === 'string') options = { criterion: options };
  const classes = options.classes ?? uniqueLabels(y);
  const idx = labelIndex(classes);
  const l = new Array<number>(classes.length).fill(0), r = new Array<number>(classes.length).fill(0);
  for (let i = 0; i < x.length; i++) {
    const k = idx.get(y[i]);
    if (k === undefined) throw new RangeError(`label ${String(y[i])} is not among classes`);
    if (x[i] <= threshold) l[k]++; else r[k]++;
  }
  return build(threshold, l, r, measureOf(options.criterion), classes);
}

/**
 * The best threshold split of one feature, as scikit-learn's BestSplitter: candidate thresholds are midpoints
 * between consecutive distinct sorted values, the split maximising the impurity decrease wins, and on exact ties
 * the lowest threshold. Returns null when x has a single distinct value (no split possible).
 */
export function bestSplit(x: ArrayLike<number>, y: ArrayLike<Label>, options: SplitOptions | Criterion = {}): Split | null {
  checkConsistentLength(x, y, ['x', 'y']);
  if (typeof options === 'string') options = { criterion: options };
  checkNonEmpty(x, 'x');
  const classes = options.classes ?? uniqueLabels(y);
  const idx = labelIndex(classes);
  const measure = measureOf(options.criterion);
  const n = x.length, K = classes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b]);
  const cls = order.map((i) => {
    const k = idx.get(y[i]);
    if (k === undefined) throw new RangeError(`label ${String(y[i])} is not among classes`);
    if (!Number.isFinite(x[i])) throw new RangeError(`x contains a non-finite value at index ${i}`);
    return k;
  });
  const total = new Array<number>(K).fill(0);
  for (const k of cls) total[k]++;
  const left = new Array<number>(K).fill(0);
  let best = -Infinity, bestP = -1;
  for (let p = 1; p < n; p++) {
    left[cls[p - 1]]++;
    const a = x[order[p - 1]], b = x[order[p]];
    if (a === b) continue;
    const right = total.map((t, k) => t - left[k]);
    // Same quantity scikit-learn compares (its proxy): −(n_L·I_L + n_R·I_R); strict > keeps the first best.
    const score = -(p * measure(left) + (n - p) * measure(right));
    if (score > best) { best = score; bestP = p; }
  }
  if (bestP < 0) return null;
  const a = x[order[bestP - 1]], b = x[order[bestP]];
  let threshold = a / 2 + b / 2;
  if (threshold === b || !Number.isFinite(threshold)) threshold = a; // rounding guard, as scikit-learn
  const l = new Array<number>(K).fill(0);
  for (let q = 0; q < bestP; q++) l[cls[q]]++;
  return build(threshold, l, total.map((t, k) => t - l[k]), measure, classes);
}

/** Best split over all columns of X (rows × features): the feature index is added; ties go to the lowest feature. */
export function bestSplitFeatures(X: number[][], y: ArrayLike<Label>, options: SplitOptions | Criterion = {}): (Split & { feature: number }) | null {
  checkConsistentLength(X, y, ['X', 'y']);
  if (typeof options === 'string') options = { criterion: options };
  checkNonEmpty(X, 'X');
  const classes = options.classes ?? uniqueLabels(y);
  let out: (Split & { feature: number }) | null = null;
  for (let f = 0; f < X[0].length; f++) {
    const s = bestSplit(X.map((r) => r[f]), y, { ...options, classes });
    if (s && (!out || s.impurityDecrease > out.impurityDecrease + 1e-12)) out = { ...s, feature: f };
  }
  return out;
}
