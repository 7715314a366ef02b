/**
 * A hand-written training loop for the CNN (instead of model.fit): the whole data set is uploaded to
 * the backend once, each mini-batch is a `gather` of shuffled indices, and the per-batch loss and
 * accuracy stay on the device until the caller reads them in one go. That avoids a GPU→CPU sync per
 * batch, which is what makes WebGL slow for small models. Every step runs in tf.tidy.
 */
import {
  tidy, keep, tensor4d, tensor1d, oneHot, gather, losses, argMax, equal, mean, cast, softmax, stack,
  train, type Tensor, type Tensor1D, type Tensor4D, type Optimizer, type Sequential, type Scalar,
} from '@tensorflow/tfjs';
import { Rng } from '../random';
import type { DigitSet } from './digits-file';

export type OptimizerName = 'adam' | 'sgd' | 'momentum' | 'rmsprop';

export function makeOptimizer(name: OptimizerName, learningRate: number): Optimizer {
  if (!(learningRate > 0 && Number.isFinite(learningRate))) throw new Error(`learning rate must be > 0, got ${learningRate}`);
  switch (name) {
    case 'adam': return train.adam(learningRate);
    case 'sgd': return train.sgd(learningRate);
    case 'momentum': return train.momentum(learningRate, 0.9);
    case 'rmsprop': return train.rmsprop(learningRate);
    default: throw new Error(`unknown optimiser ${String(name)}`);
  }
}

/** Changes the learning rate of a live optimiser (SGD-family keep it in a scalar; Adam and RMSProp read the field). */
export function setLearningRate(opt: Optimizer, learningRate: number): void {
  const o = opt as Optimizer & { setLearningRate?: (lr: number) => void; learningRate: number };
  if (typeof o.setLearningRate === 'function') o.setLearningRate(learningRate);
  else o.learningRate = learningRate;
}

/** A data set on the backend: images [n, rows, cols, 1] scaled to [0, 1], labels int32 [n]. */
export interface DeviceSet {
  n: number;
  rows: number;
  cols: number;
  x: Tensor4D;
  y: Tensor1D;
  /** For shift augmentation: the images zero-padded by `pad` on every side, flattened. */
  padded: { pad: number; flat: Tensor1D } | null;
}

export function toDevice(set: DigitSet, pad = 0): DeviceSet {
  const f = new Float32Array(set.images.length);
  const s = 1 / set.maxValue;
  for (let i = 0; i < f.length; i++) f[i] = set.images[i] * s;
  let padded: DeviceSet['padded'] = null;
  if (pad > 0) {
    const R = set.rows + 2 * pad, C = set.cols + 2 * pad, g = new Float32Array(set.n * R * C);
    for (let i = 0; i < set.n; i++) for (let r = 0; r < set.rows; r++) {
      g.set(f.subarray((i * set.rows + r) * set.cols, (i * set.rows + r + 1) * set.cols), i * R * C + (r + pad) * C + pad);
    }
    padded = { pad, flat: tensor1d(g) };
  }
  return {
    n: set.n, rows: set.rows, cols: set.cols, padded,
    x: tensor4d(f, [set.n, set.rows, set.cols, 1]),
    y: tensor1d(Int32Array.from(set.labels), 'int32'),
  };
}

export function disposeDevice(d: DeviceSet): void {
  d.x.dispose();
  d.y.dispose();
  d.padded?.flat.dispose();
}

/**
 * Flat pixel indices into `padded.flat` that cut each image of the batch out shifted by a random
 * (dx, dy) in [−pad, pad]²: one gather then builds the whole augmented batch.
 */
export function shiftIndices(idx: Int32Array, rows: number, cols: number, pad: number, rng: Rng): Int32Array {
  const R = rows + 2 * pad, C = cols + 2 * pad, pix = rows * cols;
  const out = new Int32Array(idx.length * pix);
  for (let b = 0; b < idx.length; b++) {
    const dx = rng.int(2 * pad + 1), dy = rng.int(2 * pad + 1); // offset of the crop: pad ± shift
    const base = idx[b] * R * C + dy * C + dx;
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[b * pix + r * cols + c] = base + r * C + c;
  }
  return out;
}

