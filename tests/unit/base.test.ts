// The estimator base (src/core/base.ts): getParams/setParams, cloneEstimator, the default score() of classifiers and
// regressors, fitTransform of transformers and the Steppable shape. Numbers come from scikit-learn
// (tests/fixtures/base.json, made by tests/fixtures/make_base.py) or are worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  KMeans, KNeighborsClassifier, KNeighborsRegressor, LogisticRegression, PCA, PolynomialFeatures, Rng, StandardScaler,
  cloneEstimator, isClassifier, isRegressor, type Steppable,
} from '../../src/core';

const fx = JSON.parse(readFileSync(new URL('../fixtures/base.json', import.meta.url), 'utf8'));
const X: number[][] = fx.X;
const nTr: number = fx.nTrain;
const split = <T>(a: T[]) => [a.slice(0, nTr), a.slice(nTr)] as const;
const [XTr, XTe] = split(X);
const [yTr, yTe] = split<number>(fx.y);
const [y3Tr, y3Te] = split<number>(fx.y3);
const [yrTr, yrTe] = split<number>(fx.yreg);

describe('getParams / setParams', () => {
  it('getParams lists every option with its default (scikit-learn defaults where scikit-learn has the option)', () => {
    expect(new KNeighborsClassifier().getParams()).toEqual({
      nNeighbors: 5, weights: 'uniform', metric: 'minkowski', p: 2, algorithm: 'auto', leafSize: 16,
    });
    expect(new KMeans({ seed: 3 }).getParams()).toEqual({ nClusters: 8, init: 'k-means++', nInit: 10, maxIter: 300, tol: 1e-4, seed: 3 });
    expect(new PCA().getParams()).toEqual({ nComponents: undefined, whiten: false });
    expect(new StandardScaler({ withMean: false }).getParams()).toEqual({ withMean: false, withStd: true });
    expect(new PolynomialFeatures({ degree: [1, 3] }).getParams()).toEqual({ degree: [1, 3], interactionOnly: false, includeBias: true });
    const lr = new LogisticRegression({ penalty: null, C: 3 }).getParams();
    expect(lr).toMatchObject({ penalty: 'none', C: 3, fitIntercept: true, maxIter: 100, tol: 1e-4, batchSize: null, optimizer: 'sgd' });
    expect(Object.keys(lr).sort()).toEqual([
      'C', 'batchSize', 'beta1', 'beta2', 'classWeight', 'divergenceFactor', 'epsilon', 'fitIntercept', 'learningRate', 'maxIter', 'momentum',
      'optimizer', 'penalty', 'seed', 'tol',
    ]);
  });

  it('getParams returns a copy', () => {
    const m = new KMeans({ nClusters: 2 });
    const p = m.getParams();
    p.nClusters = 7;
    expect(m.getParams().nClusters).toBe(2);
    expect(m.nClusters).toBe(2);
  });

  it('setParams changes the named options only, returns the estimator and shows on its fields', () => {
    const m = new KNeighborsClassifier({ nNeighbors: 3, weights: 'distance' });
    expect(m.setParams({ nNeighbors: 7 })).toBe(m);
    expect(m.nNeighbors).toBe(7);
    expect(m.weights).toBe('distance');
    expect(m.getParams()).toMatchObject({ nNeighbors: 7, weights: 'distance' });
    // undefined means "leave as it is"
    m.setParams({ weights: undefined });
    expect(m.weights).toBe('distance');
  });

  it('setParams takes effect at the next fit', () => {
    // 1-D points 0, 1, 2 (class 0) and 10 (class 1); query 7: nearest 1 is 10 (class 1), nearest 3 are 10, 2, 1 (2 votes for 0).
    const m = new KNeighborsClassifier({ nNeighbors: 1 }).fit([[0], [1], [2], [10]], [0, 0, 0, 1]);
    expect(m.predict([[7]])).toEqual([1]);
    m.setParams({ nNeighbors: 3 }).fit([[0], [1], [2], [10]], [0, 0, 0, 1]);
    expect(m.predict([[7]])).toEqual([0]);
  });

  it('an unknown name is an error, as scikit-learn\'s "Invalid parameter", in setParams and in the constructor', () => {
    const m = new KMeans();
    expect(() => m.setParams({ nClusterz: 3 } as never)).toThrow(
      "Invalid parameter 'nClusterz' for KMeans; valid parameters are: init, maxIter, nClusters, nInit, seed, tol",
    );
    expect(() => new StandardScaler({ with_mean: false } as never)).toThrow(
      "Invalid parameter 'with_mean' for StandardScaler; valid parameters are: withMean, withStd",
    );
  });

  it('an invalid value is an error and changes nothing', () => {
    const m = new LogisticRegression({ C: 2 });
    expect(() => m.setParams({ C: 5, penalty: 'l3' as never })).toThrow("LogisticRegression: penalty must be one of 'none', 'l1', 'l2'; got 'l3'");
    expect(m.C).toBe(2);
    expect(m.getParams().C).toBe(2);
  });
});

