// src/core/imbalance and class weights against imbalanced-learn / scikit-learn (tests/fixtures/make_imbalance.py →
// imbalance.json) and by hand. The draws differ from numpy's, so what is compared is what does not depend on them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LogisticRegression } from '../../src/core/models/linear';
import { RandomOverSampler, RandomUnderSampler, SMOTE, computeClassWeight, type SamplingStrategy } from '../../src/core';

const ref = JSON.parse(readFileSync(new URL('../fixtures/imbalance.json', import.meta.url), 'utf8'));
const data: Record<string, [number[][], number[]]> = { binary: [ref.X, ref.y], multi: [ref.Xm, ref.ym] };
const counts = (y: number[]) => y.reduce<Record<string, number>>((m, v) => ({ ...m, [v]: (m[v] ?? 0) + 1 }), {});
const strategyOf = (s: unknown): SamplingStrategy =>
  s && typeof s === 'object' ? Object.fromEntries(Object.entries(s).map(([k, v]) => [Number(k), v as number])) : (s as SamplingStrategy);
const make = (kind: string, s: SamplingStrategy, seed = 0) =>
  kind === 'over' ? new RandomOverSampler({ samplingStrategy: s, seed })
  : kind === 'under' ? new RandomUnderSampler({ samplingStrategy: s, seed })
  : new SMOTE({ samplingStrategy: s, seed });

describe('samplers: the class counts imbalanced-learn gives, for every strategy', () => {
  for (const c of ref.cases) {
    it(`${c.sampler} on ${c.data}, samplingStrategy ${JSON.stringify(c.strategy)} → ${JSON.stringify(c.counts)}`, () => {
      const [X, y] = data[c.data];
      const r = make(c.sampler, strategyOf(c.strategy)).fitResample(X, y);
      expect(counts(r.y)).toEqual(c.counts);
      expect(r.X.length).toBe(c.n);
    });
  }
});

describe('what each sampler outputs', () => {
  const [X, y] = data.binary;
  it('over-sampling: the input rows first, in order, then copies of minority rows', () => {
    const r = new RandomOverSampler({ seed: 4 }).fitResample(X, y);
    expect(r.X.slice(0, X.length)).toEqual(X);
    for (let i = X.length; i < r.X.length; i++) {
      expect(y[r.source[i]]).toBe(1);
      expect(r.X[i]).toEqual(X[r.source[i]]);
    }
  });
  it('under-sampling: distinct input rows, every minority row kept, the same seed the same rows', () => {
    const a = new RandomUnderSampler({ seed: 4 }).fitResample(X, y);
    expect(new Set(a.source).size).toBe(a.source.length);
    expect(a.source.filter((i) => y[i] === 1).length).toBe(y.filter((v) => v === 1).length);
    a.source.forEach((i, k) => expect(a.X[k]).toEqual(X[i]));
    expect(new RandomUnderSampler({ seed: 4 }).fitResample(X, y).source).toEqual(a.source);
    expect(new RandomUnderSampler({ seed: 5 }).fitResample(X, y).source).not.toEqual(a.source);
  });
  for (const name of ['binary', 'multi']) {
    it(`SMOTE on ${name}: every synthetic row lies between a minority row and one of its 5 nearest same-class neighbours (scikit-learn's)`, () => {
      const [XX, yy] = data[name];
      const s = new SMOTE({ seed: 2 });
      const r = s.fitResample(XX, yy);
      expect(r.X.slice(0, XX.length)).toEqual(XX);
      expect(s.samples.length).toBe(r.X.length - XX.length);
      s.samples.forEach(({ from, to, t }, k) => {
        const row = r.X[XX.length + k];
        const c = r.y[XX.length + k];
        expect(yy[from]).toBe(c);
        expect(ref.neighbors[name][c][from]).toContain(to);
        expect(t).toBeGreaterThanOrEqual(0);
        expect(t).toBeLessThan(1);
        row.forEach((v, j) => expect(v).toBeCloseTo(XX[from][j] + t * (XX[to][j] - XX[from][j]), 12));
      });
    });
  }
});

describe('bad input: a clear message', () => {
  const [X, y] = data.binary;
  it('SMOTE with fewer class rows than kNeighbors + 1', () => {
    expect(() => new SMOTE({ kNeighbors: 5 }).fitResample(X.slice(0, 30).concat([X[y.indexOf(1)]]), y.slice(0, 30).map(() => 0).concat([1])))
      .toThrow(/class 1 has 1 samples; kNeighbors = 5 needs at least 6/);
  });
  it('one class only, a ratio with three classes, counts that would remove rows when over-sampling', () => {
    expect(() => new RandomOverSampler().fitResample(X.slice(0, 5), [0, 0, 0, 0, 0])).toThrow(/at least two classes/);
    expect(() => new RandomOverSampler({ samplingStrategy: 0.5 }).fitResample(data.multi[0], data.multi[1])).toThrow(/two classes/);
    expect(() => new RandomOverSampler({ samplingStrategy: { 0: 3 } }).fitResample(X, y)).toThrow(/over-sampling only adds/);
    expect(() => new RandomUnderSampler({ samplingStrategy: 0.05 }).fitResample(X, y)).toThrow(/under-sampling only removes/);
  });
});

describe('class weights', () => {
  it("computeClassWeight('balanced') = scikit-learn's compute_class_weight", () => {
    computeClassWeight('balanced', [0, 1], ref.y).forEach((w, k) => expect(w).toBeCloseTo(ref.classWeight.balanced[k], 12));
    computeClassWeight('balanced', [0, 1, 2], ref.ym).forEach((w, k) => expect(w).toBeCloseTo(ref.classWeight.balancedMulti[k], 12));
    // by hand: 3 of class 0 and 1 of class 1 → 4 / (2·3) and 4 / (2·1)
    expect(computeClassWeight('balanced', [0, 1], [0, 0, 0, 1])).toEqual([4 / 6, 2]);
    expect(() => computeClassWeight('balanced', [0, 1], [0, 2])).toThrow(/label 2, which is not in classes/);
  });
  for (const c of ref.logistic) {
    it(`LogisticRegression(classWeight ${JSON.stringify(c.classWeight)}) reaches scikit-learn's optimum`, () => {
      const cw = c.classWeight && typeof c.classWeight === 'object' ? { 0: c.classWeight['0'], 1: c.classWeight['1'] } : c.classWeight;
      const m = new LogisticRegression({ classWeight: cw, tol: 1e-10 }).fit(ref.X, ref.y);
      m.coef.forEach((w: number, j: number) => expect(w).toBeCloseTo(c.coef[j], 4));
      expect(m.intercept).toBeCloseTo(c.intercept, 4);
      const pred = m.predict(ref.X);
      const tp = pred.filter((p: number, i: number) => p === 1 && ref.y[i] === 1).length;
      expect(tp / ref.y.filter((v: number) => v === 1).length).toBeCloseTo(c.recall, 12);
    });
  }
  it("an unknown classWeight is refused at construction, with the options named", () => {
    expect(() => new LogisticRegression({ classWeight: 'heavy' as never })).toThrow(/classWeight must be 'balanced'/);
  });
});
