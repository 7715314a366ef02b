// #/features: the numbers the views draw are core's (fClassif, mutualInfoClassif, SelectKBest, SelectFromModel,
// permutationImportance, kNN) on the session's own split; bad input gives a clear message.
import { describe, expect, it } from 'vitest';
import { fClassif, KNeighborsClassifier, mutualInfoClassif, permutationImportance, RandomForestClassifier, SelectFromModel, SelectKBest, mutualInfoScore } from '../../src/core';
import { parseParams } from '../../src/params';
import { schema, type Params } from '../../src/widgets/features/params';
import { FeaturesSession } from '../../src/widgets/features/session';
import { FOREST_TREES, KNN_K, NOISE_LEVELS } from '../../src/widgets/features/methods';

const defaults = (over: Partial<Params> = {}): Params => ({ ...(parseParams(schema, {}).values as Params), ...over });
const finish = (s: FeaturesSession) => { while (s.step()); return s.frame(); };

describe('FeaturesSession', () => {
  const s = new FeaturesSession(defaults());
  const f = finish(s);
  const p = s.problem;
  it('has the roles asked for, in order, and a stratified 70/30 split', () => {
    expect(p.roles).toEqual(['informative', 'informative', 'informative', 'redundant', 'redundant', 'noise', 'noise', 'noise', 'noise', 'noise']);
    expect(p.XTrain.length).toBe(210);
    expect(p.XTest.length).toBe(90);
    expect(f.done).toBe(f.total);
  });
  it('the F and MI bars are fClassif and mutualInfoClassif on the training rows', () => {
    const ref = fClassif(p.XTrain, p.yTrain);
    expect(f.f).toEqual(ref.scores);
    expect(f.pvalues).toEqual(ref.pvalues);
    expect(f.mi).toEqual(mutualInfoClassif(p.XTrain, p.yTrain));
  });
  it('the top k of a filter ranking is what SelectKBest keeps', () => {
    for (const k of [1, 3, 6]) {
      expect([...f.orders.f!.slice(0, k)].sort((a, b) => a - b)).toEqual(new SelectKBest({ k }).fit(p.XTrain, p.yTrain).getSupport(true));
      expect([...f.orders.mi!.slice(0, k)].sort((a, b) => a - b)).toEqual(new SelectKBest({ scoreFunc: mutualInfoScore, k }).fit(p.XTrain, p.yTrain).getSupport(true));
    }
  });
  it('the forest bars are SelectFromModel’s importances for the same forest; permutation bars are permutationImportance', () => {
    const forest = new RandomForestClassifier({ nEstimators: FOREST_TREES, seed: 1 });
    const sfm = new SelectFromModel({ estimator: forest, threshold: -Infinity, maxFeatures: 3 }).fit(p.XTrain, p.yTrain);
    expect(f.tree).toEqual(sfm.importances);
    expect([...f.orders.tree!.slice(0, 3)].sort((a, b) => a - b)).toEqual(sfm.getSupport(true));
    const fitted = forest.fit(p.XTrain, p.yTrain);
    expect(f.perm!.mean).toEqual(permutationImportance(fitted, p.XTest, p.yTest, { nRepeats: 5, seed: 1 }).importancesMean);
    expect(f.forestAccuracy).toBe(fitted.score(p.XTest, p.yTest));
  });
  it('the kept-features curve is kNN on SelectKBest’s columns; the informative features beat the noise ones', () => {
    const sel = new SelectKBest({ k: 3 }).fit(p.XTrain, p.yTrain);
    const knn = new KNeighborsClassifier({ nNeighbors: KNN_K }).fit(sel.transform(p.XTrain), p.yTrain);
    expect(f.curves.f![2]).toBe(knn.score(sel.transform(p.XTest), p.yTest));
    const informative = [0, 1, 2];
    expect(Math.min(...informative.map((j) => f.f![j]))).toBeGreaterThan(Math.max(...[5, 6, 7, 8, 9].map((j) => f.f![j])));
  });
  it('the curse of dimensionality: accuracy with 100 noise features is well below that with none', () => {
    expect(f.noise.length).toBe(NOISE_LEVELS.length);
    expect(f.noise[0] - f.noise[f.noise.length - 1]).toBeGreaterThan(0.1);
  });
});

describe('bad input', () => {
  it('a class with one sample: a clear message', () => {
    expect(() => new FeaturesSession(defaults({ n: 100, share: 0.005 }))).toThrow(/class 1 has a single sample/);
  });
  it('a constant column: F is undefined (NaN) for it, ranked last, and nothing else breaks', () => {
    const s = new FeaturesSession(defaults({ constant: true }));
    const f = finish(s);
    const j = s.problem.names.indexOf('const');
    expect(f.f![j]).toBeNaN();
    expect(f.orders.f![f.orders.f!.length - 1]).toBe(j);
    expect(f.curves.f!.every(Number.isFinite)).toBe(true);
  });
  it('iris: four measured features, three classes, every panel computed', () => {
    const s = new FeaturesSession(defaults({ dataset: 'iris' }));
    const f = finish(s);
    expect(s.problem.names.length).toBe(4);
    expect(s.problem.nClasses).toBe(3);
    expect(f.l1!.coef.length).toBeGreaterThan(0);
    expect(f.curves.perm!.length).toBe(4);
  });
});

describe('spread over steps', () => {
  it('counts its steps exactly (the progress reaches 100 %) and the permutation steps give core’s single-call result', () => {
    const s = new FeaturesSession(defaults({ nNoise: 2 }));
    let steps = 0;
    while (s.step()) steps++;
    const f = s.frame();
    expect(f.done).toBe(f.total);
    expect(steps + 1).toBeGreaterThanOrEqual(f.total);
  });
});

describe('selection leakage', () => {
  it('selected before CV scores far above chance on pure noise; inside the folds it is each fold’s own selection', async () => {
    const { leakage, LEAK, KNN_K: K } = await import('../../src/widgets/features/methods');
    const { SelectKBest: SKB, StratifiedKFold, KNeighborsClassifier: KNN, toRng } = await import('../../src/core');
    const r = leakage(1);
    // an independent loop over the same folds: select on the fold's training rows, fit, score its test rows
    const rng = toRng(1 * 31 + 5);
    const X = Array.from({ length: LEAK.n }, () => Array.from({ length: LEAK.features }, () => rng.normal()));
    const y = X.map((_, i) => i % 2);
    const scores = new StratifiedKFold({ nSplits: LEAK.folds, shuffle: true, seed: 1 }).split(X, y).map(({ train, test }) => {
      const sel = new SKB({ k: LEAK.k }).fit(train.map((i) => X[i]), train.map((i) => y[i]));
      const m = new KNN({ nNeighbors: K }).fit(sel.transform(train.map((i) => X[i])), train.map((i) => y[i]));
      return m.score(sel.transform(test.map((i) => X[i])), test.map((i) => y[i]));
    });
    expect(r.inside).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 12);
    expect(r.before).toBeGreaterThan(0.75);
    expect(r.inside).toBeLessThan(0.65);
  });
});
