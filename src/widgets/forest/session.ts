/**
 * One growth of the forest widget: the points (shared with the tree widget), a RandomForestClassifier grown one
 * tree per step (core's step API, the same forest `fit` gives for the seed), and what the views read: the soft-vote
 * map, the scores against the number of trees, each tree's bootstrap sample and boxes, and feature importances.
 */
import { gridCenters } from '../../charts/boundary';
import type { BoundaryGrid } from '../../charts/types';
import { confusionMatrix } from '../../core/metrics';
import { permutationImportance } from '../../core/inspection';
import { RandomForestClassifier } from '../../core/models/ensemble';
import type { RunSession } from '../shared/run-options';
import { PointSet, type TreePoint } from '../shared/trees/points';
import { treeNodes, type HeldOut, type TreeNode } from '../shared/trees/structure';
import { growOne } from './forest-run';
import { forestOptions } from './options';
import type { Params } from './params';
import { stabilityJob, type StabilityJob } from './stability';
import { accuracyOf, VoteSum } from './votes';

/** Cells per side of the vote map. */
export const GRID = 64;
/** How many of the first trees the small multiples show. */
export const THUMBS = 6;

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
  permutation: { mean: number[]; std: number[] };
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
  private readonly testVotes: VoteSum | null = null;
  private readonly gridVotes: VoteSum | null = null;
  private readonly testIndex: Int32Array = new Int32Array(0);
  private readonly nodeCache: TreeNode[][] = [];
  private importanceCache: { steps: number; value: ForestView['permutation'] } | null = null;
  private stabilityCache: StabilityJob | null | undefined;

  constructor(readonly params: Params) {
    super(params);
    if (params.nEstimators < 1) this.problems.unshift('A forest of 0 trees has no vote to take: set Trees (n_estimators) to at least 1.');
    if (params.nEstimators < 1 || this.train.X.length === 0) {
      this.model = null;
      this.total = 0;
      return;
    }
    this.model = new RandomForestClassifier(forestOptions(params)).start(this.train.X, this.train.y);
    this.total = params.nEstimators;
    const K = this.model.classes.length;
    const at = new Map(this.model.classes.map((c, k) => [c, k]));
    this.testIndex = Int32Array.from(this.test.y, (c) => at.get(c) ?? -1);
    this.testVotes = new VoteSum(this.test.X, K);
    const { xs, ys } = gridCenters(GRID, GRID, this.domain.x, this.domain.y);
    this.gridVotes = new VoteSum(Array.from({ length: GRID * GRID }, (_, k) => [xs[k % GRID], ys[Math.floor(k / GRID)]]), K);  }

  /** Grows one tree. False when the forest is complete (or there is nothing to grow). */
  step(): boolean {
    const tree = growOne(this);
    if (!tree) return false;
    const m = this.model!;
    const own = this.testVotes!.add(tree);
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
    if (this.stabilityCache === undefined) this.stabilityCache = stabilityJob(this.params, this, this.done ? this.model : null);
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

  /** The first THUMBS trees' boxes (as many as are grown). */
  thumbs(): TreeNode[][] {
    const grown = this.model?.estimators.length ?? 0;
    return Array.from({ length: Math.min(THUMBS, grown) }, (_, k) => this.nodes(k));
  }

  /** The vote map: P(second class) for two classes, else the winning class shaded by its vote share. */
  private grid(): BoundaryGrid | null {
    const v = this.gridVotes, m = this.model;
    if (!v || !m || v.trees === 0) return null;
    const K = m.classes.length;
    if (K === 2 && this.classNames.length === 2) return { nx: GRID, ny: GRID, values: v.mean(1) };
    const { classes, confidence } = v.winners();
    const chance = 1 / Math.max(2, K);
    return {
      nx: GRID, ny: GRID,
      classes: Int32Array.from(classes, (c) => m.classes[c]),
      confidence: Float32Array.from(confidence, (p) => (K === 1 ? 1 : (p - chance) / (1 - chance))),
    };
  }

  /** Permutation importance on the test rows (5 repeats from the seed), recomputed only when a tree was added. */
  private permutation(): ForestView['permutation'] {
    const m = this.model;
    if (!m || this.steps === 0 || this.test.X.length === 0) return { mean: [NaN, NaN], std: [NaN, NaN] };
    if (this.importanceCache?.steps !== this.steps) {
      const r = permutationImportance(m, this.test.X, this.test.y, { nRepeats: 5, seed: this.params.seed });
      this.importanceCache = { steps: this.steps, value: { mean: r.importancesMean, std: r.importancesStd } };
    }
    return this.importanceCache.value;
  }

  view(): ForestView {
    const m = this.model, grown = m !== null && this.steps > 0;
    const nTest = this.test.X.length;
    const yPred = grown && nTest ? m.predict(this.test.X) : [];
    const K = m?.classes.length ?? 0;
    const p1 = this.testVotes && K === 2 ? this.testVotes.mean(1) : null;
    return {
      steps: this.steps,
      total: this.total,
      grid: this.grid(),
      curve: { trees: [...this.curve.trees], test: [...this.curve.test], oob: [...this.curve.oob], single: [...this.curve.single] },
      trainAccuracy: grown ? m.score(this.train.X, this.train.y) : NaN,
      testAccuracy: grown && nTest ? m.score(this.test.X, this.test.y) : NaN,
      oobScore: grown ? (m.oobScore ?? NaN) : NaN,
      oobCoverage: this.oobCoverage(),
      impurity: grown ? m.featureImportances : [NaN, NaN],
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
