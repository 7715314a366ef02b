/**
 * One growth of the forest widget: the points (shared with the tree widget), a RandomForestClassifier grown one
 * tree per step (core's step API, the same forest `fit` gives for the seed), and what the views read: the soft-vote
 * map, the scores against the number of trees, each tree's bootstrap sample and boxes, and feature importances.
 */
import { gridCenters } from '../../charts/boundary';
import type { BoundaryGrid, ClassGrid } from '../../charts/types';
import { confusionMatrix } from '../../core/metrics';
import { permutationImportance } from '../../core/inspection';
import { RandomForestClassifier } from '../../core/models/ensemble';
import { resolveMaxFeatures } from '../../core/models/tree/options';
import type { RunSession } from '../shared/run-options';
import { PointSet, type RowSource, type TreePoint } from '../shared/trees/points';
import type { TreeTable } from '../shared/trees/table';
import { treeNodes, type HeldOut, type TreeNode } from '../shared/trees/structure';
import { growOne } from './forest-run';
import { forestOptions, maxFeaturesOf } from './options';
import type { Params } from './params';
import { STABILITY_GRID, stabilityJob, type StabilityJob } from './stability';
import { accuracyOf, VoteSum } from './votes';

/** Cells per side of the vote map. */
export const GRID = 64;
/** How many of the first trees the small multiples show. */
export const THUMBS = 6;
/** Cells per side of a small multiple on a table (each tree's class on the plane). */
export const THUMB_GRID = 24;

/**
 * The learner's table as the forest grows on it (forest/table-mode.ts builds it, in the table's own chunk): the rows
 * with every column, nudged when the link says so, and the same rows un-nudged for the stability card.
 */
export interface ForestTable extends TreeTable {
  /** the rows before the nudge (null without one) */
  original: RowSource | null;
}

export { forestOptions } from './options';

/** Scores of the forest of the first t trees, t = 1 … grown (index t − 1). */
export interface ForestCurve {
  trees: number[];
  test: number[];
  oob: number[];
  /** Each tree alone on the test rows: the variance the forest averages away. */
  single: number[];
}

/** One tree as the views draw it: its boxes and its bootstrap sample. */
export interface ShownTree {
  index: number;
  nodes: TreeNode[];
  /** The training points, drawn ones filled and out-of-bag ones hollow (`test: true`). */
  points: TreePoint[];
  /** Rows drawn (with repeats), distinct rows drawn, rows left out. */
  drawn: number;
  distinct: number;
  outOfBag: number;
}

export interface ForestView {
  steps: number;
  total: number;
  grid: BoundaryGrid | null;
  curve: ForestCurve;
  trainAccuracy: number;
  testAccuracy: number;
  oobScore: number;
  /** Share of training rows left out by at least one tree so far (the OOB score's coverage). */
  oobCoverage: number;
  impurity: number[];
  /** `at`: the number of trees it was computed for (it lags while the forest grows: session.permutation) */
  permutation: { mean: number[]; std: number[]; at?: number };
  test: HeldOut;
}

/** Share of a forest's n training rows that some tree did not draw (NaN before a tree, or without bootstrap). */
export function oobCoverage(m: { bootstrap: boolean; estimators: unknown[]; estimatorsSamples: Int32Array[] } | null, n: number): number {
  if (!m || !m.bootstrap || n === 0 || m.estimators.length === 0) return NaN;
  const left = new Uint8Array(n);
  for (const s of m.estimatorsSamples) {
    const inBag = new Uint8Array(n);
    for (const i of s) inBag[i] = 1;
    for (let i = 0; i < n; i++) if (!inBag[i]) left[i] = 1;
  }
  return left.reduce((a, b) => a + b, 0) / n;
}

export class ForestSession extends PointSet implements RunSession {
  steps = 0;
  /** null when there is nothing to grow: no training point, or a forest of 0 trees. */
  readonly model: RandomForestClassifier | null;
  readonly total: number;
  readonly curve: ForestCurve = { trees: [], test: [], oob: [], single: [] };
  // the soft vote kept tree by tree on the test and training rows: the scores in O(rows · depth) a tree, not a whole
  // forest's predict per frame (a table's 1,000 rows × 100 trees took ~100 ms a view)
  private readonly testVotes: VoteSum | null = null;
  private readonly trainVotes: VoteSum | null = null;
  private readonly trainIndex: Int32Array = new Int32Array(0);
  private readonly gridVotes: VoteSum | null = null;
  private readonly testIndex: Int32Array = new Int32Array(0);
  private readonly nodeCache: TreeNode[][] = [];
  private importanceCache: { steps: number; value: ForestView['permutation'] } | null = null;
  private stabilityCache: StabilityJob | null | undefined;
  private readonly cellCache = new Map<number, number[][]>();
  private readonly mapCache = new Map<string, ClassGrid>();
  /** The features: 2 on a 2-D set, the table's columns; and how many of them each split draws (max_features). */
  readonly nFeatures: number;
  readonly perSplit: number;

