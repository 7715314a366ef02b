// #/forest's regression mode against scikit-learn (tests/fixtures/make_forest_regression.py): on the widget's own
// points for a few links, the forest's test R² after 1, 5, 20 and 50 trees, each tree's own R², the out-of-bag R²
// after 20 and 50 trees and the impurity importances, over 20 forest seeds here and 30 in scikit-learn. Forests
// are not reproducible across implementations, so the means of the two samples must agree (3 standard errors of
// the difference, plus 0.005 of R² or 0.02 of importance, as forest-sklearn.test.ts). Then what the page shows:
// the curve is the mean of the trees so far, the map stays in [0, 1], bad settings give a sentence.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { r2Score } from '../../src/core/metrics';
import { defaults } from '../../src/params';
import { ForestRegressionSession } from '../../src/widgets/forest/regression';
import { schema, type Params } from '../../src/widgets/forest/params';
import { forestOptions } from '../../src/widgets/forest/options';
import { expectSameMean, mean } from './seed-stats';

const fx = JSON.parse(readFileSync(new URL('../fixtures/forest_regression.json', import.meta.url), 'utf8'));
const SEEDS = 20;
const base = defaults(schema) as Params;

interface SkRun { test: Record<string, number>; single: number; oob: Record<string, number>; featureImportances: number[] }

describe('#/forest regression follows scikit-learn over seeds', () => {
  for (const [name, c] of Object.entries<{ over: Partial<Params>; options: unknown; train: number[][]; test: number[][]; runs: SkRun[] }>(fx.cases)) {
    it(name, () => {
      const p = { ...base, ...c.over, nEstimators: fx.trees } as Params;
      // the fixture grew its forests on these very points, with these options
      const first = new ForestRegressionSession(p);
      expect(first.train.X.map((x, i) => [...x, first.train.y[i]])).toEqual(c.train);
      expect(first.test.X.map((x, i) => [...x, first.test.y[i]])).toEqual(c.test);
      expect({ ...forestOptions(p), nEstimators: 100 }).toEqual(c.options);
      const ours = Array.from({ length: SEEDS }, (_, seed) => {
        const s = new ForestRegressionSession(p, seed);
        while (s.step());
        return { s, v: s.view() };
      });
      for (const t of fx.stages as number[]) {
        expectSameMean(ours.map(({ v }) => v.curve.test[t - 1]), c.runs.map((r) => r.test[String(t)]), 0.005, `test R² after ${t} trees`);
      }
      expectSameMean(ours.map(({ v }) => mean(v.curve.single)), c.runs.map((r) => r.single), 0.005, 'a single tree\'s test R²');
      for (const t of fx.oobStages as number[]) {
        expectSameMean(ours.map(({ v }) => v.curve.oob[t - 1]), c.runs.map((r) => r.oob[String(t)]), 0.005, `OOB R² after ${t} trees`);
      }
      for (const f of [0, 1]) {
        expectSameMean(ours.map(({ v }) => v.impurity[f]), c.runs.map((r) => r.featureImportances[f]), 0.02, `importance of x${f + 1}`);
      }
      // the widget's curve is the forest's own score: the running mean of the trees equals predict()
      const { s, v } = ours[0];
      expect(v.testR2).toBeCloseTo(s.model!.score(s.test.X, s.test.y), 12);
      expect(v.yPred).toEqual(s.model!.predict(s.test.X).map((y) => expect.closeTo(y, 12)));
      expect(v.testR2).toBeCloseTo(r2Score(v.yTrue, v.yPred), 12);
    });
  }
});

describe('#/forest regression session', () => {
  const p = { ...base, dataset: 'gauss2d', nEstimators: 10 } as Params;

  it('offers only regression points coloured low/high, a map in [0, 1], and no clicks', () => {
    const s = new ForestRegressionSession({ ...p, added: [[0.1, 0.2, 0]] });
    expect(s.data.classNames).toEqual(['low y', 'high y']);
    expect(new Set(s.data.points.map((q) => q.c))).toEqual(new Set([0, 1]));
    expect(s.train.X.length).toBe(140);
    while (s.step());
    const g = s.view().grid!;
    const values = Array.from("values" in g ? g.values : []);
    expect(values.length).toBe(64 * 64);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThanOrEqual(1);
    expect(s.done).toBe(true);
    expect(s.step()).toBe(false);
  });

  it('says why when there is nothing to grow, and shows no number', () => {
    const none = new ForestRegressionSession({ ...p, nEstimators: 0 });
    expect(none.notice).toMatch(/0 trees/);
    expect(none.step()).toBe(false);
    const v = none.view();
    expect([v.testR2, v.oobR2, v.trainR2].every(Number.isNaN)).toBe(true);
    expect(v.grid).toBeNull();
  });

  it('grows the same forest for the same link (a shared link regrows it)', () => {
    const a = new ForestRegressionSession(p), b = new ForestRegressionSession(p);
    for (let k = 0; k < 5; k++) { a.step(); b.step(); }
    expect(a.view().curve).toEqual(b.view().curve);
  });
});
