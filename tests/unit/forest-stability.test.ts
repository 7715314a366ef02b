import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/forest/params';
import { PointSet } from '../../src/widgets/shared/trees/points';
import { ForestSession } from '../../src/widgets/forest/session';
import { stability, stabilityJob } from '../../src/widgets/forest/stability';

const base = defaults(schema) as Params;
const params = (over: Partial<Params>) => ({ ...base, ...over }) as Params;

describe('forest stability under a nudge', () => {
  it('a nudge flips much less of the plane under the forest than under one deep tree', () => {
    const rows: number[][] = [];
    for (const nudge of [1, 2, 3, 4, 5]) {
      const p = params({ nudge });
      const s = stability(p, new PointSet(p))!;
      rows.push([s.tree.flipped, s.forest.flipped]);
    }
    const mean = (k: number) => rows.reduce((a, r) => a + r[k], 0) / rows.length;
    expect(mean(0)).toBeGreaterThan(0.005);
    expect(mean(1)).toBeLessThan(mean(0) / 2);
  });

  it('the grown forest stands in for a fresh fit on the nudged points: the same shift', () => {
    const p = params({ nudge: 2, nEstimators: 20 });
    const s = new ForestSession(p);
    while (s.step());
    const job = s.stability!;
    job.advance(Infinity);
    expect(job.result!.forest.flipped).toBe(stability(p, new PointSet(p))!.forest.flipped);
  });

  it('the page’s job works in pieces of a time budget, one tree at a time, and ends at the same numbers as at once', () => {
    const p = params({ nudge: 3, nEstimators: 30 });
    const job = stabilityJob(p, new PointSet(p))!;
    expect(job.total).toBe(3 + 2 * 30);
    // a clock that moves 1 ms per reading: a budget of 0 does one piece per call
    let t = 0;
    const clock = () => t++;
    let calls = 0;
    while (!job.advance(0, clock)) calls++;
    expect(calls).toBe(job.total - 1);
    expect(job.progress).toBe(job.total - 1);
    const once = stability(p, new PointSet(p))!;
    expect(job.result!.tree.flipped).toBe(once.tree.flipped);
    expect(job.result!.forest.flipped).toBe(once.forest.flipped);
    expect(Array.from(job.result!.forest.grid.classes)).toEqual(Array.from(once.forest.grid.classes));
  });

  it('nothing to compare before a nudge, or with one class', () => {
    expect(stability(params({}), new PointSet(params({})))).toBeNull();
    const one = params({ dataset: 'clicks', added: [[0, 0, 1], [1, 1, 1]], nudge: 1 });
    expect(stability(one, new PointSet(one))).toBeNull();
  });
});
