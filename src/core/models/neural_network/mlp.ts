/**
 * A small fully connected network (TensorFlow Playground's) in plain TypeScript on Float64Arrays: dense layers with
 * an activation each and optional inverted dropout, a sigmoid, softmax or linear output, backpropagation by hand, an
 * L2 penalty in the gradient and L1 as a proximal step (weights land on exact zeros), and core/optim's SGD, momentum,
 * RMSprop and Adam. The pointwise pieces (activations, losses, masks) are in mlp-math.ts.
 *
 * Why not TF.js: at this size TF.js's cost per operation dominates. Measured (docs/PERFORMANCE.md, section mlp): one
 * epoch of the default 2-4-2-1 network on 250 points takes about 235 ms on TF.js's cpu backend and well under 1 ms
 * here; the gradients (dropout masks fixed) are checked against TF.js's automatic differentiation in
 * tests/unit/mlp-engine.test.ts and mlp-dropout.test.ts.
 */
import { createOptimizer, type AnyOptimizerName, type Optimizer, type OptimizerOptions } from '../../optim';
import { Rng } from '../../random';
import { ACT, ACTIVATIONS, DACT, dropoutMask, meanLoss, perLayer, squash, type Activation, type MlpTask } from './mlp-math';

export type { Activation, MlpTask } from './mlp-math';

export interface MlpSpec {
  nIn: number;
  hidden: readonly number[];
  /** The hidden layers' activation: one for all, or one per hidden layer. */
  activation: Activation | readonly Activation[];
  task: MlpTask;
  /** Classes for 'multiclass' (one output each); ignored otherwise (one output). */
  nClasses?: number;
  /**
   * Dropout rate of the hidden layers' outputs, in [0, 1): one for all, or one per hidden layer. Inverted dropout at
   * training time only (kept outputs scaled by 1/(1 − rate)); the masks come from the seed.
   */
  dropout?: number | readonly number[];
  /** L1 strength: rate·Σ|w| over the weights (not the biases). */
  l1?: number;
  /** L2 strength: rate·½Σw² over the weights (not the biases). */
  l2?: number;
  /**
   * Divide the L2 strength by each batch's size (scikit-learn's `alpha`: its penalty is alpha·½Σw²/n_batch, so a
   * smaller batch is pulled harder). Default false: rate·½Σw² per batch, TensorFlow Playground's.
   */
  l2PerBatch?: boolean;
  /** Regression loss ½·mean (y − ŷ)² (scikit-learn's squared_error) instead of mean (y − ŷ)². Default false. */
  halfSquaredError?: boolean;
  learningRate: number;
  optimizer: AnyOptimizerName;
  /** Momentum, Nesterov, Adam's betas and ε (core/optim's defaults otherwise). */
  optimizerOptions?: OptimizerOptions;
  seed: number;
}

/** Rows as the network takes them: x is n × nIn (row-major), y class labels or targets. */
export interface MlpData {
  n: number;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/** One dropout mask per hidden layer (n × units, entries 0 or 1/(1 − rate)), or null for a layer without dropout. */
export type DropoutMasks = readonly (Float64Array | null)[];

export class Mlp {
  /** Unit counts: inputs, each hidden layer, outputs. */
  readonly sizes: number[];
  /** Every weight and bias in one array (layer by layer: weights n_in × n_out row-major, then biases). */
  readonly params: Float64Array;
  /** Each hidden layer's activation and dropout rate. */
  readonly acts: Activation[];
  readonly dropout: number[];
  private readonly wAt: number[] = [];
  private readonly bAt: number[] = [];
  private readonly l1Mask: Float64Array | null;
  private readonly opt: Optimizer;
  private readonly grad: Float64Array;
  private dropRng: Rng;

