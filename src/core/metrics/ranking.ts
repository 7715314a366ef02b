// Score-based metrics: ROC curve and AUC, precision-recall curve and average precision (scikit-learn 1.2 semantics).
import { checkConsistentLength, checkNonEmpty } from '../validation';
import { isMatrix, uniqueLabels, type Label } from './labels';
import { binaryClfCurve, mergeCurve, sortedAuc, splitSorted, type ClfCurve } from './curve';

export interface RocCurveOptions {
  posLabel?: Label;
  /**
   * Drop thresholds whose point is collinear with its neighbours (scikit-learn's default, true). They never change the
   * plotted curve or the AUC. false keeps one point per distinct score.
   */
  dropIntermediate?: boolean;
}

export interface RocCurve { fpr: number[]; tpr: number[]; thresholds: number[] }

/**
 * ROC curve as scikit-learn's roc_curve: thresholds are the distinct scores in decreasing order, a sample is
 * predicted positive when score ≥ threshold. The curve starts at (0, 0) with an extra first threshold
 * `thresholds[1] + 1` — the installed scikit-learn 1.2 does this; scikit-learn ≥ 1.3 uses +Infinity instead
 * (a finite value keeps the curve JSON-safe). Without negatives fpr is all NaN, without positives tpr is all NaN
 * (scikit-learn warns and does the same).
 */
export function rocCurve(yTrue: ArrayLike<Label>, yScore: ArrayLike<number>, options: RocCurveOptions = {}): RocCurve {
  const c = binaryClfCurve(yTrue, yScore, options.posLabel);
  return rocFromCurve(c, options.dropIntermediate ?? true);
}

function rocFromCurve(c: ClfCurve, drop: boolean): RocCurve {
  const { fps, tps, thresholds } = c;
  const n = fps.length;
  // Keep a point when the second difference of fps or tps is non-zero (a corner), plus both ends.
  const keep: number[] = [];
  for (let k = 0; k < n; k++) {
    if (!drop || n <= 2 || k === 0 || k === n - 1) { keep.push(k); continue; }
    if (fps[k - 1] - 2 * fps[k] + fps[k + 1] !== 0 || tps[k - 1] - 2 * tps[k] + tps[k + 1] !== 0) keep.push(k);
  }
  const P = tps[n - 1], N = fps[n - 1];
  const m = keep.length + 1;
  const fpr = new Array<number>(m), tpr = new Array<number>(m), thr = new Array<number>(m);
  fpr[0] = N > 0 ? 0 : NaN;
  tpr[0] = P > 0 ? 0 : NaN;
  thr[0] = thresholds[0] + 1;
  for (let q = 0; q < keep.length; q++) {
    const k = keep[q];
    fpr[q + 1] = N > 0 ? fps[k] / N : NaN;
    tpr[q + 1] = P > 0 ? tps[k] / P : NaN;
    thr[q + 1] = thresholds[k];
  }
  return { fpr, tpr, thresholds: thr };
}

/** Area under a curve by the trapezoidal rule (scikit-learn's auc); x must be monotonic. */
export function auc(x: ArrayLike<number>, y: ArrayLike<number>): number {
  checkConsistentLength(x, y, ['x', 'y']);
  if (x.length < 2) throw new RangeError(`At least 2 points are needed to compute area under curve, but x.length = ${x.length}`);
  let dir = 1;
  let inc = true, dec = true;
  for (let i = 1; i < x.length; i++) { if (x[i] < x[i - 1]) inc = false; if (x[i] > x[i - 1]) dec = false; }
  if (!inc) { if (dec) dir = -1; else throw new RangeError('x is neither increasing nor decreasing'); }
  let area = 0;
  for (let i = 1; i < x.length; i++) area += ((x[i] - x[i - 1]) * (y[i] + y[i - 1])) / 2;
  return dir * area;
}

