// Label-based classification metrics with scikit-learn's semantics (version 1.2, zero_division=0 by default).
import { checkConsistentLength, checkNonEmpty } from '../validation';
import { labelIndex, uniqueLabels, type Label } from './labels';

export type Average = 'binary' | 'macro' | 'micro' | 'weighted';

export interface ConfusionMatrixOptions {
  /** Row/column order; labels not listed are ignored. Default: sorted union of yTrue and yPred. */
  labels?: Label[];
  /** Divide by row sums ('true'), column sums ('pred') or the total ('all'); 0/0 gives 0. */
  normalize?: 'true' | 'pred' | 'all';
}

/**
 * Confusion matrix C where C[i][j] counts samples of true class labels[i] predicted as labels[j]
 * (rows = truth, columns = prediction, as scikit-learn). The third argument is the labels array or an options object.
 */
export function confusionMatrix(
  yTrue: ArrayLike<Label>,
  yPred: ArrayLike<Label>,
  labelsOrOptions?: Label[] | ConfusionMatrixOptions,
): number[][] {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  const opts: ConfusionMatrixOptions = Array.isArray(labelsOrOptions) ? { labels: labelsOrOptions } : (labelsOrOptions ?? {});
  let labels: Label[];
  if (opts.labels === undefined) {
    labels = uniqueLabels(yTrue, yPred);
  } else {
    labels = opts.labels;
    if (labels.length === 0) throw new RangeError("'labels' should contain at least one label");
    if (yTrue.length > 0) {
      const present = new Set(Array.from(yTrue));
      if (!labels.some((l) => present.has(l))) throw new RangeError('At least one label specified must be in yTrue');
    }
  }
  const k = labels.length;
  const index = labelIndex(labels);
  const cm: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let s = 0; s < yTrue.length; s++) {
    const i = index.get(yTrue[s]);
    const j = index.get(yPred[s]);
    if (i !== undefined && j !== undefined) cm[i][j]++;
  }
  return opts.normalize ? normalizeMatrix(cm, opts.normalize) : cm;
}

/** Row ('true'), column ('pred') or total ('all') normalisation; empty rows/columns stay 0 (scikit-learn's nan_to_num). */
export function normalizeMatrix(cm: number[][], how: 'true' | 'pred' | 'all'): number[][] {
  const rowSum = cm.map((r) => r.reduce((a, b) => a + b, 0));
  const colSum = cm[0]?.map((_, j) => cm.reduce((a, r) => a + r[j], 0)) ?? [];
  const total = rowSum.reduce((a, b) => a + b, 0);
  if (how !== 'true' && how !== 'pred' && how !== 'all') throw new RangeError(`normalize must be 'true', 'pred' or 'all', got ${String(how)}`);
  return cm.map((r, i) =>
    r.map((v, j) => {
      const d = how === 'true' ? rowSum[i] : how === 'pred' ? colSum[j] : total;
      return d === 0 ? 0 : v / d;
    }),
  );
}

/** Per-label counts: true positives, predicted count, true count; n = all samples. */
interface LabelCounts { tp: number[]; pred: number[]; true: number[]; n: number }

function labelCounts(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, labels: Label[]): LabelCounts {
  const index = labelIndex(labels);
  const k = labels.length;
  const tp = new Array<number>(k).fill(0), pred = new Array<number>(k).fill(0), tru = new Array<number>(k).fill(0);
  for (let s = 0; s < yTrue.length; s++) {
    const i = index.get(yTrue[s]);
    const j = index.get(yPred[s]);
    if (i !== undefined) tru[i]++;
    if (j !== undefined) pred[j]++;
    if (i !== undefined && i === j) tp[i]++;
  }
  return { tp, pred, true: tru, n: yTrue.length };
}

export interface PrfOptions {
  /** 'binary' (default for the scalar scores) reports posLabel only; the others average over labels. */
  average?: Average | null;
  /** The positive class for average='binary' (default 1). */
  posLabel?: Label;
  /** Labels to include (and their order for average=null). Default: sorted union of yTrue and yPred. */
  labels?: Label[];
  /** Value for 0/0 (no predicted or no true samples of a class): 0 (default) or 1. */
  zeroDivision?: 0 | 1;
}

export interface FbetaOptions extends PrfOptions { beta?: number }

