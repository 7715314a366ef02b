/**
 * One training run of the CNN: epochs of shuffled mini-batches, validation after every epoch, early
 * stopping with patience (restoring the best weights), pause and cancel. Backend-agnostic and DOM-free:
 * the Web Worker drives it in the browser and the unit tests drive it in Node on the cpu backend.
 */
import { memory, type Sequential, type Tensor } from '@tensorflow/tfjs';
import { Rng } from '../random';
import { buildCnn, type CnnSpec } from './cnn';
import type { DigitSet } from './digits-file';
import {
  makeOptimizer, setLearningRate, toDevice, disposeDevice, trainStep, readScalars, permutation, evaluate,
  type OptimizerName, type DeviceSet, type Evaluation,
} from './train';

export interface TrainConfig {
  batchSize: number;
  epochs: number;
  optimizer: OptimizerName;
  learningRate: number;
  seed: number;
  /** Stop after this many epochs without a better validation loss (0 = off). Needs a validation set. */
  patience: number;
  /**
   * 'step' (default): × lrDecay after every epoch. 'cosine': anneal smoothly from learningRate to 2 % of it
   * over the run, where the run's progress is the larger of batches done / planned and time / time limit,
   * so a slow machine still ends the time-limited run with small, fine steps.
   */
  lrSchedule?: 'step' | 'cosine';
  /** Learning rate × this after every epoch (1 = constant), for the 'step' schedule. */
  lrDecay?: number;
  /** Stop at the first batch boundary after this many seconds of training (0 or absent = no limit). */
  timeLimitSeconds?: number;
  /** Shift each training image by a random whole number of pixels in [−augmentShift, augmentShift] (0 = off). */
  augmentShift?: number;
}
export interface BatchProgress {
  epoch: number; // 1-based
  epochs: number;
  batch: number; // batches done in this epoch
  batches: number;
  /** Mean loss and accuracy of the batches since the last report. */
  loss: number;
  accuracy: number;
  elapsedMs: number;
  imagesPerSecond: number;
  /** Live TF.js tensors (tf.memory().numTensors): flat across batches when nothing leaks (e2e memory.spec). */
  tensors: number;
}
export interface EpochLog {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number | null;
  valAccuracy: number | null;
  elapsedMs: number;
}
export interface RunResult {
  history: EpochLog[];
  /** Epoch (1-based) whose weights the model holds at the end: the best by validation loss with early stopping, else the last. */
  bestEpoch: number;
  stoppedEarly: boolean;
  /** Training ended at the time limit (the last epoch may be partial). */
  timeUp: boolean;
  cancelled: boolean;
  elapsedMs: number;
  test: Evaluation;
}
export interface RunHooks {
  onBatch?(p: BatchProgress): void;
  onEpoch?(log: EpochLog): void;
  /** Called between batches; resolves when training may go on (pause = a promise that waits). */
  gate?(): Promise<void> | void;
  isCancelled?(): boolean;
  /** How often the device scalars are read back and onBatch fires. */
  reportEveryMs?: number;
  /** How often the loop yields to the event loop so messages get handled (default 40 ms). */
  yieldEveryMs?: number;
  now?(): number;
}

/**
 * Lets queued events (pause, cancel, predict messages) run: a macrotask, not a microtask, because
 * resolved promises alone never give the worker's message queue a turn. MessageChannel avoids the
 * 4 ms clamp of nested setTimeout.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      r();
    };
    ch.port2.postMessage(null);
  });
}

/** Cosine annealing from lr (progress 0) to 2 % of lr (progress ≥ 1). */
export function cosineRate(lr: number, progress: number): number {
  const p = Math.max(0, Math.min(1, progress));
  return lr * (0.02 + 0.98 * 0.5 * (1 + Math.cos(Math.PI * p)));
}

export function validateConfig(c: TrainConfig): void {
  if (!(Number.isInteger(c.batchSize) && c.batchSize > 0)) throw new Error('batchSize must be a positive integer');
  if (!(Number.isInteger(c.epochs) && c.epochs > 0)) throw new Error('epochs must be a positive integer');
  if (!(Number.isInteger(c.patience) && c.patience >= 0)) throw new Error('patience must be an integer ≥ 0');
  if (c.timeLimitSeconds !== undefined && !(c.timeLimitSeconds >= 0)) throw new Error('timeLimitSeconds must be ≥ 0');
  if (c.lrDecay !== undefined && !(c.lrDecay > 0 && c.lrDecay <= 1)) throw new Error('lrDecay must be in (0, 1]');
  if (c.augmentShift !== undefined && !(Number.isInteger(c.augmentShift) && c.augmentShift >= 0 && c.augmentShift <= 4)) throw new Error('augmentShift must be an integer 0–4');
}

export class CnnSession {
  readonly model: Sequential;
  private readonly train: DeviceSet;
  private readonly val: DeviceSet | null;
  private readonly test: DeviceSet;
  private disposed = false;

  constructor(readonly spec: CnnSpec, readonly config: TrainConfig, train: DigitSet, val: DigitSet | null, test: DigitSet) {
    validateConfig(config);
    if (train.n === 0) throw new Error('the training set is empty');
    if (test.n === 0) throw new Error('the test set is empty');
    for (const s of [train, val, test]) {
      if (s && (s.rows !== spec.inputShape[0] || s.cols !== spec.inputShape[1])) {
        throw new Error(`images are ${s.rows}×${s.cols} but the model expects ${spec.inputShape[0]}×${spec.inputShape[1]}`);
      }
    }
    this.model = buildCnn(spec);
    this.train = toDevice(train, config.augmentShift ?? 0);
    this.val = val && val.n > 0 ? toDevice(val) : null;
    this.test = toDevice(test);
  }

