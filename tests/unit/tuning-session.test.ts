// The #/tuning widget's numbers against core's searches and curves (whose own numbers are checked against
// scikit-learn in model-selection*.test.ts), and the live search against the scikit-learn fixture directly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaults } from '../../src/params';
import { GridSearchCV, RandomizedSearchCV, learningCurve, meanStd, validationCurve, type CvSplit } from '../../src/core/model_selection';
import { cloneEstimator } from '../../src/core/base';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { schema, type Params } from '../../src/widgets/tuning/params';
import { TuningSession } from '../../src/widgets/tuning/session';
import { LiveSearch } from '../../src/widgets/tuning/live-search';
import { axisValues, distributionsFor, gridFor, searchSpace } from '../../src/widgets/tuning/space';
import { learningSizes } from '../../src/widgets/tuning/curves';
import { diagnose } from '../../src/widgets/tuning/diagnosis';
import { makeEstimator } from '../../src/widgets/tuning/estimators';
import { StratifiedKFold } from '../../src/core/model_selection';

const P = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });
const runAll = (s: TuningSession) => { while (s.step()); return s.frame(); };
const ref = JSON.parse(readFileSync(new URL('../fixtures/model_selection.json', import.meta.url), 'utf8'));

describe('LiveSearch, one fold per step', () => {
  it('ends at scikit-learn’s GridSearchCV numbers: 14 kNN candidates × 5 folds (fixture)', () => {
    const { X, y } = ref.clf;
    const grid = { nNeighbors: [1, 3, 5, 7, 9, 11, 15], weights: ['uniform', 'distance'] };
    const gs = new GridSearchCV(new KNeighborsClassifier(), grid, { cv: 5, refit: false });
    const splits: CvSplit[] = new StratifiedKFold({ nSplits: 5 }).split(X, y);
    const s = new LiveSearch('Grid search', new KNeighborsClassifier(), ref.grid.params, X, y, splits);
    expect(s.totalFits).toBe(70);
    while (!s.done) s.step();
    expect(s.results.map((r) => r.params)).toEqual(ref.grid.params);
    s.results.forEach((r, i) => {
      expect(r.mean).toBeCloseTo(ref.grid.mean[i], 14);
      expect(r.std).toBeCloseTo(ref.grid.std[i], 14);
    });
    expect(s.ranks()).toEqual(ref.grid.rank);
    expect(s.bestIndex).toBe(ref.grid.bestIndex);
    // and core's own search, run at once, agrees
    gs.fit(X, y);
    expect(s.results.map((r) => r.mean)).toEqual(gs.cvResults!.meanTestScore);
  });
  it('a failing candidate keeps NaN and says which fold and why; the others are still ranked', () => {
    const { X, y } = ref.clf;
    const splits = new StratifiedKFold({ nSplits: 5 }).split(X, y);
    const s = new LiveSearch('Grid search', new KNeighborsClassifier(), [{ nNeighbors: 3 }, { nNeighbors: 500 }, { nNeighbors: 7 }], X, y, splits);
    while (!s.done) s.step();
    expect(s.results[1].mean).toBeNaN();
    expect(s.results[1].failure).toMatch(/^candidate \{nNeighbors=500\}, fold 1: .*n_neighbors = 500, n_samples_fit = 160/);
    expect(s.failures).toHaveLength(1);
    expect(s.bestIndex).toBe(Number(s.results[2].mean > s.results[0].mean) * 2);
    expect(s.bestSoFar()[1]).toBe(s.results[0].mean);
  });
  it('one candidate is not a search', () => {
    expect(() => new LiveSearch('Grid search', new KNeighborsClassifier(), [{ nNeighbors: 3 }], [[0]], [0], [])).toThrow(/search space has 1 candidate; give at least two/);
  });
});

