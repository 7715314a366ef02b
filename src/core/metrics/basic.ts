import { checkConsistentLength, checkNonEmpty } from '../validation';

/** Fraction of exact matches (scikit-learn's accuracy_score); `normalize: false` gives the count instead. */
export function accuracyScore<T>(yTrue: ArrayLike<T>, yPred: ArrayLike<T>, options: { normalize?: boolean } = {}): number {
  checkConsistentLength(yTrue, yPred, ['yTrue', 'yPred']);
  checkNonEmpty(yTrue, 'yTrue');
  let hit = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hit++;
  return options.normalize === false ? hit : hit / yTrue.length;
}

export interface LogLossOptions {
  /** Probabilities are clipped to [eps, 1-eps]; scikit-learn uses the dtype's machine epsilon. */
  eps?: number;
  /** Class labels in column order of a probability matrix; default: sorted unique labels of yTrue. */
  labels?: number[];
}

/**
 * Mean cross-entropy, as scikit-learn's log_loss.
 * `yProba` is either P(class 1) per sample (binary, labels 0/1) or an n×K matrix of class probabilities
 * whose rows are renormalised to sum to 1 (as scikit-learn does).
 */
export function logLoss(yTrue: ArrayLike<number>, yProba: ArrayLike<number> | number[][], options: LogLossOptions = {}): number {
  checkConsistentLength(yTrue, yProba, ['yTrue', 'yProba']);
  checkNonEmpty(yTrue, 'yTrue');
  const eps = options.eps ?? 2.220446049250313e-16;
  const n = yTrue.length;
  let total = 0;
  const first = (yProba as ArrayLike<unknown>)[0];
  if (Array.isArray(first)) {
    const P = yProba as number[][];
    const labels = options.labels ?? [...new Set(Array.from(yTrue))].sort((a, b) => a - b);
    const col = new Map(labels.map((l, j) => [l, j]));
    for (let i = 0; i < n; i++) {
      const j = col.get(yTrue[i]);
      if (j === undefined) throw new RangeError(`label ${yTrue[i]} is not among labels [${labels.join(', ')}]`);
      let sum = 0;
      for (const p of P[i]) sum += Math.min(Math.max(p, eps), 1 - eps);
      const p = Math.min(Math.max(P[i][j], eps), 1 - eps) / sum;
      total -= Math.log(p);
    }
  } else {
    const p1 = yProba as ArrayLike<number>;
    for (let i = 0; i < n; i++) {
      const p = Math.min(Math.max(p1[i], eps), 1 - eps);
      total -= yTrue[i] === 1 ? Math.log(p) : Math.log(1 - p);
    }
  }
  return total / n;
}
