// Random forests against scikit-learn 1.2 (tests/fixtures/make_trees.py). Forests cannot match scikit-learn draw
// for draw (different random generators), so we compare distributions over 30 seeds each: the mean test score,
// OOB score, impurity importances and tree size must agree within 3 standard errors of the difference of the two
// means, plus a floor:
// - scores: one test sample (1/n_test) for classifiers, 0.005 of R² for regressors;
// - importances: 0.02. The generator itself moves them: single iris trees with maxFeatures = 2 over 4,000 seeds
//   give petal width a mean importance of 0.464 in scikit-learn and 0.481 with our sfc32 draws, and 0.470 with
//   our builder fed xorshift draws like scikit-learn's (fed scikit-learn's exact numbers it makes its exact trees:
//   tree-sklearn-random.test.ts). So the algorithm is the same; the generators differ by ~0.015 here.
// Then determinism per seed and invariants.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DecisionTreeClassifier, RandomForestClassifier, RandomForestRegressor, permutationImportance,
  type RandomForestClassifierOptions, type RandomForestRegressorOptions,
} from '../../src/core';
import { expectSameMean, mean } from './seed-stats';

const fx = JSON.parse(readFileSync(new URL('../fixtures/trees.json', import.meta.url), 'utf8'));
// ours: 20 seeds (the standard error accounts for the two sample sizes); scikit-learn: 30 in the fixture
const SEEDS = 20;

interface Run { testScore: number; trainScore: number; featureImportances: number[]; meanNodeCount: number; oobScore?: number; meanPureSplits?: number }

function fitForest(c: { estimator: string; params: Record<string, unknown> }, seed: number, X: number[][], y: number[]) {
  const o = { ...c.params, seed };
  return c.estimator === 'classifier' ? new RandomForestClassifier(o as RandomForestClassifierOptions).fit(X, y) : new RandomForestRegressor(o as RandomForestRegressorOptions).fit(X, y);
}

describe('random forests follow scikit-learn over seeds', () => {
  for (const c of fx.forests) {
    it(c.name, () => {
      const { Xtrain, ytrain, Xtest, ytest } = fx.forestData[c.data];
      const runs: Run[] = [];
      for (let seed = 0; seed < SEEDS; seed++) {
        const f = fitForest(c, seed, Xtrain, ytrain);
        runs.push({
          testScore: f.score(Xtest, ytest), trainScore: f.score(Xtrain, ytrain), featureImportances: f.featureImportances,
          meanNodeCount: mean(f.estimators.map((t) => t.tree.nodeCount)), oobScore: f.oobScore ?? undefined,
        });
      }
      const sk: Run[] = c.runs;
      const floor = c.estimator === 'classifier' ? 1 / Xtest.length : 0.005;
      expectSameMean(runs.map((r) => r.testScore), sk.map((r) => r.testScore), floor, 'test score');
      expectSameMean(runs.map((r) => r.trainScore), sk.map((r) => r.trainScore), floor, 'train score');
      if (c.params.oobScore) expectSameMean(runs.map((r) => r.oobScore as number), sk.map((r) => r.oobScore as number), floor, 'OOB score');
      // tree size checks the growth rules (minSamplesLeaf counts distinct rows, maxSamples, maxFeatures…). With
      // fractional weights ('balancedSubsample') scikit-learn also splits some pure nodes (a rounding residue above
      // ε, see tree-sklearn.test.ts), two nodes each, which we never do: those are taken out of its count.
      const skNodes = sk.map((r) => r.meanNodeCount - 2 * (r.meanPureSplits ?? 0));
      expect(sk.some((r) => (r.meanPureSplits ?? 0) > 0)).toBe(c.params.classWeight === 'balancedSubsample');
      expectSameMean(runs.map((r) => r.meanNodeCount), skNodes, 0.5, 'nodes per tree');
      for (let f = 0; f < Xtrain[0].length; f++) {
        expectSameMean(runs.map((r) => r.featureImportances[f]), sk.map((r) => r.featureImportances[f]), 0.02, `importance of feature ${f}`);
      }
    });
  }
});

