// Properties every fitted tree must have, on many option settings and random data, plus bad input and the
// random feature draws (maxFeatures) compared with scikit-learn's distribution over seeds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DecisionTreeClassifier, DecisionTreeRegressor, Rng, makeMoons, type DecisionTreeClassifierOptions } from '../../src/core';
import { readDigits } from '../../src/core/datasets/node';
import { binFeatures, MAX_BINS } from '../../src/core/models/tree/bins';
import { presort } from '../../src/core/models/tree/presort';

const fx = JSON.parse(readFileSync(new URL('../fixtures/trees.json', import.meta.url), 'utf8'));

const settings: DecisionTreeClassifierOptions[] = [
  {}, { maxDepth: 3 }, { minSamplesLeaf: 7 }, { minSamplesLeaf: 0.05 }, { minSamplesSplit: 25 }, { maxLeafNodes: 9 },
  { maxLeafNodes: 40, minSamplesLeaf: 3 }, { criterion: 'entropy', minImpurityDecrease: 0.01 }, { maxFeatures: 1, seed: 3 },
  { ccpAlpha: 0.01 }, { classWeight: 'balanced', maxDepth: 6 }, { minWeightFractionLeaf: 0.05 },
];

describe('tree invariants', () => {
  const { X, y } = makeMoons({ n: 300, noise: 0.35, seed: 11 });
  const yImbalanced = y.map((v, i) => (v === 1 && i % 3 === 0 ? 0 : v));
  const weights = X.map((_, i) => 1 + (i % 5) * 0.37);
  // without weights, to one decimal (≤ 64 values per feature): the histogram splitter's fits (hist-splitter.ts)
  const X1 = X.map((row) => row.map((v) => Math.round(v * 10) / 10));
  const cases = [['weighted', X, weights], ['one decimal, unweighted', X1, null]] as const;

  for (const o of settings) for (const [what, Xc, w] of cases) {
    it(`holds for ${JSON.stringify(o)} (${what})`, () => {
      const X = Xc as number[][];
      const est = new DecisionTreeClassifier(o).fit(X, yImbalanced, w as number[] | null);
      const t = est.tree;
      const msl = o.minSamplesLeaf === undefined ? 1 : Number.isInteger(o.minSamplesLeaf) ? o.minSamplesLeaf : Math.ceil(o.minSamplesLeaf * X.length);
      for (let node = 0; node < t.nodeCount; node++) {
        const l = t.childrenLeft[node], r = t.childrenRight[node];
        if (l === -1) {
          expect(t.nNodeSamples[node], 'minSamplesLeaf holds in every leaf').toBeGreaterThanOrEqual(msl);
          continue;
        }
        expect(t.value[node].filter((v) => v > 0).length, `pure node ${node} was split`).toBeGreaterThan(1);
        expect(t.nNodeSamples[l] + t.nNodeSamples[r]).toBe(t.nNodeSamples[node]);
        t.value[node].forEach((v, k) => expect(t.value[l][k] + t.value[r][k]).toBeCloseTo(v, 9));
        expect(l).toBeGreaterThan(node);
      }
      if (o.maxDepth) expect(est.getDepth()).toBeLessThanOrEqual(o.maxDepth);
      if (o.maxLeafNodes) expect(est.getNLeaves()).toBeLessThanOrEqual(o.maxLeafNodes);
      const imp = est.featureImportances;
      expect(imp.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      imp.forEach((v) => expect(v).toBeGreaterThanOrEqual(0));
      // apply, decisionPath and predict agree
      const Q = new Rng(5).permutation(X.length).slice(0, 60).map((i) => X[i].map((v) => v + 0.01));
      const leaves = est.apply(Q), paths = est.decisionPath(Q), pred = est.predict(Q), proba = est.predictProba(Q);
      Q.forEach((q, i) => {
        const path = paths[i];
        expect(path[0]).toBe(0);
        expect(path[path.length - 1]).toBe(leaves[i]);
        for (let k = 0; k + 1 < path.length; k++) {
          const node = path[k];
          const goesLeft = Math.fround(q[t.feature[node]]) <= t.threshold[node];
          expect(path[k + 1]).toBe(goesLeft ? t.childrenLeft[node] : t.childrenRight[node]);
        }
        const v = t.value[leaves[i]], total = v.reduce((a, b) => a + b, 0);
        expect(pred[i]).toBe(est.classes[v.indexOf(Math.max(...v))]);
        proba[i].forEach((p, k) => expect(p).toBeCloseTo(v[k] / total, 14));
      });
    });
  }

  it('a deep regression tree interpolates distinct training points and predicts leaf means', () => {
    const rng = new Rng(2);
    const Xr = Array.from({ length: 120 }, () => [rng.uniform(-3, 3), rng.uniform(-3, 3)]);
    const yr = Xr.map(([a, b]) => Math.sin(a) * b + rng.normal(0, 0.1));
    const est = new DecisionTreeRegressor().fit(Xr, yr);
    expect(est.score(Xr, yr)).toBe(1);
    const shallow = new DecisionTreeRegressor({ maxDepth: 2 }).fit(Xr, yr);
    const leaves = shallow.apply(Xr);
    for (const leaf of new Set(leaves)) {
      const ys = yr.filter((_, i) => leaves[i] === leaf);
      expect(shallow.tree.value[leaf][0]).toBeCloseTo(ys.reduce((a, b) => a + b, 0) / ys.length, 12);
    }
  });
});

describe('binFeatures (ranks of few distinct values)', () => {
  it('gives each value its rank among the distinct float32 values, and null past MAX_BINS values', () => {
    const cols = Float32Array.from([3, 0, 0, 1.5, 3, -2, 7, 7, 7, 7, 7, 7]);
    const b = binFeatures(cols, 6, 2);
    expect(b).not.toBeNull();
    expect(Array.from(b!.bins)).toEqual([3, 1, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(b!.values.subarray(0, 4))).toEqual([-2, 0, 1.5, 3]);
    expect(b!.values[MAX_BINS]).toBe(7);
    const many = (k: number) => binFeatures(Float32Array.from({ length: 200 }, (_, i) => (i % k) * 0.1), 200, 1);
    expect(many(MAX_BINS)).not.toBeNull();
    expect(many(MAX_BINS + 1)).toBeNull();
  });
});

describe('presort (radix sort of float32 keys)', () => {
  for (const n of [1, 300, 60000]) {
    it(`orders every feature like a stable comparison sort (n = ${n}: ${n < 50000 ? '8' : '11'}-bit digits)`, () => {
      const rng = new Rng(n);
      // negatives, −0 and +0, repeated values, tiny and huge magnitudes, integers (whose low digits are all zero)
      const pool = [-0, 0, -1e-30, 1e-30, -3.5, 3.5, 1e30, -1e30, 7, 8, 16];
      const cols = Float32Array.from({ length: 3 * n }, (_, k) => (k < n ? pool[rng.int(pool.length)] : k < 2 * n ? rng.normal(0, 10) : rng.int(17)) + 0);
      const order = presort(cols, n, 3);
      for (let f = 0; f < 3; f++) {
        const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => cols[f * n + a] - cols[f * n + b] || a - b);
        expect(Array.from(order.subarray(f * n, f * n + n))).toEqual(expected);
      }
    });
  }
});

describe('maxFeatures: random feature draws, compared with scikit-learn over seeds', () => {
  const { X, y } = fx.data.iris;
  for (const ref of fx.maxFeatures.iris) {
    it(`maxFeatures=${ref.maxFeatures}, maxDepth=3 on iris, 200 seeds`, () => {
      const roots = [0, 0, 0, 0], skRoots = [0, 0, 0, 0];
      let acc = 0;
      for (let seed = 0; seed < 200; seed++) {
        const est = new DecisionTreeClassifier({ maxFeatures: ref.maxFeatures, maxDepth: 3, seed }).fit(X, y);
        roots[est.tree.feature[0]]++;
        acc += est.score(X, y) / 200;
      }
      ref.rootFeature.forEach((f: number) => skRoots[f]++);
      const skAcc = ref.trainAccuracy.reduce((a: number, b: number) => a + b, 0) / 200;
      // which feature wins the root depends on which are drawn: the counts follow the same multinomial
      // (binomial sd ≤ √(200·¼·¾) ≈ 6.1 per count; 4 sd for each of the two samples)
      roots.forEach((n, f) => expect(Math.abs(n - skRoots[f]), `root feature ${f}: ${n} vs ${skRoots[f]}`).toBeLessThanOrEqual(35));
      expect(Math.abs(acc - skAcc)).toBeLessThan(0.01);
    });
  }

  it("resolves 'sqrt', 'log2', fractions and counts as scikit-learn's max_features_ (digits, 64 features)", () => {
    const digits = readDigits();
    for (const [mf, expected] of Object.entries(fx.maxFeatures.digitsResolved)) {
      const option = mf === 'sqrt' || mf === 'log2' ? mf : Number(mf);
      const est = new DecisionTreeClassifier({ maxFeatures: option, maxDepth: 1 }).fit(digits.X, digits.y);
      expect(est.maxFeaturesFitted, mf).toBe(expected);
    }
  });

  it('the same seed gives the same tree; another seed may differ', () => {
    const a = new DecisionTreeClassifier({ maxFeatures: 1, seed: 4 }).fit(X, y).tree;
    const b = new DecisionTreeClassifier({ maxFeatures: 1, seed: 4 }).fit(X, y).tree;
    expect(b.feature).toEqual(a.feature);
    const features = new Set(Array.from({ length: 10 }, (_, s) => JSON.stringify(new DecisionTreeClassifier({ maxFeatures: 1, seed: s }).fit(X, y).tree.feature)));
    expect(features.size).toBeGreaterThan(1);
  });
});

describe('bad input: a clear message, never a crash or NaN', () => {
  it('rejects bad options with the option named (core/validation\'s wording)', () => {
    expect(() => new DecisionTreeClassifier({ maxDepth: 0 })).toThrow('DecisionTreeClassifier: maxDepth must be an integer ≥ 1 or null; got 0');
    expect(() => new DecisionTreeClassifier({ minSamplesSplit: 1 })).toThrow('minSamplesSplit must be an integer ≥ 2 or a fraction in (0, 1); got 1');
    expect(() => new DecisionTreeClassifier({ minSamplesLeaf: 0 })).toThrow(/minSamplesLeaf must be/);
    expect(() => new DecisionTreeClassifier({ maxLeafNodes: 1 })).toThrow(/maxLeafNodes must be an integer ≥ 2 or null; got 1/);
    expect(() => new DecisionTreeClassifier({ ccpAlpha: -1 })).toThrow('DecisionTreeClassifier: ccpAlpha must be a finite number ≥ 0; got -1');
    expect(() => new DecisionTreeClassifier({ maxFeatures: 'auto' as never })).toThrow(/maxFeatures must be .*; got 'auto'/);
    expect(() => new DecisionTreeClassifier({ criterion: 'squaredError' as never })).toThrow("criterion must be one of 'gini', 'entropy', 'logLoss'; got 'squaredError'");
    expect(() => new DecisionTreeRegressor({ criterion: 'gini' as never })).toThrow(/criterion must be one of 'squaredError'/);
    expect(() => new DecisionTreeClassifier({ classWeight: 'auto' as never })).toThrow(/classWeight must be 'balanced', an object/);
    expect(() => new DecisionTreeClassifier({ maxdepth: 3 } as never)).toThrow(/Invalid parameter 'maxdepth' for DecisionTreeClassifier/);
    expect(() => new DecisionTreeClassifier({ maxFeatures: 3 }).fit([[1, 2]], [0])).toThrow('DecisionTreeClassifier.fit: maxFeatures must be at most the number of features (2); got 3');
    expect(() => new DecisionTreeClassifier().setParams({ maxDepth: -2 })).toThrow(/maxDepth/);
  });

  it('rejects bad data with a message saying what is wrong', () => {
    const clf = new DecisionTreeClassifier();
    expect(() => clf.fit([], [])).toThrow('DecisionTreeClassifier.fit: X is empty: it has no rows');
    expect(() => clf.fit([[1, 2], [3]], [0, 1])).toThrow('X row 1 has 1 features, but row 0 has 2');
    expect(() => clf.fit([[1], [NaN]], [0, 1])).toThrow('DecisionTreeClassifier.fit: X contains NaN at row 1, column 0');
    expect(() => clf.fit([[1], [null as unknown as number]], [0, 1])).toThrow(/X contains a non-number \(null\) at row 1, column 0/);
    expect(() => clf.fit([[1], ['2' as unknown as number]], [0, 1])).toThrow(/X contains a non-number \('2'\) at row 1, column 0/);
    expect(() => clf.fit([[1], [1e39]], [0, 1])).toThrow('X contains 1e+39 at row 1, column 0, too large for float32');
    expect(() => clf.fit([[1], [2]], [0])).toThrow('DecisionTreeClassifier.fit: X and y have different lengths (2 vs 1)');
    expect(() => clf.fit([[1], [2]], [0.5, 1.2])).toThrow(/y contains 0.5 at index 0, which is not an integer class label/);
    expect(() => new DecisionTreeRegressor().fit([[1], [2]], [0, Infinity])).toThrow('DecisionTreeRegressor.fit: y contains Infinity at index 1');
    expect(() => clf.fit([[1], [2]], [0, 1], [1, -1])).toThrow(/sampleWeight must be finite numbers ≥ 0; got -1 at index 1/);
    expect(() => clf.fit([[1], [2]], [0, 1], [0, 0])).toThrow(/sampleWeight sums to 0/);
    expect(() => new DecisionTreeClassifier().predict([[1]])).toThrow(/not fitted yet/);
    expect(() => new DecisionTreeClassifier().fit([[1, 2]], [0]).predict([[1]])).toThrow('DecisionTreeClassifier.predict: X has 1 features, expected 2');
    expect(new DecisionTreeClassifier().fit([[1, 2]], [0]).predict([])).toEqual([]);
    expect(() => new DecisionTreeClassifier({ classWeight: { 5: 2 } }).fit([[1], [2]], [0, 1])).toThrow(/classWeight names labels that are not classes/);
  });

  it('duplicate points with different labels stay in one leaf (no split can separate them)', () => {
    const est = new DecisionTreeClassifier().fit([[1, 1], [1, 1], [1, 1], [2, 0]], [0, 1, 1, 0]);
    const t = est.tree;
    expect(est.getNLeaves()).toBe(2);
    expect(t.value[est.apply([[1, 1]])[0]]).toEqual([1, 2]);
    expect(est.predictProba([[1, 1]])[0][1]).toBeCloseTo(2 / 3, 15);
  });

  it('a constant feature, a single class and a single sample give a one-leaf tree', () => {
    const constant = new DecisionTreeClassifier().fit([[3], [3], [3]], [0, 1, 1]);
    expect([constant.tree.nodeCount, constant.getDepth(), constant.predict([[9]])[0]]).toEqual([1, 0, 1]);
    const single = new DecisionTreeClassifier().fit([[0], [1], [2]], [7, 7, 7]);
    expect([single.tree.nodeCount, single.predict([[5]])[0], single.predictProba([[5]])[0]]).toEqual([1, 7, [1]]);
    expect(single.featureImportances).toEqual([0]);
    const one = new DecisionTreeRegressor().fit([[1, 2]], [4.5]);
    expect(one.predict([[0, 0]])).toEqual([4.5]);
    expect(one.costComplexityPruningPath([[1, 2]], [4.5])).toEqual({ ccpAlphas: [0], impurities: [0] });
  });
});
