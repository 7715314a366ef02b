/**
 * Grows a tree one split at a time, in the order scikit-learn's builders do (sklearn/tree/_tree.pyx, 1.2):
 *
 * - depth-first (DepthFirstTreeBuilder, no maxLeafNodes): a stack; a node is taken off, becomes a leaf if
 *   depth ≥ maxDepth, it has fewer than minSamplesSplit or 2·minSamplesLeaf samples, less than 2·minWeightLeaf
 *   weight, impurity ≤ ε, no valid split, or improvement + ε < minImpurityDecrease; else it is split and its
 *   right then left child are pushed (so the left subtree is finished first and node ids are in preorder).
 * - best-first (BestFirstTreeBuilder, maxLeafNodes set): every new node is evaluated at once and queued by
 *   its improvement; the best queued node is split next, until maxLeafNodes − 1 splits are made. Node ids are
 *   in creation order.
 *
 * The growing tree (`tree`) holds the nodes in creation order, with the nodes still waiting to be split as
 * leaves, so it predicts at every step. `finalTree()` renumbers it into scikit-learn's order.
 */
import { nodeImpurity, type CriterionKind, type NodeStats, type TreeData } from './criterion';
import { Frontier } from './frontier';
import { buildPrunedTree } from './prune';
import type { FeatureBins } from './bins';
import { HistSplitter } from './hist-splitter';
import { Splitter, type RandomIntSource, type SplitRecord } from './splitter';
import type { NodeSplitter } from './split-types';
import { TREE_UNDEFINED, Tree } from './tree-structure';

/** numpy's float64 machine epsilon, scikit-learn's tolerance for "pure" and for minImpurityDecrease. */
const EPSILON = Number.EPSILON;

export interface GrowerParams {
  criterion: CriterionKind;
  maxDepth: number;
  minSamplesSplit: number;
  minSamplesLeaf: number;
  minWeightLeaf: number;
  maxFeatures: number;
  /** −1: depth-first growth without a limit on leaves. */
  maxLeafNodes: number;
  minImpurityDecrease: number;
  /** Break ties between features at random (forests) instead of by the lowest index. */
  randomFeatureOrder: boolean;
}

/** One split made by `step()`, with ids in the growing tree. */
export interface GrowthStep {
  node: number;
  depth: number;
  feature: number;
  threshold: number;
  impurity: number;
  /** scikit-learn's weighted impurity decrease: (w/W)·(I − w_L/w·I_L − w_R/w·I_R). */
  improvement: number;
  nNodeSamples: number;
  weightedNNodeSamples: number;
  left: number;
  right: number;
}

interface Pending {
  node: number;
  start: number;
  end: number;
  depth: number;
  nConstant: number;
  /** best-first only: the split found when the node was created */
  split: SplitRecord | null;
  isLeaf: boolean;
  improvement: number;
}