describe('TuningSession', () => {
  for (const model of ['knn', 'svm', 'tree'] as const) {
    it(`${model}: the grid, random search, refit and test score equal core’s GridSearchCV / RandomizedSearchCV`, () => {
      const p = P({ model, budget: 9 });
      const s = new TuningSession(p);
      const f = runAll(s);
      const space = searchSpace(model, p.kMax);
      const gs = new GridSearchCV(makeEstimator(model), gridFor(space, p.budget).grid, { cv: p.folds }).fit(s.XTrain, s.yTrain);
      const n = gs.cvResults!.params.length;
      const rs = new RandomizedSearchCV(makeEstimator(model), distributionsFor(space), { cv: p.folds, nIter: n, seed: p.seed * 31 + 17 }).fit(s.XTrain, s.yTrain);
      expect(s.grid.results.map((r) => r.mean)).toEqual(gs.cvResults!.meanTestScore);
      expect(s.random.results.map((r) => r.params)).toEqual(rs.cvResults!.params);
      expect(s.random.results.map((r) => r.mean)).toEqual(rs.cvResults!.meanTestScore);
      expect(f.gridBest.at(-1)).toBe(gs.bestScore);
      expect(f.randomBest.at(-1)).toBe(rs.bestScore);
      expect(f.chosen.grid!.params).toEqual(gs.bestParams);
      expect(f.chosen.grid!.test).toBe(gs.score(s.XTest, s.yTest));
      expect(f.chosen.random!.test).toBe(rs.score(s.XTest, s.yTest));
      // the heat map's cells are the grid's means, the largest y value on the top row
      const nx = s.xValues.length, ny = s.yValues.length;
      const top = gs.cvResults!.params.findIndex((c) => c[space.x.name] === s.xValues[0] && c[space.y.name] === s.yValues[ny - 1]);
      expect(f.cells[0]).toBe(gs.cvResults!.meanTestScore[top]);
      expect(f.cells).toHaveLength(nx * ny);
    });
  }
  it('the curves are core’s validationCurve and learningCurve of the chosen model on the same folds', () => {
    const p = P({ model: 'tree', budget: 9 });
    const s = new TuningSession(p);
    const f = runAll(s);
    const w = s.winner()!;
    const est = cloneEstimator(makeEstimator(p.model), { [s.space.y.name]: w.params[s.space.y.name] } as never);
    const vc = validationCurve(est as never, s.XTrain, s.yTrain, { paramName: s.space.x.name, paramRange: s.xValues, cv: p.folds });
    expect(f.validation.map((r) => r.test)).toEqual(vc.testScores.map((r) => meanStd(r).mean));
    expect(f.validation.map((r) => r.train)).toEqual(vc.trainScores.map((r) => meanStd(r).mean));
    const lc = learningCurve(cloneEstimator(makeEstimator(p.model), w.params as never) as never, s.XTrain, s.yTrain, { cv: p.folds });
    expect(f.learning.map((r) => r.x)).toEqual(lc.trainSizesAbs);
    expect(f.learning.map((r) => r.test)).toEqual(lc.testScores.map((r) => meanStd(r).mean));
    expect(f.learning.map((r) => r.train)).toEqual(lc.trainScores.map((r) => meanStd(r).mean));
    expect(f.diagnosis!.text).toContain(`${(100 * f.learning.at(-1)!.train).toFixed(1)} %`);
  });
  it('steps: the two searches alternate, so they have spent the same budget; the run ends after the curves', () => {
    const s = new TuningSession(P({ budget: 8 }));
    for (let i = 0; i < 2 * 5 * 3; i++) s.step();
    expect(s.grid.evaluated).toBe(3);
    expect(s.random.evaluated).toBe(3);
    expect(s.frame().gridBest).toHaveLength(3);
    runAll(s);
    expect(s.done).toBe(true);
    expect(s.step()).toBe(false);
    expect(s.steps).toBe(s.totalSteps);
  });
  it('the preset "only gamma matters": random search beats the 2 × 2 grid', () => {
    const f = runAll(new TuningSession(P({ model: 'svm', dataset: 'moons', budget: 4 })));
    expect(f.randomBest.at(-1)!).toBeGreaterThan(f.gridBest.at(-1)! + 0.03);
  });
  it('k larger than a fold’s training set: those candidates fail with the reason, the rest are compared', () => {
    const s = new TuningSession(P({ kMax: 300 }));
    expect(s.notice).toMatch(/Each fold trains on 112–112 points/);
    const f = runAll(s);
    expect(f.failures.length).toBeGreaterThan(0);
    expect(f.failures[0]).toMatch(/candidate \{nNeighbors=\d+, weights=\w+\}, fold 1: .*n_samples_fit = 112/);
    expect([...f.cells].filter((v) => v === -Infinity).length).toBe(s.grid.failures.length);
    expect(Number.isFinite(f.chosen.grid!.cv)).toBe(true);
  });
  it('a budget of one candidate, and too few members of a class for the folds: clear messages', () => {
    expect(() => new TuningSession(P({ budget: 1, model: 'svm' }))).toThrow(/search space has 1 candidate/);
    expect(() => new TuningSession(P({ dataset: 'blobs4', n: 40, testShare: 0.5, folds: 10 }))).toThrow(/StratifiedKFold: nSplits=10 is larger than the number of members of every class/);
  });
});

describe('axes and diagnosis', () => {
  it('log axes are geometric, integer axes rounded and deduplicated', () => {
    expect(axisValues({ name: 'C', label: 'C', kind: 'log', low: 0.01, high: 100 }, 5)).toEqual([0.01, 0.1, 1, 10, 100]);
    expect(axisValues({ name: 'k', label: 'k', kind: 'int', low: 1, high: 3, log: true }, 5)).toEqual([1, 2, 3]);
    expect(gridFor(searchSpace('knn', 40), 16).xValues).toHaveLength(8);
    expect(gridFor(searchSpace('svm', 40), 16).grid).toEqual({ C: [0.01, 0.464, 21.5, 1000], gamma: [0.01, 0.215, 4.64, 100] });
    expect(learningSizes([{ train: Array.from({ length: 100 }, (_, i) => i), test: [] }])).toEqual([10, 32, 55, 77, 100]);
  });
  it('diagnosis: a wide gap is variance, low and close is bias', () => {
    expect(diagnose(1, 0.8).kind).toBe('variance');
    expect(diagnose(0.7, 0.68).kind).toBe('bias');
    expect(diagnose(0.97, 0.95).kind).toBe('good');
    expect(diagnose(NaN, 0.9).kind).toBe('unknown');
  });
});