export interface RocAucOptions {
  /** Multiclass strategy for an n×K score matrix: one-vs-rest or one-vs-one (Hand & Till). Required for K > 2. */
  multiClass?: 'ovr' | 'ovo' | 'raise';
  /** How per-class AUCs combine: 'macro' (default), 'weighted' (by class prevalence), 'micro' (ovr only). */
  average?: 'macro' | 'weighted' | 'micro';
  /** Sorted class labels matching the score columns; default: the sorted classes of yTrue. */
  labels?: Label[];
  /** Binary only: standardised partial AUC up to this false-positive rate (McClish correction). */
  maxFpr?: number;
}

const ONE_CLASS = 'Only one class present in yTrue. ROC AUC score is not defined in that case.';

function binaryAuc(isPos: (i: number) => boolean, scores: ArrayLike<number>): number {
  const s = splitSorted(isPos, scores);
  if (s.pos.length === 0 || s.neg.length === 0) throw new RangeError(ONE_CLASS);
  return sortedAuc(s.pos, s.neg);
}

function column(M: ArrayLike<ArrayLike<number>>, j: number): Float64Array {
  const out = new Float64Array(M.length);
  for (let i = 0; i < M.length; i++) out[i] = M[i][j];
  return out;
}

/**
 * Area under the ROC curve. Binary: yScore is the score of the greater label (as scikit-learn), or an n×2 matrix
 * (its second column is used). Multiclass: an n×K matrix of probabilities (rows sum to 1) with multiClass 'ovr' or
 * 'ovo'. A single class in yTrue throws (the AUC is undefined).
 */
export function rocAucScore(yTrue: ArrayLike<Label>, yScore: ArrayLike<number> | ArrayLike<ArrayLike<number>>, options: RocAucOptions = {}): number {
  checkConsistentLength(yTrue, yScore, ['yTrue', 'yScore']);
  checkNonEmpty(yTrue, 'yTrue');
  const classes = uniqueLabels(yTrue);
  const average = options.average ?? 'macro';
  if (isMatrix(yScore) && (classes.length > 2 || yScore[0].length > 2)) {
    return multiclassAuc(yTrue, yScore, classes, options, average);
  }
  if (classes.length < 2) throw new RangeError(ONE_CLASS);
  if (classes.length > 2) throw new RangeError('yTrue is multiclass: pass an n×K score matrix and multiClass "ovr" or "ovo"');
  const scores = isMatrix(yScore) ? column(yScore, yScore[0].length - 1) : (yScore as ArrayLike<number>);
  const pos = classes[1];
  if (options.maxFpr === undefined || options.maxFpr === 1) return binaryAuc((i) => yTrue[i] === pos, scores);
  return partialAuc(rocCurve(yTrue, scores, { posLabel: pos }), options.maxFpr);
}

function partialAuc(roc: RocCurve, maxFpr: number): number {
  if (!(maxFpr > 0 && maxFpr <= 1)) throw new RangeError(`Expected maxFpr in range (0, 1], got ${maxFpr}`);
  const { fpr, tpr } = roc;
  let stop = 0;
  while (stop < fpr.length && fpr[stop] <= maxFpr) stop++; // numpy searchsorted(side='right')
  const x0 = fpr[stop - 1], x1 = fpr[stop], y0 = tpr[stop - 1], y1 = tpr[stop];
  const yi = x1 === x0 ? y1 : y0 + ((maxFpr - x0) * (y1 - y0)) / (x1 - x0);
  const area = auc([...fpr.slice(0, stop), maxFpr], [...tpr.slice(0, stop), yi]);
  const minArea = 0.5 * maxFpr * maxFpr;
  return 0.5 * (1 + (area - minArea) / (maxFpr - minArea));
}

