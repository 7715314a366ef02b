/**
 * The forest widget on a regression surface (loaded only when one is chosen): a RandomForestRegressor grown one
 * tree per step (core's step API: the same forest `fit` gives for the seed), the averaged prediction over the
 * plane, test, out-of-bag and single-tree R² against the number of trees, and the two feature importances. The
 * points, split and nudges are the classifier's (shared/trees/points.ts); only the target is a real number.
 */
import { gridCenters } from '../../charts/boundary';
import type { BoundaryGrid } from '../../charts/types';
import { permutationImportance } from '../../core/inspection';
import { r2Score } from '../../core/metrics';
import { RandomForestRegressor } from '../../core/models/ensemble';
import type { Tree } from '../../core/models/tree';
import type { RunSession } from '../shared/run-options';
import { buildPoints, type Rows, type TreeData } from '../shared/trees/points';
import { growOne } from './forest-run';
import { forestOptions } from './options';
import type { Params } from './params';
import { GRID, oobCoverage, type ForestCurve } from './session';

/** The legend's names of the two point colours: below or above the middle of the targets' range. */
export const REGRESSION_CLASSES = ['low y', 'high y'];

/** The running sum of the trees' predictions on a fixed set of rows: the forest's mean after t trees, in O(rows · depth) per tree. */
export class PredictionSum {
  readonly sum: Float64Array;
  trees = 0;
  private readonly rows: Float32Array;

  constructor(X: readonly (readonly number[])[]) {
    this.rows = Float32Array.from(X.flat());
    this.sum = new Float64Array(X.length);
  }

  /** Adds one tree's predictions; returns them (the tree alone). */
  add(t: Tree): Float64Array {
    const leaves = t.applyFlat(this.rows, this.sum.length);
    const own = Float64Array.from(leaves, (leaf) => t.value[leaf][0]);
    for (let i = 0; i < own.length; i++) this.sum[i] += own[i];
    this.trees++;
    return own;
  }

  /** The forest's prediction per row (the mean of the trees so far). */
  mean(): Float64Array {
    const t = Math.max(1, this.trees);
    return this.sum.map((s) => s / t);
  }
}

export interface RegressionView {
  steps: number;
  total: number;
  /** The mean prediction over the plane, mapped into [0, 1] over `yRange`. */
  grid: BoundaryGrid | null;
  /** R² against the number of trees (the same shape as the classifier's accuracy curve). */
  curve: ForestCurve;
  trainR2: number;
  testR2: number;
  oobR2: number;
  impurity: number[];
  permutation: { mean: number[]; std: number[] };
  yTrue: number[];
  yPred: number[];
}

export class ForestRegressionSession implements RunSession {
  steps = 0;
  readonly data: TreeData;
  readonly train: Rows;
  readonly test: Rows;
  /** The targets' range over every point: the map's colour scale and the points' two colours split at its middle. */
  readonly yRange: [number, number];
  readonly model: RandomForestRegressor | null;
  readonly total: number;
  readonly problems: string[] = [];
  readonly curve: ForestCurve = { trees: [], test: [], oob: [], single: [] };
  private readonly testSum: PredictionSum;
  private readonly gridSum: PredictionSum;
  private importanceCache: { steps: number; value: RegressionView['permutation'] } | null = null;