  constructor(readonly spec: MlpSpec) {
    if (!(Number.isInteger(spec.nIn) && spec.nIn >= 1)) throw new RangeError('the network needs at least one input');
    const nOut = spec.task === 'multiclass' ? (spec.nClasses ?? 0) : 1;
    if (spec.task === 'multiclass' && nOut < 2) throw new RangeError('a multiclass network needs at least 2 classes');
    if (!spec.hidden.every((h) => Number.isInteger(h) && h >= 1)) throw new RangeError('every hidden layer needs at least one neuron');
    if (!(spec.learningRate > 0 && Number.isFinite(spec.learningRate))) throw new RangeError('the learning rate must be a positive number');
    this.acts = perLayer(spec.activation, spec.hidden.length, 'activation');
    if (!this.acts.every((a) => ACTIVATIONS.includes(a))) throw new RangeError(`an activation is one of ${ACTIVATIONS.join(', ')}`);
    this.dropout = perLayer(spec.dropout ?? 0, spec.hidden.length, 'dropout rate');
    if (!this.dropout.every((r) => r >= 0 && r < 1)) throw new RangeError('a dropout rate must be at least 0 and below 1');
    // a stream of its own, so that a network without dropout trains exactly as it did before dropout existed
    this.dropRng = new Rng(spec.seed * 7919 + 101);
    this.sizes = [spec.nIn, ...spec.hidden, nOut];
    let size = 0;
    for (let l = 0; l + 1 < this.sizes.length; l++) {
      this.wAt.push(size);
      size += this.sizes[l] * this.sizes[l + 1];
      this.bAt.push(size);
      size += this.sizes[l + 1];
    }
    this.params = new Float64Array(size);
    this.grad = new Float64Array(size);
    // Glorot-uniform weights from the seed, biases 0: the same spec gives the same network.
    const rng = new Rng(spec.seed);
    for (let l = 0; l + 1 < this.sizes.length; l++) {
      const a = this.sizes[l], b = this.sizes[l + 1], lim = Math.sqrt(6 / (a + b));
      for (let k = 0; k < a * b; k++) this.params[this.wAt[l] + k] = rng.uniform(-lim, lim);
    }
    const l1 = spec.l1 ?? 0;
    this.l1Mask = l1 > 0 ? this.weightMask(l1) : null;
    this.opt = createOptimizer(spec.optimizer, size, spec.optimizerOptions);
  }

  get nOut(): number {
    return this.sizes[this.sizes.length - 1];
  }

  get nLayers(): number {
    return this.sizes.length - 1;
  }

  /**
   * Every layer's output for n rows: [hidden 1, …, output], each n × units row-major. The output is P(class 1)
   * (binary), the softmax (multiclass) or the predicted value (regression); `logits` keeps the output's raw sums.
   * `masks` (training only) multiply the hidden layers' outputs: dropout. `into`: one buffer per layer (n × units
   * each) to fill instead of new arrays, for a caller that runs the same pass every animation frame (#/mlp's maps).
   */
  activations(x: ArrayLike<number>, n: number, logits = false, masks?: DropoutMasks, into?: readonly Float64Array[]): Float64Array[] {
    const out: Float64Array[] = [];
    let h = x;
    for (let l = 0; l < this.nLayers; l++) {
      const a = this.sizes[l], b = this.sizes[l + 1], w = this.wAt[l], bias = this.bAt[l], p = this.params;
      const z = into?.[l]?.length === n * b ? into[l] : new Float64Array(n * b), last = l === this.nLayers - 1;
      const act = last ? null : ACT[this.acts[l]], mask = last ? null : masks?.[l];
      for (let r = 0; r < n; r++) {
        for (let j = 0; j < b; j++) z[r * b + j] = p[bias + j];
        for (let i = 0; i < a; i++) {
          const v = h[r * a + i];
          if (v === 0) continue;
          for (let j = 0, o = w + i * b; j < b; j++) z[r * b + j] += v * p[o + j];
        }
        if (act) for (let j = 0; j < b; j++) z[r * b + j] = act(z[r * b + j]);
        if (mask) for (let j = 0; j < b; j++) z[r * b + j] *= mask[r * b + j];
      }
      if (last && !logits) squash(this.spec.task, z, n, b);
      out.push(z);
      h = z;
    }
    return out;
  }

  /** Fresh dropout masks for n rows from the network's seeded stream (null for a layer without dropout). */
  drawMasks(n: number): DropoutMasks {
    const u = () => this.dropRng.random();
    return this.dropout.map((rate, l) => (rate > 0 ? dropoutMask(rate, n, this.sizes[l + 1], u) : null));
  }

