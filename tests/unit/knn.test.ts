import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KNeighborsClassifier, KNeighborsRegressor, type KnnMetric } from '../../src/core/models/neighbors';
import { BruteIndex, KDTree } from '../../src/core/models/neighbors/knn-index';
import { Rng } from '../../src/core/random';

const fx = JSON.parse(readFileSync(new URL('../fixtures/clustering.json', import.meta.url), 'utf8'));
const { Xtrain, ytrain, yreg, Xtest } = fx.knn;

const close2 = (a: number[][], b: number[][], tol = 1e-10) =>
  a.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - b[i][j])).toBeLessThan(tol)));

describe('k-nearest neighbours equal scikit-learn', () => {
  for (const algorithm of ['brute', 'kd_tree'] as const) {
    for (const c of fx.knn.cases) {
      it(`${algorithm} k=${c.k} ${c.weights} ${c.metric} p=${c.p}`, () => {
        const o = { nNeighbors: c.k, weights: c.weights, metric: c.metric as KnnMetric, p: c.p, algorithm, leafSize: 4 };
        const clf = new KNeighborsClassifier(o).fit(Xtrain, ytrain);
        expect(clf.predict(Xtest)).toEqual(c.predict);
        close2(clf.predictProba(Xtest), c.predictProba);
        const [dist, ind] = clf.kneighbors(Xtest);
        expect(ind).toEqual(c.kneighborsInd);
        close2(dist, c.kneighborsDist);
        const yTest = Xtest.map(([a, b]: number[]) => (((Math.floor(a) + 2 * (b > 0 ? 1 : 0)) % 3) + 3) % 3);
        expect(clf.score(Xtest, yTest)).toBeCloseTo(c.score, 12);
        const reg = new KNeighborsRegressor(o).fit(Xtrain, yreg);
        reg.predict(Xtest).forEach((v, i) => expect(v).toBeCloseTo(c.regPredict[i], 10));
      });
    }
  }

  it('kneighbors() without X leaves each training point out of its own neighbours', () => {
    const clf = new KNeighborsClassifier({ nNeighbors: 4 }).fit(Xtrain, ytrain);
    const { distances, indices } = clf.kneighbors();
    expect(indices).toEqual(fx.knn.selfQuery.ind);
    close2(distances, fx.knn.selfQuery.dist);
  });

  it('kneighbors(X, k, false) returns the indices only', () => {
    const clf = new KNeighborsClassifier({ nNeighbors: 3 }).fit(Xtrain, ytrain);
    const ind = clf.kneighbors(Xtest.slice(0, 4), 2, false);
    expect(ind).toEqual(clf.kneighbors(Xtest.slice(0, 4), 2).indices);
    expect(ind[0].length).toBe(2);
  });

  it('stagedPredict: row k − 1 is scikit-learn\'s predict with k neighbours, from one search', () => {
    for (const weights of ['uniform', 'distance'] as const) {
      for (const [metric, p] of [['euclidean', 2], ['manhattan', 1], ['minkowski', 3]] as const) {
        const staged = new KNeighborsClassifier({ weights, metric, p }).fit(Xtrain, ytrain).stagedPredict(Xtest, 8);
        expect(staged.length).toBe(8);
        const cases = fx.knn.cases.filter((c: { weights: string; metric: string }) => c.weights === weights && c.metric === metric);
        expect(cases.map((c: { k: number }) => c.k)).toEqual([1, 3, 5, 8]);
        for (const c of cases) expect(staged[c.k - 1], `${weights} ${metric} k=${c.k}`).toEqual(c.predict);
      }
    }
  });

  it('4-D iris with labels 10/20/30 and distance weights', () => {
    const ir = fx.knn.iris;
    const clf = new KNeighborsClassifier({ nNeighbors: 7, weights: 'distance' }).fit(ir.Xtrain, ir.ytrain);
    expect(clf.classes).toEqual(ir.classes);
    expect(clf.predict(ir.Xtest)).toEqual(ir.predict);
    close2(clf.predictProba(ir.Xtest), ir.predictProba);
  });
});