function multiclassAuc(
  yTrue: ArrayLike<Label>, Y: ArrayLike<ArrayLike<number>>, present: Label[], options: RocAucOptions, average: string,
): number {
  const mc = options.multiClass ?? 'raise';
  if (mc !== 'ovr' && mc !== 'ovo') throw new RangeError("multiClass must be 'ovr' or 'ovo' for a multiclass score matrix");
  if (options.maxFpr !== undefined && options.maxFpr !== 1) throw new RangeError('Partial AUC (maxFpr) is not available for multiclass');
  const allowed = mc === 'ovr' ? ['micro', 'macro', 'weighted'] : ['macro', 'weighted'];
  if (!allowed.includes(average)) throw new RangeError(`average must be one of ${allowed.join(', ')} for multiclass ${mc}`);
  const K = Y[0].length;
  for (let i = 0; i < Y.length; i++) {
    if (Y[i].length !== K) throw new RangeError('yScore rows have different lengths');
    let s = 0;
    for (let j = 0; j < K; j++) s += Y[i][j];
    if (!(Math.abs(1 - s) <= 1e-8 + 1e-5 * Math.abs(s))) {
      throw new RangeError('Target scores need to be probabilities for multiclass ROC AUC, i.e. rows must sum to 1');
    }
  }
  let classes = present;
  if (options.labels) {
    classes = options.labels;
    const sorted = uniqueLabels(classes);
    if (sorted.length !== classes.length) throw new RangeError("Parameter 'labels' must be unique");
    if (sorted.some((v, i) => v !== classes[i])) throw new RangeError("Parameter 'labels' must be ordered");
    if (classes.length !== K) throw new RangeError(`Number of given labels, ${classes.length}, not equal to the number of columns in 'yScore', ${K}`);
    if (present.some((l) => !classes.includes(l))) throw new RangeError("'yTrue' contains labels not in parameter 'labels'");
  } else if (classes.length !== K) {
    throw new RangeError("Number of classes in yTrue not equal to the number of columns in 'yScore'");
  }
  const n = yTrue.length;
  if (mc === 'ovr') {
    if (average === 'micro') {
      const flat = new Float64Array(n * K);
      for (let i = 0; i < n; i++) for (let j = 0; j < K; j++) flat[i * K + j] = Y[i][j];
      return binaryAuc((q) => yTrue[Math.floor(q / K)] === classes[q % K], flat);
    }
    const aucs: number[] = [], weights: number[] = [];
    for (let j = 0; j < K; j++) {
      const c = classes[j];
      let support = 0;
      for (let i = 0; i < n; i++) if (yTrue[i] === c) support++;
      aucs.push(binaryAuc((i) => yTrue[i] === c, column(Y, j)));
      weights.push(support);
    }
    return weightedMean(aucs, average === 'weighted' ? weights : null);
  }
  // One-vs-one (Hand & Till 2001): for each pair, the mean of the two AUCs restricted to those two classes.
  const pairs: number[] = [], prevalence: number[] = [];
  for (let a = 0; a < K; a++) {
    for (let b = a + 1; b < K; b++) {
      const idx: number[] = [];
      for (let i = 0; i < n; i++) if (yTrue[i] === classes[a] || yTrue[i] === classes[b]) idx.push(i);
      const sa = idx.map((i) => Y[i][a]), sb = idx.map((i) => Y[i][b]);
      const aucA = binaryAuc((q) => yTrue[idx[q]] === classes[a], sa);
      const aucB = binaryAuc((q) => yTrue[idx[q]] === classes[b], sb);
      pairs.push((aucA + aucB) / 2);
      prevalence.push(idx.length / n);
    }
  }
  return weightedMean(pairs, average === 'weighted' ? prevalence : null);
}

function weightedMean(v: number[], w: number[] | null): number {
  if (!w) return v.reduce((a, b) => a + b, 0) / v.length;
  const sw = w.reduce((a, b) => a + b, 0);
  return v.reduce((a, x, i) => a + x * w[i], 0) / sw;
}

export interface PrCurve { precision: number[]; recall: number[]; thresholds: number[] }

