/**
 * What one node of the tree weighed: for each feature, every threshold the splitter considers on the node's training
 * rows with its impurity decrease (core's `splitCandidates`, the same rules as the splitter: float32 values,
 * midpoints, minSamplesLeaf), the best of them, and the split the node actually took. The #/gini lesson, per node.
 */
import { splitCandidates, type ClassificationCriterion } from '../../core/models/tree';
import type { Rows } from '../shared/trees/points';
import type { TreeNode } from '../shared/trees/structure';

export interface FeatureCandidates {
  feature: number;
  thresholds: number[];
  /** Impurity decrease within the node, I − (n_L·I_L + n_R·I_R)/n, per threshold. */
  decreases: number[];
  /** Index of the largest decrease (the first on ties), −1 when no threshold is allowed. */
  best: number;
}

export interface Winner {
  feature: number;
  threshold: number;
  decrease: number;
}

export interface NodeCandidates {
  node: number;
  /** Training rows in the node. */
  n: number;
  impurity: number;
  features: FeatureCandidates[];
  /** The best candidate over all features: the split the splitter takes (the lower feature on ties, as core). */
  best: Winner | null;
  /** The split the node took, or null for a leaf. */
  chosen: Winner | null;
  /** Why a leaf was not split (empty for a split node). */
  why: string;
}

/** The candidates of `node` from the training rows whose decision path passes it (`paths[i]` for training row i). */
export function nodeCandidates(node: TreeNode, train: Rows, paths: readonly (readonly number[])[], criterion: ClassificationCriterion, minSamplesLeaf: number): NodeCandidates {
  const rows: number[] = [];
  for (let i = 0; i < train.X.length; i++) if (paths[i]?.includes(node.id)) rows.push(i);
  const features: FeatureCandidates[] = [];
  let best: Winner | null = null;
  for (let f = 0; f < (train.X[0]?.length ?? 0); f++) {
    const c = rows.length ? splitCandidates(train.X, train.y, f, { criterion, samples: rows, minSamplesLeaf }) : { candidates: [], best: -1 };
    const fc: FeatureCandidates = { feature: f, thresholds: c.candidates.map((k) => k.threshold), decreases: c.candidates.map((k) => k.impurityDecrease), best: c.best };
    features.push(fc);
    // strictly larger: a later feature never displaces an equal earlier one (core's tie rule, docs/API.md)
    if (fc.best >= 0 && (!best || fc.decreases[fc.best] > best.decrease)) best = { feature: f, threshold: fc.thresholds[fc.best], decrease: fc.decreases[fc.best] };
  }
  let chosen: Winner | null = null;
  if (!node.leaf) {
    const fc = features[node.feature];
    const k = fc ? fc.thresholds.indexOf(node.threshold) : -1;
    chosen = { feature: node.feature, threshold: node.threshold, decrease: k >= 0 ? fc.decreases[k] : NaN };
  }
  return { node: node.id, n: rows.length, impurity: node.impurity, features, best, chosen, why: node.leaf ? leafReason(node, best, rows.length, minSamplesLeaf) : '' };
}

function leafReason(node: TreeNode, best: Winner | null, n: number, minSamplesLeaf: number): string {
  if (node.impurity <= 0) return 'A pure node: there is nothing to gain, so it is never split.';
  if (n < 2 * minSamplesLeaf) return `Fewer than 2 × ${minSamplesLeaf} (min samples per leaf) training points: no split can leave enough on both sides.`;
  if (!best) return 'No threshold separates these points (identical positions, or too few on one side for min samples per leaf).';
  if (best.decrease <= 0) return 'No threshold lowers the impurity here.';
  return 'Not split (yet): the depth limit, the leaf limit or pruning stopped it, or growth has not reached it.';
}
