import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/kmeans/params';
import { buildData, elbow } from '../../src/widgets/kmeans/data';

const base = defaults(schema) as Params;

describe('k-means widget data', () => {
  it('every data set builds finite points inside its domain, clicked points included', () => {
    for (const dataset of ['blobs', 'aniso', 'varied', 'moons', 'uniform', 'iris', 'clicks'] as const) {
      const d = buildData({ ...base, dataset, added: [[0.5, 0.25, 0]] } as Params);
      const expected = dataset === 'iris' ? 151 : dataset === 'clicks' ? 1 : base.n + 1;
      expect(d.X.length).toBe(expected);
      for (const [x, y] of d.X) {
        expect(x).toBeGreaterThanOrEqual(d.domain.x[0]);
        expect(x).toBeLessThanOrEqual(d.domain.x[1]);
        expect(y).toBeGreaterThanOrEqual(d.domain.y[0]);
        expect(y).toBeLessThanOrEqual(d.domain.y[1]);
      }
    }
  });
  it('the same params give the same data', () => {
    expect(buildData(base).X).toEqual(buildData({ ...base }).X);
    expect(buildData({ ...base, seed: 2 }).X).not.toEqual(buildData(base).X);
  });
  it('elbow: inertia falls with k, silhouette peaks at the true number of well separated blobs', () => {
    const X: number[][] = [];
    for (const [cx, cy] of [[0, 0], [10, 0], [0, 10]]) for (let i = 0; i < 20; i++) X.push([cx + (i % 5) * 0.2, cy + Math.floor(i / 5) * 0.2]);
    const e = elbow(X, 0, 6);
    expect(e.k).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < e.inertia.length; i++) expect(e.inertia[i]).toBeLessThanOrEqual(e.inertia[i - 1] + 1e-9);
    expect(Number.isNaN(e.silhouette[0])).toBe(true); // one cluster: undefined
    const best = e.silhouette.indexOf(Math.max(...e.silhouette.filter(Number.isFinite)));
    expect(e.k[best]).toBe(3);
    // By hand: each blob is a 5 × 4 grid with spacing 0.2, so its squared distances to its own mean add up to
    // 4·(0.16+0.04+0+0.04+0.16) + 5·(0.09+0.01+0.01+0.09) = 1.6 + 1.0 = 2.6, and 3 blobs give 7.8 at k = 3.
    expect(e.inertia[2]).toBeCloseTo(7.8, 9);
    // k = 2 merges two blobs 10 apart: + (20·20/40)·10² = 1000. k = 1: + 20·(22.2̅ + 55.5̅ + 55.5̅) = 8000/3
    // (each blob mean's squared distance to the overall mean (3.73̅, 3.63̅), times its 20 points).
    expect(e.inertia[1]).toBeCloseTo(7.8 + 1000, 9);
    expect(e.inertia[0]).toBeCloseTo(7.8 + 8000 / 3, 9);
  });
});
