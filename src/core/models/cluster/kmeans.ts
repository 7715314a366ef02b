/**
 * k-means clustering by Lloyd's algorithm, with scikit-learn's meaning (sklearn.cluster.KMeans, 1.2):
 *
 * - `fit` alternates an assignment (E) step and an update (M) step. It stops when an assignment leaves every
 *   label unchanged ("strict convergence"), or when the squared centre shift summed over clusters is
 *   ≤ tol · mean(per-feature variance of X), or after `maxIter` iterations. In the last two cases one more
 *   assignment is made so labels match the final centres. `nIter` counts M-steps, `inertia` is the sum of
 *   squared distances of points to their labelled centre. Given an explicit `init` array the centres,
 *   labels, inertia and nIter equal scikit-learn's (checked in tests/unit/kmeans.test.ts).
 * - Empty clusters are re-seeded at the point farthest from its centre, as scikit-learn does (see kmeans-lloyd).
 * - `nInit` runs with different seeded initialisations keep the lowest inertia. The default is 10, as in the
 *   scikit-learn 1.2 used for the reference numbers; 'auto' means 1 for k-means++ or an array and 10 for random.
 *
 * For teaching, `start(X)` + `step()` run the same algorithm one half-step at a time (see KMeansStep).
 */
import { Estimator, TransformerMixin, type Steppable } from '../../base';
import { toRng, type Rng } from '../../random';
import { toFlat, toRows, type Matrix } from '../../utils/matrix';
import { checkArray, checkFlat, checkNumber, checkOption, isMatrix } from '../../validation';
import { kmeansPlusPlus, randomInit } from './kmeans-init';
import { assignLabels, inertiaOf, scaledTolerance, sqDist } from './kmeans-lloyd';
import { LloydRun, type Phase } from './kmeans-run';

export type KMeansInit = 'k-means++' | 'random' | number[][];

/** The options as resolved (what getParams returns). */
export interface KMeansParams {
  nClusters: number;
  init: KMeansInit;
  nInit: number | 'auto';
  maxIter: number;
  tol: number;
  /** A number: every fit starts from the same random state. An Rng: fits continue its sequence. */
  seed: number | Rng;
}

export type KMeansOptions = Partial<KMeansParams>;

const DEFAULTS: KMeansParams = { nClusters: 8, init: 'k-means++', nInit: 10, maxIter: 300, tol: 1e-4, seed: 0 };
const NAME = 'KMeans';

/** One animation step: an assignment of points to centres, or a move of the centres. */
export type KMeansStep =
  | {
      kind: 'assign';
      /** labels after this assignment (a copy) */
      labels: number[];
      /** how many points changed cluster (all of them on the first assignment) */
      changed: number;
      /** true if this was the extra assignment made after stopping on tol or maxIter */
      final: boolean;
      converged: boolean;
    }
  | {
      kind: 'update';
      /** 1-based iteration number (= nIter after this step) */
      iteration: number;
      previousCenters: number[][];
      clusterCenters: number[][];
      /** Euclidean distance each centre moved */
      shift: number[];
      /** empty clusters re-seeded at a far point in this update */
      relocated: { cluster: number; point: number }[];
      /** true if the algorithm has stopped (labels unchanged), or stops after one final assignment (tol, maxIter) */
      converged: boolean;
      /** why it stops, if it does */
      reason: 'labels-unchanged' | 'tol' | 'max-iter' | null;
    };

