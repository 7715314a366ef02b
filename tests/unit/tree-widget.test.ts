import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecisionTreeClassifier } from '../../src/core/models/tree';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/tree/params';
import { TreeSession, treeOptions } from '../../src/widgets/tree/session';
import type { Point3 } from '../../src/params';

const base = defaults(schema) as Params;
const params = (over: Partial<Params>) => ({ ...base, ...over }) as Params;

function growToEnd(s: TreeSession): number {
  let n = 0;
  while (s.step()) n++;
  return n;
}

// scikit-learn's trees on the widget's own points (tests/fixtures/make_tree_widget.py). scikit-learn breaks ties
// between features at random, core by the lowest index: the fixture holds every distinct answer of random_state
// 0 … 31, and ours must be one of them (for most links there is only one).
interface SkTree {
  tree: { childrenLeft: number[]; childrenRight: number[]; feature: number[]; threshold: number[]; impurity: number[]; nNodeSamples: number[] };
  nLeaves: number;
  depth: number;
  train: number;
  test: number;
  importances: number[];
}
interface SkPruning { alpha: number[]; impurity: number[]; leaves: number[]; train: (number | null)[]; test: (number | null)[] }
interface TreeCase {
  over: Partial<Params>;
  train: number[][];
  test: number[][];
  sklearn: { trees: SkTree[]; depthCurve: { depth: number[]; answers: (number | null)[][][] }; pruning: SkPruning[] };
}
const fx: Record<string, TreeCase> = JSON.parse(readFileSync(new URL('../fixtures/tree_widget.json', import.meta.url), 'utf8')).cases;
const near = (a: number, b: number | null) => b !== null && Math.abs(a - b) < 1e-12;
const allNear = (got: number[], want: (number | null)[]) => got.length === want.length && got.every((v, i) => near(v, want[i]));
const close = (got: number[], want: (number | null)[], digits: number, what: string) => {
  expect(got.length, what).toBe(want.length);
  got.forEach((v, i) => expect(v, `${what}[${i}]`).toBeCloseTo(want[i] as number, digits));
};

describe('tree widget session against scikit-learn', () => {
  for (const [name, c] of Object.entries(fx)) {
    describe(name, () => {
      const s = new TreeSession(params(c.over));
      const splits = growToEnd(s);
      const v = s.view();

      it('builds the points the reference was computed on', () => {
        // if this fails the widget's data changed: re-run make_tree_widget.py only if that was intended
        const pts = (test: boolean) => s.data.points.filter((q) => q.test === test).map((q) => [q.x, q.y, q.c]);
        expect(pts(false)).toEqual(c.train);
        expect(pts(true)).toEqual(c.test);
      });

      it('grows, split by split, scikit-learn’s tree', () => {
        const t = s.model!.tree;
        expect(s.done).toBe(true);
        expect(splits).toBe(s.total);
        const ref = c.sklearn.trees.find((r) => r.tree.feature.join() === t.feature.join() && allNear(t.threshold, r.tree.threshold));
        expect(ref, `one of scikit-learn's ${c.sklearn.trees.length} trees`).toBeDefined();
        expect(t.childrenLeft).toEqual(ref!.tree.childrenLeft);
        expect(t.childrenRight).toEqual(ref!.tree.childrenRight);
        expect(t.nNodeSamples).toEqual(ref!.tree.nNodeSamples);
        close(t.impurity, ref!.tree.impurity, 12, 'impurity');
        expect(v.nLeaves).toBe(ref!.nLeaves);
        expect(v.depth).toBe(ref!.depth);
        expect(v.trainAccuracy).toBeCloseTo(ref!.train, 12);
        expect(v.testAccuracy).toBeCloseTo(ref!.test, 12);
        close(v.importances, ref!.importances, 12, 'importances');
      });

      it('accuracy against the depth limit', () => {
        const d = s.depthCurve;
        expect(d.depth).toEqual(c.sklearn.depthCurve.depth);
        d.depth.forEach((depth, i) => {
          const ok = c.sklearn.depthCurve.answers[i].some(([tr, te]) => near(d.train[i], tr) && near(d.test[i], te));
          expect(ok, `depth ${depth}: ${d.train[i]}, ${d.test[i]} in ${JSON.stringify(c.sklearn.depthCurve.answers[i])}`).toBe(true);
        });
      });

      it('the pruning path, and the accuracy of the subtree each alpha keeps', () => {
        const p = s.pruningCurve;
        const ref = c.sklearn.pruning.find((r) => allNear(p.alpha, r.alpha));
        expect(ref, 'one of scikit-learn\'s pruning paths').toBeDefined();
        close(p.impurity, ref!.impurity, 12, 'impurity');
        expect(p.leaves).toEqual(ref!.leaves);
        close(p.train, ref!.train, 12, 'train');
        close(p.test, ref!.test, 12, 'test');
      });
    });
  }
});