/** Which labels a set-wise metric looks at, with scikit-learn's checks (_check_set_wise_labels). */
function setWiseLabels(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, average: Average | null, opts: PrfOptions): Label[] {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  const present = uniqueLabels(yTrue, yPred);
  if (average === 'binary') {
    if (present.length > 2) {
      throw new RangeError("Target is multiclass but average='binary'. Choose average 'macro', 'micro', 'weighted' or null.");
    }
    const pos = opts.posLabel ?? 1;
    if (!present.includes(pos) && present.length >= 2) {
      throw new RangeError(`posLabel=${String(pos)} is not a valid label. It should be one of [${present.join(', ')}]`);
    }
    return [pos];
  }
  if (average !== null && !['macro', 'micro', 'weighted'].includes(average)) {
    throw new RangeError(`average has to be one of 'binary', 'macro', 'micro', 'weighted' or null, got ${String(average)}`);
  }
  return opts.labels ?? present;
}

const div = (a: number, b: number, z: number) => (b === 0 ? z : a / b);

/** Average per-label values as scikit-learn: plain mean (macro) or weighted by support (weighted). */
function avg(values: number[], weights: number[] | null): number {
  if (values.length === 0) return 0;
  if (!weights) return values.reduce((a, b) => a + b, 0) / values.length;
  const w = weights.reduce((a, b) => a + b, 0);
  return values.reduce((a, v, i) => a + v * weights[i], 0) / w;
}

export interface PrfResult<T> { precision: T; recall: T; fScore: T; support: T extends number ? null : number[]; labels: Label[] }

/**
 * scikit-learn's precision_recall_fscore_support. With average=null (default) returns one value per label
 * (in `labels` order) and the support; otherwise the averaged scalars.
 */
export function precisionRecallFscoreSupport(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: FbetaOptions & { average: Average }): PrfResult<number>;
export function precisionRecallFscoreSupport(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: FbetaOptions & { average?: null }): PrfResult<number[]>;
export function precisionRecallFscoreSupport(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: FbetaOptions): PrfResult<number> | PrfResult<number[]>;
export function precisionRecallFscoreSupport(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: FbetaOptions = {}): PrfResult<number> | PrfResult<number[]> {
  const beta = options.beta ?? 1;
  if (!(beta >= 0)) throw new RangeError('beta should be >= 0 in the F-beta score');
  const z = options.zeroDivision ?? 0;
  if (z !== 0 && z !== 1) throw new RangeError('zeroDivision must be 0 or 1');
  const average = options.average ?? null;
  const labels = setWiseLabels(yTrue, yPred, average, options);
  let { tp, pred, true: tru } = labelCounts(yTrue, yPred, labels);
  if (average === 'micro') {
    const sum = (a: number[]) => [a.reduce((x, y) => x + y, 0)];
    tp = sum(tp); pred = sum(pred); tru = sum(tru);
  }
  const b2 = beta * beta;
  const precision = tp.map((t, i) => div(t, pred[i], z));
  const recall = tp.map((t, i) => div(t, tru[i], z));
  const fScore = precision.map((p, i) => {
    if (beta === Infinity) return recall[i];
    const d = b2 * p + recall[i];
    return ((1 + b2) * p * recall[i]) / (d === 0 ? 1 : d);
  });
  if (average === null) return { precision, recall, fScore, support: tru, labels };
  let weights: number[] | null = null;
  if (average === 'weighted') {
    weights = tru;
    if (tru.reduce((a, b) => a + b, 0) === 0) {
      // No true samples of any requested label: scikit-learn returns zero_division (or 0 when some were predicted).
      const allNeg = pred.reduce((a, b) => a + b, 0) === 0;
      return { precision: allNeg ? z : 0, recall: z, fScore: allNeg ? z : 0, support: null, labels };
    }
  }
  return { precision: avg(precision, weights), recall: avg(recall, weights), fScore: avg(fScore, weights), support: null, labels };
}

type ScoreFn = {
  (yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: PrfOptions & { average: null }): number[];
  (yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrfOptions): number;
};

function scalarOrArray(pick: (r: PrfResult<number> | PrfResult<number[]>) => number | number[], beta?: number): ScoreFn {
  return ((yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: PrfOptions = {}) => {
    const average = options.average === undefined ? 'binary' : options.average;
    return pick(precisionRecallFscoreSupport(yTrue, yPred, { ...options, average, beta: beta ?? 1 }));
  }) as ScoreFn;
}

