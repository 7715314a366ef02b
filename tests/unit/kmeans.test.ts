import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KMeans, type KMeansStep } from '../../src/core/models/cluster';

const fx = JSON.parse(readFileSync(new URL('../fixtures/clustering.json', import.meta.url), 'utf8'));

function close2(a: number[][], b: number[][], tol = 1e-9) {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - b[i][j])).toBeLessThan(tol * Math.max(1, Math.abs(b[i][j])))));
}

describe('KMeans with an explicit init equals scikit-learn', () => {
  for (const c of fx.kmeans) {
    it(c.name, () => {
      const km = new KMeans({
        nClusters: c.init.length, init: c.init,
        maxIter: c.params.max_iter ?? 300, tol: c.params.tol ?? 1e-4,
      }).fit(c.X);
      close2(km.clusterCenters, c.clusterCenters);
      expect(km.labels).toEqual(c.labels);
      expect(km.inertia).toBeCloseTo(c.inertia, 8);
      expect(km.nIter).toBe(c.nIter);
      expect(km.predict(c.Xq)).toEqual(c.predict);
      close2(km.transform(c.Xq), c.transform);
      expect(km.score(c.Xq)).toBeCloseTo(c.score, 8);
    });
  }
});

describe('KMeans step API', () => {
  it('replays fit exactly, half-step by half-step, for every fixture', () => {
    for (const c of fx.kmeans) {
      const opts = { nClusters: c.init.length, init: c.init, maxIter: c.params.max_iter ?? 300, tol: c.params.tol ?? 1e-4 };
      const km = new KMeans(opts);
      km.start(c.X);
      const steps: KMeansStep[] = [];
      let s: KMeansStep | null;
      while ((s = km.step()) !== null) steps.push(s);
      expect(km.converged).toBe(true);
      expect(km.nextStep).toBeNull();
      close2(km.clusterCenters, c.clusterCenters);
      expect(km.labels).toEqual(c.labels);
      expect(km.nIter).toBe(c.nIter);
      expect(km.inertia).toBeCloseTo(c.inertia, 8);
      // alternates assign/update, starting with an assignment of every point
      expect(steps[0].kind).toBe('assign');
      if (steps[0].kind === 'assign') expect(steps[0].changed).toBe(c.X.length);
      steps.forEach((st, i) => expect(st.kind).toBe(i % 2 === 0 ? 'assign' : 'update'));
      expect(steps.filter((x) => x.kind === 'update').length).toBe(c.nIter);
    }
  });

  it('reports why it stops: labels unchanged, tol (then a final assignment), max-iter', () => {
    const byName = (n: string) => fx.kmeans.find((c: { name: string }) => c.name === n);
    const run = (c: { X: number[][]; init: number[][]; params: { tol?: number; max_iter?: number } }) => {
      const km = new KMeans({ nClusters: c.init.length, init: c.init, tol: c.params.tol ?? 1e-4, maxIter: c.params.max_iter ?? 300 });
      km.start(c.X);
      const all: KMeansStep[] = [];
      let s;
      while ((s = km.step())) all.push(s);
      return all;
    };
    const strict = run(byName('uniform-k5'));
    const lastS = strict[strict.length - 1];
    expect(lastS.kind === 'update' && lastS.reason).toBe('labels-unchanged');
    const tol = run(byName('uniform2000-k8'));
    const upd = tol[tol.length - 2];
    expect(upd.kind === 'update' && upd.reason).toBe('tol');
    const fin = tol[tol.length - 1];
    expect(fin.kind === 'assign' && fin.final && fin.converged).toBe(true);
    const mi = run(byName('uniform-k5-maxiter-2'));
    const u2 = mi[mi.length - 2];
    expect(u2.kind === 'update' && u2.reason).toBe('max-iter');
  });

  it('relocates an empty cluster to the farthest point and says so', () => {
    const c = fx.kmeans.find((x: { name: string }) => x.name === 'blobs-empty-cluster');
    const km = new KMeans({ nClusters: 3, init: c.init });
    km.start(c.X);
    km.step(); // assign: nobody is near (100, 100)
    const u = km.step()!;
    expect(u.kind).toBe('update');
    if (u.kind !== 'update') return;
    expect(u.relocated.length).toBe(1);
    expect(u.relocated[0].cluster).toBe(2);
    expect(u.clusterCenters[2]).toEqual(c.X[u.relocated[0].point]);
  });

  it('starts from dragged centres', () => {
    const X = [[0, 0], [0, 1], [10, 0], [10, 1]];
    const km = new KMeans({ nClusters: 2, seed: 1 });
    expect(km.start(X, [[0, 0.5], [10, 0.5]])).toEqual([[0, 0.5], [10, 0.5]]);
    let s;
    while ((s = km.step())) void s;
    expect(km.labels).toEqual([0, 0, 1, 1]);
    expect(km.inertia).toBeCloseTo(1, 12);
    expect(km.nIter).toBe(1); // the centres do not move: stops on tol after one update, then a final assignment
  });
});