describe('k-nearest neighbours by hand: ties, exact matches, errors', () => {
  const X = [[0], [1], [2], [3]];
  it('a tied vote goes to the smallest label', () => {
    const clf = new KNeighborsClassifier({ nNeighbors: 2 }).fit([[0], [1]], [5, 3]);
    expect(clf.predict([[0.5]])).toEqual([3]);
    expect(clf.predictProba([[0.5]])).toEqual([[0.5, 0.5]]);
  });
  it('equally distant neighbours: the lower training index wins the last place', () => {
    for (const algorithm of ['brute', 'kd_tree'] as const) {
      const clf = new KNeighborsClassifier({ nNeighbors: 1, algorithm }).fit([[2], [0], [2], [0]], [1, 2, 3, 4]);
      expect(clf.kneighbors([[1]]).indices).toEqual([[0]]);
      const c2 = new KNeighborsClassifier({ nNeighbors: 3, algorithm }).fit([[2], [0], [2], [0]], [1, 2, 3, 4]);
      expect(c2.kneighbors([[1]]).indices).toEqual([[0, 1, 2]]);
    }
  });
  it('distance weights: 1/d, and an exact match takes all the weight', () => {
    const clf = new KNeighborsClassifier({ nNeighbors: 3, weights: 'distance' }).fit(X, [0, 1, 1, 0]);
    // query 0.25: neighbours 0 (d .25, class 0), 1 (d .75, class 1), 2 (d 1.75, class 1)
    const w0 = 4, w1 = 1 / 0.75 + 1 / 1.75;
    const [p] = clf.predictProba([[0.25]]);
    expect(p[0]).toBeCloseTo(w0 / (w0 + w1), 14);
    expect(clf.predict([[0.25]])).toEqual([0]);
    expect(clf.predictProba([[1]])).toEqual([[0, 1]]);
    const dup = new KNeighborsClassifier({ nNeighbors: 3, weights: 'distance' }).fit([[1], [1], [1.1]], [0, 1, 1]);
    expect(dup.predictProba([[1]])).toEqual([[0.5, 0.5]]);
    const reg = new KNeighborsRegressor({ nNeighbors: 3, weights: 'distance' }).fit([[1], [1], [1.1]], [2, 4, 100]);
    expect(reg.predict([[1]])).toEqual([3]);
  });
  it('stagedPredict by hand: ties go to the smaller label at every k; an exact match outvotes the rest', () => {
    const P = [[0], [1], [2], [10]], y = [0, 1, 1, 0];
    // query 0.6: neighbours 1 (d .4, class 1), 0 (d .6, class 0), 2 (d 1.4, class 1), 10 (d 9.4, class 0)
    const uni = new KNeighborsClassifier().fit(P, y).stagedPredict([[0.6]], 4);
    expect(uni).toEqual([[1], [0], [1], [0]]); // k = 2 and 4 are 1:1 and 2:2 ties
    // distance weights: class 1 has 2.5 (+ 1/1.4), class 0 has 1/0.6 (+ 1/9.4): class 1 at every k
    const dist = new KNeighborsClassifier({ weights: 'distance' }).fit(P, y).stagedPredict([[0.6], [10]], 4);
    expect(dist).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]); // query 10 sits on a class-0 point: only it votes
    expect(() => new KNeighborsClassifier().fit(P, y).stagedPredict([[0]], 5)).toThrow(/n_neighbors <= n_samples_fit/);
  });
  it('voteWeights: 1 each, 1/d, or only the exact matches', () => {
    expect(new KNeighborsClassifier().voteWeights([0.5, 2])).toEqual([1, 1]);
    expect(new KNeighborsClassifier({ weights: 'distance' }).voteWeights([0.5, 2])).toEqual([2, 0.5]);
    expect(new KNeighborsClassifier({ weights: 'distance' }).voteWeights([0, 0, 3])).toEqual([1, 1, 0]);
  });
  it('uniform regression is the mean of the k targets; R² on constant y', () => {
    const reg = new KNeighborsRegressor({ nNeighbors: 2 }).fit(X, [0, 10, 20, 30]);
    expect(reg.predict([[0.4], [2.6]])).toEqual([5, 25]);
    expect(new KNeighborsRegressor({ nNeighbors: 1 }).fit([[0], [1]], [3, 3]).score([[0], [1]], [3, 3])).toBe(1);
  });
  it('manhattan, chebyshev and minkowski distances', () => {
    const P = [[0, 0]];
    expect(new KNeighborsClassifier({ nNeighbors: 1, metric: 'manhattan' }).fit(P, [0]).kneighbors([[3, 4]]).distances).toEqual([[7]]);
    expect(new KNeighborsClassifier({ nNeighbors: 1, metric: 'euclidean' }).fit(P, [0]).kneighbors([[3, 4]]).distances).toEqual([[5]]);
    expect(new KNeighborsClassifier({ nNeighbors: 1, metric: 'chebyshev' }).fit(P, [0]).kneighbors([[3, 4]]).distances).toEqual([[4]]);
    const d3 = new KNeighborsClassifier({ nNeighbors: 1, metric: 'minkowski', p: 3 }).fit(P, [0]).kneighbors([[3, 4]]).distances[0][0];
    expect(d3).toBeCloseTo(Math.cbrt(27 + 64), 12);
  });
  it('single class: probability 1', () => {
    const clf = new KNeighborsClassifier({ nNeighbors: 2 }).fit(X, [7, 7, 7, 7]);
    expect(clf.predict([[9]])).toEqual([7]);
    expect(clf.predictProba([[9]])).toEqual([[1]]);
  });
  it('clear errors', () => {
    expect(() => new KNeighborsClassifier({ nNeighbors: 0 })).toThrow(/nNeighbors/);
    expect(() => new KNeighborsClassifier({ metric: 'minkowski', p: 0.5 })).toThrow('KNeighborsClassifier: p must be a number ≥ 1; got 0.5');
    expect(() => new KNeighborsClassifier().fit([], [])).toThrow(/empty/);
    expect(() => new KNeighborsClassifier().fit([[0], [1]], [0])).toThrow('KNeighborsClassifier.fit: X and y have different lengths (2 vs 1)');
    expect(() => new KNeighborsClassifier({ nNeighbors: 5 }).fit(X, [0, 1, 0, 1]).predict([[0]])).toThrow(/n_neighbors <= n_samples_fit/);
    expect(() => new KNeighborsClassifier({ nNeighbors: 4 }).fit(X, [0, 1, 0, 1]).kneighbors()).toThrow(/n_neighbors/);
    expect(() => new KNeighborsClassifier().predict([[0]])).toThrow(/not fitted/);
    expect(() => new KNeighborsClassifier({ nNeighbors: 1 }).fit(X, [0, 1, 0, 1]).predict([[0, 1]])).toThrow('KNeighborsClassifier.predict: X has 2 features, expected 1');
  });
});

