/**
 * One training run of #/mlp: the problem (data.ts) and a network (core/models/neural_network/mlp.ts). A step is one epoch (one
 * pass over the training points in batches, TensorFlow Playground's unit), so the link's count is the epoch counter.
 * Same params, same run, epoch for epoch. Plain TypeScript (core/models/neural_network): nothing to free.
 */
import { Mlp, type Activation } from '../../core/models/neural_network/mlp';
import { EarlyStopping } from '../../core/models/neural_network/early-stopping';
import { Rng } from '../../core/random';
import type { BoundaryGrid } from '../../charts/types';
import { heldOut, type HeldOut } from './evaluation';
import { readEdits, type WeightEdit } from './edits';
import { buildProblem, holdOut, type MlpProblem, type Rows } from './data';
import type { Params } from './params';

export const GRID = 50;
const MAX_HISTORY = 1000;

export interface Scores {
  /** On the rows the network trains on (without the validation rows when early stopping holds them out). */
  trainLoss: number;
  testLoss: number;
  /** On the held-out validation rows (early stopping), else NaN. */
  valLoss: number;
  /** Accuracy (classification) or R² (regression). */
  trainScore: number;
  testScore: number;
}

export interface MlpFrame {
  epoch: number;
  scores: Scores;
  history: { x: number[]; train: number[]; test: number[]; val?: number[] };
  /** Early stopping's best epoch so far (the one restored once it stops), or NaN. */
  bestEpoch: number;
  /** The run has stopped by itself (early stopping or the stop condition). */
  stopped: boolean;
  /** The output over the plot: P(class 1), the predicted class, or the predicted value mapped into [0, 1]. */
  output: BoundaryGrid | null;
  /**
   * Every hidden neuron's output over the grid: neurons[l][j] (grid × grid, row 0 = top), scaled to [−1, 1]. These
   * arrays and `outputs` are the session's own buffers, refilled by its next frame() (no allocation per animation
   * frame): `mapsVersion` tells a view that they changed.
   */
  neurons: Float32Array[][];
  /** Each output unit over the grid in [−1, 1]: 2p − 1 for a class probability, the scaled value for regression. */
  outputs: Float32Array[];
  /** Counts the frames that refilled `neurons` and `outputs`. */
  mapsVersion: number;
  /** weights[l][i][j]: from unit i of layer l (layer 0 = the chosen inputs) to unit j of layer l + 1. */
  weights: number[][][];
  biases: number[][];
  /** The test points' labels or targets and the network's predictions, for the evaluation panel. */
  test: HeldOut;
  /** Compare mode (pair.ts): run B's frame. */
  twin?: MlpFrame;
}

export function emptyFrame(): MlpFrame {
  return { epoch: 0, scores: { trainLoss: NaN, testLoss: NaN, valLoss: NaN, trainScore: NaN, testScore: NaN }, history: { x: [], train: [], test: [] }, bestEpoch: NaN, stopped: false, output: null, neurons: [], outputs: [], mapsVersion: 0, weights: [], biases: [], test: { yTrue: [], yScore: [], yPred: [], confusion: [] } };
}

export class MlpSession {
  readonly problem: MlpProblem;
  readonly model: Mlp | null;
  steps = 0;
  diverged = false;
  notice = '';
  scores: Scores = emptyFrame().scores;
  history: { epoch: number; train: number; test: number; val: number }[] = [];
  /** The rows the network trains on, and the validation rows early stopping holds out of them (or null). */
  readonly fit: Rows;
  readonly val: Rows | null;
  /** Why the run stopped by itself, or '' while it can go on. */
  stopReason: '' | 'early' | 'max' = '';
  /** The stop condition (0: none): a view row, so changing it moves the cap of this run (setMaxEpochs). */
  maxEpochs: number;
  private readonly stopper: EarlyStopping<ReturnType<Mlp['snapshot']>> | null;
  private readonly baseNotice: string;
  private readonly rng: Rng;
  /** Typed weights still to apply (from the link), and those applied so far (what the link must carry). */
  private pending: WeightEdit[];
  readonly edits: WeightEdit[] = [];
  /** The network's outputs on the test rows at the last scoring (the evaluation panel's), so frame() need not redo them. */
  private testOut: Float64Array = new Float64Array(0);
  /** The grid pass's buffers, made at the first frame and refilled by every frame after it. */
  private maps: { acts: Float64Array[]; neurons: Float32Array[][]; outputs: Float32Array[]; version: number } | null = null;

