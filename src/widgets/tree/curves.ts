/**
 * The two "how much tree?" curves: train and test accuracy against the depth limit (overfitting made visible) and
 * the cost-complexity pruning path (total leaf impurity and both accuracies against α), as scikit-learn's
 * "post pruning decision trees with cost complexity pruning" example draws them.
 */
import { DecisionTreeClassifier, type DecisionTreeClassifierOptions } from '../../core/models/tree';
import { argmaxFirst } from '../../core/models/tree/classifier';
import { toFloat32Rows } from '../../core/models/tree/input';
import { pruneTree } from '../../core/models/tree/prune';
import type { Tree } from '../../core/models/tree';

export type { Rows } from '../shared/trees/points';
import type { Rows } from '../shared/trees/points';

export interface DepthCurve {
  depth: number[];
  train: number[];
  test: number[];
}

export interface PruningCurve {
  alpha: number[];
  /** Σ over the leaves of (w_leaf / W) · impurity: what pruning trades against the number of leaves. */
  impurity: number[];
  train: number[];
  test: number[];
  leaves: number[];
}

/** The deepest limit the depth curve tries (the widget's max-depth slider goes this far). */
export const DEPTH_CURVE_MAX = 20;

const score = (m: DecisionTreeClassifier, r: Rows) => (r.X.length ? m.score(r.X, r.y) : NaN);

/**
 * Accuracy for every depth limit from 1 to the depth of the tree grown without one (at most 20), with the other
 * options as given: one fit per depth, because with best-first growth or pruning a shallower tree is not just
 * the deep tree cut short.
 */
export function depthCurve(options: DecisionTreeClassifierOptions, train: Rows, test: Rows): DepthCurve {
  const out: DepthCurve = { depth: [], train: [], test: [] };
  if (train.X.length === 0) return out;
  const full = new DecisionTreeClassifier({ ...options, maxDepth: null }).fit(train.X, train.y);
  const D = Math.min(DEPTH_CURVE_MAX, Math.max(1, full.getDepth()));
  for (let d = 1; d <= D; d++) {
    const m = d === full.getDepth() ? full : new DecisionTreeClassifier({ ...options, maxDepth: d }).fit(train.X, train.y);
    out.depth.push(d);
    out.train.push(score(m, train));
    out.test.push(score(m, test));
  }
  return out;
}

/** Accuracy of a bare tree structure (a pruned subtree) on rows, predicting as DecisionTreeClassifier.predict does. */
function treeAccuracy(tree: Tree, classes: readonly number[], rows: Rows): number {
  if (rows.X.length === 0) return NaN;
  const { data, m } = toFloat32Rows(rows.X, tree.nFeatures, 'pruning path');
  const leaves = tree.applyFlat(data, m);
  let right = 0;
  for (let i = 0; i < m; i++) if (classes[argmaxFirst(tree.value[leaves[i]])] === rows.y[i]) right++;
  return right / m;
}

/**
 * The pruning path of the tree grown with these options but no pruning (core's costComplexityPruningPath), and
 * the accuracy of the subtree each α keeps. The subtrees come from pruning that one tree (core's pruneTree, what
 * fit with ccpAlpha = α does after growing), not from one refit per α.
 */
export function pruningCurve(options: DecisionTreeClassifierOptions, train: Rows, test: Rows): PruningCurve {
  const out: PruningCurve = { alpha: [], impurity: [], train: [], test: [], leaves: [] };
  if (train.X.length === 0) return out;
  const unpruned = new DecisionTreeClassifier({ ...options, ccpAlpha: 0 });
  const path = unpruned.costComplexityPruningPath(train.X, train.y);
  unpruned.fit(train.X, train.y);
  path.ccpAlphas.forEach((alpha, k) => {
    // fit prunes only when α > 0: at α = 0 the path may already list zero-gain links, which fit keeps
    const sub = alpha > 0 ? pruneTree(unpruned.tree, alpha).tree : unpruned.tree;
    out.alpha.push(alpha);
    out.impurity.push(path.impurities[k]);
    out.train.push(treeAccuracy(sub, unpruned.classes, train));
    out.test.push(treeAccuracy(sub, unpruned.classes, test));
    out.leaves.push(sub.nLeaves);
  });
  return out;
}