describe('cloneEstimator', () => {
  it('gives an unfitted copy with equal params', () => {
    const km = new KMeans({ nClusters: 2, nInit: 1, seed: 4 }).fit([[0, 0], [0, 1], [5, 5], [5, 6]]);
    const c = cloneEstimator(km);
    expect(c).toBeInstanceOf(KMeans);
    expect(c).not.toBe(km);
    expect(c.getParams()).toEqual(km.getParams());
    expect(c.clusterCenters).toEqual([]);
    expect(() => c.predict([[0, 0]])).toThrow('KMeans is not fitted yet');

    const lr = new LogisticRegression({ penalty: 'l1', C: 0.3 }).fit(XTr, yTr);
    const lc = cloneEstimator(lr);
    expect(lc.getParams()).toEqual(lr.getParams());
    expect(() => lc.coef).toThrow('LogisticRegression.coef: call fit (or start) first');

    const knn = cloneEstimator(new KNeighborsRegressor({ nNeighbors: 2 }).fit([[0], [1]], [0, 1]));
    expect(() => knn.predict([[0]])).toThrow('KNeighborsRegressor is not fitted yet');
  });

  it('is independent: changing or fitting one leaves the other as it was', () => {
    const init = [[0, 0], [5, 5]];
    const a = new KMeans({ init, nInit: 1 });
    const b = cloneEstimator(a);
    (b.init as number[][])[0][0] = 99; // the clone's copy of the centres, not the caller's array
    expect(init[0][0]).toBe(0);
    expect((a.init as number[][])[0][0]).toBe(0);
    b.setParams({ maxIter: 1 });
    expect(a.maxIter).toBe(300);
    a.fit([[0, 0], [0, 2], [5, 5], [5, 7]]);
    expect(b.clusterCenters).toEqual([]);
    expect(a.clusterCenters).toEqual([[0, 1], [5, 6]]); // hand-computed: the means of each pair
  });

  it('copies an Rng seed in its current state, so clone and original draw the same numbers independently', () => {
    const rng = new Rng(11);
    rng.random();
    const km = new KMeans({ nClusters: 2, nInit: 1, seed: rng });
    const c = cloneEstimator(km);
    expect(c.seed).not.toBe(rng);
    const X4 = [[0, 0], [1, 0], [9, 9], [3, 4], [8, 1], [2, 7]];
    expect(c.fit(X4).clusterCenters).toEqual(km.fit(X4).clusterCenters);
  });

  it('applies overrides, and rejects unknown or invalid ones', () => {
    const base = new KNeighborsClassifier({ nNeighbors: 1, weights: 'distance' });
    const c = cloneEstimator(base, { nNeighbors: 9 });
    expect(c.getParams()).toEqual({ ...base.getParams(), nNeighbors: 9 });
    expect(base.nNeighbors).toBe(1);
    expect(() => cloneEstimator(base, { k: 3 } as never)).toThrow("Invalid parameter 'k' for KNeighborsClassifier");
    expect(() => cloneEstimator(base, { nNeighbors: 0 })).toThrow('KNeighborsClassifier: nNeighbors must be an integer ≥ 1; got 0');
  });

  it('a grid of clones scores as scikit-learn\'s clone(template).set_params(...) does', () => {
    const template = new KNeighborsClassifier({ nNeighbors: 1, weights: 'distance' });
    for (const g of fx.grid) {
      const m = cloneEstimator(template, { nNeighbors: g.nNeighbors, weights: g.weights }).fit(XTr, y3Tr);
      expect(m.score(XTe, y3Te)).toBeCloseTo(g.test, 12);
    }
    const lr = new LogisticRegression();
    for (const g of fx.gridLogistic) expect(cloneEstimator(lr, { C: g.C }).fit(XTr, yTr).score(XTe, yTe)).toBeCloseTo(g.test, 12);
  });

  it('cross-validation on clones (5 contiguous folds) gives scikit-learn\'s cross_val_score', () => {
    const k = fx.crossVal.folds, n = X.length, size = n / k;
    const cv = (e: LogisticRegression | KNeighborsRegressor, y: number[]) => Array.from({ length: k }, (_, f) => {
      const test = (i: number) => i >= f * size && i < (f + 1) * size;
      const Xt = X.filter((_, i) => !test(i)), yt = y.filter((_, i) => !test(i));
      const model = cloneEstimator(e);
      model.fit(Xt, yt);
      return model.score(X.filter((_, i) => test(i)), y.filter((_, i) => test(i)));
    });
    const lr = cv(new LogisticRegression({ C: 1 }), fx.y);
    lr.forEach((s, i) => expect(s).toBeCloseTo(fx.crossVal.logistic[i], 12));
    const knr = cv(new KNeighborsRegressor({ nNeighbors: 5 }), fx.yreg);
    knr.forEach((s, i) => expect(s).toBeCloseTo(fx.crossVal.knnRegressor[i], 12));
  });
});