export class Grower {
  /** The tree so far, nodes in creation order; nodes waiting to be split are leaves. */
  readonly tree: Tree;
  /** Dropped when the tree is complete: its sorted orders (or ranks) hold d × n entries. */
  private splitter: NodeSplitter | null;
  private readonly stats: NodeStats[] = [];
  /** A feature whose sorted order holds exactly each node's samples (the parent's split feature). */
  private readonly refFeature: number[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly stack: Pending[] = [];
  private readonly frontier = new Frontier<Pending>();
  private splitsLeft: number;
  private finished = false;

  /**
   * `prepared`: the features' sorted orders (presort.ts; presortOwned: the splitter may reorder them in place), or
   * their ranks (bins.ts: classification without weights, few distinct values) for the histogram splitter.
   */
  constructor(data: TreeData, prepared: Int32Array | FeatureBins, private readonly p: GrowerParams, rng: RandomIntSource, presortOwned = false) {
    const options = {
      criterion: p.criterion, minSamplesLeaf: p.minSamplesLeaf, minWeightLeaf: p.minWeightLeaf, maxFeatures: p.maxFeatures,
      randomFeatureOrder: p.randomFeatureOrder, rng,
    };
    this.splitter = prepared instanceof Int32Array ? new Splitter(data, prepared, options, presortOwned) : new HistSplitter(data, prepared, options);
    this.tree = new Tree(data.d, data.yClass ? data.nClasses : 1);
    this.splitsLeft = p.maxLeafNodes - 1;
    const root = this.addNode(TREE_UNDEFINED, false, 0, this.sp.nActive, 0, 0);
    if (this.bestFirst) this.frontier.push(root);
    else this.stack.push(root);
  }

  private get sp(): NodeSplitter {
    if (!this.splitter) throw new Error('the tree is complete: its node samples are no longer kept');
    return this.splitter;
  }

  get bestFirst(): boolean {
    return this.p.maxLeafNodes > 0;
  }

  get done(): boolean {
    return this.finished;
  }

  /** Makes the next split in scikit-learn's order and returns it; null once the tree is complete. */
  step(): GrowthStep | null {
    for (;;) {
      const rec = this.bestFirst ? this.frontier.pop() : this.stack.pop();
      if (!rec) break;
      let split = rec.split;
      if (this.bestFirst) {
        if (rec.isLeaf || this.splitsLeft <= 0) continue;
        this.splitsLeft--;
      } else {
        split = this.leafOrSplit(rec, rec.nConstant);
        if (!split) continue;
      }
      return this.splitNode(rec, split as SplitRecord);
    }
    this.finished = true;
    this.stats.length = 0;
    this.splitter = null;
    return null;
  }

  /** The finished tree with scikit-learn's node ids (preorder for depth-first growth), and the growing → final id map. */
  finalTree(): { tree: Tree; ids: Int32Array } {
    if (!this.finished) throw new Error('the tree is still growing: step() until it returns null');
    if (this.bestFirst) return { tree: this.tree, ids: Int32Array.from({ length: this.tree.nodeCount }, (_, i) => i) };
    const leaves = Uint8Array.from(this.tree.childrenLeft, (c) => (c < 0 ? 1 : 0));
    return buildPrunedTree(this.tree, leaves);
  }

  /** Training samples in a node of the growing tree. */
  nodeSamples(node: number): number[] {
    return this.sp.nodeSamples(this.starts[node], this.ends[node], this.refFeature[node]);
  }

  /** The stopping rules checked before any split search. */
  private stopsEarly(n: number, depth: number, weightedN: number, impurity: number): boolean {
    const p = this.p;
    return depth >= p.maxDepth || n < p.minSamplesSplit || n < 2 * p.minSamplesLeaf || weightedN < 2 * p.minWeightLeaf || impurity <= EPSILON;
  }

  /** Searches the node's best split: null when the node stays a leaf. */
  private leafOrSplit(rec: Pending, nConstant: number): SplitRecord | null {
    const t = this.tree, node = rec.node;
    if (this.stopsEarly(rec.end - rec.start, rec.depth, t.weightedNNodeSamples[node], t.impurity[node])) return null;
    const split = this.sp.findBestSplit(rec.start, rec.end, this.stats[node], t.impurity[node], nConstant);
    if (split.pos >= rec.end || split.improvement + EPSILON < this.p.minImpurityDecrease) return null;
    return split;
  }

  private addNode(parent: number, isLeft: boolean, start: number, end: number, depth: number, refFeature: number): Pending {
    const stats = this.sp.nodeStats(start, end, refFeature);
    // scikit-learn takes a child's impurity from the split's running sums (sum_total − sum_left); with fractional
    // weights that can leave a pure node at a rounding residue above ε, which it then splits. Summing the node's
    // own samples makes a pure node exactly 0, so a pure node is never split (the numbers differ by ~1e-16).
    const imp = nodeImpurity(this.p.criterion, stats);
    const value = this.p.criterion === 'squaredError' ? [stats.sum[0] / stats.weightedN] : stats.sum;
    const node = this.tree.addNode(parent, isLeft, imp, end - start, stats.weightedN, value);
    this.stats[node] = stats;
    this.refFeature[node] = refFeature;
    this.starts[node] = start;
    this.ends[node] = end;
    const rec: Pending = { node, start, end, depth, nConstant: 0, split: null, isLeaf: false, improvement: 0 };
    if (this.bestFirst) {
      // best-first evaluates a node when it is created, to queue it by its improvement
      rec.split = this.leafOrSplit(rec, 0);
      rec.isLeaf = rec.split === null;
      rec.improvement = rec.split ? rec.split.improvement : 0;
    }
    return rec;
  }

  private splitNode(rec: Pending, split: SplitRecord): GrowthStep {
    const t = this.tree, node = rec.node;
    this.sp.partition(rec.start, rec.end, split);
    t.setSplit(node, split.feature, split.threshold);
    const left = this.addNode(node, true, rec.start, split.pos, rec.depth + 1, split.feature);
    const right = this.addNode(node, false, split.pos, rec.end, rec.depth + 1, split.feature);
    t.maxDepth = Math.max(t.maxDepth, rec.depth + 1);
    if (this.bestFirst) {
      this.frontier.push(left);
      this.frontier.push(right);
    } else {
      left.nConstant = right.nConstant = split.nConstant;
      this.stack.push(right, left);
    }
    return {
      node, depth: rec.depth, feature: split.feature, threshold: split.threshold, impurity: t.impurity[node],
      improvement: split.improvement, nNodeSamples: t.nNodeSamples[node], weightedNNodeSamples: t.weightedNNodeSamples[node],
      left: left.node, right: right.node,
    };
  }
}
