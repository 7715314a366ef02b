// The step API grows a tree one split at a time in scikit-learn's order; checked against scikit-learn's trees
// (tests/fixtures/trees.json), not against our own fit.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DecisionTreeClassifier, DecisionTreeRegressor, splitCandidates, type GrowthStep } from '../../src/core';

const fx = JSON.parse(readFileSync(new URL('../fixtures/trees.json', import.meta.url), 'utf8'));
const caseNamed = (name: string) => fx.trees.find((c: { name: string }) => c.name === name);

function growAll(est: DecisionTreeClassifier | DecisionTreeRegressor): GrowthStep[] {
  const steps: GrowthStep[] = [];
  for (let s = est.step(); s; s = est.step()) steps.push(s);
  return steps;
}

describe('step API', () => {
  it("best-first: after k steps the tree is scikit-learn's tree with maxLeafNodes = k + 1", () => {
    const { partials, maxLeafNodes } = fx.bestFirstPartials;
    const { X, y } = fx.data.moons;
    const est = new DecisionTreeClassifier({ maxLeafNodes }).start(X, y);
    expect(est.tree.nodeCount).toBe(1);
    for (const p of partials) {
      expect(est.step()).not.toBeNull();
      const t = est.tree;
      expect([t.childrenLeft, t.childrenRight, t.feature, t.threshold], `after ${p.splits} splits`).toEqual([p.childrenLeft, p.childrenRight, p.feature, p.threshold]);
    }
    expect(est.step()).toBeNull();
    expect(est.getNLeaves()).toBe(maxLeafNodes);
  });

  it("depth-first: splits come in scikit-learn's node order (preorder) and the finished tree is scikit-learn's", () => {
    const c = caseNamed('moons gini maxDepth=5');
    const { X, y } = fx.data.moons;
    const sk = c.variants[0].tree;
    const est = new DecisionTreeClassifier(c.params).start(X, y);
    const steps = growAll(est);
    const splitNodes = sk.feature.map((f: number, i: number) => i).filter((i: number) => sk.childrenLeft[i] !== -1);
    expect(steps.map((s) => [s.feature, s.threshold])).toEqual(splitNodes.map((i: number) => [sk.feature[i], sk.threshold[i]]));
    const { finalIds } = est.growingTree;
    expect(steps.map((s) => finalIds?.[s.node])).toEqual(splitNodes);
    expect([est.tree.childrenLeft, est.tree.feature, est.tree.threshold]).toEqual([sk.childrenLeft, sk.feature, sk.threshold]);
    steps.forEach((s, k) => {
      const id = splitNodes[k];
      expect(s.nNodeSamples).toBe(sk.nNodeSamples[id]);
      expect(s.impurity).toBeCloseTo(sk.impurity[id], 12);
      expect(s.depth).toBe(est.tree.nodeDepths()[id]);
    });
  });

  it('best-first: nodes are expanded in the order of their children ids in scikit-learn', () => {
    const c = caseNamed('moons maxLeafNodes=15 maxDepth=4');
    const { X, y } = fx.data.moons;
    const sk = c.variants[0].tree;
    const est = new DecisionTreeClassifier(c.params).start(X, y);
    const steps = growAll(est);
    const bySplitOrder = sk.childrenLeft.map((l: number, i: number) => [l, i]).filter(([l]: number[]) => l !== -1).sort((a: number[], b: number[]) => a[0] - b[0]).map(([, i]: number[]) => i);
    expect(steps.map((s) => s.node)).toEqual(bySplitOrder);
    expect(steps.map((s) => [s.left, s.right])).toEqual(bySplitOrder.map((i: number) => [sk.childrenLeft[i], sk.childrenRight[i]]));
  });

  it('the growing tree predicts at every step, and its leaves hold every training sample once', () => {
    const { X, y } = fx.data.moons;
    const est = new DecisionTreeClassifier({ maxDepth: 4 }).start(X, y);
    for (let k = 0; k < 5; k++) {
      const t = est.tree;
      const leaves = t.childrenLeft.map((l, i) => i).filter((i) => t.childrenLeft[i] === -1);
      const held = leaves.flatMap((leaf) => est.growingNodeSamples(leaf)).sort((a, b) => a - b);
      expect(held).toEqual(X.map((_: unknown, i: number) => i));
      // each training point's leaf in the growing tree is the one holding it
      const applied = est.apply(X);
      for (const leaf of leaves) for (const i of est.growingNodeSamples(leaf)) expect(applied[i]).toBe(leaf);
      est.step();
    }
  });

  it('with ccpAlpha the finished tree is pruned; finalIds marks pruned nodes −1', () => {
    const c = caseNamed('moons ccpAlpha=0.01');
    const { X, y } = fx.data.moons;
    const est = new DecisionTreeClassifier(c.params).start(X, y);
    growAll(est);
    expect(est.tree.childrenLeft).toEqual(c.variants[0].tree.childrenLeft);
    const { tree: grown, finalIds } = est.growingTree;
    expect(grown.nodeCount).toBeGreaterThan(est.tree.nodeCount);
    expect(Array.from(finalIds as Int32Array).filter((id) => id >= 0).length).toBe(est.tree.nodeCount);
  });

  it('step() before start() throws a clear message; after the last split it keeps returning null', () => {
    expect(() => new DecisionTreeClassifier().step()).toThrow(/start\(X, y\)/);
    const est = new DecisionTreeRegressor({ maxDepth: 1 }).start([[0], [1], [2]], [0, 0, 1]);
    expect(est.step()).not.toBeNull();
    expect(est.step()).toBeNull();
    expect(est.step()).toBeNull();
    expect(est.growing).toBe(false);
  });
});

