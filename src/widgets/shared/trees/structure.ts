/**
 * The fitted tree (core's scikit-learn-style arrays) turned into what the views draw: per node its rule, counts,
 * majority class, purity and the axis-aligned box of the plane it owns (the partition on the scatter plot).
 */
import { TREE_LEAF, type Tree } from '../../../core/models/tree';
import { argmaxFirst } from '../../../core/models/tree/classifier';
import type { Domain } from '../../../charts/types';

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface TreeNode {
  id: number;
  parent: number;
  depth: number;
  leaf: boolean;
  /** Split feature (0 or 1) and threshold: x_feature ≤ threshold goes left. −2 on leaves. */
  feature: number;
  threshold: number;
  impurity: number;
  samples: number;
  /** Training points per class (indexed by class label, all classes of the data set). */
  counts: number[];
  /** Majority class label (the lowest on ties, as predict). */
  cls: number;
  /** Share of the majority class in the node. */
  purity: number;
  left: number;
  right: number;
  /** The region of the plot this node owns, clipped to the plot domain. */
  box: Box;
}

const clamp = (v: number, [lo, hi]: Domain) => Math.min(hi, Math.max(lo, v));

/**
 * Every node of `tree`, indexed by node id. `classes` maps the tree's value columns to class labels; `nClasses`
 * is the data set's number of classes (a class missing from the training rows counts 0).
 */
export function treeNodes(tree: Tree, classes: readonly number[], nClasses: number, domain: { x: Domain; y: Domain }): TreeNode[] {
  const nodes: TreeNode[] = new Array(tree.nodeCount);
  const visit = (id: number, parent: number, depth: number, box: Box) => {
    const value = tree.value[id];
    const counts = new Array<number>(nClasses).fill(0);
    let total = 0;
    value.forEach((w, k) => {
      counts[classes[k]] = w;
      total += w;
    });
    const best = argmaxFirst(value);
    const leaf = tree.childrenLeft[id] === TREE_LEAF;
    const node: TreeNode = {
      id, parent, depth, leaf,
      feature: tree.feature[id],
      threshold: tree.threshold[id],
      impurity: tree.impurity[id],
      samples: tree.nNodeSamples[id],
      counts,
      cls: classes[best] ?? 0,
      purity: total > 0 ? value[best] / total : 0,
      left: tree.childrenLeft[id],
      right: tree.childrenRight[id],
      box,
    };
    nodes[id] = node;
    if (leaf) return;
    if (node.feature === 0) {
      const t = clamp(node.threshold, domain.x);
      visit(node.left, id, depth + 1, { ...box, x1: Math.min(box.x1, t) });
      visit(node.right, id, depth + 1, { ...box, x0: Math.max(box.x0, t) });
    } else {
      const t = clamp(node.threshold, domain.y);
      visit(node.left, id, depth + 1, { ...box, y1: Math.min(box.y1, t) });
      visit(node.right, id, depth + 1, { ...box, y0: Math.max(box.y0, t) });
    }
  };
  if (tree.nodeCount > 0) visit(0, -1, 0, { x0: domain.x[0], x1: domain.x[1], y0: domain.y[0], y1: domain.y[1] });
  return nodes;
}

/** Every node on the way from the root to `id` (root first). */
export function ancestry(nodes: readonly TreeNode[], id: number): number[] {
  const out: number[] = [];
  for (let k = id; k >= 0 && nodes[k]; k = nodes[k].parent) out.unshift(k);
  return out;
}

/** Held-out rows as the evaluation panel reads them: labels, P(class 1) (two classes), predictions, confusion matrix. */
export interface HeldOut {
  yTrue: number[];
  yScore: number[];
  yPred: number[];
  confusion: number[][];
}

/** A leaf's tint: purity 1/K (a coin toss between the classes) is pale, purity 1 is the deepest. */
export function leafShade(purity: number, nClasses: number): number {
  const chance = 1 / Math.max(2, nClasses);
  return 0.12 + 0.43 * Math.max(0, (purity - chance) / (1 - chance));
}