/** Loss and accuracy of one batch, still on the device (read many at once with readScalars). */
export interface BatchResult {
  loss: Scalar;
  accuracy: Scalar;
}

/** One optimiser step on the batch `idx` of `data`. The returned scalars are the caller's to dispose. */
export function trainStep(model: Sequential, optimizer: Optimizer, data: DeviceSet, idx: Int32Array, nClasses: number, rng?: Rng): BatchResult {
  return tidy(() => {
    const ind = tensor1d(idx, 'int32');
    const xb = data.padded && rng
      ? gather(data.padded.flat, tensor1d(shiftIndices(idx, data.rows, data.cols, data.padded.pad, rng), 'int32')).reshape([idx.length, data.rows, data.cols, 1])
      : gather(data.x, ind);
    const yb = oneHot(gather(data.y, ind), nClasses);
    let logits: Tensor | null = null;
    const loss = optimizer.minimize(() => {
      // keep(): the logits outlive the gradient's own tidy, so accuracy needs no second forward pass.
      logits = keep(model.apply(xb, { training: true }) as Tensor);
      return losses.softmaxCrossEntropy(yb, logits) as Scalar;
    }, true) as Scalar;
    const kept = logits as Tensor | null;
    if (!kept) throw new Error('the loss function did not run');
    const accuracy = mean(cast(equal(argMax(kept, 1), argMax(yb, 1)), 'float32')) as Scalar;
    kept.dispose(); // kept tensors escape every tidy: release it by hand
    return { loss, accuracy };
  });
}

/** Reads many device scalars with one sync and disposes them. */
export async function readScalars(ts: Tensor[]): Promise<number[]> {
  if (ts.length === 0) return [];
  const s = stack(ts);
  const v = Array.from(await s.data());
  s.dispose();
  ts.forEach((t) => t.dispose());
  return v;
}

/** A seeded permutation of 0..n-1 (the batch order of one epoch). */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = p[i]; p[i] = p[j]; p[j] = t;
  }
  return p;
}

export interface Evaluation {
  loss: number;
  accuracy: number;
  /** Predicted class per image. */
  predictions: Int32Array;
  /** Softmax probabilities, n × nClasses, row-major. */
  probabilities: Float32Array;
}

/** Mean loss, accuracy and predictions on a whole set, in inference mode, chunk by chunk. */
export async function evaluate(model: Sequential, data: DeviceSet, nClasses: number, chunk = 500): Promise<Evaluation> {
  const probabilities = new Float32Array(data.n * nClasses);
  let lossSum = 0;
  for (let from = 0; from < data.n; from += chunk) {
    const size = Math.min(chunk, data.n - from);
    const [p, l] = tidy(() => {
      const xb = data.x.slice([from, 0, 0, 0], [size, -1, -1, -1]);
      const yb = oneHot(data.y.slice([from], [size]), nClasses);
      const logits = model.predict(xb) as Tensor;
      return [softmax(logits), losses.softmaxCrossEntropy(yb, logits)];
    });
    probabilities.set(await p.data(), from * nClasses);
    lossSum += (await l.data())[0] * size;
    p.dispose();
    l.dispose();
  }
  const labels = await data.y.data();
  const predictions = new Int32Array(data.n);
  let correct = 0;
  for (let i = 0; i < data.n; i++) {
    let best = 0;
    for (let c = 1; c < nClasses; c++) if (probabilities[i * nClasses + c] > probabilities[i * nClasses + best]) best = c;
    predictions[i] = best;
    if (best === labels[i]) correct++;
  }
  return { loss: data.n ? lossSum / data.n : NaN, accuracy: data.n ? correct / data.n : NaN, predictions, probabilities };
}