describe('score: accuracy for classifiers, R² for regressors', () => {
  it('equals scikit-learn\'s score on held-out rows', () => {
    const s = fx.score;
    const lr = new LogisticRegression({ C: s.logistic.C }).fit(XTr, yTr);
    expect(lr.score(XTr, yTr)).toBeCloseTo(s.logistic.train, 12);
    expect(lr.score(XTe, yTe)).toBeCloseTo(s.logistic.test, 12);
    const knc = new KNeighborsClassifier({ nNeighbors: s.knnClassifier.nNeighbors }).fit(XTr, y3Tr);
    expect(knc.score(XTe, y3Te)).toBeCloseTo(s.knnClassifier.test, 12);
    const knr = new KNeighborsRegressor({ nNeighbors: s.knnRegressor.nNeighbors, weights: s.knnRegressor.weights }).fit(XTr, yrTr);
    expect(knr.score(XTr, yrTr)).toBeCloseTo(s.knnRegressor.train, 12);
    expect(knr.score(XTe, yrTe)).toBeCloseTo(s.knnRegressor.test, 12);
  });

  it('hand-computed: 3 of 4 right is 0.75; R² = 1 − SS_res / SS_tot', () => {
    // 1-NN on 0 → 0, 10 → 1: the queries 1, 2, 9, 8 are predicted 0, 0, 1, 1; against labels 0, 1, 1, 1 that is 3/4.
    const clf = new KNeighborsClassifier({ nNeighbors: 1 }).fit([[0], [10]], [0, 1]);
    expect(clf.score([[1], [2], [9], [8]], [0, 1, 1, 1])).toBe(0.75);
    // 1-NN regression predicts 0, 0, 10, 10 for targets 0, 2, 8, 10: SS_res = 0 + 4 + 4 + 0 = 8;
    // mean 5, SS_tot = 25 + 9 + 9 + 25 = 68; R² = 1 − 8/68.
    const reg = new KNeighborsRegressor({ nNeighbors: 1 }).fit([[0], [10]], [0, 10]);
    expect(reg.score([[1], [2], [9], [8]], [0, 2, 8, 10])).toBeCloseTo(1 - 8 / 68, 14);
  });

  it('X and y of different lengths is a clear error', () => {
    const clf = new KNeighborsClassifier({ nNeighbors: 1 }).fit([[0], [10]], [0, 1]);
    expect(() => clf.score([[1], [2]], [0])).toThrow('X and y have different lengths (2 vs 1)');
  });

  it('isClassifier / isRegressor tell them apart', () => {
    expect([new LogisticRegression(), new KNeighborsClassifier(), new KNeighborsRegressor(), new KMeans()].map(isClassifier))
      .toEqual([true, true, false, false]);
    expect([new LogisticRegression(), new KNeighborsRegressor(), new PCA()].map(isRegressor)).toEqual([false, true, false]);
  });
});