/**
 * Precision-recall pairs for every distinct score, as scikit-learn's precision_recall_curve: thresholds increase,
 * recall decreases, and a final point (precision 1, recall 0) without a threshold ends the arrays (so precision and
 * recall have one more element than thresholds). Without positives, recall is 1 everywhere (scikit-learn's choice).
 */
export function precisionRecallCurve(yTrue: ArrayLike<Label>, probasPred: ArrayLike<number>, options: { posLabel?: Label } = {}): PrCurve {
  const c = binaryClfCurve(yTrue, probasPred, options.posLabel);
  const n = c.fps.length;
  const P = c.tps[n - 1];
  const precision = new Array<number>(n + 1), recall = new Array<number>(n + 1), thresholds = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const q = n - 1 - k;
    const ps = c.tps[k] + c.fps[k];
    precision[q] = ps === 0 ? 0 : c.tps[k] / ps;
    recall[q] = P === 0 ? 1 : c.tps[k] / P;
    thresholds[q] = c.thresholds[k];
  }
  precision[n] = 1;
  recall[n] = 0;
  return { precision, recall, thresholds };
}

/** AP = Σ (R_k − R_{k−1}) P_k over distinct thresholds, highest first: the step sum, no interpolation. */
function binaryAp(c: ClfCurve): number {
  const n = c.fps.length;
  const P = c.tps[n - 1];
  let ap = 0, r0 = 0;
  for (let k = 0; k < n; k++) {
    const r = P === 0 ? 1 : c.tps[k] / P;
    const ps = c.tps[k] + c.fps[k];
    ap += (r - r0) * (ps === 0 ? 0 : c.tps[k] / ps);
    r0 = r;
  }
  return ap;
}

/**
 * Average precision (scikit-learn's average_precision_score, not the interpolated 11-point AP). Binary: 1-D scores
 * and posLabel (default 1). A score matrix n×K is scored one-vs-rest per class (as scikit-learn ≥ 1.3) and averaged
 * 'macro' (default), 'weighted' (by support) or 'micro'. No positive sample gives 0 (scikit-learn 1.2 returns -0).
 */
export function averagePrecisionScore(
  yTrue: ArrayLike<Label>, yScore: ArrayLike<number> | ArrayLike<ArrayLike<number>>,
  options: { posLabel?: Label; average?: 'macro' | 'weighted' | 'micro' } = {},
): number {
  checkConsistentLength(yTrue, yScore, ['yTrue', 'yScore']);
  checkNonEmpty(yTrue, 'yTrue');
  const present = uniqueLabels(yTrue);
  if (!isMatrix(yScore)) {
    const pos = options.posLabel ?? 1;
    if (present.length > 2) throw new RangeError('yTrue is multiclass: pass an n×K score matrix');
    if (present.length === 2 && !present.includes(pos)) {
      throw new RangeError(`posLabel=${String(pos)} is not a valid label. It should be one of [${present.join(', ')}]`);
    }
    const s = splitSorted((i) => yTrue[i] === pos, yScore);
    return binaryAp(mergeCurve(s.pos, s.neg)) + 0;
  }
  const K = yScore[0].length;
  const classes = K === present.length ? present : (() => { throw new RangeError('Number of classes in yTrue not equal to the number of columns in yScore'); })();
  const n = yTrue.length;
  const average = options.average ?? 'macro';
  if (average === 'micro') {
    const flat = new Float64Array(n * K);
    for (let i = 0; i < n; i++) for (let j = 0; j < K; j++) flat[i * K + j] = yScore[i][j];
    const s = splitSorted((q) => yTrue[Math.floor(q / K)] === classes[q % K], flat);
    return binaryAp(mergeCurve(s.pos, s.neg));
  }
  const aps: number[] = [], support: number[] = [];
  for (let j = 0; j < K; j++) {
    const s = splitSorted((i) => yTrue[i] === classes[j], column(yScore, j));
    aps.push(binaryAp(mergeCurve(s.pos, s.neg)));
    support.push(s.pos.length);
  }
  return weightedMean(aps, average === 'weighted' ? support : null);
}