describe('tree widget session: growth', () => {
  it('the finished tree equals fit on the same rows, node for node', () => {
    for (const over of [{}, { maxLeafNodes: 5 }, { ccpAlpha: 0.02 }, { criterion: 'entropy' as const, minSamplesLeaf: 4 }]) {
      const s = new TreeSession(params(over));
      growToEnd(s);
      const train = s.data.points.slice(0, s.nTrain);
      const fit = new DecisionTreeClassifier(treeOptions(s.params)).fit(train.map((q) => [q.x, q.y]), train.map((q) => q.c));
      const a = s.model!.tree, b = fit.tree;
      expect(a.nodeCount).toBe(b.nodeCount);
      for (const k of ['childrenLeft', 'childrenRight', 'feature', 'threshold', 'impurity', 'nNodeSamples', 'value'] as const) expect(a[k], `${JSON.stringify(over)} ${k}`).toEqual(b[k]);
    }
  });

  it('a hand-checked first split: x₁ ≤ 2.5 separates the classes, Gini decrease 0.48', () => {
    // x₁ = 1…5 with classes 0 0 1 1 1; x₂ mixes them. Root Gini = 1 − (2/5)² − (3/5)² = 0.48; x₁ ≤ 2.5 leaves two
    // pure children (decrease 0.48); the best x₂ split (≤ 2.5: {1,1} | {0,1,0}) only reaches 0.48 − 3/5 · 4/9 = 0.2133.
    const added: Point3[] = [[1, 5, 0], [2, 3, 0], [3, 4, 1], [4, 1, 1], [5, 2, 1]];
    const s = new TreeSession(params({ dataset: 'clicks', added }));
    expect(s.total).toBe(1);
    expect(s.step()).toBe(true);
    const v = s.view();
    expect(v.last).toMatchObject({ node: 0, feature: 0, threshold: 2.5, nNodeSamples: 5 });
    expect(v.last!.improvement).toBeCloseTo(0.48, 15);
    expect(v.nodes[0].impurity).toBeCloseTo(0.48, 15);
    expect(v.nodes.map((n) => n.counts)).toEqual([[2, 3, 0, 0], [2, 0, 0, 0], [0, 3, 0, 0]]);
    expect(v.nodes[1].box).toEqual({ x0: -2, x1: 2, y0: -2, y1: 2 });
    expect(v.nodes[2].box.x0).toBe(2);
    expect(s.step()).toBe(false);
    expect(s.done).toBe(true);
    expect(v.trainAccuracy).toBe(1);
  });

  it('entropy on the same points: the root holds 0.971 bits and the split gains all of it', () => {
    const added: Point3[] = [[1, 5, 0], [2, 3, 0], [3, 4, 1], [4, 1, 1], [5, 2, 1]];
    const s = new TreeSession(params({ dataset: 'clicks', added, criterion: 'entropy' }));
    s.step();
    const h = -(0.4 * Math.log2(0.4) + 0.6 * Math.log2(0.6));
    expect(s.view().nodes[0].impurity).toBeCloseTo(h, 14);
    expect(s.view().last!.improvement).toBeCloseTo(h, 14);
  });

  it('a change to a complete tree regrows at once; Reset (nothing changed) starts at the root', () => {
    const a = new TreeSession(params({}));
    growToEnd(a);
    const b = new TreeSession(params({ maxDepth: 3 }), a);
    expect(b.done).toBe(true);
    expect(b.view().depth).toBe(3);
    const reset = new TreeSession(b.params, b);
    expect(reset.steps).toBe(0);
    expect(reset.view().nLeaves).toBe(1);
    const half = new TreeSession(params({}));
    half.step();
    expect(new TreeSession(params({ maxDepth: 4 }), half).steps).toBe(0);
  });

  it('a regrown complete tree equals fit and its own grow run, for every setting a slider changes', () => {
    let prev = new TreeSession(params({ noise: 0.6 }));
    growToEnd(prev);
    for (const over of [{ maxDepth: 2 }, { maxDepth: 0, minSamplesLeaf: 4 }, { minSamplesLeaf: 1, ccpAlpha: 0.01 }, { maxLeafNodes: 7 }, { criterion: 'entropy' as const }]) {
      const next = new TreeSession(params({ noise: 0.6, ...over }), prev);
      const fresh = new TreeSession(next.params);
      const splits = growToEnd(fresh);
      expect(next.done).toBe(true);
      expect(next.total).toBe(splits);
      expect(next.steps).toBe(splits);
      const fit = new DecisionTreeClassifier(treeOptions(next.params)).fit(next.train.X, next.train.y);
      expect(next.model!.tree.threshold).toEqual(fit.tree.threshold);
      expect(next.model!.tree.feature).toEqual(fit.tree.feature);
      expect(next.view().nodes).toEqual(fresh.view().nodes);
      expect(next.view().lastNode).toBe(fresh.view().lastNode);
      prev = next;
    }
  });

  it('a change of the tree’s settings keeps the points (the same arrays: the scatter redraws nothing); a change of the data does not', () => {
    const a = new TreeSession(params({}));
    const b = new TreeSession(params({ maxDepth: 3, minSamplesLeaf: 2 }), a);
    expect(b.data).toBe(a.data);
    expect(b.train).toBe(a.train);
    expect(b.problems).toEqual(a.problems);
    const c = new TreeSession(params({ maxDepth: 3, seed: 2 }), b);
    expect(c.data).not.toBe(b.data);
    expect(c.data.points).not.toEqual(b.data.points);
    const d = new TreeSession(params({ maxDepth: 3, seed: 2, nudge: 1 }), c);
    expect(d.data).not.toBe(c.data);
    expect(d.data.nudged).toBeGreaterThan(0);
  });

  it('a dragged point regrows the tree live: a complete tree stays complete, a half-grown one keeps its count of splits', () => {
    const a = new TreeSession(params({}));
    growToEnd(a);
    const p = a.data.points[0];
    const moved = params({ moved: [[p.x + 0.8, p.y - 0.4, p.index]] });
    const b = new TreeSession(moved, a);
    expect(b.done).toBe(true);
    expect(b.data.points[0]).toMatchObject({ x: moved.moved[0][0], y: moved.moved[0][1] });
    // the same tree a link to the moved points grows from the root
    const fresh = new TreeSession(moved);
    growToEnd(fresh);
    expect(b.model!.tree.threshold).toEqual(fresh.model!.tree.threshold);
    const half = new TreeSession(params({}));
    for (let k = 0; k < 3; k++) half.step();
    const dragged = new TreeSession(params({ moved: [[0, 0, 5]] }), half);
    expect(dragged.steps).toBe(3);
    expect(dragged.view().nLeaves).toBe(4);
    // a settings change still starts a half-grown tree at the root
    expect(new TreeSession(params({ moved: [[0, 0, 5]], maxDepth: 4 }), half).steps).toBe(0);
  });

  it('keeps the depth curve across depth-limit and α changes, and the pruning path across α changes', () => {
    const a = new TreeSession(params({}));
    const depth = a.depthCurve, prune = a.pruningCurve;
    const b = new TreeSession(params({ maxDepth: 3 }), a);
    expect(b.depthCurve).toBe(depth);
    expect(b.pruningCurve).not.toBe(prune);
    const c = new TreeSession(params({ maxDepth: 3, ccpAlpha: 0.01 }), b);
    expect(c.pruningCurve).toBe(b.pruningCurve);
  });

  it('a nudge moves 5 % of the points, a new draw per press', () => {
    const a = new TreeSession(params({}));
    const b = new TreeSession(params({ nudge: 1 }));
    const c = new TreeSession(params({ nudge: 2 }));
    const moved = (s: TreeSession) => s.data.points.filter((q, i) => q.x !== a.data.points[i].x || q.y !== a.data.points[i].y).length;
    expect(moved(b)).toBe(10);
    expect(moved(c)).toBe(10);
    expect(b.data.points).not.toEqual(c.data.points);
    expect(new TreeSession(params({ nudge: 1 })).data.points).toEqual(b.data.points);
  });
});