describe('random forest behaviour', () => {
  const { Xtrain, ytrain, Xtest } = fx.forestData.moons;

  it('is deterministic per seed and differs between seeds', () => {
    const a = new RandomForestClassifier({ nEstimators: 10, seed: 3 }).fit(Xtrain, ytrain).predictProba(Xtest);
    const b = new RandomForestClassifier({ nEstimators: 10, seed: 3 }).fit(Xtrain, ytrain).predictProba(Xtest);
    const c = new RandomForestClassifier({ nEstimators: 10, seed: 4 }).fit(Xtrain, ytrain).predictProba(Xtest);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('predictProba is the mean of the trees\' probabilities (soft vote); OOB uses only trees that did not see the row', () => {
    const f = new RandomForestClassifier({ nEstimators: 15, oobScore: true, seed: 1 }).fit(Xtrain, ytrain);
    const P = f.predictProba(Xtest);
    const perTree = f.estimators.map((t) => t.predictProba(Xtest));
    P.forEach((row, i) => row.forEach((p, k) => expect(p).toBeCloseTo(mean(perTree.map((q) => q[i][k])), 14)));
    const train = f.estimators.map((t) => t.predictProba(Xtrain));
    const D = f.oobDecisionFunction as number[][];
    for (const i of [0, 5, 17, 100, 349]) {
      const outside = f.estimatorsSamples.map((s, t) => (s.includes(i) ? -1 : t)).filter((t) => t >= 0);
      const expected = outside.length ? [0, 1].map((k) => mean(outside.map((t) => train[t][i][k]))) : [0, 0];
      D[i].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 14));
    }
    const acc = mean(D.map((p, i) => (p.indexOf(Math.max(...p)) === ytrain[i] ? 1 : 0)));
    expect(f.oobScore).toBeCloseTo(acc, 14);
  });

  it('without bootstrap and feature sampling every tree is the single decision tree (one feature: no ties to break)', () => {
    const X1 = Xtrain.map((r: number[]) => [r[0]]), Xt1 = Xtest.map((r: number[]) => [r[0]]);
    const f = new RandomForestClassifier({ nEstimators: 3, bootstrap: false, maxFeatures: null, maxDepth: 4 }).fit(X1, ytrain);
    const single = new DecisionTreeClassifier({ maxDepth: 4 }).fit(X1, ytrain);
    for (const t of f.estimators) expect(t.tree.threshold).toEqual(single.tree.threshold);
    const P = single.predictProba(Xt1);
    f.predictProba(Xt1).forEach((row, i) => row.forEach((p, k) => expect(p).toBeCloseTo(P[i][k], 14)));
  });

  it('grows one tree per step, with its bootstrap draw, and the OOB score follows', () => {
    const f = new RandomForestClassifier({ nEstimators: 4, oobScore: true, maxSamples: 100 }).start(Xtrain, ytrain);
    const s = f.step();
    expect(s?.index).toBe(0);
    expect(s?.samples.length).toBe(100);
    expect(s?.estimator.tree.nNodeSamples[0]).toBe(new Set(s?.samples).size);
    expect(f.oobScore).toBeGreaterThan(0.5);
    while (f.step());
    expect(f.estimators.length).toBe(4);
    expect(f.step()).toBeNull();
  });

  it('stagedPredict gives the forest of the first t trees for every t', () => {
    const f = new RandomForestClassifier({ nEstimators: 6, seed: 2 }).fit(Xtrain, ytrain);
    const staged = f.stagedPredict(Xtest);
    expect(staged.length).toBe(6);
    expect(staged[0]).toEqual(f.estimators[0].predict(Xtest));
    expect(staged[5]).toEqual(f.predict(Xtest));
    // the first 3 trees by hand: mean probability, then the first class with the largest
    const P3 = Xtest.map((_: unknown, i: number) => [0, 1].map((k) => mean(f.estimators.slice(0, 3).map((t) => t.predictProba([Xtest[i]])[0][k]))));
    expect(staged[2]).toEqual(P3.map((p: number[]) => (p[1] > p[0] ? 1 : 0)));
    const { Xtrain: Xr, ytrain: yr, Xtest: Xq } = fx.forestData.friedman;
    const r = new RandomForestRegressor({ nEstimators: 4 }).fit(Xr, yr);
    const sr = r.stagedPredict(Xq);
    sr[1].forEach((v, i) => expect(v).toBeCloseTo((r.estimators[0].predict([Xq[i]])[0] + r.estimators[1].predict([Xq[i]])[0]) / 2, 12));
    expect(sr[3]).toEqual(r.predict(Xq));
  });

  it('bad input: a forest of 0 trees, OOB without bootstrap, too many samples', () => {
    expect(() => new RandomForestClassifier({ nEstimators: 0 })).toThrow(/nEstimators must be an integer ≥ 1/);
    expect(() => new RandomForestRegressor({ bootstrap: false, oobScore: true })).toThrow(/out-of-bag score needs bootstrap/);
    expect(() => new RandomForestClassifier({ bootstrap: false, maxSamples: 0.5 })).toThrow(/maxSamples cannot be set without bootstrap/);
    expect(() => new RandomForestClassifier({ maxSamples: 1000 }).fit(Xtrain, ytrain)).toThrow(/maxSamples must be at most the number of samples \(350\)/);
    expect(() => new RandomForestClassifier({ criterion: 'mse' as never })).toThrow(/criterion/);
    expect(() => new RandomForestClassifier().predict(Xtest)).toThrow(/not fitted yet/);
  });
});

describe('permutationImportance', () => {
  it("equals scikit-learn's on the same (unique) tree, up to the shuffles' randomness", () => {
    const ref = fx.permutationImportance;
    const { X, y } = fx.data[ref.data];
    const tree = new DecisionTreeClassifier(ref.params).fit(X, y);
    const r = permutationImportance(tree, X, y, { nRepeats: ref.nRepeats, seed: 0 });
    r.importancesMean.forEach((m, f) => {
      // both are means of 200 shuffles: their difference has sd ≈ √2·std/√200
      const se = Math.SQRT2 * ref.importancesStd[f] / Math.sqrt(ref.nRepeats);
      expect(Math.abs(m - ref.importancesMean[f]), `feature ${f}`).toBeLessThanOrEqual(4 * se);
      expect(Math.abs(r.importancesStd[f] - ref.importancesStd[f])).toBeLessThanOrEqual(0.25 * ref.importancesStd[f]);
    });
    expect(r.importances.map((v) => v.length)).toEqual([ref.nRepeats, ref.nRepeats]);
  });

  it('a feature the model ignores has importance exactly 0', () => {
    const X = [[0, 5], [1, 3], [2, 9], [3, 1], [4, 4], [5, 7]], y = [0, 0, 0, 1, 1, 1];
    const tree = new DecisionTreeClassifier({ maxDepth: 1 }).fit(X, y);
    const r = permutationImportance(tree, X, y, { nRepeats: 10, seed: 2 });
    expect(r.importancesMean[1]).toBe(0);
    expect(r.importancesMean[0]).toBeGreaterThan(0.2);
  });
});