/** Precision tp / (tp + fp). average defaults to 'binary' with posLabel 1; average: null gives per-label values. */
export const precisionScore: ScoreFn = scalarOrArray((r) => r.precision);
/** Recall = sensitivity = true-positive rate tp / (tp + fn). */
export const recallScore: ScoreFn = scalarOrArray((r) => r.recall);
/** Harmonic mean of precision and recall. */
export const f1Score: ScoreFn = scalarOrArray((r) => r.fScore);

/**
 * F-beta: (1+β²)·P·R / (β²·P + R). β > 1 weighs recall more. `fbetaScore(yTrue, yPred, 2)` or
 * `fbetaScore(yTrue, yPred, { beta: 2, average: 'macro' })`.
 */
export function fbetaScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: FbetaOptions & { average: null }): number[];
export function fbetaScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, betaOrOptions: number | FbetaOptions): number;
export function fbetaScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, betaOrOptions: number | FbetaOptions): number | number[] {
  const opts: FbetaOptions = typeof betaOrOptions === 'number' ? { beta: betaOrOptions } : betaOrOptions;
  if (opts.beta === undefined) throw new RangeError('fbetaScore needs beta');
  const average = opts.average === undefined ? 'binary' : opts.average;
  return precisionRecallFscoreSupport(yTrue, yPred, { ...opts, average }).fScore;
}

/**
 * Specificity = true-negative rate tn / (tn + fp), the recall of "not this class" (as imbalanced-learn's
 * specificity_score). Same options as recallScore; 'weighted' weighs by each class's support (true count).
 */
export function specificityScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: PrfOptions & { average: null }): number[];
export function specificityScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options?: PrfOptions): number;
export function specificityScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: PrfOptions = {}): number | number[] {
  const z = options.zeroDivision ?? 0;
  const average = options.average === undefined ? 'binary' : options.average;
  const labels = setWiseLabels(yTrue, yPred, average, options);
  const { tp, pred, true: tru, n } = labelCounts(yTrue, yPred, labels);
  const fp = pred.map((p, i) => p - tp[i]);
  const tn = tp.map((t, i) => n - t - fp[i] - (tru[i] - t));
  if (average === 'micro') {
    const sTn = tn.reduce((a, b) => a + b, 0), sFp = fp.reduce((a, b) => a + b, 0);
    return div(sTn, sTn + sFp, z);
  }
  const spec = tn.map((t, i) => div(t, t + fp[i], z));
  if (average === null) return spec;
  if (average === 'weighted') {
    if (tru.reduce((a, b) => a + b, 0) === 0) return z;
    return avg(spec, tru);
  }
  return avg(spec, null);
}

/**
 * Mean of per-class recall over the classes present in yTrue (scikit-learn's balanced_accuracy_score).
 * `adjusted: true` rescales so chance is 0 and perfect is 1.
 */
export function balancedAccuracyScore(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>, options: { adjusted?: boolean } = {}): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  const labels = uniqueLabels(yTrue, yPred);
  const { tp, true: tru } = labelCounts(yTrue, yPred, labels);
  // Classes only predicted, never true, have no recall: scikit-learn drops them (with a warning).
  const per = tp.map((t, i) => (tru[i] === 0 ? NaN : t / tru[i])).filter((v) => !Number.isNaN(v));
  let score = avg(per, null);
  if (options.adjusted) {
    const chance = 1 / per.length;
    score = (score - chance) / (1 - chance);
  }
  return score;
}

/**
 * Matthews correlation coefficient, multiclass form (Gorodkin's R_K) as scikit-learn:
 * (c·s − Σ p_k t_k) / sqrt((s² − Σ p_k²)(s² − Σ t_k²)); 0 when the denominator is 0.
 */
export function matthewsCorrcoef(yTrue: ArrayLike<Label>, yPred: ArrayLike<Label>): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  const labels = uniqueLabels(yTrue, yPred);
  const { tp, pred, true: tru, n } = labelCounts(yTrue, yPred, labels);
  const correct = tp.reduce((a, b) => a + b, 0);
  let pt = 0, pp = 0, tt = 0;
  for (let i = 0; i < labels.length; i++) { pt += pred[i] * tru[i]; pp += pred[i] * pred[i]; tt += tru[i] * tru[i]; }
  const covYtYp = correct * n - pt;
  const covYpYp = n * n - pp;
  const covYtYt = n * n - tt;
  if (covYpYp * covYtYt === 0) return 0;
  return covYtYp / Math.sqrt(covYtYt * covYpYp);
}
