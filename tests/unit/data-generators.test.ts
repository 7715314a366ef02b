import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  makeBlobs, makeCircles, makeLinearlySeparable, makeMoons, makeSpiral, makeXor,
} from '../../src/core/data';
import type { Dataset } from '../../src/core/data';

const ref = JSON.parse(readFileSync(new URL('../fixtures/logistic.json', import.meta.url), 'utf8'));

const count = (y: number[], c: number) => y.filter((v) => v === c).length;
const std = (a: number[]) => { const m = a.reduce((s, v) => s + v, 0) / a.length; return Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0) / a.length); };

const generators: [string, (o: { n: number; noise: number; seed: number }) => Dataset][] = [
  ['moons', makeMoons], ['circles', makeCircles], ['blobs', makeBlobs], ['xor', makeXor], ['spiral', makeSpiral], ['linear', makeLinearlySeparable],
];

describe('2-D generators: common contract', () => {
  for (const [name, gen] of generators) {
    it(`${name}: shapes, binary labels, balance, determinism by seed`, () => {
      const a = gen({ n: 101, noise: 0.1, seed: 3 });
      expect(a.X).toHaveLength(101);
      expect(a.y).toHaveLength(101);
      for (const row of a.X) { expect(row).toHaveLength(2); expect(row.every(Number.isFinite)).toBe(true); }
      expect(new Set(a.y)).toEqual(new Set([0, 1]));
      // Balanced to within one point: 101 = 50 + 51.
      expect(Math.abs(count(a.y, 0) - count(a.y, 1))).toBeLessThanOrEqual(1);
      expect(gen({ n: 101, noise: 0.1, seed: 3 })).toEqual(a);
      expect(gen({ n: 101, noise: 0.1, seed: 4 }).X).not.toEqual(a.X);
    });

    it(`${name}: n = 0 gives empty data, bad n or noise throws`, () => {
      expect(gen({ n: 0, noise: 0.1, seed: 1 })).toMatchObject({ X: [], y: [] });
      expect(() => gen({ n: -1, noise: 0, seed: 1 })).toThrow(RangeError);
      expect(() => gen({ n: 2.5, noise: 0, seed: 1 })).toThrow(RangeError);
      expect(() => gen({ n: 10, noise: -0.1, seed: 1 })).toThrow(RangeError);
      expect(() => gen({ n: 10, noise: NaN, seed: 1 })).toThrow(RangeError);
    });
  }
});

describe('scikit-learn shapes', () => {
  for (const n of [1, 2, 7, 10]) {
    it(`makeMoons / makeCircles without shuffle or noise equal scikit-learn's points (n = ${n})`, () => {
      const m = makeMoons({ n, shuffle: false });
      const r = ref.data[`moons_${n}`];
      expect(m.y).toEqual(r.y);
      m.X.forEach((row, i) => { expect(row[0]).toBeCloseTo(r.X[i][0], 12); expect(row[1]).toBeCloseTo(r.X[i][1], 12); });
      const c = makeCircles({ n, shuffle: false, factor: 0.5 });
      const rc = ref.data[`circles_${n}`];
      expect(c.y).toEqual(rc.y);
      c.X.forEach((row, i) => { expect(row[0]).toBeCloseTo(rc.X[i][0], 12); expect(row[1]).toBeCloseTo(rc.X[i][1], 12); });
    });
  }

  it('noise is the standard deviation of the Gaussian noise added to each coordinate', () => {
    const clean = makeMoons({ n: 4000, seed: 5 });
    const noisy = makeMoons({ n: 4000, noise: 0.2, seed: 5 });
    // Same seed: same shuffle, so the difference is the noise alone.
    expect(noisy.y).toEqual(clean.y);
    const dx = noisy.X.map((r, i) => r[0] - clean.X[i][0]);
    const dy = noisy.X.map((r, i) => r[1] - clean.X[i][1]);
    expect(Math.abs(std(dx) - 0.2)).toBeLessThan(0.01);
  });

  it('circles: factor sets the inner radius, bad factor throws', () => {
    const { X, y } = makeCircles({ n: 50, factor: 0.3, seed: 2 });
    X.forEach((p, i) => expect(Math.hypot(p[0], p[1])).toBeCloseTo(y[i] === 0 ? 1 : 0.3, 12));
    expect(() => makeCircles({ factor: 1 })).toThrow(RangeError);
    expect(() => makeCircles({ factor: -0.1 })).toThrow(RangeError);
  });

  it('blobs: class counts as scikit-learn, points around the given centres with std = noise', () => {
    for (const { n, k, counts } of ref.data.blobs_counts) {
      const { y } = makeBlobs({ n, centers: k, seed: 1 });
      expect(Array.from({ length: k }, (_, c) => count(y, c))).toEqual(counts);
    }
    const centers = [[-3, 0], [2, 5], [0, -4]];
    const { X, y } = makeBlobs({ n: 3000, centers, noise: 0.5, seed: 9 });
    for (let c = 0; c < 3; c++) {
      const pts = X.filter((_, i) => y[i] === c);
      expect(pts.reduce((s, p) => s + p[0], 0) / pts.length).toBeCloseTo(centers[c][0], 1);
      expect(pts.reduce((s, p) => s + p[1], 0) / pts.length).toBeCloseTo(centers[c][1], 1);
      expect(Math.abs(std(pts.map((p) => p[0])) - 0.5)).toBeLessThan(0.04);
    }
    const r = makeBlobs({ n: 10, nClasses: 4, seed: 1 });
    expect(r.centers).toHaveLength(4);
    r.centers.flat().forEach((v) => { expect(v).toBeGreaterThanOrEqual(-4); expect(v).toBeLessThanOrEqual(4); });
    expect(() => makeBlobs({ centers: [] })).toThrow(RangeError);
    expect(() => makeBlobs({ centers: 0 })).toThrow(RangeError);
  });
});