describe('fit (grid-accelerated in 2-D) equals the plain step-by-step Lloyd run', () => {
  it('bit for bit, on continuous data and on integer grids full of ties', async () => {
    const { Rng } = await import('../../src/core/random');
    const rng = new Rng(5);
    for (const [n, d, k, integer] of [[2000, 2, 10, false], [1500, 3, 7, false], [600, 2, 9, true], [400, 5, 4, true]] as const) {
      const X = Array.from({ length: n }, () => Array.from({ length: d }, () => (integer ? rng.int(12) : rng.normal() * 3)));
      for (const seed of [0, 1]) {
        const fitted = new KMeans({ nClusters: k, nInit: 1, seed, tol: 0 }).fit(X);
        const stepped = new KMeans({ nClusters: k, nInit: 1, seed, tol: 0 });
        stepped.start(X);
        while (stepped.step());
        expect(fitted.labels).toEqual(stepped.labels);
        expect(fitted.clusterCenters).toEqual(stepped.clusterCenters);
        expect(fitted.nIter).toBe(stepped.nIter);
        expect(fitted.inertia).toBe(stepped.inertia);
      }
    }
  });
});

describe('KMeans on a Matrix (flat Float64Array) equals KMeans on rows', () => {
  const flat = (X: number[][]) => ({ data: Float64Array.from(X.flat()), rows: X.length, cols: X[0].length });
  it('same labels, centres, inertia and iterations for every fixture, and for random restarts', () => {
    for (const c of fx.kmeans) {
      const opts = { nClusters: c.init.length, init: c.init, maxIter: c.params.max_iter ?? 300, tol: c.params.tol ?? 1e-4 };
      const a = new KMeans(opts).fit(c.X), b = new KMeans(opts).fit(flat(c.X));
      expect(b.labels).toEqual(a.labels);
      expect(b.labels).toEqual(c.labels);
      expect(Array.from(b.labelCodes)).toEqual(c.labels);
      expect(b.clusterCenters).toEqual(a.clusterCenters);
      expect(b.inertia).toBe(a.inertia);
      expect(b.nIter).toBe(a.nIter);
      expect(b.predict(flat(c.Xq))).toEqual(c.predict);
      expect(b.score(flat(c.Xq))).toBe(a.score(c.Xq));
    }
    const X = fx.kmeans[2].X;
    const a = new KMeans({ nClusters: 5, init: 'random', nInit: 4, seed: 3 }).fit(X);
    const b = new KMeans({ nClusters: 5, init: 'random', nInit: 4, seed: 3 }).fit(flat(X));
    expect([b.labels, b.clusterCenters, b.inertia, b.nIter]).toEqual([a.labels, a.clusterCenters, a.inertia, a.nIter]);
  });
  it('the step API copies a Matrix, so later changes to the caller\'s buffer do not reach the run', () => {
    const M = flat([[0, 0], [0, 1], [10, 0], [10, 1]]);
    const km = new KMeans({ nClusters: 2, init: [[0, 0], [10, 0]] });
    km.start(M);
    M.data.fill(99);
    while (km.step());
    expect(km.clusterCenters).toEqual([[0, 0.5], [10, 0.5]]);
  });
  it('rejects a bad Matrix with the messages of rows', () => {
    const km = new KMeans({ nClusters: 2 });
    expect(() => km.fit({ data: new Float64Array([0, 1, NaN, 3]), rows: 2, cols: 2 })).toThrow('KMeans.fit: X contains NaN at row 1, column 0');
    expect(() => km.fit({ data: new Float64Array([0, 1, 2, Infinity]), rows: 2, cols: 2 })).toThrow('KMeans.fit: X contains Infinity at row 1, column 1');
    expect(() => km.fit({ data: new Float64Array(6), rows: 2, cols: 2 })).toThrow('KMeans.fit: X.data has 6 values, but rows × cols = 2 × 2 = 4');
    expect(() => km.fit({ data: new Float64Array(2), rows: 1, cols: 2 })).toThrow('KMeans.fit: X has 1 row, but at least 2 are needed (one per cluster: nClusters = 2)');
    expect(() => km.fit({ data: [0, 1, 2, 3] as unknown as Float64Array, rows: 2, cols: 2 })).toThrow(/X\.data must be a Float64Array/);
    expect(() => km.fit({ data: new Float64Array(4), rows: 2.5, cols: 2 })).toThrow(/X\.rows must be a whole number/);
    km.fit([[0, 0], [1, 1], [5, 5]]);
    expect(() => km.predict({ data: new Float64Array(3), rows: 1, cols: 3 })).toThrow('KMeans.predict: X has 3 features, expected 2');
  });
});

