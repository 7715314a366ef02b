/**
 * What DecisionTreeClassifier and DecisionTreeRegressor share (scikit-learn's BaseDecisionTree): fitting by
 * growing split by split, pruning, and reading the fitted tree.
 */
import { cloneEstimator, SteppedEstimator, type ParamsOf } from '../../base';
import { Rng } from '../../random';
import type { CriterionKind, TreeData } from './criterion';
import { binFeatures, type FeatureBins } from './bins';
import { Grower, type GrowthStep } from './grower';
import { fitData, toFloat32Rows } from './input';
import { resolveGrowerParams, type DecisionTreeBaseParams, type MaxFeatures } from './options';
import { presort } from './presort';
import { pruneTree, pruningPath, type PruningPath } from './prune';
import type { Tree } from './tree-structure';

export abstract class BaseDecisionTree<P extends DecisionTreeBaseParams> extends SteppedEstimator<P, P, GrowthStep> {
  declare readonly maxDepth: number | null;
  declare readonly minSamplesSplit: number;
  declare readonly minSamplesLeaf: number;
  declare readonly minWeightFractionLeaf: number;
  declare readonly maxFeatures: MaxFeatures;
  declare readonly maxLeafNodes: number | null;
  declare readonly minImpurityDecrease: number;
  declare readonly ccpAlpha: number;
  declare readonly seed: number;
  /** Number of features seen in fit. */
  nFeaturesIn = 0;
  /** Features drawn at each split, as resolved at fit (scikit-learn's max_features_). */
  maxFeaturesFitted = 0;
  private grower: Grower | null = null;
  private fitted: Tree | null = null;
  private growthIds: Int32Array | null = null;

  /** The split criterion the builder uses. */
  protected abstract criterionKind(): CriterionKind;
  /** Checks y and turns it into the builder's targets and weights. */
  protected abstract encodeTargets(y: readonly number[], sampleWeight: Float64Array | null, who: string): Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'>;

  /**
   * Begins growing a tree on (X, y) (fit and start call it): the tree is then the root alone. Each step() makes one
   * split, in the order scikit-learn makes them; when step() returns null the tree equals what fit gives.
   */
  protected begin(who: string, X: number[][], y: number[], sampleWeight?: number[] | null): this {
    const data = fitData(who, X, y, sampleWeight, (yy, w, at) => this.encodeTargets(yy, w, at));
    // unweighted classes on features of few distinct values: counted per value (hist-splitter.ts), else sorted once
    const bins = data.yClass && !data.weight ? binFeatures(data.cols, data.n, data.d) : null;
    return this.startPrepared(data, bins ?? presort(data.cols, data.n, data.d), { presortOwned: true });
  }

  /**
   * start() on data already converted and presorted. A forest shares one presort between its trees (so the tree
   * must not reorder it: presortOwned false) and its trees break ties between features at random, as
   * scikit-learn's do (randomFeatureOrder). @internal
   */
  startPrepared(data: TreeData, presorted: Int32Array | FeatureBins, { randomFeatureOrder = false, presortOwned = false } = {}): this {
    let totalWeight = data.n;
    if (data.weight) {
      totalWeight = 0;
      for (let i = 0; i < data.n; i++) totalWeight += data.weight[i];
    }
    const who = `${this.estimatorName}.fit`;
    const params = { ...resolveGrowerParams(this.getParams(), this.criterionKind(), data.n, data.d, totalWeight, who), randomFeatureOrder };
    this.nFeaturesIn = data.d;
    this.maxFeaturesFitted = params.maxFeatures;
    this.fitted = null;
    this.growthIds = null;
    this.grower = new Grower(data, presorted, params, new Rng(this.seed), presortOwned);
    return this;
  }