  async run(hooks: RunHooks = {}): Promise<RunResult> {
    const { batchSize, epochs, patience } = this.config;
    const now = hooks.now ?? (() => performance.now());
    const every = hooks.reportEveryMs ?? 250;
    const yieldEvery = hooks.yieldEveryMs ?? 40;
    let lastYield = now();
    const optimizer = makeOptimizer(this.config.optimizer, this.config.learningRate);
    const rng = new Rng(this.config.seed);
    const augmentRng = (this.config.augmentShift ?? 0) > 0 ? new Rng(this.config.seed + 7919) : undefined;
    const nClasses = this.spec.nClasses;
    const batches = Math.ceil(this.train.n / batchSize);
    const history: EpochLog[] = [];
    const t0 = now();
    let best = { loss: Infinity, epoch: 0, weights: null as Tensor[] | null };
    let stoppedEarly = false, cancelled = false, timeUp = false, imagesDone = 0, valReserveMs = 0;
    const limitMs = (this.config.timeLimitSeconds ?? 0) > 0 ? this.config.timeLimitSeconds! * 1000 : Infinity;
    const cosine = this.config.lrSchedule === 'cosine';
    const plannedBatches = batches * epochs;
    try {
      for (let epoch = 1; epoch <= epochs && !cancelled; epoch++) {
        if (!cosine) setLearningRate(optimizer, this.config.learningRate * Math.pow(this.config.lrDecay ?? 1, epoch - 1));
        const order = permutation(this.train.n, rng);
        let pending: Tensor[] = [], lastReport = now(), sumLoss = 0, sumAcc = 0, counted = 0, done = 0;
        const flush = async (batch: number) => {
          const vals = await readScalars(pending);
          pending = [];
          const half = vals.length / 2;
          let l = 0, a = 0;
          for (let i = 0; i < half; i++) { l += vals[2 * i]; a += vals[2 * i + 1]; }
          sumLoss += l; sumAcc += a; counted += half;
          const elapsedMs = now() - t0;
          hooks.onBatch?.({
            epoch, epochs, batch, batches, loss: half ? l / half : NaN, accuracy: half ? a / half : NaN,
            elapsedMs, imagesPerSecond: elapsedMs > 0 ? (imagesDone / elapsedMs) * 1000 : 0, tensors: memory().numTensors,
          });
          lastReport = now();
        };
        for (let b = 0; b < batches; b++) {
          if (now() - lastYield >= yieldEvery) {
            await yieldToEventLoop();
            lastYield = now();
          }
          await hooks.gate?.();
          if (hooks.isCancelled?.()) { cancelled = true; break; }
          // Leave room for this epoch's validation pass, so batches + validation fit in the limit.
          if (b > 0 && now() - t0 + valReserveMs >= limitMs) { timeUp = true; break; }
          const idx = order.subarray(b * batchSize, Math.min(this.train.n, (b + 1) * batchSize));
          if (cosine) setLearningRate(optimizer, cosineRate(this.config.learningRate, Math.max(((epoch - 1) * batches + b) / plannedBatches, (now() - t0) / limitMs)));
          const r = trainStep(this.model, optimizer, this.train, idx, nClasses, augmentRng);
          pending.push(r.loss, r.accuracy);
          imagesDone += idx.length;
          done = b + 1;
          if (now() - lastReport >= every || b === batches - 1) await flush(done);
        }
        if (pending.length) await flush(done);
        if (cancelled) break;
        let valLoss: number | null = null, valAccuracy: number | null = null;
        if (this.val) {
          const tv = now();
          const v = await evaluate(this.model, this.val, nClasses);
          // Twice the slowest validation pass so far, plus 0.25 s for the last batch: on a busy machine the
          // final pass can take longer than the earlier ones, and the run must still end inside the limit.
          valReserveMs = Math.max(valReserveMs, 2 * (now() - tv) + 250);
          valLoss = v.loss;
          valAccuracy = v.accuracy;
        }
        const log: EpochLog = {
          epoch, loss: counted ? sumLoss / counted : NaN, accuracy: counted ? sumAcc / counted : NaN,
          valLoss, valAccuracy, elapsedMs: now() - t0,
        };
        history.push(log);
        hooks.onEpoch?.(log);
        if (patience > 0 && valLoss !== null) {
          if (valLoss < best.loss) {
            best.weights?.forEach((w) => w.dispose());
            best = { loss: valLoss, epoch, weights: this.model.getWeights().map((w) => w.clone()) };
          } else if (epoch - best.epoch >= patience) {
            stoppedEarly = true;
            break;
          }
        }
        if (timeUp || now() - t0 >= limitMs) { timeUp = true; break; }
      }
      if (best.weights && best.epoch !== history.length) this.model.setWeights(best.weights);
      const elapsedMs = now() - t0;
      const test = await evaluate(this.model, this.test, nClasses);
      return {
        history, bestEpoch: best.weights ? best.epoch : history.length, stoppedEarly, timeUp, cancelled, elapsedMs, test,
      };
    } finally {
      best.weights?.forEach((w) => w.dispose());
      optimizer.dispose();
    }
  }

  /** Loss, accuracy and predictions of the current weights on the test set. */
  evaluateTest(): Promise<Evaluation> {
    return evaluate(this.model, this.test, this.spec.nClasses);
  }

  get numTensors(): number {
    return memory().numTensors;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeDevice(this.train);
    if (this.val) disposeDevice(this.val);
    disposeDevice(this.test);
    this.model.dispose();
  }
}