  /**
   * The gradient of (mean data loss + L2 penalty) over rows `rows` of `data` into `this.grad` (backpropagation).
   * Returns the mean data loss of the batch. With `masks`, the hidden outputs are dropped out as they say.
   */
  private backprop(data: MlpData, rows: ArrayLike<number>, masks?: DropoutMasks): number {
    const n = rows.length, nIn = this.spec.nIn, p = this.params, g = this.grad, task = this.spec.task;
    const x = new Float64Array(n * nIn), y = new Float64Array(n);
    for (let r = 0; r < n; r++) {
      for (let i = 0; i < nIn; i++) x[r * nIn + i] = data.x[rows[r] * nIn + i];
      y[r] = data.y[rows[r]];
    }
    const acts = this.activations(x, n, true, masks);
    const zOut = acts[acts.length - 1], k = this.nOut;
    const half = task === 'regression' && this.spec.halfSquaredError;
    const loss = half ? meanLoss(task, zOut, y, n, k) / 2 : meanLoss(task, zOut, y, n, k);
    // δ at the output: (prediction − target)/n for log loss and cross-entropy, 2(z − y)/n for the squared error
    // ((z − y)/n for its half).
    let delta = Float64Array.from(zOut);
    squash(task, delta, n, k);
    for (let r = 0; r < n; r++) {
      if (task === 'multiclass') delta[r * k + y[r]] -= 1;
      else delta[r] = task === 'regression' && !half ? 2 * (delta[r] - y[r]) : delta[r] - y[r];
    }
    for (let q = 0; q < delta.length; q++) delta[q] /= n;
    g.fill(0);
    const l2 = this.l2For(n);
    for (let l = this.nLayers - 1; l >= 0; l--) {
      const a = this.sizes[l], b = this.sizes[l + 1], w = this.wAt[l], bias = this.bAt[l];
      const h = l === 0 ? x : acts[l - 1];
      for (let r = 0; r < n; r++) for (let j = 0; j < b; j++) {
        const d = delta[r * b + j];
        if (d === 0) continue;
        g[bias + j] += d;
        for (let i = 0; i < a; i++) g[w + i * b + j] += h[r * a + i] * d;
      }
      if (l2 > 0) for (let q = 0; q < a * b; q++) g[w + q] += l2 * p[w + q];
      if (l === 0) break;
      // h is the hidden layer's output after its mask m: ∂h/∂z = m·act′(h/m), and 0 where m dropped the unit
      const prev = new Float64Array(n * a), dact = DACT[this.acts[l - 1]], mask = masks?.[l - 1];
      for (let r = 0; r < n; r++) for (let i = 0; i < a; i++) {
        const m = mask ? mask[r * a + i] : 1;
        if (m === 0) continue;
        let s = 0;
        for (let j = 0, o = w + i * b; j < b; j++) s += p[o + j] * delta[r * b + j];
        prev[r * a + i] = s * m * dact(h[r * a + i] / m);
      }
      delta = prev;
    }
    return loss;
  }

  /** The gradient of (mean data loss + L2 penalty) at the current weights on the given rows, masks fixed (for tests). */
  gradient(data: MlpData, rows: ArrayLike<number>, masks?: DropoutMasks): { loss: number; grad: Float64Array } {
    const loss = this.backprop(data, rows, masks);
    return { loss, grad: Float64Array.from(this.grad) };
  }

  /** The L2 strength of a batch of n rows (see MlpSpec.l2PerBatch). */
  private l2For(n: number): number {
    const l2 = this.spec.l2 ?? 0;
    return this.spec.l2PerBatch ? l2 / n : l2;
  }

  /** ½Σw² over the weights (not the biases). */
  private halfSquaredWeights(): number {
    let s = 0;
    for (let l = 0; l < this.nLayers; l++) for (let q = this.wAt[l]; q < this.bAt[l]; q++) s += this.params[q] * this.params[q];
    return s / 2;
  }

  /**
   * One epoch: the rows in `order`, in batches of `batchSize` (the last may be shorter), one update each (fresh
   * dropout masks each). Returns the epoch's running objective as scikit-learn's loss_curve_ records it: each batch's
   * loss plus its L2 penalty, at the weights before that batch's update, averaged with the batches' sizes as weights.
   */
  trainEpoch(data: MlpData, order: ArrayLike<number>, batchSize: number): number {
    const idx = Array.from(order), drops = this.dropout.some((r) => r > 0);
    let total = 0;
    for (let start = 0; start < idx.length; start += batchSize) {
      const rows = idx.slice(start, start + batchSize), l2 = this.l2For(rows.length);
      const penalty = l2 > 0 ? l2 * this.halfSquaredWeights() : 0;
      total += (this.backprop(data, rows, drops ? this.drawMasks(rows.length) : undefined) + penalty) * rows.length;
      this.opt.step(this.params, this.grad, this.spec.learningRate, this.l1Mask);
    }
    return idx.length ? total / idx.length : NaN;
  }