  /** Makes the next split; null when the tree is complete (it is then in scikit-learn's node order and pruned). */
  step(): GrowthStep | null {
    const g = this.grower;
    if (!g) throw new Error(`${this.estimatorName}: call start(X, y) or fit(X, y) first`);
    if (g.done) return null;
    const s = g.step();
    if (s === null) this.finish(g);
    return s;
  }

  /** True while start() has been called and the tree is not complete. */
  get growing(): boolean {
    return this.grower !== null && !this.grower.done;
  }

  private finish(g: Grower): void {
    let { tree, ids } = g.finalTree();
    if (this.ccpAlpha > 0) {
      const pruned = pruneTree(tree, this.ccpAlpha);
      ids = ids.map((id) => (id < 0 ? -1 : pruned.ids[id]));
      tree = pruned.tree;
    }
    this.fitted = tree;
    this.growthIds = ids;
  }

  /**
   * The fitted tree (scikit-learn's tree_). While growing, the tree so far with its nodes in creation order
   * (the nodes waiting to be split are leaves); once complete, scikit-learn's node ids (see growingTree).
   */
  get tree(): Tree {
    if (this.fitted) return this.fitted;
    if (this.grower) return this.grower.tree;
    throw new Error(`${this.estimatorName} is not fitted yet: call fit(X, y) first`);
  }

  /** The tree in creation order, as step() reported its nodes, and (once complete) each node's id in `tree` (−1: pruned). */
  get growingTree(): { tree: Tree; finalIds: Int32Array | null } {
    if (!this.grower) throw new Error(`${this.estimatorName}: call start(X, y) or fit(X, y) first`);
    return { tree: this.grower.tree, finalIds: this.growthIds };
  }

  /** Indices of the training samples in a node of the growing tree (available while growing). */
  growingNodeSamples(node: number): number[] {
    if (!this.grower || this.grower.done) throw new Error(`${this.estimatorName}: node samples are kept only while the tree grows`);
    return this.grower.nodeSamples(node);
  }

  /** Impurity-based importance of each feature (mean decrease in impurity, normalised to sum 1). */
  get featureImportances(): number[] {
    return this.tree.computeFeatureImportances();
  }

  /** Depth of the tree (a lone root has depth 0). */
  getDepth(): number {
    return this.tree.maxDepth;
  }

  getNLeaves(): number {
    return this.tree.nLeaves;
  }

  /** The id of the leaf each row ends in. */
  apply(X: number[][]): number[] {
    const t = this.tree;
    const { data, m } = toFloat32Rows(X, t.nFeatures, `${this.estimatorName}.apply`);
    return Array.from(t.applyFlat(data, m));
  }

  /**
   * The node ids each row passes through, root first. scikit-learn returns the same as a sparse indicator
   * matrix (rows × nodes); here each row's list of nonzero columns.
   */
  decisionPath(X: number[][]): number[][] {
    const t = this.tree;
    const { data, m } = toFloat32Rows(X, t.nFeatures, `${this.estimatorName}.decisionPath`);
    return t.decisionPathFlat(data, m);
  }

  /**
   * The pruning path of the tree fitted on (X, y) without pruning: the alphas at which the best subtree
   * changes and its total leaf impurity Σ_leaves (w/W)·I at each (the last entry is the root alone).
   */
  costComplexityPruningPath(X: number[][], y: number[], sampleWeight?: number[] | null): PruningPath {
    const unpruned = cloneEstimator<BaseDecisionTree<P>>(this, { ccpAlpha: 0 } as ParamsOf<BaseDecisionTree<P>>);
    unpruned.fit(X, y, sampleWeight);
    return pruningPath(unpruned.tree);
  }

  /** Leaf values of each row (class weights or the mean target). */
  protected leafValues(X: number[][], what: string): number[][] {
    const t = this.tree;
    const { data, m } = toFloat32Rows(X, t.nFeatures, `${this.estimatorName}.${what}`);
    const leaves = t.applyFlat(data, m);
    return Array.from(leaves, (leaf) => t.value[leaf]);
  }
}
