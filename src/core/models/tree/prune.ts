/**
 * Minimal cost-complexity pruning, as scikit-learn's _cost_complexity_prune (sklearn/tree/_tree.pyx, 1.2).
 *
 * R(t) = w_t/W · I(t) is a node's weighted impurity, R(T_t) the sum of R over the leaves of its subtree and
 * |T_t| their number. The weakest link is the internal node with the smallest effective alpha
 * (R(t) − R(T_t)) / (|T_t| − 1) (the first such node by id on ties); it is collapsed into a leaf, and again,
 * until the root is a leaf (the path) or the next alpha exceeds ccpAlpha (pruning). Same summation order as
 * scikit-learn, so the alphas agree to the last bits on the same tree.
 */
import { TREE_LEAF, TREE_UNDEFINED, Tree } from './tree-structure';

export interface PruningPath {
  /** Effective alphas, increasing, starting at 0. */
  ccpAlphas: number[];
  /** Total leaf impurity Σ R(leaf) of the subtree pruned at each alpha. */
  impurities: number[];
}

/**
 * Runs the weakest-link loop. `stop(alpha)` ends it before pruning at that alpha; `save(alpha, R)` records
 * each subtree. Returns which nodes are leaves of the pruned subtree (its other nodes are its internal nodes).
 */
function weakestLinkPrune(tree: Tree, stop: (alpha: number) => boolean, save: (alpha: number, r: number) => void): { leaves: Uint8Array; inSubtree: Uint8Array } {
  const n = tree.nodeCount;
  const left = tree.childrenLeft, right = tree.childrenRight, w = tree.weightedNNodeSamples;
  const total = w[0];
  const rNode = new Float64Array(n);
  for (let i = 0; i < n; i++) rNode[i] = (w[i] * tree.impurity[i]) / total;
  const parent = new Int32Array(n).fill(TREE_UNDEFINED);
  const leaves = new Uint8Array(n);
  const stack = [0];
  while (stack.length) {
    const node = stack.pop() as number;
    if (left[node] === TREE_LEAF) leaves[node] = 1;
    else {
      parent[left[node]] = node;
      parent[right[node]] = node;
      stack.push(left[node], right[node]);
    }
  }
  const nLeaves = new Int32Array(n);
  const rBranch = new Float64Array(n);
  for (let leaf = 0; leaf < n; leaf++) {
    if (!leaves[leaf]) continue;
    rBranch[leaf] = rNode[leaf];
    for (let node = leaf; node !== 0; ) {
      node = parent[node];
      rBranch[node] += rNode[leaf];
      nLeaves[node] += 1;
    }
  }
  const candidate = Uint8Array.from(leaves, (l) => 1 - l);
  const inSubtree = new Uint8Array(n).fill(1);
  save(0, rBranch[0]);
  while (candidate[0]) {
    let alpha = Number.MAX_VALUE, pruned = -1;
    for (let i = 0; i < n; i++) {
      if (!candidate[i]) continue;
      const a = (rNode[i] - rBranch[i]) / (nLeaves[i] - 1);
      if (a < alpha) { alpha = a; pruned = i; }
    }
    if (stop(alpha)) break;
    const below = [pruned];
    while (below.length) {
      const node = below.pop() as number;
      if (!inSubtree[node]) continue;
      candidate[node] = 0;
      leaves[node] = 0;
      inSubtree[node] = 0;
      if (left[node] !== TREE_LEAF) below.push(left[node], right[node]);
    }
    leaves[pruned] = 1;
    inSubtree[pruned] = 1;
    const nPrunedLeaves = nLeaves[pruned] - 1;
    nLeaves[pruned] = 0;
    const rDiff = rNode[pruned] - rBranch[pruned];
    rBranch[pruned] = rNode[pruned];
    for (let node = parent[pruned]; node !== TREE_UNDEFINED; node = parent[node]) {
      nLeaves[node] -= nPrunedLeaves;
      rBranch[node] += rDiff;
    }
    save(alpha, rBranch[0]);
  }
  return { leaves, inSubtree };
}

/** The alphas at which the subtree changes and the total leaf impurity of each (cost_complexity_pruning_path). */
export function pruningPath(tree: Tree): PruningPath {
  const ccpAlphas: number[] = [], impurities: number[] = [];
  weakestLinkPrune(tree, () => false, (a, r) => { ccpAlphas.push(a); impurities.push(r); });
  return { ccpAlphas, impurities };
}

/** The subtree kept at ccpAlpha: every weakest link with effective alpha ≤ ccpAlpha is collapsed. */
export function pruneTree(tree: Tree, ccpAlpha: number): { tree: Tree; ids: Int32Array } {
  const { leaves } = weakestLinkPrune(tree, (a) => ccpAlpha < a, () => {});
  return buildPrunedTree(tree, leaves);
}

/**
 * A copy of the subtree whose leaves are marked in `leaves`, renumbered in preorder (left first), as
 * scikit-learn's _build_pruned_tree. `ids` maps each original node to its new id (−1 if cut off).
 */
export function buildPrunedTree(orig: Tree, leaves: Uint8Array): { tree: Tree; ids: Int32Array } {
  const tree = new Tree(orig.nFeatures, orig.nClasses);
  const ids = new Int32Array(orig.nodeCount).fill(-1);
  // a stack of (original node, new parent id, is-left, depth), four numbers per entry
  const stack = [0, TREE_UNDEFINED, 0, 0];
  let maxDepth = 0;
  while (stack.length) {
    const depth = stack.pop() as number, isLeft = stack.pop() === 1, parent = stack.pop() as number, node = stack.pop() as number;
    // values are never mutated, so the copy shares them
    const id = tree.addNode(parent, isLeft, orig.impurity[node], orig.nNodeSamples[node], orig.weightedNNodeSamples[node], orig.value[node]);
    ids[node] = id;
    if (!leaves[node]) {
      tree.setSplit(id, orig.feature[node], orig.threshold[node]);
      stack.push(orig.childrenRight[node], id, 0, depth + 1, orig.childrenLeft[node], id, 1, depth + 1);
    }
    if (depth > maxDepth) maxDepth = depth;
  }
  tree.maxDepth = maxDepth;
  return { tree, ids };
}
