/**
 * A fitted binary decision tree as scikit-learn's `tree_` object: parallel arrays, one entry per node.
 *
 * Node 0 is the root. For a split node i, samples with `x[feature[i]] <= threshold[i]` go to `childrenLeft[i]`,
 * the others to `childrenRight[i]`. For a leaf, both children are TREE_LEAF (−1) and feature and threshold are
 * TREE_UNDEFINED (−2), as in scikit-learn. `value[i]` is the node's weighted class counts (classifier, as
 * scikit-learn ≤ 1.3; from 1.4 it stores their fractions) or `[mean target]` (regressor).
 *
 * Inputs are compared as float32, as scikit-learn's trees do (they convert X to float32 first), so a threshold
 * such as 2.449999988079071 (between float32 2.4 and 2.5) sends 2.45 to the same side as scikit-learn.
 */
export const TREE_LEAF = -1;
export const TREE_UNDEFINED = -2;

export class Tree {
  childrenLeft: number[] = [];
  childrenRight: number[] = [];
  feature: number[] = [];
  threshold: number[] = [];
  /** Impurity at each node (Gini, entropy in bits, or variance). */
  impurity: number[] = [];
  /** Training samples reaching each node (distinct samples: a bootstrap copy counts once here, in full in the weight). */
  nNodeSamples: number[] = [];
  /** Their summed sample weights. */
  weightedNNodeSamples: number[] = [];
  value: number[][] = [];
  /** Depth of the deepest node (the root has depth 0). */
  maxDepth = 0;

  constructor(readonly nFeatures: number, readonly nClasses: number) {}

  get nodeCount(): number {
    return this.childrenLeft.length;
  }

  /** Number of leaves. */
  get nLeaves(): number {
    let n = 0;
    for (const c of this.childrenLeft) if (c === TREE_LEAF) n++;
    return n;
  }

  /** Appends a node (a leaf until children are attached) and registers it with its parent; returns its id. */
  addNode(parent: number, isLeft: boolean, impurity: number, nNodeSamples: number, weightedN: number, value: number[]): number {
    const id = this.childrenLeft.length;
    if (parent !== TREE_UNDEFINED) {
      if (isLeft) this.childrenLeft[parent] = id;
      else this.childrenRight[parent] = id;
    }
    this.childrenLeft.push(TREE_LEAF);
    this.childrenRight.push(TREE_LEAF);
    this.feature.push(TREE_UNDEFINED);
    this.threshold.push(TREE_UNDEFINED);
    this.impurity.push(impurity);
    this.nNodeSamples.push(nNodeSamples);
    this.weightedNNodeSamples.push(weightedN);
    this.value.push(value);
    return id;
  }

  /** Turns a node into a split node (its children are attached by addNode). */
  setSplit(node: number, feature: number, threshold: number): void {
    this.feature[node] = feature;
    this.threshold[node] = threshold;
  }

  /** The leaf reached by each row of a row-major float32 matrix (m rows of nFeatures values). */
  applyFlat(X: Float32Array, m: number): Int32Array {
    const d = this.nFeatures;
    const out = new Int32Array(m);
    const left = this.childrenLeft, right = this.childrenRight, feat = this.feature, thr = this.threshold;
    for (let i = 0; i < m; i++) {
      let node = 0;
      while (left[node] !== TREE_LEAF) node = X[i * d + feat[node]] <= thr[node] ? left[node] : right[node];
      out[i] = node;
    }
    return out;
  }

  /** The nodes each row passes through, root first (scikit-learn's decision_path as lists of node ids). */
  decisionPathFlat(X: Float32Array, m: number): number[][] {
    const d = this.nFeatures;
    const out: number[][] = new Array(m);
    for (let i = 0; i < m; i++) {
      const path = [0];
      let node = 0;
      while (this.childrenLeft[node] !== TREE_LEAF) {
        node = X[i * d + this.feature[node]] <= this.threshold[node] ? this.childrenLeft[node] : this.childrenRight[node];
        path.push(node);
      }
      out[i] = path;
    }
    return out;
  }

  /**
   * Mean decrease in impurity per feature: Σ over the feature's split nodes of
   * w·I − w_L·I_L − w_R·I_R, divided by the root's weight, then normalised to sum 1 (all zeros if the root is a leaf).
   * Same summation order as scikit-learn's compute_feature_importances.
   */
  computeFeatureImportances(normalize = true): number[] {
    const imp = new Array<number>(this.nFeatures).fill(0);
    const w = this.weightedNNodeSamples, I = this.impurity;
    for (let node = 0; node < this.nodeCount; node++) {
      const l = this.childrenLeft[node];
      if (l === TREE_LEAF) continue;
      const r = this.childrenRight[node];
      imp[this.feature[node]] += w[node] * I[node] - w[l] * I[l] - w[r] * I[r];
    }
    if (this.nodeCount === 0) return imp;
    for (let f = 0; f < imp.length; f++) imp[f] /= w[0];
    if (normalize) {
      let total = 0;
      for (const v of imp) total += v;
      if (total > 0) for (let f = 0; f < imp.length; f++) imp[f] /= total;
    }
    return imp;
  }

  /** Depth of every node (root 0), from the parent links. */
  nodeDepths(): Int32Array {
    const depth = new Int32Array(this.nodeCount);
    for (let node = 0; node < this.nodeCount; node++) {
      const l = this.childrenLeft[node];
      if (l === TREE_LEAF) continue;
      depth[l] = depth[node] + 1;
      depth[this.childrenRight[node]] = depth[node] + 1;
    }
    return depth;
  }
}