  /**
   * `edits`: the typed weights to replay (the link's); a rebuilt run passes none, so Reset drops them. `problem`:
   * the rows to learn, by default the 2-D data set the params name (a table's: table.ts, in its own chunk).
   */
  constructor(readonly params: Params, edits: readonly number[] = params.edits, problem?: MlpProblem) {
    this.problem = problem ?? buildProblem(params, GRID);
    this.maxEpochs = params.maxEpochs;
    this.rng = new Rng(params.seed * 7919 + 13);
    if (this.problem.features.length === 0) {
      this.model = null;
      this.notice = this.problem.table
        ? 'Every column of your table is switched off: click at least one input on the diagram to switch it on.'
        : 'No input feature is selected: switch on at least one (x₁, x₂, …) on the diagram or in the settings.';
    } else {
      this.model = new Mlp({
        nIn: this.problem.features.length,
        hidden: params.layers,
        activation: layerActivations(params),
        dropout: params.layers.map((_, l) => params.dropout[l] ?? 0),
        task: this.problem.task,
        nClasses: this.problem.nClasses,
        l1: params.penalty === 'l1' ? params.rate : 0,
        l2: params.penalty === 'l2' ? params.rate : 0,
        learningRate: params.lr,
        optimizer: params.optimizer as 'sgd',
        // Adam's ε in the form scikit-learn, TensorFlow and Keras use (ε added to √v before the bias correction's
        // factor): the runs match scikit-learn's to rounding (tests/unit/mlp-table.test.ts)
        optimizerOptions: { epsilonHat: true },
        seed: params.seed,
      });
      if (params.layers.length === 0) {
        this.notice = this.problem.task === 'regression'
          ? 'No hidden layer: this network is linear regression on the chosen features.'
          : this.problem.task === 'binary' ? 'No hidden layer: this network is logistic regression on the chosen features.'
          : 'No hidden layer: this network is multinomial (softmax) logistic regression on the chosen features.';
      }
    }
    const split = this.model && params.earlyStop ? holdOut(this.problem.train, params.valShare, params.seed) : null;
    this.fit = split?.fit ?? this.problem.train;
    this.val = split?.val ?? null;
    this.stopper = split ? new EarlyStopping({ patience: params.patience, tol: 1e-4 }) : null;
    this.baseNotice = this.notice;
    this.rescore();
    this.stopper?.update(0, this.scores.valLoss, () => this.model!.snapshot());
    this.record();
    this.pending = this.model ? readEdits(edits).sort((a, b) => a.epoch - b.epoch) : [];
    this.applyPending();
  }

  /**
   * Sets the weight from unit i of layer l to unit j of layer l + 1 now (at the current epoch); the scores and the
   * loss curve's last point follow. Throws a RangeError naming the problem for a weight the network does not have.
   */
  setWeight(l: number, i: number, j: number, value: number): void {
    if (!this.model) throw new RangeError('there is no network to edit');
    this.model.setWeight(l, i, j, value);
    this.edits.push({ epoch: this.steps, l, i, j, value });
    this.rescore();
    this.history.pop();
    this.record();
  }

  /** Applies the link's typed weights of the epoch reached; one the network does not have (a stale link) is dropped. */
  private applyPending(): void {
    while (this.pending.length && this.pending[0].epoch <= this.steps) {
      const e = this.pending.shift()!;
      if (e.epoch < this.steps) continue;
      try { this.setWeight(e.l, e.i, e.j, e.value); } catch { /* not in this network: the link was edited by hand */ }
    }
  }

  get done(): boolean {
    return this.model === null || this.stopReason !== '';
  }

  /** Early stopping's best epoch (restored once it stopped), or NaN without early stopping. */
  get bestEpoch(): number {
    return this.stopper?.best?.epoch ?? NaN;
  }

