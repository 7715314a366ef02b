import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/forest/params';
import { PointSet } from '../../src/widgets/shared/trees/points';
import { ForestSession } from '../../src/widgets/forest/session';
import { stability } from '../../src/widgets/forest/stability';

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
    expect(s.stability!.forest.flipped).toBe(stability(p, new PointSet(p))!.forest.flipped);
  });

  it('nothing to compare before a nudge, or with one class', () => {
    expect(stability(params({}), new PointSet(params({})))).toBeNull();
    const one = params({ dataset: 'clicks', added: [[0, 0, 1], [1, 1, 1]], nudge: 1 });
    expect(stability(one, new PointSet(one))).toBeNull();
  });
});
