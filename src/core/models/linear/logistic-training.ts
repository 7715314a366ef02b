// The step API's engine: one update of full-batch, mini-batch or stochastic gradient descent on the per-sample
// objective J(θ) = mean logloss + R(w)/(C·n) (see logistic-math.ts), with SGD, momentum or Adam, and the L1 part
// applied as a proximal soft-threshold so weights reach exact zeros. Divergence never leaves NaN behind: a step
// whose loss is not finite or explodes is undone and reported.
import { Rng } from '../../random';
import { createOptimizer } from '../../optim/optimizers';
import type { Optimizer, OptimizerName, OptimizerOptions } from '../../optim/optimizers';
import { penaltyValue } from './logistic-math';
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
  /** σ(z_i) for every row at the current θ (filled by the loss pass, reused by the next gradient: no exp there). */
  private p: Float64Array;
  private pNext: Float64Array;
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
    this.p = new Float64Array(n);
    this.pNext = new Float64Array(n);
    this.logLoss = this.lossPass(this.p);
    this.loss = this.logLoss + o.lam * penaltyValue(theta, data.d, o.penalty);
    this.limit = o.divergenceFactor * Math.max(this.loss, Math.LN2);
  }

  private result(epochEnd: boolean, batch: number): StepResult {
    return {
      loss: this.loss, logLoss: this.logLoss, epoch: this.epoch, batch, batchesPerEpoch: this.batchesPerEpoch,
      epochEnd, iteration: this.iteration, diverged: this.diverged,
    };
  }

  /**
   * Mean log-loss at the current θ, writing σ(z_i) into p. logloss_i = max(∓z_i, 0) + log(1 + e_i) with
   * e_i = exp(−|z_i|) ∈ (0, 1]; the log terms are summed as the log of a running product of the (1 + e_i) ∈ [1, 2],
   * one log per 512 rows (2^512 is far below the largest double), so a step costs one exp per row.
   * The relative rounding of the product (~rows·1e-16) is as small as that of summing the logs.
   */
  private lossPass(p: Float64Array): number {
    const { X, y, n, d } = this.data, t = this.theta;
    const b = t[d];
    let s = 0, prod = 1;
    for (let i = 0, o = 0; i < n; i++, o += d) {
      let z = b;
      for (let j = 0; j < d; j++) z += t[j] * X[o + j];
      const e = Math.exp(-Math.abs(z));
      const q = 1 + e;
      p[i] = z >= 0 ? 1 / q : e / q;
      s += y[i] === 1 ? (z < 0 ? -z : 0) : (z > 0 ? z : 0);
      prod *= q;
      if ((i & 511) === 511) { s += Math.log(prod); prod = 1; }
    }
    return (s + Math.log(prod)) / n;
  }

  /** Mean gradient of the log-loss over rows order[start..end) (all rows when full batch), from the cached σ(z_i). */
  private batchGradient(start: number, end: number, full: boolean): void {
    const { X, y, d } = this.data, g = this.grad, p = this.p, idx = this.order;
    g.fill(0);
    for (let k = start; k < end; k++) {
      const i = full ? k : idx[k];
      const r = p[i] - y[i];
      const o = i * d;
      for (let j = 0; j < d; j++) g[j] += r * X[o + j];
      g[d] += r;
    }
    const inv = 1 / (end - start);
    for (let j = 0; j <= d; j++) g[j] *= inv;
    if (this.o.penalty === 'l2') for (let j = 0; j < d; j++) g[j] += this.o.lam * this.theta[j];
    if (!this.o.fitIntercept) g[d] = 0;
  }

  step(): StepResult {
    if (this.diverged) return this.result(false, this.batch);
    const { data, theta, o } = this;
    const n = data.n;
    const full = this.batchSize >= n;
    // Seeded reshuffle at the start of each epoch (a full batch needs none: the sum is order-free).
    if (this.batch === 0 && !full) {
      for (let i = n - 1; i > 0; i--) {
        const j = this.rng.int(i + 1);
        const t = this.order[i]; this.order[i] = this.order[j]; this.order[j] = t;
      }
    }
    const start = this.batch * this.batchSize, end = Math.min(n, start + this.batchSize);
    this.batchGradient(start, end, full);
    this.backup.set(theta);
    const snap = this.optimizer.snapshot();
    this.optimizer.step(theta, this.grad, o.learningRate, this.l1);
    if (!o.fitIntercept) theta[data.d] = 0;
    const logLoss = this.lossPass(this.pNext);
    const loss = logLoss + o.lam * penaltyValue(theta, data.d, o.penalty);
    let finite = Number.isFinite(loss);
    for (let j = 0; finite && j < theta.length; j++) finite = Number.isFinite(theta[j]);
    if (!finite || loss > this.limit) {
      // Undo: keep the last finite state (θ, optimiser state and the cached σ) and say so.
      theta.set(this.backup);
      this.optimizer.restore(snap);
      this.diverged = true;
      return this.result(false, this.batch);
    }
    const swap = this.p; this.p = this.pNext; this.pNext = swap;
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
