/**
 * One growth of the tree widget: the points (data.ts), a DecisionTreeClassifier grown one split per step in
 * scikit-learn's order (core's step API), and what the views read. When the last split is made the tree is
 * finished (scikit-learn's node ids, pruned when α > 0), the same tree `fit` gives.
 *
 * A change of settings (a new depth limit, a nudge, another data set) regrows at once when the tree on screen was
 * complete, so the learner sees the new tree, not a root to grow again; a half-grown tree starts again at the root,
 * unless only the points were edited (dragged, clicked, nudged): then it regrows to as many splits as it had.
 */
import { confusionMatrix } from '../../core/metrics';
import { DecisionTreeClassifier, type DecisionTreeClassifierOptions, type GrowthStep } from '../../core/models/tree';
import { rowsKey } from '../shared/run-keys';
import type { RunSession } from '../shared/run-options';
import { positiveScores } from '../shared-eval/classifier';
import { nodeCandidates, type NodeCandidates } from './candidates';
import { depthCurve, pruningCurve, type DepthCurve, type PruningCurve } from './curves';
import { PointSet } from '../shared/trees/points';
import type { TreeTable } from '../shared/trees/table';
import { schema, type Params } from './params';
import { treeNodes, type HeldOut, type TreeNode } from '../shared/trees/structure';

/** The rows that edit the points rather than choose them. */
const POINT_EDITS = ['added', 'moved', 'nudge'];

/** scikit-learn's options from the widget's rows (0 = no limit, scikit-learn's None). */
export function treeOptions(p: Params): DecisionTreeClassifierOptions {
  return {
    criterion: p.criterion,
    maxDepth: p.maxDepth > 0 ? p.maxDepth : null,
    minSamplesLeaf: p.minSamplesLeaf,
    maxLeafNodes: p.maxLeafNodes > 0 ? p.maxLeafNodes : null,
    ccpAlpha: p.ccpAlpha,
  };
}

/** Everything the views draw, taken once per drawn frame. */
export interface TreeView {
  steps: number;
  total: number;
  done: boolean;
  nodes: TreeNode[];
  nLeaves: number;
  depth: number;
  /** The split the last step made (its node id in the growing tree), or null. */
  last: GrowthStep | null;
  /** The node id in `nodes` of the last split (creation and final ids differ once the tree is finished). */
  lastNode: number;
  /** For each point (training, then test): the nodes it passes, root first. */
  paths: number[][];
  trainAccuracy: number;
  testAccuracy: number;
  importances: number[];
  /** Held-out rows: labels, P(class 1) (two classes) and predictions. */
  test: HeldOut;
}

export class TreeSession extends PointSet implements RunSession {
  steps = 0;
  /** null when there is no training point to grow on. */
  readonly model: DecisionTreeClassifier | null;
  /** Splits from the root to the complete tree (the number of non-null steps). */
  readonly total: number;
  private last: GrowthStep | null = null;
  /** What the pruning path and the depth curve depend on (α and the depth limit are left out where they can be). */
  private readonly depthKey: string;
  private readonly pruneKey: string;
  private depthCache: DepthCurve | null;
  private pruneCache: PruningCurve | null;
  private readonly key: string;
  /** The key without the point edits (clicked, dragged, nudged). */
  private readonly settingsKey: string;
  /** Milliseconds this build took (points, the counting grow run, the regrow): shown beside the tree. */
  readonly buildMs: number;

