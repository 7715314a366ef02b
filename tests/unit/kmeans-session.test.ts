import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, parseParams, type Point3 } from '../../src/params';
import { schema, type Params } from '../../src/widgets/kmeans/params';
import { KMeansSession } from '../../src/widgets/kmeans/session';
import { Run } from '../../src/widgets/shared/run.svelte';

const fx = JSON.parse(readFileSync(new URL('../fixtures/clustering.json', import.meta.url), 'utf8'));
const base = defaults(schema) as Params;
const link = (query: string) => parseParams(schema, new URLSearchParams(query)).values as Params;

/** The fixture's points as clicked points, and its init rows as a dragged start: the widget's own inputs. */
function fromFixture(c: { X: number[][]; init: number[][] }): Params {
  return {
    ...base,
    dataset: 'clicks',
    k: c.init.length,
    init: 'manual',
    added: c.X.map(([x, y]) => [x, y, 0] as Point3),
    centres: c.init.map(([x, y], i) => [x, y, i] as Point3),
  };
}

function runToEnd(s: KMeansSession): number {
  let n = 0;
  while (s.step()) n++;
  return n + 1;
}

describe('KMeansSession', () => {
  it('alternates assign and update half-steps; inertia never rises once points are assigned', () => {
    const s = new KMeansSession(link('init=random&seed=3'));
    expect(s.steps).toBe(0);
    expect(s.frame().next).toBe('assign');
    expect(s.frame().labels.every((l) => l === -1)).toBe(true);
    expect(s.frame().inertia).toBeNaN();
    s.step();
    let f = s.frame();
    expect(f.next).toBe('update');
    expect(f.changed).toBe(s.data.X.length); // the first assignment moves every point
    expect(f.iteration).toBe(0);
    s.step();
    f = s.frame();
    expect(f.next).toBe('assign');
    expect(f.iteration).toBe(1);
    expect(f.trails.every((t) => t.length === 2)).toBe(true);
    while (s.step());
    f = s.frame();
    expect(f.converged).toBe(true);
    expect(s.done).toBe(true);
    expect(f.history.x).toEqual(f.history.y.map((_, i) => i / 2));
    expect(f.history.y).toHaveLength(s.steps);
    for (let i = 1; i < f.history.y.length; i++) expect(f.history.y[i]).toBeLessThanOrEqual(f.history.y[i - 1] + 1e-9);
    expect(s.step()).toBe(false);
  });

  it('runs to scikit-learn’s centres, labels, inertia and iteration count from the same start', () => {
    for (const name of ['blobs-k4-default', 'blobs-k3-first-rows', 'uniform-k5', 'uniform2000-k8', 'blobs-empty-cluster']) {
      const c = fx.kmeans.find((q: { name: string }) => q.name === name);
      const s = new KMeansSession(fromFixture(c));
      expect(s.notice).toBe('');
      const halfSteps = runToEnd(s);
      const f = s.frame();
      expect(f.iteration, name).toBe(c.nIter);
      expect(f.labels, name).toEqual(c.labels);
      expect(f.inertia, name).toBeCloseTo(c.inertia, 8);
      f.centres.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(c.clusterCenters[i][j], 9)));
      // an assignment and an update per iteration, plus the final assignment when it stopped on the tolerance
      expect([2 * c.nIter, 2 * c.nIter + 1], name).toContain(halfSteps);
    }
  });

  it('the silhouette of its final labels equals scikit-learn’s silhouette_score', () => {
    const c = fx.kmeans.find((q: { name: string }) => q.name === 'blobs-k3-first-rows');
    const s = new KMeansSession(fromFixture(c));
    runToEnd(s);
    const ref = fx.silhouette.find((q: { name: string }) => q.name === 'blobs-kmeans3');
    expect(s.frame().labels).toEqual(ref.labels);
    expect(s.frame().silhouette).toBeCloseTo(ref.score, 10);
  });

  it('a link’s half-step count replays to the same state, a frame budget at a time', () => {
    const p = link('steps=9&seed=5&k=5');
    const direct = new KMeansSession(p);
    for (let i = 0; i < 9; i++) direct.step();
    let t = 0;
    const frames: (() => void)[] = [];
    const run = new Run({
      schema,
      params: () => p,
      build: (q: Params, prev: KMeansSession | null) => new KMeansSession(q, prev),
      view: (s) => s.frame(),
      replayBudgetMs: 1,
      now: () => (t += 0.4),
      raf: (cb) => frames.push(cb),
      caf: () => frames.splice(0),
    });
    run.sync();
    while (frames.length) frames.shift()!();
    expect(run.steps).toBe(9);
    expect(run.view).toEqual(direct.frame());
    expect(run.status).toBe('paused');
  });

  it('a manual start begins at the dragged centres; without stored centres for k it says so and uses k-means++', () => {
    const centres: Point3[] = [[-1, -1, 0], [1, 1, 1], [2, -2, 2]];
    const s = new KMeansSession({ ...base, k: 3, init: 'manual', centres });
    expect(s.notice).toBe('');
    expect(s.frame().centres).toEqual([[-1, -1], [1, 1], [2, -2]]);
    const missing = new KMeansSession({ ...base, k: 4, init: 'manual', centres });
    expect(missing.notice).toBe('Drag the centres to choose a start (none stored for k = 4 yet; k-means++ placed them).');
    expect(missing.frame().centres).toEqual(new KMeansSession({ ...base, k: 4, init: 'k-means++' }).frame().centres);
    expect(missing.done).toBe(false);
  });

  it('too few points: a notice, nothing to run', () => {
    const clicks = new KMeansSession({ ...base, dataset: 'clicks', k: 2, added: [[0, 0, 0]] });
    expect(clicks.notice).toBe('Click at least 2 points onto the plot.');
    expect(clicks.done).toBe(true);
    expect(clicks.step()).toBe(false);
    expect(clicks.steps).toBe(0);
    expect(clicks.frame().converged).toBe(false);
    const few = new KMeansSession({ ...base, dataset: 'blobs', n: 3, k: 4 });
    expect(few.notice).toBe('Need at least k = 4 points.');
    expect(few.elbow.k).toEqual([1, 2, 3]);
  });

  it('a change of k or the start reuses the points and the elbow; a data change does not', () => {
    const a = new KMeansSession(base);
    const elbow = a.elbow;
    expect(elbow.k).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const b = new KMeansSession({ ...base, k: 3, init: 'random' }, a);
    expect(b.data).toBe(a.data);
    expect(b.elbow).toBe(elbow);
    const c = new KMeansSession({ ...base, seed: 9 }, a);
    expect(c.data).not.toBe(a.data);
    expect(c.data.X).not.toEqual(a.data.X);
  });
});
