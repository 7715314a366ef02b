import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitSizes, trainTestSplit } from '../../src/core/data';

const ref = JSON.parse(readFileSync(new URL('../fixtures/logistic.json', import.meta.url), 'utf8'));
const opt = (v: number | null) => (v === null ? undefined : v);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('trainTestSplit sizes as scikit-learn', () => {
  for (const c of ref.split.sizes) {
    it(`n=${c.n} testSize=${c.testSize} trainSize=${c.trainSize} → ${c.nTrain}/${c.nTest}`, () => {
      const X = range(c.n).map((i) => [i]);
      const s = trainTestSplit(X, range(c.n), { testSize: opt(c.testSize), trainSize: opt(c.trainSize), seed: 1 });
      expect(s.XTrain).toHaveLength(c.nTrain);
      expect(s.XTest).toHaveLength(c.nTest);
      expect(s.yTrain).toHaveLength(c.nTrain);
      // Disjoint sets of original rows, labels aligned with rows.
      expect(new Set([...s.trainIndices, ...s.testIndices]).size).toBe(c.nTrain + c.nTest);
      s.XTrain.forEach((row, i) => expect(row[0]).toBe(s.yTrain[i]));
      s.XTest.forEach((row, i) => expect(row[0]).toBe(s.yTest[i]));
    });
  }

  for (const c of ref.split.errors) {
    it(`n=${c.n} testSize=${c.testSize} trainSize=${c.trainSize} is an error as in scikit-learn`, () => {
      expect(c.error).toBe(true);
      expect(() => splitSizes(c.n, opt(c.testSize), opt(c.trainSize))).toThrow(RangeError);
    });
  }

  it('integers ≥ 1 are counts: testSize 1 is one sample (scikit-learn\'s int 1), non-integers above 1 throw', () => {
    expect(splitSizes(10, 1)).toEqual({ nTrain: 9, nTest: 1 });
    expect(() => splitSizes(10, 2.5)).toThrow(RangeError);
    expect(() => splitSizes(10, -0.2)).toThrow(RangeError);
    expect(() => splitSizes(10, NaN)).toThrow(RangeError);
  });
});

describe('trainTestSplit behaviour', () => {
  const X = range(20).map((i) => [i, -i]);
  const y = range(20).map((i) => i % 2);

  it('same seed → same split; another seed → another split', () => {
    const a = trainTestSplit(X, y, { seed: 3 });
    expect(trainTestSplit(X, y, { seed: 3 })).toEqual(a);
    expect(trainTestSplit(X, y, { seed: 4 }).testIndices).not.toEqual(a.testIndices);
  });

  it('shuffle = false takes train = first rows, test = the next', () => {
    const s = trainTestSplit(X, y, { testSize: 0.25, shuffle: false });
    expect(s.trainIndices).toEqual(range(15));
    expect(s.testIndices).toEqual([15, 16, 17, 18, 19]);
    expect(() => trainTestSplit(X, y, { shuffle: false, stratify: y })).toThrow(/shuffle/);
  });

  it('copies rows, so editing the result leaves the input alone', () => {
    const s = trainTestSplit(X, y, { seed: 1 });
    s.XTrain[0][0] = 999;
    expect(X.flat()).not.toContain(999);
  });

  it('throws on mismatched lengths and empty input', () => {
    expect(() => trainTestSplit(X, y.slice(1))).toThrow(RangeError);
    expect(() => trainTestSplit([], [])).toThrow(RangeError);
    expect(() => trainTestSplit([[1]], [0])).toThrow(RangeError);
  });
});

describe('stratified split', () => {
  for (const c of ref.split.stratified) {
    it(`class counts ${c.classCounts.join('/')} with testSize ${c.testSize}: per-class counts as scikit-learn`, () => {
      const yy = c.classCounts.flatMap((m: number, k: number) => new Array(m).fill(k));
      const XX = yy.map((_: number, i: number) => [i]);
      for (const seed of [0, 1, 2]) {
        const s = trainTestSplit(XX, yy, { testSize: c.testSize, stratify: yy, seed });
        const per = (lab: number[]) => c.classCounts.map((_: number, k: number) => lab.filter((v) => v === k).length);
        expect(per(s.yTrain)).toEqual(c.train);
        expect(per(s.yTest)).toEqual(c.test);
      }
    });
  }

  it('a class with a single member, or fewer test samples than classes, is a clear error', () => {
    const yy = [0, 0, 0, 0, 1];
    expect(() => trainTestSplit(yy.map((v) => [v]), yy, { stratify: yy, seed: 0 })).toThrow(/least populated class has only 1 member/);
    const y3 = [0, 0, 1, 1, 2, 2, 0, 1, 2, 0];
    expect(() => trainTestSplit(y3.map((v) => [v]), y3, { testSize: 2, stratify: y3 })).toThrow(/test size 2 is smaller than the number of classes 3/);
    expect(() => trainTestSplit(y3.map((v) => [v]), y3, { trainSize: 2, stratify: y3 })).toThrow(/train size/);
    expect(() => trainTestSplit(y3.map((v) => [v]), y3, { stratify: [0, 1] })).toThrow(RangeError);
  });

  it('keeps each class within one sample of its exact share, ties broken by the seed', () => {
    const yy = [...new Array(37).fill(0), ...new Array(23).fill(1), ...new Array(15).fill(2)];
    const XX = yy.map((_, i) => [i]);
    for (const testSize of [0.2, 0.25, 0.5, 0.33]) {
      for (const seed of [1, 2, 3]) {
        const s = trainTestSplit(XX, yy, { testSize, stratify: yy, seed });
        const nTest = Math.ceil(testSize * 75);
        expect(s.yTest).toHaveLength(nTest);
        [37, 23, 15].forEach((m, k) => {
          const got = s.yTest.filter((v) => v === k).length;
          expect(Math.abs(got - (m * nTest) / 75)).toBeLessThan(1);
        });
      }
    }
    // 5 + 5 split in half: 2.5 each → one class gets 3, decided by the seed, the same for the same seed.
    const y2 = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1];
    const counts = (seed: number) => trainTestSplit(y2.map((v) => [v]), y2, { testSize: 0.5, stratify: y2, seed }).yTest.filter((v) => v === 0).length;
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => counts(seed)));
    expect(seen).toEqual(new Set([2, 3]));
    expect(counts(4)).toBe(counts(4));
  });

  it('stratify by another label vector than y', () => {
    const yy = range(40).map((i) => i % 2);
    const groups = range(40).map((i) => (i < 10 ? 1 : 0));
    const s = trainTestSplit(yy.map((v) => [v]), yy, { testSize: 0.5, stratify: groups, seed: 5 });
    expect(s.testIndices.filter((i) => groups[i] === 1)).toHaveLength(5);
  });
});
