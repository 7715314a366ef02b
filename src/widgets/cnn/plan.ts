/**
 * From the widget's parameters to the worker's training request, and the small sums the views show
 * (ETA, confusion matrix). Pure and TF.js-free: the main thread never loads TF.js.
 */
import type { Pooling } from '../../core/nn/cnn-spec';
import type { OptimizerName } from '../../core/nn/train';
import { confusionMatrix } from '../../core/metrics';
import type { CnnRequest } from '../../workers/cnn-protocol';
import type { Params } from './params';

export function planFromParams(p: Params, rows: number, cols: number): CnnRequest {
  const layers = [
    { filters: p.filters1, kernelSize: Number(p.kernel1) },
    { filters: p.filters2, kernelSize: Number(p.kernel2) },
    { filters: p.filters3, kernelSize: Number(p.kernel3) },
  ].slice(0, p.convLayers);
  const strided = p.pooling === 'stride';
  const pooling: Pooling = strided ? 'none' : (p.pooling as Pooling);
  return {
    spec: {
      inputShape: [rows, cols, 1],
      conv: layers.map((l) => ({ ...l, strides: strided ? 2 : 1 })),
      pooling, denseUnits: p.dense, dropout: p.dropout, nClasses: 10, seed: p.seed,
    },
    config: {
      batchSize: Number(p.batch), epochs: p.epochs, optimizer: p.optimizer as OptimizerName, learningRate: p.lr,
      seed: p.seed, patience: p.valShare > 0 ? p.patience : 0, lrSchedule: p.schedule === 'step' ? 'step' : 'cosine', lrDecay: p.lrDecay,
      // A 1-pixel shift of an 8×8 digit is like 3.5 pixels of MNIST: too much, so small images are not shifted.
      augmentShift: rows >= 16 ? p.augment : 0, timeLimitSeconds: p.timeLimit,
    },
    trainSize: p.trainSize,
    validationFraction: p.valShare,
  };
}

/** Seconds left: the rest of the batches at the pace so far, capped by the time limit. NaN before any batch. */
export function etaSeconds(done: number, total: number, elapsedMs: number, timeLimitSeconds = 0): number {
  if (!(done > 0) || !(total > 0) || !(elapsedMs > 0)) return NaN;
  const rest = (Math.max(0, total - done) * elapsedMs) / done / 1000;
  return timeLimitSeconds > 0 ? Math.max(0, Math.min(rest, timeLimitSeconds - elapsedMs / 1000)) : rest;
}

/** The ten digit classes, so the matrix is 10×10 even when a digit is never predicted or absent. */
const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** 10×10 counts of the test digits, rows = true digit, columns = predicted (core's confusionMatrix, scikit-learn's layout). */
export function digitConfusion(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number[][] {
  return confusionMatrix(yTrue, yPred, DIGITS);
}
