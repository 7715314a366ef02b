/**
 * Univariate score functions, as scikit-learn's sklearn.feature_selection: each scores every feature on its own
 * against y and returns the statistic and its p-value. They see one feature at a time, so a feature useful only
 * together with another (XOR) scores nothing, and two copies of one feature score the same (redundancy is invisible).
 *
 * - fClassif: one-way ANOVA F per feature (between-class over within-class variance).
 * - fRegression: F from the Pearson correlation with a continuous y (force_finite, as scikit-learn's default).
 * - chi2: Pearson's chi-squared between a non-negative feature (counts, frequencies) and the class.
 */
import { checkXy } from '../validation';
import { chi2Sf, fSf } from './special';

/** Scores and p-values per feature (scikit-learn returns the pair (scores, pvalues)). */
export interface FeatureScores {
  scores: number[];
  pvalues: number[];
}

/** A score function for SelectKBest: rows X, targets y → scores (and p-values when the test has them). */
export type ScoreFunc = (X: number[][], y: number[]) => FeatureScores | { scores: number[]; pvalues?: number[] };

function groupByClass(y: number[], classes: number[]): Int32Array {
  const index = new Map(classes.map((c, i) => [c, i]));
  return Int32Array.from(y, (v) => index.get(v)!);
}

/**
 * One-way ANOVA F per feature, as scikit-learn's f_classif: F = [SS_between / (k − 1)] / [SS_within / (n − k)],
 * p = P(F_{k−1, n−k} > F). A constant feature has 0/0 = NaN (scikit-learn warns and returns NaN too); a feature that
 * is constant within every class but differs between them has F = Infinity and p = 0.
 * Sums of squares are taken about the means (two passes), not scikit-learn's Σx² − (Σx)²/n, which can lose digits.
 */
export function fClassif(X: number[][], y: number[]): FeatureScores {
  const who = 'fClassif';
  const { n, d, classes } = checkXy(X, y, { who, kind: 'classes', minSamples: 1 });
  const k = classes.length;
  if (k < 2) throw new RangeError(`${who}: y has only one class (${classes[0]}); an F-test compares at least two`);
  if (n <= k) throw new RangeError(`${who}: ${n} samples for ${k} classes leave no degrees of freedom within the classes (need n > number of classes)`);
  const g = groupByClass(y, classes);
  const counts = new Float64Array(k);
  for (let i = 0; i < n; i++) counts[g[i]]++;
  const scores: number[] = [], pvalues: number[] = [];
  const sums = new Float64Array(k);
  for (let j = 0; j < d; j++) {
    sums.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) { sums[g[i]] += X[i][j]; total += X[i][j]; }
    const mean = total / n;
    let ssb = 0;
    for (let c = 0; c < k; c++) ssb += counts[c] * (sums[c] / counts[c] - mean) ** 2;
    let ssw = 0;
    for (let i = 0; i < n; i++) ssw += (X[i][j] - sums[g[i]] / counts[g[i]]) ** 2;
    const f = (ssb / (k - 1)) / (ssw / (n - k));
    scores.push(f);
    pvalues.push(Number.isNaN(f) ? NaN : fSf(f, k - 1, n - k));
  }
  return { scores, pvalues };
}

/**
 * Pearson's r between each feature and y, as scikit-learn's r_regression (center = true). With forceFinite (the
 * default) a constant feature or a constant y gives 0 instead of NaN.
 */
export function rRegression(X: number[][], y: number[], options: { forceFinite?: boolean } = {}): number[] {
  const { n, d } = checkXy(X, y, { who: 'rRegression', minSamples: 1 });
  const forceFinite = options.forceFinite ?? true;
  let ym = 0;
  for (let i = 0; i < n; i++) ym += y[i];
  ym /= n;
  let yy = 0;
  for (let i = 0; i < n; i++) yy += (y[i] - ym) ** 2;
  const r: number[] = [];
  for (let j = 0; j < d; j++) {
    let xm = 0;
    for (let i = 0; i < n; i++) xm += X[i][j];
    xm /= n;
    let xy = 0, xx = 0;
    for (let i = 0; i < n; i++) { const dx = X[i][j] - xm; xy += dx * (y[i] - ym); xx += dx * dx; }
    const v = xy / Math.sqrt(xx * yy);
    r.push(forceFinite && !Number.isFinite(v) ? 0 : v);
  }
  return r;
}

/**
 * F-test of each feature's linear relation with a continuous y, as scikit-learn's f_regression:
 * F = r² / (1 − r²) · (n − 2), p = P(F_{1, n−2} > F). forceFinite (default, as scikit-learn): a constant feature or y
 * gives F = 0, p = 1; a perfectly correlated feature gives F = Number.MAX_VALUE, p = 0.
 */
export function fRegression(X: number[][], y: number[], options: { forceFinite?: boolean } = {}): FeatureScores {
  const forceFinite = options.forceFinite ?? true;
  const r = rRegression(X, y, { forceFinite: false });
  const n = X.length;
  if (n < 3) throw new RangeError(`fRegression: needs at least 3 samples (the F-test has n − 2 degrees of freedom); got ${n}`);
  const dof = n - 2;
  const scores: number[] = [], pvalues: number[] = [];
  for (const v of r) {
    const r2 = v * v;
    let f = (r2 / (1 - r2)) * dof;
    let p = Number.isNaN(f) ? NaN : fSf(f, 1, dof);
    if (forceFinite && f === Infinity) { f = Number.MAX_VALUE; p = 0; }
    if (forceFinite && Number.isNaN(f)) { f = 0; p = 1; }
    scores.push(f);
    pvalues.push(p);
  }
  return { scores, pvalues };
}

/**
 * Chi-squared statistic between each non-negative feature and the class, as scikit-learn's chi2: the feature's
 * total per class (observed) against its total spread by class frequency (expected), Σ (O − E)² / E over the classes,
 * p = P(χ²_{k−1} > statistic). A feature that is 0 everywhere gives NaN (0/0), as in scikit-learn.
 */
export function chi2(X: number[][], y: number[]): FeatureScores {
  const who = 'chi2';
  const { n, d, classes } = checkXy(X, y, { who, kind: 'classes', minSamples: 1 });
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) {
    if (X[i][j] < 0) throw new RangeError(`${who}: X must be non-negative (counts or frequencies); X[${i}][${j}] = ${X[i][j]}`);
  }
  const k = classes.length;
  const g = groupByClass(y, classes);
  const classCount = new Float64Array(k);
  for (let i = 0; i < n; i++) classCount[g[i]]++;
  // scikit-learn's LabelBinarizer gives a one-class y a single column, so the statistic is over one class: 0, p = NaN.
  const scores: number[] = [], pvalues: number[] = [];
  const observed = new Float64Array(k);
  for (let j = 0; j < d; j++) {
    observed.fill(0);
    let total = 0;
    for (let i = 0; i < n; i++) { observed[g[i]] += X[i][j]; total += X[i][j]; }
    let stat = 0;
    for (let c = 0; c < k; c++) {
      const expected = (classCount[c] / n) * total;
      stat += (observed[c] - expected) ** 2 / expected;
    }
    scores.push(stat);
    pvalues.push(Number.isNaN(stat) || k < 2 ? NaN : chi2Sf(stat, k - 1));
  }
  return { scores, pvalues };
}