describe('fit\'s two loops (grid cells and plain Lloyd) give the same run, bit for bit', () => {
  it('on continuous data, integer grids full of ties, one spot, a thin line far from 0, and empty clusters', async () => {
    const { Rng } = await import('../../src/core/random');
    const { LloydRun } = await import('../../src/core/models/cluster/kmeans-run');
    const { scaledTolerance } = await import('../../src/core/models/cluster/kmeans-lloyd');
    const rng = new Rng(11);
    const cases: [number, number, number, (i: number) => number][] = [
      [3000, 2, 8, () => rng.normal() * 3], [800, 3, 6, () => rng.normal() * 3], [700, 2, 9, () => rng.int(10)],
      [300, 4, 5, () => rng.int(10)], [5000, 2, 12, () => rng.int(4)], [400, 2, 3, () => 7],
      // coordinates near 1e8 spread over 1e-3: the grid's cells are narrower than the rounding of their edges
      [2000, 2, 6, (i) => (i % 2 ? 1e8 + rng.uniform(0, 1e-3) : rng.normal())],
    ];
    for (const [n, d, k, value] of cases) {
      const X = Float64Array.from({ length: n * d }, (_, i) => value(i));
      const init = X.slice(0, k * d);
      for (const tol of [0, 1e-4]) {
        const ts = scaledTolerance(X, n, d, tol);
        const runs = (['grid', 'auto', 'lloyd'] as const).map((accel) => new LloydRun(X, n, d, k, init.slice(), 300, ts, accel));
        runs.forEach((r) => r.runToEnd());
        const [g, a, l] = runs;
        for (const r of [g, a]) {
          expect(r.nIter).toBe(l.nIter);
          expect(Array.from(r.labels)).toEqual(Array.from(l.labels));
          expect(Array.from(r.centers)).toEqual(Array.from(l.centers));
          expect(r.inertia()).toBe(l.inertia());
        }
      }
    }
  });
});