  /**
   * forestSeed: the forest's own seed when it should differ from the link's (which also draws the data): the
   * scikit-learn comparison varies the forest alone over many seeds on the same points.
   */
  constructor(readonly params: Params, forestSeed = params.seed) {
    const d = buildPoints(params);
    const values = d.points.map((q) => q.c);
    const lo = Math.min(...values), hi = Math.max(...values);
    this.yRange = values.length ? [lo, hi > lo ? hi : lo + 1] : [0, 1];
    const mid = (this.yRange[0] + this.yRange[1]) / 2;
    // the scatter colours by class: a real target is drawn low or high, its value is what the trees fit
    this.data = { ...d, points: d.points.map((q) => ({ ...q, c: q.c >= mid ? 1 : 0 })), classNames: REGRESSION_CLASSES };
    const rows = (from: number, to: number): Rows => ({ X: d.points.slice(from, to).map((q) => [q.x, q.y]), y: values.slice(from, to) });
    this.train = rows(0, d.nTrain);
    this.test = rows(d.nTrain, d.points.length);
    if (params.nEstimators < 1) this.problems.push('A forest of 0 trees has no prediction to average: set Trees (n_estimators) to at least 1.');
    if (this.train.X.length < 2) this.problems.push('Fewer than two training points: there is nothing to split. Raise Points or Train share.');
    const { xs, ys } = gridCenters(GRID, GRID, d.domain.x, d.domain.y);
    this.gridSum = new PredictionSum(Array.from({ length: GRID * GRID }, (_, k) => [xs[k % GRID], ys[Math.floor(k / GRID)]]));
    this.testSum = new PredictionSum(this.test.X);
    const ok = params.nEstimators >= 1 && this.train.X.length > 0;
    // scikit-learn's regressor criterion is the squared error; the classifier's gini/entropy row does not apply
    this.model = ok ? new RandomForestRegressor({ ...forestOptions(params), criterion: 'squaredError', seed: forestSeed }).start(this.train.X, this.train.y) : null;
    this.total = ok ? params.nEstimators : 0;
  }

  get done(): boolean {
    return this.steps >= this.total;
  }

  get notice(): string {
    const out = [...this.problems];
    const missing = this.model && this.steps > 0 && this.params.bootstrap ? Math.round((1 - this.oobCoverage()) * this.train.X.length) : 0;
    if (missing > 0) out.push(`${missing} training rows were drawn by every tree so far, so no tree predicts them out of bag yet: the OOB R² counts them as predicted 0, as scikit-learn does, until more trees are grown.`);
    return out.join(' ');
  }

  /** Grows one tree. False when the forest is complete (or there is nothing to grow). */
  step(): boolean {
    const tree = growOne(this);
    if (!tree) return false;
    const own = this.testSum.add(tree);
    this.gridSum.add(tree);
    const y = this.test.y, scored = y.length > 1;
    this.curve.trees.push(this.steps);
    this.curve.test.push(scored ? r2Score(y, this.testSum.mean()) : NaN);
    this.curve.single.push(scored ? r2Score(y, own) : NaN);
    this.curve.oob.push(this.model!.oobScore ?? NaN);
    return true;
  }

  /** Share of training rows some tree did not draw (rows no tree left out count as predicted 0, as scikit-learn). */
  oobCoverage(): number {
    return oobCoverage(this.model, this.train.X.length);
  }

  private grid(): BoundaryGrid | null {
    if (this.gridSum.trees === 0) return null;
    const [lo, hi] = this.yRange;
    return { nx: GRID, ny: GRID, values: Float32Array.from(this.gridSum.mean(), (v) => Math.min(1, Math.max(0, (v - lo) / (hi - lo)))) };
  }

  /** Permutation importance (drop in test R²) with 5 repeats from the seed, recomputed only when a tree was added. */
  private permutation(): RegressionView['permutation'] {
    const m = this.model;
    if (!m || this.steps === 0 || this.test.X.length < 2) return { mean: [NaN, NaN], std: [NaN, NaN] };
    if (this.importanceCache?.steps !== this.steps) {
      const r = permutationImportance(m, this.test.X, this.test.y, { nRepeats: 5, seed: this.params.seed });
      this.importanceCache = { steps: this.steps, value: { mean: r.importancesMean, std: r.importancesStd } };
    }
    return this.importanceCache.value;
  }

  view(): RegressionView {
    const m = this.model, grown = m !== null && this.steps > 0, scored = this.test.y.length > 1;
    const c = this.curve;
    return {
      steps: this.steps,
      total: this.total,
      grid: this.grid(),
      curve: { trees: [...c.trees], test: [...c.test], oob: [...c.oob], single: [...c.single] },
      trainR2: grown && this.train.y.length > 1 ? m.score(this.train.X, this.train.y) : NaN,
      testR2: grown && scored ? (c.test.at(-1) ?? NaN) : NaN,
      oobR2: grown ? (m.oobScore ?? NaN) : NaN,
      impurity: grown ? m.featureImportances : [NaN, NaN],
      permutation: this.permutation(),
      yTrue: this.test.y,
      yPred: grown ? Array.from(this.testSum.mean()) : [],
    };
  }
}
