// The step API's engine: one update of full-batch, mini-batch or stochastic gradient descent on the per-sample
// objective J(θ) = mean logloss + R(w)/(C·n) (see logistic-math.ts), with SGD, momentum or Adam, and the L1 part
// applied as a proximal soft-threshold so weights reach exact zeros. Divergence never leaves NaN behind: a step
// whose loss is not finite or explodes is undone and reported.
import { Rng } from '../random';
import { createOptimizer } from '../optim/optimizers';
import type { Optimizer, OptimizerName, OptimizerOptions } from '../optim/optimizers';
import { meanLogLoss, penaltyValue, smoothGradient } from './logistic-math';
import type { LogisticData, Penalty } from './logistic-math';

/** What one step reports. Every number is finite. */
export interface StepResult {
  /** The objective J(θ) on the whole training set after the update (mean logloss + penalty/(C·n)). */
  loss: number;
  /** The data term alone: mean log-loss on the training set after the update. */
  logLoss: number;
  /** Completed epochs (passes over the training data) after this update. */
  epoch: number;
  /** Index of this mini-batch within its epoch (0-based). */
  batch: number;
  batchesPerEpoch: number;
  /** True when this update finished an epoch. */
  epochEnd: boolean;
  /** Total updates so far. */
  iteration: number;
  /** True once training has diverged (sticky until training is re-initialised); the weights are the last good ones. */
  diverged: boolean;
}

export interface TrainerOptions {
  penalty: Penalty;
  lam: number;
  fitIntercept: boolean;
  learningRate: number;
  batchSize: number | null;
  optimizer: OptimizerName;
  optimizerOptions: OptimizerOptions;
  seed: number;
  /** A step diverges when J exceeds this multiple of the starting objective (J at θ = 0 is log 2). */
  divergenceFactor: number;
}

export class GradientTrainer {
  readonly optimizer: Optimizer;
  private readonly grad: Float64Array;
  private readonly l1: Float64Array | null;
  private readonly order: Uint32Array;
  private readonly rng: Rng;
  private readonly batchSize: number;
  readonly batchesPerEpoch: number;
  private readonly limit: number;
  private readonly backup: Float64Array;
  epoch = 0;
  batch = 0;
  iteration = 0;
  diverged = false;
  loss: number;
  logLoss: number;

  constructor(readonly data: LogisticData, readonly theta: Float64Array, readonly o: TrainerOptions) {
    const { n, d } = data;
    const m = d + 1;
    this.optimizer = createOptimizer(o.optimizer, m, o.optimizerOptions);
    this.grad = new Float64Array(m);
    this.backup = new Float64Array(m);
    this.l1 = o.penalty === 'l1' ? new Float64Array(m).fill(o.lam) : null;
    if (this.l1) this.l1[d] = 0;
    this.order = new Uint32Array(n);
    for (let i = 0; i < n; i++) this.order[i] = i;
    this.rng = new Rng(o.seed);
    this.batchSize = o.batchSize === null ? n : Math.min(o.batchSize, n);
    this.batchesPerEpoch = Math.ceil(n / this.batchSize);
    this.logLoss = meanLogLoss(data, theta);
    this.loss = this.logLoss + o.lam * penaltyValue(theta, data.d, o.penalty);
    this.limit = o.divergenceFactor * Math.max(this.loss, Math.LN2);
  }

  private result(epochEnd: boolean, batch: number): StepResult {
    return {
      loss: this.loss, logLoss: this.logLoss, epoch: this.epoch, batch, batchesPerEpoch: this.batchesPerEpoch,
      epochEnd, iteration: this.iteration, diverged: this.diverged,
    };
  }

  step(): StepResult {
    if (this.diverged) return this.result(false, this.batch);
    const { data, theta, o } = this;
    const n = data.n;
    // Seeded reshuffle at the start of each epoch (a full batch needs none: the sum is order-free).
    if (this.batch === 0 && this.batchSize < n) {
      for (let i = n - 1; i > 0; i--) {
        const j = this.rng.int(i + 1);
        const t = this.order[i]; this.order[i] = this.order[j]; this.order[j] = t;
      }
    }
    const start = this.batch * this.batchSize, end = Math.min(n, start + this.batchSize);
    smoothGradient(data, theta, o.penalty, o.lam, this.grad, this.batchSize < n ? this.order : null, start, end);
    if (!o.fitIntercept) this.grad[data.d] = 0;
    this.backup.set(theta);
    const snap = this.optimizer.snapshot();
    this.optimizer.step(theta, this.grad, o.learningRate, this.l1);
    if (!o.fitIntercept) theta[data.d] = 0;
    const logLoss = meanLogLoss(data, theta);
    const loss = logLoss + o.lam * penaltyValue(theta, data.d, o.penalty);
    let finite = Number.isFinite(loss);
    for (let j = 0; finite && j < theta.length; j++) finite = Number.isFinite(theta[j]);
    if (!finite || loss > this.limit) {
      // Undo: keep the last finite state and say so.
      theta.set(this.backup);
      this.optimizer.restore(snap);
      this.diverged = true;
      return this.result(false, this.batch);
    }
    this.loss = loss;
    this.logLoss = logLoss;
    this.iteration++;
    const batch = this.batch;
    this.batch++;
    const epochEnd = this.batch === this.batchesPerEpoch;
    if (epochEnd) { this.batch = 0; this.epoch++; }
    return this.result(epochEnd, batch);
  }
}