export class KMeans extends TransformerMixin(Estimator<KMeansParams>)
  implements Steppable<KMeansStep, [X: number[][] | Matrix, centers?: number[][]]> {
  declare readonly nClusters: number;
  declare readonly init: KMeansInit;
  declare readonly nInit: number | 'auto';
  declare readonly maxIter: number;
  declare readonly tol: number;
  declare readonly seed: number | Rng;

  /** Fitted centres, k rows. */
  clusterCenters: number[][] = [];
  /**
   * Cluster index of each training point. Made from labelCodes on first read and kept: copying 100,000 labels into
   * a number[] costs about as much as two Lloyd iterations, so fit leaves it to those who read it.
   */
  get labels(): number[] {
    if (this.labelList === null) {
      const codes = this.labelCodes, list = new Array<number>(codes.length);
      for (let i = 0; i < codes.length; i++) list[i] = codes[i]; // faster than Array.from on 100k labels
      this.labelList = list;
    }
    return this.labelList;
  }
  /** The same labels as an Int32Array, without a copy (read-only; replaced, not changed, by the next fit or step). */
  get labelCodes(): Int32Array {
    return this.codes;
  }
  private codes: Int32Array = new Int32Array(0);
  private labelList: number[] | null = [];
  /** Sum of squared distances of the training points to their centre. */
  inertia = NaN;
  /** Number of Lloyd iterations (M-steps) of the run kept. */
  nIter = 0;
  nFeaturesIn = 0;

  private run: LloydRun | null = null;

  constructor(options: KMeansOptions = {}) {
    // an explicit init array fixes k; without nClusters we take it from there (scikit-learn would ask for both)
    const k = options.nClusters ?? (Array.isArray(options.init) ? options.init.length : undefined);
    super(NAME, DEFAULTS, k === undefined ? options : { ...options, nClusters: k });
  }

  protected checkParams(p: KMeansParams): KMeansParams {
    const init = Array.isArray(p.init) ? p.init : checkOption('init', p.init, ['k-means++', 'random'] as const, NAME);
    if (Array.isArray(init)) checkArray(init, { name: 'init', who: NAME });
    return {
      nClusters: checkNumber('nClusters', p.nClusters, { integer: true, min: 1 }, NAME),
      init,
      nInit: p.nInit === 'auto' ? 'auto' : checkNumber('nInit', p.nInit, { integer: true, min: 1 }, NAME),
      maxIter: checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, NAME),
      tol: checkNumber('tol', p.tol, { min: 0 }, NAME),
      seed: typeof p.seed === 'number' ? checkNumber('seed', p.seed, {}, NAME) : p.seed,
    };
  }

  /** X: rows, or a Matrix {data: Float64Array, rows, cols} used as it is (no per-row copy). */
  fit(X: number[][] | Matrix): this {
    const { data, n, d } = this.checkData(X, 'fit');
    const tolScaled = scaledTolerance(data, n, d, this.tol);
    const rng = toRng(this.seed);
    const runs = Array.isArray(this.init) ? 1 : this.nInit === 'auto' ? (this.init === 'random' ? 10 : 1) : this.nInit;
    let best: LloydRun | null = null;
    let bestInertia = Infinity;
    for (let r = 0; r < runs; r++) {
      const init = this.initialCenters(data, n, d, rng);
      const run = new LloydRun(data, n, d, this.nClusters, init, this.maxIter, tolScaled);
      run.runToEnd();
      const inertia = run.inertia();
      if (best === null || inertia < bestInertia) {
        best = run;
        bestInertia = inertia;
      }
    }
    this.adopt(best!, false);
    return this;
  }

  fitPredict(X: number[][] | Matrix): number[] {
    return this.fit(X).labels.slice();
  }

  /** Index of the nearest centre for each row (ties: the lower index). */
  predict(X: number[][] | Matrix): number[] {
    const { data, n, d } = this.checkQuery(X, 'predict');
    const labels = new Int32Array(n).fill(-1);
    assignLabels(data, n, d, this.flatCenters(), this.nClusters, labels);
    return Array.from(labels);
  }

  /** Euclidean distance from each row to every centre (n × k), as scikit-learn's transform. */
  transform(X: number[][] | Matrix): number[][] {
    const { data, n, d } = this.checkQuery(X, 'transform');
    const C = this.flatCenters();
    const out: number[][] = [];
    for (let i = 0; i < n; i++) {
      const row: number[] = [];
      for (let c = 0; c < this.nClusters; c++) row.push(Math.sqrt(sqDist(data, i * d, C, c * d, d)));
      out.push(row);
    }
    return out;
  }

  /** Minus the inertia of X against the fitted centres (scikit-learn's score: higher is better). */
  score(X: number[][] | Matrix): number {
    const { data, n, d } = this.checkQuery(X, 'score');
    const labels = new Int32Array(n).fill(-1);
    const C = this.flatCenters();
    assignLabels(data, n, d, C, this.nClusters, labels);
    return -inertiaOf(data, n, d, C, labels);
  }

  // ---------------------------------------------------------------- step API

  /**
   * Begins a step-by-step run on X from the configured init (one initialisation, whatever nInit says), or
   * from `centers` when given (e.g. centres a learner dragged). Returns the starting centres.
   */
  start(X: number[][] | Matrix, centers?: number[][]): number[][] {
    const checked = this.checkData(X, 'start');
    const { n, d } = checked;
    // the run outlives this call: a Matrix is copied so that later changes to the caller's buffer cannot reach it
    const data = isMatrix(X) ? checked.data.slice() : checked.data;
    const init = centers ? this.checkInitArray(centers, d, 'centers') : this.initialCenters(data, n, d, toRng(this.seed));
    this.run = new LloydRun(data, n, d, this.nClusters, init, this.maxIter, scaledTolerance(data, n, d, this.tol));
    this.clusterCenters = toRows(init, this.nClusters, d);
    this.codes = new Int32Array(0);
    this.labelList = [];
    this.inertia = NaN;
    this.nIter = 0;
    this.nFeaturesIn = d;
    return this.clusterCenters.map((r) => r.slice());
  }

  /** True once a started run has stopped (or if none was started). */
  get converged(): boolean {
    return this.run === null || this.run.phase === 'done';
  }

  /** What the next step() will do. */
  get nextStep(): 'assign' | 'update' | null {
    if (!this.run || this.run.phase === 'done') return null;
    return this.run.phase === 'update' ? 'update' : 'assign';
  }

  /**
   * Performs one half-step of the started run and reports it; the fitted attributes follow along
   * (`inertia` is that of the current labels against the current centres). Returns null once converged.
   */
  step(): KMeansStep | null {
    const run = this.run;
    if (!run || run.phase === 'done') return null;
    let result: KMeansStep;
    if (run.phase === 'update') {
      const previousCenters = toRows(run.centers, run.k, run.d);
      const { info, reason } = run.update();
      result = {
        kind: 'update',
        iteration: run.nIter,
        previousCenters,
        clusterCenters: toRows(run.centers, run.k, run.d),
        shift: Array.from(info.shift),
        relocated: info.relocated,
        converged: reason !== null,
        reason,
      };
    } else {
      const final = run.phase === 'final-assign';
      const changed = run.assign();
      // assign() moved the phase on; read it through a fresh type (TS still has the pre-call narrowing)
      const done = (run.phase as Phase) === 'done';
      result = { kind: 'assign', labels: Array.from(run.labels), changed, final, converged: done };
    }
    this.adopt(run, true);
    return result;
  }

  // ---------------------------------------------------------------- internals

  /** Takes the run's results; `live`: the run goes on (step API), so its labels are copied, not shared. */
  private adopt(run: LloydRun, live: boolean): void {
    this.clusterCenters = toRows(run.centers, run.k, run.d);
    this.codes = live ? run.labels.slice() : run.labels;
    this.labelList = null;
    this.inertia = run.labels[0] >= 0 ? run.inertia() : NaN;
    this.nIter = run.nIter;
    this.nFeaturesIn = run.d;
  }

  private initialCenters(data: Float64Array, n: number, d: number, rng: Rng): Float64Array {
    if (Array.isArray(this.init)) return this.checkInitArray(this.init, d, 'init');
    if (this.init === 'random') return randomInit(data, n, d, this.nClusters, rng);
    return kmeansPlusPlus(data, n, d, this.nClusters, rng);
  }

  /** Starting centres given as rows: nClusters of them, as wide as X. */
  private checkInitArray(init: number[][], d: number, name: string): Float64Array {
    const { n } = checkArray(init, { name, who: NAME, nFeatures: d, nFeaturesWhy: 'as many as X' });
    if (n !== this.nClusters) throw new RangeError(`${NAME}: ${name} has ${n} centres, expected nClusters = ${this.nClusters}`);
    return toFlat(init, n, d);
  }

  private checkData(X: number[][] | Matrix, what: string) {
    const k = this.nClusters;
    return checkFlat(X, { who: `${NAME}.${what}`, minSamples: k, minSamplesWhy: `one per cluster: nClusters = ${k}` });
  }

  private checkQuery(X: number[][] | Matrix, what: string) {
    if (this.clusterCenters.length === 0) throw new Error('KMeans is not fitted yet: call fit(X) first');
    return checkFlat(X, { who: `${NAME}.${what}`, minSamples: 0, nFeatures: this.nFeaturesIn });
  }

  private flatCenters(): Float64Array {
    return toFlat(this.clusterCenters, this.nClusters, this.nFeaturesIn);
  }
}