describe('k-d tree = brute force on random data, including duplicates', () => {
  it('same indices and distances for many queries, p in {1, 2, 3, ∞}', () => {
    const rng = new Rng(11);
    for (const d of [1, 2, 3, 5]) {
      const n = 500, m = 200;
      const X = new Float64Array(n * d).map(() => Math.round(rng.normal() * 4) / 2); // coarse: many ties
      const Q = new Float64Array(m * d).map(() => rng.normal() * 3);
      for (const p of [1, 2, 3, Infinity]) {
        for (const k of [1, 7]) {
          const a = new BruteIndex(X, n, d, p).query(Q, m, k);
          const b = new KDTree(X, n, d, p, 8).query(Q, m, k);
          expect(Array.from(b.indices)).toEqual(Array.from(a.indices));
          expect(Array.from(b.distances)).toEqual(Array.from(a.distances));
        }
      }
    }
  });
});

describe('documented tie order (scikit-learn 1.2 gives [0, 4, 2, 3] brute / [0, 3, 2, 1] kd-tree here)', () => {
  it('equally distant neighbours come in training-index order with both algorithms', () => {
    const X = [[0, 0], [1, 0], [0, 1], [-1, 0], [0, -1], [1, 1]];
    for (const algorithm of ['brute', 'kd_tree'] as const) {
      const clf = new KNeighborsClassifier({ nNeighbors: 4, algorithm, leafSize: 1 }).fit(X, [0, 1, 2, 3, 4, 5]);
      expect(clf.kneighbors([[0, 0]]).indices).toEqual([[0, 1, 2, 3]]);
    }
  });
});