  /** One epoch. False when the run cannot go on (no network, or the loss stopped being finite). */
  step(): boolean {
    const m = this.model;
    if (!m || this.diverged || this.stopReason) return false;
    const saved = m.snapshot();
    m.trainEpoch(this.fit, this.rng.permutation(this.fit.n), this.params.batch);
    const { scores, testOut } = this.evaluate();
    if (!Number.isFinite(scores.trainLoss) || !m.finite()) {
      // Keep the last finite network on screen: put the weights of the epoch before back.
      m.restore(saved);
      this.diverged = true;
      return false;
    }
    this.scores = scores;
    this.testOut = testOut;
    this.steps++;
    this.record();
    if (this.stopper?.update(this.steps, scores.valLoss, () => m.snapshot()) === 'stop') {
      const best = this.stopper.best!;
      m.restore(best.snapshot);
      this.rescore();
      this.stop('early', `Early stopping: the validation loss has not improved for ${this.params.patience} epoch${this.params.patience === 1 ? '' : 's'}, so training stopped at epoch ${this.steps} and restored the weights of epoch ${best.epoch} (validation loss ${best.loss.toPrecision(3)}).`);
    } else if (this.maxEpochs > 0 && this.steps >= this.maxEpochs) {
      this.stop('max', this.capNotice());
    }
    // after everything the epoch did, as a weight typed live once the epoch is on screen
    this.applyPending();
    return true;
  }

  /**
   * A new stop condition (Stop at epoch; 0: never) for this run, without restarting it: a cap at or below the epoch
   * reached stops it now, a higher one lets a run the old cap stopped go on.
   */
  setMaxEpochs(n: number): void {
    this.maxEpochs = n;
    const reached = n > 0 && this.steps >= n;
    if (this.stopReason === 'max' && !reached) {
      this.stopReason = '';
      this.notice = this.baseNotice;
    } else if (!this.stopReason && reached && this.model && !this.diverged) this.stop('max', this.capNotice());
  }

  private capNotice(): string {
    return `Stopped at epoch ${this.steps}: the stop condition (Stop at epoch ${this.maxEpochs}) was reached.`;
  }

  private stop(reason: 'early' | 'max', why: string): void {
    this.stopReason = reason;
    this.notice = [this.baseNotice, why].filter(Boolean).join(' ');
  }

  frame(): MlpFrame {
    const m = this.model;
    const history = { x: this.history.map((h) => h.epoch), train: this.history.map((h) => h.train), test: this.history.map((h) => h.test), val: this.val ? this.history.map((h) => h.val) : undefined };
    if (!m) return { ...emptyFrame(), history };
    // One batched pass over the grid gives every unit's map: the hidden layers' and the output's
    const n = GRID * GRID, g = (this.maps ??= {
      acts: m.sizes.slice(1).map((units) => new Float64Array(n * units)),
      neurons: m.sizes.slice(1, -1).map((units) => Array.from({ length: units }, () => new Float32Array(n))),
      outputs: Array.from({ length: m.nOut }, () => new Float32Array(n)),
      version: 0,
    });
    const layers = m.activations(this.problem.gridX, n, false, undefined, g.acts);
    const out = layers[layers.length - 1];
    layers.slice(0, -1).forEach((a, l) => neuronMaps(a, g.neurons[l]));
    const k = m.nOut;
    g.outputs.forEach((v, c) => {
      for (let i = 0; i < n; i++) v[i] = this.problem.task === 'regression' ? 2 * this.toUnit(out[i]) - 1 : 2 * out[i * k + c] - 1;
    });
    const { weights, biases } = m.getWeights();
    const test = heldOut(this.problem.task, this.problem.test.y, this.testOut, k);
    return {
      epoch: this.steps, scores: { ...this.scores }, history, bestEpoch: this.bestEpoch, stopped: this.stopReason !== '', output: this.outputGrid(out),
      neurons: g.neurons, outputs: g.outputs, mapsVersion: ++g.version, weights, biases, test,
    };
  }

  /** Regression targets mapped to [0, 1] over the data's range (the output map's colour scale). */
  toUnit(v: number): number {
    const [lo, hi] = this.problem.yRange;
    return hi > lo ? (v - lo) / (hi - lo) : 0.5;
  }

