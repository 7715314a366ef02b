// GridSearchCV and RandomizedSearchCV against scikit-learn (tests/fixtures/model_selection.json) and by hand.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GridSearchCV, RandomizedSearchCV, parameterGrid, parameterSampler, rankDescending } from '../../src/core/model_selection';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { LogisticRegression } from '../../src/core/models/linear';

const ref = JSON.parse(readFileSync(new URL('../fixtures/model_selection.json', import.meta.url), 'utf8'));
const { X, y } = ref.clf;
const grid = { nNeighbors: [1, 3, 5, 7, 9, 11, 15], weights: ['uniform', 'distance'] };

describe('GridSearchCV: 14 kNN candidates × 5 folds as scikit-learn', () => {
  const gs = new GridSearchCV(new KNeighborsClassifier(), grid, { cv: 5 }).fit(X, y);
  it('candidates in ParameterGrid order, mean, std, rank', () => {
    const r = gs.cvResults!;
    expect(r.params).toEqual(ref.grid.params);
    r.meanTestScore.forEach((m, i) => expect(m).toBeCloseTo(ref.grid.mean[i], 14));
    r.stdTestScore.forEach((s, i) => expect(s).toBeCloseTo(ref.grid.std[i], 14));
    expect(r.rankTestScore).toEqual(ref.grid.rank);
    expect(r.splitTestScores.every((f) => f.length === 5)).toBe(true);
  });
  it('bestParams, bestScore, bestIndex and the refitted bestEstimator', () => {
    expect(gs.bestParams).toEqual(ref.grid.best);
    expect(gs.bestIndex).toBe(ref.grid.bestIndex);
    expect(gs.bestScore).toBeCloseTo(ref.grid.bestScore, 14);
    expect(gs.bestEstimator!.getParams()).toMatchObject(ref.grid.best);
    expect(gs.score(X, y)).toBe(ref.grid.refitTrainScore);
  });
  it('refit: false keeps no model and says so', () => {
    const g = new GridSearchCV(new KNeighborsClassifier(), { nNeighbors: [1, 3] }, { cv: 3, refit: false }).fit(X, y);
    expect(g.bestEstimator).toBeNull();
    expect(() => g.predict(X)).toThrow(/no refitted model/);
  });
});

describe('parameter grids and samplers', () => {
  it('ParameterGrid: sorted names, last varies fastest; a list of grids', () => {
    expect(parameterGrid({ b: [1, 2], a: ['x', 'y'] })).toEqual([{ a: 'x', b: 1 }, { a: 'x', b: 2 }, { a: 'y', b: 1 }, { a: 'y', b: 2 }]);
    expect(parameterGrid([{ a: [1] }, { b: [2, 3] }])).toEqual([{ a: 1 }, { b: 2 }, { b: 3 }]);
  });
  it('rank: 1 = best, ties share the smallest rank', () => {
    expect(rankDescending([0.5, 0.9, 0.5, 0.7])).toEqual([3, 1, 3, 2]);
  });
  it('lists only: distinct grid points without replacement, at most the grid', () => {
    const s = parameterSampler({ a: [1, 2, 3], b: [0, 1] }, 4, 7);
    expect(new Set(s.map((c) => JSON.stringify(c))).size).toBe(4);
    expect(parameterSampler({ a: [1, 2, 3], b: [0, 1] }, 50, 7)).toHaveLength(6);
  });
  it('distributions: uniform, log-uniform and integer stay in range; seeded', () => {
    const d = { C: { type: 'loguniform', low: 1e-3, high: 1e3 }, l: { type: 'uniform', low: -1, high: 1 }, k: { type: 'int', low: 1, high: 4 } } as const;
    const s = parameterSampler(d, 400, 1);
    expect(s.every((c) => (c.C as number) >= 1e-3 && (c.C as number) < 1e3)).toBe(true);
    expect(s.every((c) => (c.l as number) >= -1 && (c.l as number) < 1)).toBe(true);
    expect([...new Set(s.map((c) => c.k))].sort()).toEqual([1, 2, 3]);
    // log-uniform: about half the draws below the geometric middle (1)
    const below = s.filter((c) => (c.C as number) < 1).length / s.length;
    expect(below).toBeGreaterThan(0.4);
    expect(below).toBeLessThan(0.6);
    expect(parameterSampler(d, 5, 1)).toEqual(s.slice(0, 5));
  });
});

describe('RandomizedSearchCV', () => {
  it('nIter candidates, each scored on the same folds; the best is the highest mean', () => {
    const rs = new RandomizedSearchCV(new LogisticRegression(), { C: { type: 'loguniform', low: 1e-4, high: 1e2 } }, { nIter: 6, seed: 3, cv: 5 }).fit(X, y);
    const r = rs.cvResults!;
    expect(r.params).toHaveLength(6);
    expect(rs.bestScore).toBe(Math.max(...r.meanTestScore));
    expect((rs.bestEstimator!.getParams() as { C: number }).C).toBe(rs.bestParams!.C);
  });
});

describe('bad input', () => {
  it('one candidate', () => {
    expect(() => new GridSearchCV(new KNeighborsClassifier(), { nNeighbors: [3] }).fit(X, y)).toThrow(/search space has 1 candidate; give at least two/);
    expect(() => new RandomizedSearchCV(new KNeighborsClassifier(), { nNeighbors: [3, 5] }, { nIter: 1 }).fit(X, y)).toThrow(/1 candidate/);
  });
  it('an unknown parameter name, an empty list', () => {
    expect(() => new GridSearchCV(new KNeighborsClassifier(), { k: [1, 2] }).fit(X, y)).toThrow(/Invalid parameter 'k'/);
    expect(() => parameterGrid({ k: [] })).toThrow(/non-empty list/);
  });
  it('a candidate that scores NaN is named', () => {
    const nanFor7 = (e: { getParams(): object }) => ((e.getParams() as { nNeighbors: number }).nNeighbors === 7 ? NaN : 1);
    expect(() => new GridSearchCV(new KNeighborsClassifier(), { nNeighbors: [3, 7] }, { scoring: nanFor7 as never }).fit(X, y))
      .toThrow(/candidate \{nNeighbors=7\}, fold 1: the test score is NaN/);
  });
  it('more folds than a class has members', () => {
    const yy = y.map((v: number, i: number) => (i < 3 ? 2 : v));
    expect(() => new GridSearchCV(new KNeighborsClassifier(), grid, { cv: 5 }).fit(X, yy)).toThrow(/class 2 has only 3 members, fewer than nSplits=5/);
  });
});