describe('transformers: fitTransform', () => {
  it('equals scikit-learn\'s fit_transform', () => {
    const t = fx.transform;
    const close = (a: number[][], b: number[][]) => a.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(b[i][j], 10)));
    close(new StandardScaler().fitTransform(t.X), t.standardScaler);
    close(new PCA({ nComponents: 2 }).fitTransform(t.X).map((r) => r.map(Math.abs)), t.pca);
  });
});

describe('Steppable: one shape for step-by-step training', () => {
  /** A driver written only against the interface, as a widget's run would be. */
  function drive<S, A extends unknown[]>(model: Steppable<S, A>, data: A, maxSteps: number): S[] {
    model.start(...data);
    const out: S[] = [];
    for (let i = 0; i < maxSteps; i++) {
      const s = model.step();
      if (s === null) break;
      out.push(s);
    }
    return out;
  }

  it('drives logistic regression: one full-batch gradient step, by hand', () => {
    // X = [1], [−1], y = 1, 0, no penalty, lr 1. At θ = 0: σ = ½, ∂/∂w = mean((σ − y)x) = (−½ − ½)/2 = −½, ∂/∂b = 0.
    // So w = ½, b = 0, and the loss is log(1 + e^(−½)) for both points.
    const m = new LogisticRegression({ penalty: 'none', learningRate: 1 });
    const [r] = drive(m, [[[1], [-1]], [1, 0]], 1);
    expect(m.coef[0]).toBeCloseTo(0.5, 15);
    expect(m.intercept).toBeCloseTo(0, 15);
    expect(r.loss).toBeCloseTo(Math.log1p(Math.exp(-0.5)), 15);
    expect(r.epoch).toBe(1);
  });

  it('drives k-means to convergence and stops (step() → null): the centres are the hand-computed cluster means', () => {
    const km = new KMeans({ nClusters: 2 });
    const steps = drive(km, [[[0, 0], [0, 2], [6, 0], [6, 2], [7, 1]], [[0, 0], [1, 0]]], 100);
    expect(steps.length).toBeLessThan(100);
    expect(steps[steps.length - 1].converged).toBe(true);
    const [c0, c1] = km.clusterCenters;
    expect(c0).toEqual([0, 1]);
    expect(c1[0]).toBeCloseTo(19 / 3, 14);
    expect(c1[1]).toBeCloseTo(1, 14);
    expect(km.labels).toEqual([0, 0, 1, 1, 1]);
  });

  it('LogisticRegression.start returns the model; KMeans.start the starting centres', () => {
    const m = new LogisticRegression();
    expect(m.start([[0], [1]], [0, 1])).toBe(m);
    expect(new KMeans({ nClusters: 1 }).start([[2, 3]], [[1, 1]])).toEqual([[1, 1]]);
  });
});

describe('Rng.clone', () => {
  it('continues the same sequence without moving the original', () => {
    const a = new Rng(5);
    a.normal();
    const b = a.clone();
    const fromB = [b.random(), b.normal(), b.int(100)];
    expect([a.random(), a.normal(), a.int(100)]).toEqual(fromB);
  });
});