  /**
   * `table`: the learner's table, when one is chosen (table.ts, its own chunk): the tree splits on every column and
   * the points are the rows' projections on the map's plane.
   */
  constructor(readonly params: Params, previous: TreeSession | null = null, readonly table: TreeTable | null = null) {
    const t0 = performance.now();
    super(params, table, previous);
    this.key = rowsKey(schema, params);
    this.settingsKey = rowsKey(schema, params, ['data', 'model'], POINT_EDITS);
    this.depthKey = rowsKey(schema, params, ['data', 'model'], ['maxDepth', 'ccpAlpha']);
    this.pruneKey = rowsKey(schema, params, ['data', 'model'], ['ccpAlpha']);
    this.depthCache = previous?.depthKey === this.depthKey ? previous.depthCache : null;
    this.pruneCache = previous?.pruneKey === this.pruneKey ? previous.pruneCache : null;
    if (this.train.X.length === 0) {
      this.model = null;
      this.total = 0;
      this.buildMs = performance.now() - t0;
      return;
    }
    // A change to a complete tree regrows it to the end at once: one growth, counted as it goes. Otherwise the
    // number of splits to the end comes from a grow run of its own, so that the growing tree can finish (renumber and
    // prune) on its last split and a link's count of splits replays to exactly the finished tree.
    const regrowAll = !!previous?.done && previous.key !== this.key;
    this.model = new DecisionTreeClassifier(treeOptions(params)).start(this.train.X, this.train.y);
    if (regrowAll) {
      // step() returns null once, on the finishing step (scikit-learn's node order, pruning when α > 0)
      for (let s = this.model.step(); s; s = this.model.step()) {
        this.last = s;
        this.steps++;
      }
      this.total = this.steps;
      this.buildMs = performance.now() - t0;
      return;
    }
    const probe = new DecisionTreeClassifier(treeOptions(params)).start(this.train.X, this.train.y);
    let total = 0;
    while (probe.step()) total++;
    this.total = total;
    if (total === 0) this.model.step();
    // Reset rebuilds with nothing changed: that one starts at the root. An edit of the points alone (a drag, a click,
    // a nudge) regrows a half-grown tree to as many splits as it had, so a dragged point moves the splits on screen
    // at every stage of the growth.
    if (previous && previous.key !== this.key && previous.settingsKey === this.settingsKey) while (this.steps < previous.steps && this.step());
    this.buildMs = performance.now() - t0;
  }

  /** One split. False when the tree is complete. */
  step(): boolean {
    if (!this.model || this.steps >= this.total) return false;
    const s = this.model.step();
    if (!s) return false;
    this.last = s;
    this.steps++;
    // the tree's own finishing step (null): scikit-learn's node order, and pruning when α > 0
    if (this.steps === this.total) this.model.step();
    return true;
  }

  get done(): boolean {
    return this.steps >= this.total;
  }

  get notice(): string {
    const pruning = this.params.ccpAlpha > 0 && !this.done && this.total > 0 ? ['Pruning (α > 0) comes after growing: the last split also collapses the weak subtrees.'] : [];
    return [...this.problems, ...pruning].join(' ');
  }

  get nTrain(): number {
    return this.train.X.length;
  }

  /** Train and test accuracy against the depth limit (cached across changes of the limit and of α). */
  get depthCurve(): DepthCurve {
    this.depthCache ??= depthCurve({ ...treeOptions(this.params), ccpAlpha: 0 }, this.train, this.test);
    return this.depthCache;
  }

  /** The pruning path of the tree grown with these options (cached across changes of α). */
  get pruningCurve(): PruningCurve {
    this.pruneCache ??= pruningCurve(treeOptions(this.params), this.train, this.test);
    return this.pruneCache;
  }

  /** Every split node `id` of the tree on screen weighed (null when `view` has no such node). */
  candidatesAt(view: TreeView, id: number): NodeCandidates | null {
    const node = view.nodes[id];
    return node ? nodeCandidates(node, this.train, view.paths, this.params.criterion, this.params.minSamplesLeaf) : null;
  }

  view(): TreeView {
    const m = this.model;
    const nClasses = this.classNames.length;
    if (!m) {
      return {
        steps: 0, total: 0, done: true, nodes: [], nLeaves: 0, depth: 0, last: null, lastNode: -1, paths: this.data.points.map(() => []),
        trainAccuracy: NaN, testAccuracy: NaN, importances: this.featureNames.map(() => 0),
        test: { yTrue: this.test.y, yScore: [], yPred: [], confusion: [] },
      };
    }
    const tree = m.tree;
    const nodes = treeNodes(tree, m.classes, nClasses, this.domain);
    // the rows in the points' order (training, then test), with every feature the tree reads
    const all = [...this.train.X, ...this.test.X];
    const yPred = this.test.X.length ? m.predict(this.test.X) : [];
    const labels = this.classNames.map((_, c) => c);
    const finalIds = this.done ? m.growingTree.finalIds : null;
    const lastNode = this.last ? (finalIds ? finalIds[this.last.node] : this.last.node) : -1;
    return {
      steps: this.steps,
      total: this.total,
      done: this.done,
      nodes,
      nLeaves: tree.nLeaves,
      depth: tree.maxDepth,
      last: this.last,
      lastNode,
      paths: m.decisionPath(all),
      trainAccuracy: m.score(this.train.X, this.train.y),
      testAccuracy: this.test.X.length ? m.score(this.test.X, this.test.y) : NaN,
      importances: m.featureImportances,
      test: {
        yTrue: this.test.y,
        yScore: nClasses === 2 ? positiveScores(m, this.test.X) : [],
        yPred,
        confusion: this.test.X.length ? confusionMatrix(this.test.y, yPred, labels) : [],
      },
    };
  }
}
