import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { silhouetteSamples, silhouetteScore } from '../../src/core/metrics/silhouette';

const fx = JSON.parse(readFileSync(new URL('../fixtures/clustering.json', import.meta.url), 'utf8'));

describe('silhouette equals scikit-learn', () => {
  for (const c of fx.silhouette) {
    it(c.name, () => {
      expect(silhouetteScore(c.X, c.labels)).toBeCloseTo(c.score, 12);
      expect(silhouetteScore(c.X, c.labels, { metric: 'manhattan' })).toBeCloseTo(c.scoreManhattan, 12);
      silhouetteSamples(c.X, c.labels).forEach((v, i) => expect(v).toBeCloseTo(c.samples[i], 12));
    });
  }
});

describe('silhouette by hand and edge cases', () => {
  it('two pairs on a line', () => {
    // a(0)=1, b(0)=mean(10, 11)=10.5 → s = 9.5/10.5
    const s = silhouetteSamples([[0], [1], [10], [11]], [0, 0, 1, 1]);
    expect(s[0]).toBeCloseTo(9.5 / 10.5, 14);
    expect(s[1]).toBeCloseTo((9.5 - 1) / 9.5, 14);
  });
  it('a singleton cluster scores 0, coincident clusters give 0 not NaN', () => {
    expect(silhouetteSamples([[0], [1], [5]], [0, 0, 1])[2]).toBe(0);
    expect(silhouetteSamples([[0], [0], [0]], [0, 0, 1])).toEqual([0, 0, 0]);
  });
  it('precomputed distances give the same score as the points they came from', () => {
    const c = fx.silhouette[3];
    const D = c.X.map((a: number[]) => c.X.map((b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1])));
    expect(silhouetteScore(D, c.labels, { metric: 'precomputed' })).toBeCloseTo(c.score, 12);
    expect(() => silhouetteScore([[0, 1, 2], [1, 1, 2], [2, 2, 0]], [0, 0, 1], { metric: 'precomputed' })).toThrow(/diagonal/);
    expect(() => silhouetteScore([[0, 1], [1, 0], [2, 2]], [0, 0, 1], { metric: 'precomputed' })).toThrow(/square/);
  });
  it('rejects one cluster, n clusters, mismatched lengths and empty input', () => {
    expect(() => silhouetteScore([[0], [1]], [0, 0])).toThrow(/Number of labels is 1/);
    expect(() => silhouetteScore([[0], [1]], [0, 1])).toThrow(/Number of labels is 2/);
    expect(() => silhouetteScore([[0], [1]], [0])).toThrow(/different lengths/);
    expect(() => silhouetteScore([], [])).toThrow(/empty/);
  });
});