describe('splitCandidates', () => {
  it("the best candidate on a node's feature is the tree's split, with the same child impurities", () => {
    const c = caseNamed('moons entropy maxDepth=4');
    const { X, y } = fx.data.moons;
    const sk = c.variants[0].tree;
    const est = new DecisionTreeClassifier(c.params).fit(X, y);
    const paths = est.decisionPath(X);
    for (let node = 0; node < sk.feature.length; node++) {
      if (sk.childrenLeft[node] === -1) continue;
      const samples = paths.map((p, i) => (p.includes(node) ? i : -1)).filter((i) => i >= 0);
      const cand = splitCandidates(X, y, sk.feature[node], { criterion: 'entropy', samples });
      const best = cand.candidates[cand.best];
      expect(best.threshold).toBe(sk.threshold[node]);
      expect(cand.impurity).toBeCloseTo(sk.impurity[node], 12);
      expect(best.impurityLeft).toBeCloseTo(sk.impurity[sk.childrenLeft[node]], 12);
      expect(best.impurityRight).toBeCloseTo(sk.impurity[sk.childrenRight[node]], 12);
      expect(best.nLeft).toBe(sk.nNodeSamples[sk.childrenLeft[node]]);
    }
  });

  it('lists midpoints between distinct values and respects minSamplesLeaf (hand-computed)', () => {
    const X = [[1], [2], [2], [4]], y = [0, 0, 0, 1];
    const all = splitCandidates(X, y, 0);
    expect(all.candidates.map((s) => s.threshold)).toEqual([1.5, 3]);
    expect(all.impurity).toBe(0.375); // 1 − (3/4)² − (1/4)²
    // x ≤ 1.5: [0] | [0, 0, 1]: 0.375 − 3/4·4/9 = 1/24; x ≤ 3: [0, 0, 0] | [1]: both pure, 0.375
    expect(all.candidates[0].impurityDecrease).toBeCloseTo(1 / 24, 15);
    expect(all.candidates[1].impurityDecrease).toBeCloseTo(0.375, 15);
    expect(all.best).toBe(1);
    expect(splitCandidates(X, y, 0, { minSamplesLeaf: 2 }).candidates).toEqual([]);
  });
});
