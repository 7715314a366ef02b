import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults, type Point3 } from '../../src/params';
import { schema, type Params } from '../../src/widgets/tree/params';
import { TreeSession } from '../../src/widgets/tree/session';

const base = defaults(schema) as Params;
const params = (over: Partial<Params>) => ({ ...base, ...over }) as Params;
// the links of tests/fixtures/tree_widget.json, whose finished trees equal scikit-learn's
const cases: Record<string, { over: Partial<Params> }> = JSON.parse(readFileSync(new URL('../fixtures/tree_widget.json', import.meta.url), 'utf8')).cases;

describe('the per-node candidate view: the numbers core’s splitter used', () => {
  it('hand-checked: x₁ = 1…5 with classes 0 0 1 1 1 — every threshold on both features and its Gini decrease', () => {
    const added: Point3[] = [[1, 5, 0], [2, 3, 0], [3, 4, 1], [4, 1, 1], [5, 2, 1]];
    const s = new TreeSession(params({ dataset: 'clicks', added }));
    s.step();
    const v = s.view();
    const c = s.candidatesAt(v, 0)!;
    expect(c.n).toBe(5);
    expect(c.features[0].thresholds).toEqual([1.5, 2.5, 3.5, 4.5]);
    // x₁ ≤ 1.5: {0} | {0,1,1,1} → 0.48 − 4/5·(1 − 1/16 − 9/16) = 0.18; ≤ 2.5: pure, 0.48; ≤ 3.5: {0,0,1} | {1,1} → 0.48 − 3/5·4/9;
    // ≤ 4.5: {0,0,1,1} | {1} → 0.48 − 4/5·1/2 = 0.08
    const want0 = [0.18, 0.48, 0.48 - (3 / 5) * (4 / 9), 0.08];
    c.features[0].decreases.forEach((d, k) => expect(d).toBeCloseTo(want0[k], 14));
    // x₂ sorted 1 2 3 4 5 → classes 1 1 0 1 0; ≤ 2.5: {1,1} | {0,1,0} → 0.48 − 3/5·4/9
    expect(c.features[1].thresholds).toEqual([1.5, 2.5, 3.5, 4.5]);
    expect(c.features[1].decreases[1]).toBeCloseTo(0.48 - (3 / 5) * (4 / 9), 14);
    expect(c.chosen).toEqual({ feature: 0, threshold: 2.5, decrease: c.features[0].decreases[1] });
    expect(c.best).toEqual(c.chosen);
    // the leaves: pure, never split
    expect(s.candidatesAt(v, 1)!.why).toMatch(/pure/);
    expect(s.candidatesAt(v, 1)!.chosen).toBeNull();
  });

  for (const [name, c] of Object.entries(cases)) {
    it(`${name}: at every step the chosen candidate is the step's split, the best over both features, its ΔI · n/N core's improvement`, () => {
      const s = new TreeSession(params(c.over));
      let checked = 0;
      while (s.step()) {
        const v = s.view();
        const step = v.last!;
        if (!v.nodes[v.lastNode] || v.nodes[v.lastNode].leaf) continue; // pruned away on the finishing step (α > 0)
        const cand = s.candidatesAt(v, v.lastNode)!;
        expect(cand.n).toBe(step.nNodeSamples);
        expect(cand.impurity).toBe(step.impurity);
        expect(cand.chosen!.feature).toBe(step.feature);
        expect(cand.chosen!.threshold).toBe(step.threshold);
        expect(cand.best).toEqual(cand.chosen);
        expect(cand.chosen!.decrease * (cand.n / s.nTrain)).toBeCloseTo(step.improvement, 12);
        checked++;
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('a leaf held back by the depth limit says so and names the split it would take', () => {
    const s = new TreeSession(params({ maxDepth: 1 }));
    while (s.step());
    const v = s.view();
    const leaf = v.nodes.find((n) => n.leaf && n.impurity > 0)!;
    const c = s.candidatesAt(v, leaf.id)!;
    expect(c.chosen).toBeNull();
    expect(c.best!.decrease).toBeGreaterThan(0);
    expect(c.why).toMatch(/depth limit/);
    expect(s.candidatesAt(v, 999)).toBeNull();
  });
});