describe('KMeans initialisation and restarts', () => {
  it('k-means++ with 10 restarts finds scikit-learn\'s optimum on clear blobs', () => {
    const { X, k, inertia } = fx.kmeansPlusPlusBlobs;
    for (const seed of [0, 1, 2]) {
      const km = new KMeans({ nClusters: k, seed }).fit(X);
      expect(km.inertia).toBeCloseTo(inertia, 6);
    }
  });

  it('is reproducible for a seed and picks distinct data points as random init', () => {
    const X = fx.kmeans[0].X;
    const a = new KMeans({ nClusters: 4, init: 'random', nInit: 1, seed: 5 });
    const b = new KMeans({ nClusters: 4, init: 'random', nInit: 1, seed: 5 });
    const ca = a.start(X), cb = b.start(X);
    expect(ca).toEqual(cb);
    const keys = ca.map((r) => r.join());
    expect(new Set(keys).size).toBe(4);
    const all = new Set(X.map((r: number[]) => r.join()));
    keys.forEach((k) => expect(all.has(k)).toBe(true));
    expect(new KMeans({ nClusters: 4, seed: 9 }).fit(X).labels).toEqual(new KMeans({ nClusters: 4, seed: 9 }).fit(X).labels);
  });

  it('k-means++ spreads its seeds: never two seeds in one of four far-apart tight groups', () => {
    const X: number[][] = [];
    for (const [cx, cy] of [[0, 0], [100, 0], [0, 100], [100, 100]]) for (let i = 0; i < 10; i++) X.push([cx + i * 0.01, cy]);
    for (let seed = 0; seed < 20; seed++) {
      const c = new KMeans({ nClusters: 4, seed }).start(X);
      const groups = new Set(c.map(([x, y]) => `${Math.round(x / 100)},${Math.round(y / 100)}`));
      expect(groups.size).toBe(4);
    }
  });

  it('keeps the lowest inertia of nInit runs', () => {
    const X = fx.kmeans[2].X; // uniform square: local optima differ
    const one = [0, 1, 2, 3, 4, 5].map((s) => new KMeans({ nClusters: 6, init: 'random', nInit: 1, seed: s }).fit(X).inertia);
    const many = new KMeans({ nClusters: 6, init: 'random', nInit: 6, seed: 0 }).fit(X).inertia;
    expect(many).toBeLessThanOrEqual(Math.max(...one));
    expect(Number.isFinite(many)).toBe(true);
  });
});

describe('KMeans edge cases', () => {
  it('k = 1 gives the mean and the total sum of squares', () => {
    const km = new KMeans({ nClusters: 1 }).fit([[1, 2], [3, 4], [5, 0]]);
    expect(km.clusterCenters[0][0]).toBeCloseTo(3, 12);
    expect(km.clusterCenters[0][1]).toBeCloseTo(2, 12);
    expect(km.inertia).toBeCloseTo(4 + 4 + 8, 12); // (2²+0²) + (0²+2²) + (2²+2²)
  });
  it('an init array without nClusters sets k', () => {
    const km = new KMeans({ init: [[0, 0], [10, 0]] }).fit([[0, 1], [1, 0], [9, 0], [10, 1]]);
    expect(km.nClusters).toBe(2);
    expect(km.labels).toEqual([0, 0, 1, 1]);
  });
  it('k = n puts every point in its own cluster with zero inertia', () => {
    const X = [[0, 0], [1, 5], [2, -3]];
    const km = new KMeans({ nClusters: 3, seed: 3 }).fit(X);
    expect(new Set(km.labels).size).toBe(3);
    expect(km.inertia).toBe(0);
  });
  it('rejects bad input with clear errors', () => {
    expect(() => new KMeans({ nClusters: 0 })).toThrow(/nClusters/);
    expect(() => new KMeans({ nClusters: 2 }).fit([])).toThrow(/empty/);
    expect(() => new KMeans({ nClusters: 3 }).fit([[0], [1]])).toThrow('KMeans.fit: X has 2 rows, but at least 3 are needed (one per cluster: nClusters = 3)');
    expect(() => new KMeans({ nClusters: 2 }).fit([[0, 1], [1]])).toThrow('KMeans.fit: X row 1 has 1 features, but row 0 has 2');
    expect(() => new KMeans({ nClusters: 2 }).fit([[0, NaN], [1, 1]])).toThrow('KMeans.fit: X contains NaN at row 0, column 1');
    expect(() => new KMeans({ nClusters: 2, init: [[0, 0]] }).fit([[0, 0], [1, 1]])).toThrow('KMeans: init has 1 centres, expected nClusters = 2');
    expect(() => new KMeans({ nClusters: 2 }).predict([[0, 0]])).toThrow(/not fitted/);
    const km = new KMeans({ nClusters: 2, seed: 0 }).fit([[0, 0], [1, 1], [5, 5]]);
    expect(() => km.predict([[0, 0, 0]])).toThrow('KMeans.predict: X has 3 features, expected 2');
    expect(new KMeans().step()).toBeNull();
  });
  it('identical points: fewer distinct points than k still gives a finite answer', () => {
    const X = [[1, 1], [1, 1], [1, 1], [2, 2]];
    const km = new KMeans({ nClusters: 3, seed: 0 }).fit(X);
    expect(km.inertia).toBe(0);
    expect(km.labels.length).toBe(4);
  });
});
