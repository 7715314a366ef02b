import { describe, expect, it } from 'vitest';
import { RandomForestClassifier } from '../../src/core/models/ensemble';
import type { ClassGrid, ProbaGrid } from '../../src/charts/types';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/forest/params';
import { ForestSession, forestOptions, GRID } from '../../src/widgets/forest/session';

const base = defaults(schema) as Params;
const params = (over: Partial<Params>) => ({ ...base, ...over }) as Params;
const grow = (s: ForestSession, k = Infinity) => {
  let n = 0;
  while (n < k && s.step()) n++;
  return n;
};
const acc = (pred: number[], y: number[]) => pred.filter((p, i) => p === y[i]).length / y.length;

describe('forest widget session', () => {
  it('grows one tree per step into the forest core’s fit gives for the seed', () => {
    const p = params({ nEstimators: 30, seed: 4 });
    const s = new ForestSession(p);
    expect(grow(s)).toBe(30);
    expect(s.step()).toBe(false);
    const ref = new RandomForestClassifier(forestOptions(p)).fit(s.train.X, s.train.y);
    const v = s.view();
    expect(v.testAccuracy).toBe(ref.score(s.test.X, s.test.y));
    expect(v.oobScore).toBe(ref.oobScore);
    expect(v.impurity).toEqual(ref.featureImportances);
    expect(v.test.yPred).toEqual(ref.predict(s.test.X));
    // P(class 1) of the panel is the forest's own predictProba
    ref.predictProba(s.test.X).forEach((row, i) => expect(v.test.yScore[i]).toBeCloseTo(row[1], 6));
  });

  it('the test curve is the staged accuracy of the first t trees; OOB per t as a forest of t trees', () => {
    const p = params({ nEstimators: 25, seed: 2, dataset: 'blobs3' });
    const s = new ForestSession(p);
    grow(s);
    const ref = new RandomForestClassifier(forestOptions(p)).fit(s.train.X, s.train.y);
    const staged = ref.stagedPredict(s.test.X).map((pred) => acc(pred, s.test.y));
    expect(s.curve.test).toEqual(staged);
    expect(s.curve.trees).toEqual(Array.from({ length: 25 }, (_, k) => k + 1));
    for (const t of [1, 7, 25]) {
      const small = new RandomForestClassifier({ ...forestOptions(p), nEstimators: t }).fit(s.train.X, s.train.y);
      expect(s.curve.oob[t - 1]).toBe(small.oobScore);
      expect(s.curve.single[t - 1]).toBe(ref.estimators[t - 1].score(s.test.X, s.test.y));
    }
  });

  it('averaging removes variance: the forest’s curve settles while single trees scatter, and it beats their mean', () => {
    const s = new ForestSession(params({ nEstimators: 100, n: 1000, seed: 1 }));
    grow(s);
    const sd = (v: number[]) => {
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      return { m, sd: Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length) };
    };
    const single = sd(s.curve.single), late = sd(s.curve.test.slice(50));
    expect(s.curve.test.at(-1)!).toBeGreaterThan(single.m + 0.02);
    expect(late.sd).toBeLessThan(single.sd / 3);
  });

  it('shows a tree’s bootstrap sample: about 63 % distinct rows, the rest out of bag', () => {
    const s = new ForestSession(params({ nEstimators: 5, n: 1000 }));
    grow(s);
    const t = s.shownTree(3)!;
    expect(t.index).toBe(3);
    expect(t.drawn).toBe(s.train.X.length);
    expect(t.distinct + t.outOfBag).toBe(s.train.X.length);
    expect(t.distinct / t.drawn).toBeGreaterThan(0.58);
    expect(t.distinct / t.drawn).toBeLessThan(0.68);
    expect(t.points.filter((q) => !q.test).length).toBe(t.distinct);
    expect(s.shownTree(99)!.index).toBe(4);
    expect(s.thumbs()).toHaveLength(5);
  });

  it('the vote map is the forest’s mean P(class 1) at the cell centres', () => {
    const p = params({ nEstimators: 10 });
    const s = new ForestSession(p);
    grow(s);
    const g = s.view().grid as ProbaGrid;
    expect(g.nx).toBe(GRID);
    const ref = new RandomForestClassifier(forestOptions(p)).fit(s.train.X, s.train.y);
    const [x0, x1] = s.domain.x, [y0, y1] = s.domain.y;
    const i = 10, j = 50;
    const x = x0 + ((i + 0.5) * (x1 - x0)) / GRID, y = y1 - ((j + 0.5) * (y1 - y0)) / GRID;
    expect(g.values[j * GRID + i]).toBeCloseTo(ref.predictProba([[x, y]])[0][1], 6);
  });

  it('without bootstrap there is no OOB score, and every tree sees all rows', () => {
    const s = new ForestSession(params({ nEstimators: 3, bootstrap: false }));
    grow(s);
    const v = s.view();
    expect(Number.isNaN(v.oobScore)).toBe(true);
    expect(s.shownTree(0)!.outOfBag).toBe(0);
  });

  it('bad input: a clear notice, no exception, nothing non-finite where a number is shown', () => {
    const zero = new ForestSession(params({ nEstimators: 0 }));
    expect(zero.step()).toBe(false);
    expect(zero.notice).toMatch(/0 trees/);
    expect(zero.view().grid).toBeNull();

    const empty = new ForestSession(params({ dataset: 'clicks' }));
    expect(empty.step()).toBe(false);
    expect(empty.notice).toMatch(/click/i);

    const one = new ForestSession(params({ dataset: 'clicks', added: [[0.5, 0.5, 1]] }));
    grow(one);
    expect(one.notice).toMatch(/one training point/i);
    expect(one.view().trainAccuracy).toBe(1);

    const dup = new ForestSession(params({ dataset: 'clicks', added: [[0, 0, 0], [0, 0, 1], [1, 1, 0], [1, 1, 1], [2, 2, 0]] }));
    grow(dup);
    expect(dup.notice).toMatch(/share their exact position/);
    const v = dup.view();
    expect(Number.isFinite(v.trainAccuracy)).toBe(true);
    expect(v.impurity.every(Number.isFinite)).toBe(true);

    const single = new ForestSession(params({ dataset: 'clicks', added: [[0, 0, 2], [1, 1, 2], [0.5, 0.2, 2]], nEstimators: 4 }));
    grow(single);
    expect(single.notice).toMatch(/one class/);
    const g = single.view().grid as ClassGrid;
    expect(Array.from(new Set(Array.from(g.classes)))).toEqual([2]);
  });

  it('same params, same forest', () => {
    const a = new ForestSession(params({ nEstimators: 12, seed: 9, maxFeatures: 'all' }));
    const b = new ForestSession(params({ nEstimators: 12, seed: 9, maxFeatures: 'all' }));
    grow(a);
    grow(b);
    expect(a.curve).toEqual(b.curve);
    expect(a.view().permutation).toEqual(b.view().permutation);
  });
});