  private outputGrid(out: Float64Array): BoundaryGrid {
    const n = GRID * GRID;
    if (this.problem.task === 'binary') return { nx: GRID, ny: GRID, values: Float32Array.from(out) };
    if (this.problem.task === 'regression') return { nx: GRID, ny: GRID, values: Float32Array.from(out, (v) => this.toUnit(v)) };
    const k = this.problem.nClasses, classes = new Uint8Array(n), confidence = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      let best = 0;
      for (let c = 1; c < k; c++) if (out[i * k + c] > out[i * k + best]) best = c;
      classes[i] = best;
      confidence[i] = out[i * k + best];
    }
    return { nx: GRID, ny: GRID, classes, confidence };
  }

  /** The scores of the network as it is now, and its outputs on the test rows. */
  private evaluate(): { scores: Scores; testOut: Float64Array } {
    const m = this.model;
    if (!m) return { scores: emptyFrame().scores, testOut: new Float64Array(0) };
    const tr = m.evaluate(this.fit), te = m.evaluate(this.problem.test), val = this.val ? m.evaluate(this.val).loss : NaN;
    return {
      scores: { trainLoss: tr.loss, testLoss: te.loss, valLoss: val, trainScore: this.score(this.fit.y, tr.out), testScore: this.score(this.problem.test.y, te.out) },
      testOut: te.out,
    };
  }

  private rescore(): void {
    ({ scores: this.scores, testOut: this.testOut } = this.evaluate());
  }

  /** Accuracy for classes (argmax, or P ≥ 0.5), R² for regression. */
  private score(y: Float64Array, out: Float64Array): number {
    const n = y.length;
    if (n === 0) return NaN;
    if (this.problem.task === 'regression') {
      const mean = y.reduce((s, v) => s + v, 0) / n;
      let ssRes = 0, ssTot = 0;
      for (let i = 0; i < n; i++) { ssRes += (y[i] - out[i]) ** 2; ssTot += (y[i] - mean) ** 2; }
      return ssTot > 0 ? 1 - ssRes / ssTot : NaN;
    }
    const k = this.problem.task === 'binary' ? 1 : this.problem.nClasses;
    let hit = 0;
    for (let i = 0; i < n; i++) {
      let pred: number;
      if (k === 1) pred = out[i] >= 0.5 ? 1 : 0;
      else { pred = 0; for (let c = 1; c < k; c++) if (out[i * k + c] > out[i * k + pred]) pred = c; }
      if (pred === y[i]) hit++;
    }
    return hit / n;
  }

  private record(): void {
    this.history.push({ epoch: this.steps, train: this.scores.trainLoss, test: this.scores.testLoss, val: this.scores.valLoss });
    // Halve the resolution of old epochs rather than grow without bound on long runs.
    if (this.history.length > MAX_HISTORY) this.history = this.history.filter((_, i) => i % 2 === 0 || i === this.history.length - 1);
  }
}

/** The output map as shown: with "Discretise output", only the predicted class (a class grid, full confidence). */
export function shownOutput(g: BoundaryGrid | null, discretize: boolean, task: string): BoundaryGrid | null {
  if (!g || !discretize || task === 'regression') return g;
  if ('values' in g) return { nx: g.nx, ny: g.ny, classes: Uint8Array.from(g.values, (v) => (v >= 0.5 ? 1 : 0)) };
  return { nx: g.nx, ny: g.ny, classes: g.classes };
}

/** Each hidden layer's activation: its own from the diagram (`acts`), else the Activation setting. */
export function layerActivations(p: Pick<Params, 'layers' | 'acts' | 'activation'>): Activation[] {
  return p.layers.map((_, l) => (p.acts[l] ?? p.activation) as Activation);
}

/** Splits an n × units activation matrix into one map per unit (`maps`, refilled), each scaled by its largest |value| into [−1, 1]. */
function neuronMaps(a: Float64Array, maps: Float32Array[]): void {
  const units = maps.length, n = a.length / units;
  maps.forEach((m, j) => {
    let top = 1e-9;
    for (let i = 0; i < n; i++) top = Math.max(top, Math.abs((m[i] = a[i * units + j])));
    for (let i = 0; i < n; i++) m[i] /= top;
  });
}