  /** Mean data loss (no penalty) and the outputs (probabilities or values) for every row; never drops out. */
  evaluate(data: MlpData): { loss: number; out: Float64Array } {
    if (data.n === 0) return { loss: NaN, out: new Float64Array(0) };
    const z = this.activations(data.x, data.n, true).pop()!;
    const full = meanLoss(this.spec.task, z, data.y, data.n, this.nOut);
    const loss = this.spec.task === 'regression' && this.spec.halfSquaredError ? full / 2 : full;
    squash(this.spec.task, z, data.n, this.nOut);
    return { loss, out: z };
  }

  /** weights[l][i][j] from unit i of layer l to unit j of layer l + 1 (scikit-learn's coefs_), biases[l][j]. */
  getWeights(): { weights: number[][][]; biases: number[][] } {
    const weights: number[][][] = [], biases: number[][] = [];
    for (let l = 0; l < this.nLayers; l++) {
      const a = this.sizes[l], b = this.sizes[l + 1];
      weights.push(Array.from({ length: a }, (_, i) => Array.from(this.params.subarray(this.wAt[l] + i * b, this.wAt[l] + (i + 1) * b))));
      biases.push(Array.from(this.params.subarray(this.bAt[l], this.bAt[l] + b)));
    }
    return { weights, biases };
  }

  /** Replaces the weight i → j of layer l, or the bias of unit j when i is −1. */
  setWeight(l: number, i: number, j: number, value: number): void {
    if (!Number.isFinite(value)) throw new RangeError('a weight must be a finite number');
    if (!(l >= 0 && l < this.nLayers && j >= 0 && j < this.sizes[l + 1] && i >= -1 && i < this.sizes[l])) throw new RangeError('no such weight');
    this.params[i < 0 ? this.bAt[l] + j : this.wAt[l] + i * this.sizes[l + 1] + j] = value;
  }

  /** Replaces every weight and bias (weights[l] is n_in × n_out, scikit-learn's coefs_[l]; biases[l] its intercepts_[l]). */
  setWeights(weights: readonly (readonly (readonly number[])[])[], biases: readonly (readonly number[])[]): void {
    if (weights.length !== this.nLayers || biases.length !== this.nLayers) throw new RangeError(`give weights and biases for ${this.nLayers} layers`);
    for (let l = 0; l < this.nLayers; l++) {
      const a = this.sizes[l], b = this.sizes[l + 1], w = weights[l], bias = biases[l];
      if (w.length !== a || w.some((row) => row.length !== b) || bias.length !== b) throw new RangeError(`layer ${l}'s weights must be ${a} × ${b} and its biases ${b} long`);
      if (!w.every((row) => row.every(Number.isFinite)) || !bias.every(Number.isFinite)) throw new RangeError('every weight and bias must be a finite number');
      w.forEach((row, i) => this.params.set(row, this.wAt[l] + i * b));
      this.params.set(bias, this.bAt[l]);
    }
  }

  /** The weights, the optimiser's state and the dropout stream: to undo a diverging epoch, or go back to the best one. */
  snapshot(): { params: Float64Array; opt: ReturnType<Optimizer['snapshot']>; drop: Rng } {
    return { params: this.params.slice(), opt: this.opt.snapshot(), drop: this.dropRng.clone() };
  }

  restore(s: ReturnType<Mlp['snapshot']>): void {
    this.params.set(s.params);
    this.opt.restore(s.opt);
    this.dropRng = s.drop.clone();
  }

  finite(): boolean {
    return this.params.every(Number.isFinite);
  }

  private weightMask(v: number): Float64Array {
    const m = new Float64Array(this.params.length);
    for (let l = 0; l < this.nLayers; l++) m.fill(v, this.wAt[l], this.bAt[l]);
    return m;
  }
}