  /**
   * `table`: the learner's table, when one is chosen (built in its own chunk): the trees split on every column and the
   * points are the rows' projections on the map's plane.
   */
  constructor(readonly params: Params, readonly table: ForestTable | null = null) {
    super(params, table);
    this.nFeatures = this.featureNames.length;
    this.perSplit = resolveMaxFeatures(forestOptions(params, this.nFeatures).maxFeatures ?? null, this.nFeatures, 'forest');
    if (params.nEstimators < 1) this.problems.unshift('A forest of 0 trees has no vote to take: set Trees (n_estimators) to at least 1.');
    if (maxFeaturesOf(params.maxFeatures, this.nFeatures) === undefined) {
      const v = params.maxFeatures.length > 20 ? `${params.maxFeatures.slice(0, 20)}…` : params.maxFeatures;
      this.problems.push(`Features per split “${v}” is not a choice for ${this.nFeatures} features: using √d (sqrt), the default.`);
    }
    if (params.nEstimators < 1 || this.train.X.length === 0) {
      this.model = null;
      this.total = 0;
      return;
    }
    this.model = new RandomForestClassifier(forestOptions(params, this.nFeatures)).start(this.train.X, this.train.y);
    this.total = params.nEstimators;
    const K = this.model.classes.length;
    const at = new Map(this.model.classes.map((c, k) => [c, k]));
    this.testIndex = Int32Array.from(this.test.y, (c) => at.get(c) ?? -1);
    this.testVotes = new VoteSum(this.test.X, K);
    this.trainIndex = Int32Array.from(this.train.y, (c) => at.get(c) ?? -1);
    this.trainVotes = new VoteSum(this.train.X, K);
    this.gridVotes = new VoteSum(this.cells(GRID), K);
  }

  /**
   * The centres of an n × n grid over the map (row 0 at the top) as rows the trees read: the point itself on a 2-D
   * set, the point lifted to every column on a table (the plane's point, the other features at their means or along
   * the principal components).
   */
  cells(n: number): number[][] {
    let out = this.cellCache.get(n);
    if (!out) {
      const { xs, ys } = gridCenters(n, n, this.domain.x, this.domain.y);
      const plane = this.table?.plane;
      out = Array.from({ length: n * n }, (_, k) => (plane ? plane.lift(xs[k % n], ys[Math.floor(k / n)]) : [xs[k % n], ys[Math.floor(k / n)]]));
      this.cellCache.set(n, out);
    }
    return out;
  }

  /**
   * Tree k's class on an n × n grid over the map, shaded by its leaf's purity above chance: a table's small multiples
   * and its one-tree view (a tree on many columns cuts them into boxes the plane only slices, so its map is its answer
   * at each cell, not the boxes). Computed once per tree and size: a grown tree never changes.
   */
  treeMap(k: number, n: number): ClassGrid {
    const key = `${k}|${n}`;
    let g = this.mapCache.get(key);
    if (!g) {
      const m = this.model!;
      const votes = new VoteSum(this.cells(n), m.classes.length);
      votes.add(m.estimators[k].tree);
      g = this.shaded(votes);
      this.mapCache.set(key, g);
    }
    return g;
  }

  /** The winning class per cell, shaded by how far its vote share is above chance. */
  private shaded(v: VoteSum): ClassGrid {
    const m = this.model!, K = m.classes.length, n = Math.round(Math.sqrt(v.m));
    const { classes, confidence } = v.winners();
    const chance = 1 / Math.max(2, K);
    return {
      nx: n, ny: n,
      classes: Int32Array.from(classes, (c) => m.classes[c]),
      confidence: Float32Array.from(confidence, (p) => (K === 1 ? 1 : (p - chance) / (1 - chance))),
    };
  }

  /** Grows one tree. False when the forest is complete (or there is nothing to grow). */
  step(): boolean {
    const tree = growOne(this);
    if (!tree) return false;
    const m = this.model!;
    const own = this.testVotes!.add(tree);
    this.trainVotes!.add(tree);
    this.gridVotes!.add(tree);
    this.curve.trees.push(this.steps);
    this.curve.test.push(accuracyOf(this.testVotes!.predicted(), this.testIndex));
    this.curve.single.push(accuracyOf(own, this.testIndex));
    this.curve.oob.push(m.oobScore ?? NaN);
    return true;
  }

  get done(): boolean {
    return this.steps >= this.total;
  }

  get notice(): string {
    const out = [...this.problems];
    if (this.model && this.steps > 0 && this.params.bootstrap) {
      const missing = Math.round((1 - this.oobCoverage()) * this.train.X.length);
      if (missing > 0) out.push(`${missing} training rows were drawn by every tree so far, so no tree can vote on them out of bag yet: the OOB score counts them with an empty vote (predicted as the first class), as scikit-learn does, until more trees are grown.`);
    }
    return out.join(' ');
  }