describe('tree widget session: bad input gets a clear message, never NaN or a throw', () => {
  const finiteView = (s: TreeSession) => {
    growToEnd(s);
    const v = s.view();
    for (const n of v.nodes) for (const x of [n.impurity, n.purity, n.samples, ...n.counts]) expect(Number.isFinite(x)).toBe(true);
    return v;
  };

  it('points of different classes at the same position', () => {
    const s = new TreeSession(params({ dataset: 'clicks', added: [[0, 0, 0], [0, 0, 1], [1, 1, 0], [1.5, 0.5, 1]] }));
    expect(s.notice).toMatch(/2 training points share their exact position with a point of another class: no split can separate them/);
    const v = finiteView(s);
    expect(v.trainAccuracy).toBeCloseTo(3 / 4, 15);
    expect(v.nodes.filter((n) => n.leaf && n.impurity > 0)).toHaveLength(1);
  });

  it('real data with repeated measurements: iris sepals', () => {
    const s = new TreeSession(params({ dataset: 'iris', irisX: '0', irisY: '1' }));
    expect(s.notice).toMatch(/^\d+ training points share their exact position with a point of another class/);
    expect(finiteView(s).trainAccuracy).toBeLessThan(1);
  });

  it('a constant feature', () => {
    const s = new TreeSession(params({ dataset: 'clicks', added: [[0, 1, 0], [1, 1, 0], [2, 1, 1], [3, 1, 1]] }));
    expect(s.notice).toBe('x₂ has the same value on every training point: the tree can only split on x₁.');
    const v = finiteView(s);
    expect(v.nodes.filter((n) => !n.leaf).every((n) => n.feature === 0)).toBe(true);
  });

  it('a single class', () => {
    const s = new TreeSession(params({ dataset: 'clicks', added: [[0, 1, 2], [1, 0, 2], [2, 1, 2]] }));
    expect(s.notice).toMatch(/^All training points are of one class: the root is already pure/);
    expect(s.total).toBe(0);
    expect(s.done).toBe(true);
    const v = finiteView(s);
    expect(v.nLeaves).toBe(1);
    expect(v.nodes[0].cls).toBe(2);
  });

  it('one sample, and none', () => {
    const one = new TreeSession(params({ dataset: 'clicks', added: [[0.5, 0.5, 1]] }));
    expect(one.notice).toMatch(/^Only one training point: there is nothing to split/);
    expect(finiteView(one).nLeaves).toBe(1);
    const none = new TreeSession(params({ dataset: 'clicks' }));
    expect(none.notice).toMatch(/^No training points yet: click on the plot/);
    expect(none.step()).toBe(false);
    const v = none.view();
    expect(v.nodes).toEqual([]);
    expect(none.depthCurve.depth).toEqual([]);
    expect(none.pruningCurve.alpha).toEqual([]);
  });

  it('one leaf node is not a tree: core says so', () => {
    expect(() => new TreeSession(params({ maxLeafNodes: 1 }))).toThrow(/maxLeafNodes/);
  });
});