describe('playground shapes', () => {
  it('xor: label 1 exactly where the clean coordinates have different signs', () => {
    const { X, y } = makeXor({ n: 200, seed: 1 });
    X.forEach((p, i) => {
      expect(Math.abs(p[0])).toBeLessThanOrEqual(1);
      expect(Math.abs(p[1])).toBeLessThanOrEqual(1);
      expect(y[i]).toBe(p[0] * p[1] < 0 ? 1 : 0);
    });
  });

  it('linearly separable: the returned boundary separates the clean classes with the margin', () => {
    const { X, y, boundary } = makeLinearlySeparable({ n: 300, seed: 4, margin: 0.2 });
    X.forEach((p, i) => {
      const d = boundary.w[0] * p[0] + boundary.w[1] * p[1] + boundary.b;
      expect(y[i] === 1 ? d : -d).toBeGreaterThanOrEqual(0.1);
    });
    expect(Math.hypot(...boundary.w)).toBeCloseTo(1, 12);
  });

  it('spiral: K arms with radius in [0.1, 1]; more arms give more classes', () => {
    const { X, y } = makeSpiral({ n: 90, nClasses: 3, seed: 2 });
    expect([0, 1, 2].map((c) => count(y, c))).toEqual([30, 30, 30]);
    X.forEach((p) => { const r = Math.hypot(p[0], p[1]); expect(r).toBeGreaterThanOrEqual(0.1 - 1e-12); expect(r).toBeLessThanOrEqual(1 + 1e-12); });
    expect(() => makeSpiral({ nClasses: 0 })).toThrow(RangeError);
  });
});

const BUMPS_AT = ([a, b]: number[]) =>
  [[-0.9, 0.7, 1], [0, 0.7, -1], [0.9, 0.7, 1], [-0.9, -0.7, -1], [0, -0.7, 1], [0.9, -0.7, -1]].reduce((s, [cx, cy, k]) => s + k * Math.exp(-((a - cx) ** 2 + (b - cy) ** 2) / (2 * 0.35 ** 2)), 0);

describe('2-D regression surfaces (TensorFlow Playground’s)', () => {
  it('makePlane: y = (x₁ + x₂)/3 exactly without noise; makeGaussianBumps: +1 hill at (−0.9, 0.7) and −1 valley at (0, 0.7)', async () => {
    const { makePlane, makeGaussianBumps } = await import('../../src/core/data');
    const p = makePlane({ n: 50, seed: 3 });
    p.X.forEach(([a, b], i) => expect(p.y[i]).toBeCloseTo((a + b) / 3, 12));
    expect(p.X.flat().every((v) => v >= -1.5 && v <= 1.5)).toBe(true);
    const g = makeGaussianBumps({ n: 400, seed: 3 });
    g.X.forEach((x, i) => expect(g.y[i]).toBeCloseTo(BUMPS_AT(x), 12));
    // the largest target sits near a positive bump, the smallest near a negative one
    const iMax = g.y.indexOf(Math.max(...g.y)), iMin = g.y.indexOf(Math.min(...g.y));
    expect(g.y[iMax]).toBeGreaterThan(0.8);
    expect(g.y[iMin]).toBeLessThan(-0.8);
    const noisy = makeGaussianBumps({ n: 400, seed: 3, noise: 0.1 });
    // noise moves y only (the draws of x come first for each row, so x differs once normals are drawn: compare spread)
    const resid = noisy.y.map((v, i) => v - BUMPS_AT(noisy.X[i]));
    const sd = Math.sqrt(resid.reduce((t, r) => t + r * r, 0) / resid.length);
    expect(sd).toBeGreaterThan(0.08);
    expect(sd).toBeLessThan(0.12);
  });
});