  /** Share of training rows some tree did not draw. */
  oobCoverage(): number {
    return oobCoverage(this.model, this.train.X.length);
  }

  /** After a nudge: the work of measuring how much of the plane a deep tree and the forest change (made once, on first use; the card advances it a frame's budget at a time). */
  get stability(): StabilityJob | null {
    if (this.stabilityCache === undefined) {
      // on a table: the rows before the nudge, and the map's cells lifted to every column
      const t = this.table;
      const onTable = t?.original ? { before: new PointSet({ ...this.params, nudge: 0 }, t.original), cells: this.cells(STABILITY_GRID) } : undefined;
      this.stabilityCache = t && !onTable ? null : stabilityJob(this.params, this, this.done ? this.model : null, onTable);
    }
    return this.stabilityCache;
  }

  /** Tree k (0-based, clamped to the trees grown) with its sample, or null before the first tree. */
  shownTree(k: number): ShownTree | null {
    const m = this.model;
    if (!m || m.estimators.length === 0) return null;
    const index = Math.min(Math.max(0, k), m.estimators.length - 1);
    const samples = m.estimatorsSamples[index];
    const inBag = new Uint8Array(this.train.X.length);
    for (const i of samples) inBag[i] = 1;
    const distinct = inBag.reduce((a, b) => a + b, 0);
    const points = this.data.points.slice(0, this.data.nTrain).map((q, i) => ({ ...q, test: !inBag[i] }));
    return { index, nodes: this.nodes(index), points, drawn: samples.length, distinct, outOfBag: this.train.X.length - distinct };
  }

  /** The boxes of tree k (computed once: a grown tree never changes). */
  nodes(k: number): TreeNode[] {
    const m = this.model!;
    this.nodeCache[k] ??= treeNodes(m.estimators[k].tree, m.classes, this.classNames.length, this.domain);
    return this.nodeCache[k];
  }

  /** The first THUMBS trees' boxes (as many as are grown; on a table, TableThumbs draws treeMap instead). */
  thumbs(): TreeNode[][] {
    const grown = this.model?.estimators.length ?? 0;
    return Array.from({ length: Math.min(THUMBS, grown) }, (_, k) => this.nodes(k));
  }

  /** The vote map: P(second class) for two classes, else the winning class shaded by its vote share. */
  private grid(): BoundaryGrid | null {
    const v = this.gridVotes, m = this.model;
    if (!v || !m || v.trees === 0) return null;
    if (m.classes.length === 2 && this.classNames.length === 2) return { nx: GRID, ny: GRID, values: v.mean(1) };
    return this.shaded(v);
  }

  /**
   * Permutation importance on the test rows (5 repeats from the seed). It predicts the test rows 5 times per feature
   * with the whole forest (a table's 10 columns and 100 trees: tens of ms), so while the forest grows it is recomputed
   * at 1, 2, 4, 8 … trees and when the forest is complete; `at` says for how many trees it stands.
   */
  private permutation(): ForestView['permutation'] {
    const m = this.model;
    if (!m || this.steps === 0 || this.test.X.length === 0) return { mean: this.featureNames.map(() => NaN), std: this.featureNames.map(() => NaN), at: 0 };
    const due = this.done || (this.steps & (this.steps - 1)) === 0;
    if (!this.importanceCache || (due && this.importanceCache.steps !== this.steps)) {
      const r = permutationImportance(m, this.test.X, this.test.y, { nRepeats: 5, seed: this.params.seed });
      this.importanceCache = { steps: this.steps, value: { mean: r.importancesMean, std: r.importancesStd, at: this.steps } };
    }
    return this.importanceCache.value;
  }

  view(): ForestView {
    const m = this.model, grown = m !== null && this.steps > 0;
    const nTest = this.test.X.length;
    const yPred = grown && nTest ? Array.from(this.testVotes!.predicted(), (k) => m.classes[k]) : [];
    const K = m?.classes.length ?? 0;
    const p1 = this.testVotes && K === 2 ? this.testVotes.mean(1) : null;
    return {
      steps: this.steps,
      total: this.total,
      grid: this.grid(),
      curve: { trees: [...this.curve.trees], test: [...this.curve.test], oob: [...this.curve.oob], single: [...this.curve.single] },
      trainAccuracy: grown ? accuracyOf(this.trainVotes!.predicted(), this.trainIndex) : NaN,
      testAccuracy: grown && nTest ? accuracyOf(this.testVotes!.predicted(), this.testIndex) : NaN,
      oobScore: grown ? (m.oobScore ?? NaN) : NaN,
      oobCoverage: this.oobCoverage(),
      impurity: grown ? m.featureImportances : this.featureNames.map(() => NaN),
      permutation: this.permutation(),
      test: {
        yTrue: this.test.y,
        yScore: grown && p1 && this.classNames.length === 2 ? Array.from(p1) : [],
        yPred,
        confusion: yPred.length ? confusionMatrix(this.test.y, yPred, this.classNames.map((_, c) => c)) : [],
      },
    };
  }
}
