import { describe, expect, it } from 'vitest';
import { createOptimizer, softThreshold, OPTIMIZER_NAMES } from '../../src/core';

describe('softThreshold', () => {
  it('shrinks towards 0 by t and clips to exactly 0 inside [−t, t]', () => {
    expect(softThreshold(3, 1)).toBe(2);
    expect(softThreshold(-3, 1)).toBe(-2);
    expect(softThreshold(0.5, 1)).toBe(0);
    expect(softThreshold(-1, 1)).toBe(0);
    expect(softThreshold(2, 0)).toBe(2);
  });
});

describe('optimisers by hand', () => {
  it('sgd: p ← p − lr·g, then the L1 soft-threshold lr·λ on penalised coordinates only', () => {
    const o = createOptimizer('sgd', 3);
    const p = Float64Array.from([1, -1, 0.05]);
    o.step(p, [0.5, 0.5, 0], 0.1, [0.2, 0.2, 0]);
    // 1 − 0.05 = 0.95 → 0.93; −1 − 0.05 = −1.05 → −1.03; last not penalised.
    expect(p[0]).toBeCloseTo(0.93, 14);
    expect(p[1]).toBeCloseTo(-1.03, 14);
    expect(p[2]).toBe(0.05);
    expect(o.t).toBe(1);
  });

  it('momentum: v ← μv + g; p ← p − lr·v', () => {
    const o = createOptimizer('momentum', 1, { momentum: 0.5 });
    const p = Float64Array.from([0]);
    o.step(p, [1], 0.1);
    expect(p[0]).toBeCloseTo(-0.1, 14);
    o.step(p, [1], 0.1);
    expect(p[0]).toBeCloseTo(-0.1 - 0.15, 14);
  });

  it('adam: the first step is lr·sign(g) (bias-corrected), then follows the moment estimates', () => {
    const o = createOptimizer('adam', 2);
    const p = Float64Array.from([0, 0]);
    o.step(p, [4, -0.001], 0.01);
    expect(p[0]).toBeCloseTo(-0.01, 8);
    expect(p[1]).toBeCloseTo(0.01, 4);
    // Second step with g = 2: m = 0.9·0.4 + 0.1·2 = 0.56, v = 0.999·0.016 + 0.001·4 = 0.019984.
    o.step(p, [2, -0.001], 0.01);
    const mh = 0.56 / (1 - 0.81), vh = 0.019984 / (1 - 0.999 ** 2);
    expect(p[0]).toBeCloseTo(-0.01 - 0.01 * mh / (Math.sqrt(vh) + 1e-8), 10);
  });

  it('each optimiser minimises a quadratic ½(p − 3)²', () => {
    for (const name of OPTIMIZER_NAMES) {
      const o = createOptimizer(name, 1);
      const p = Float64Array.from([0]);
      for (let i = 0; i < 2000; i++) o.step(p, [p[0] - 3], name === 'adam' ? 0.05 : 0.1);
      expect(p[0]).toBeCloseTo(3, 3);
    }
  });

  it('snapshot / restore undo a step exactly; reset forgets the state', () => {
    const o = createOptimizer('adam', 2);
    const p = Float64Array.from([1, 2]);
    o.step(p, [0.3, -0.2], 0.1);
    const s = o.snapshot(), saved = p.slice();
    o.step(p, [5, 5], 0.1);
    o.restore(s);
    p.set(saved);
    const q = p.slice();
    o.step(p, [0.1, 0.1], 0.1);
    const o2 = createOptimizer('adam', 2);
    o2.step(q, [0.3, -0.2], 0); // same moments as the first step (lr 0 leaves q)
    o2.step(q, [0.1, 0.1], 0.1);
    expect(Array.from(p)).toEqual(Array.from(q));
    o.reset();
    expect(o.t).toBe(0);
  });

  it('rejects bad options and unknown names', () => {
    expect(() => createOptimizer('momentum', 1, { momentum: 1 })).toThrow(RangeError);
    expect(() => createOptimizer('adam', 1, { beta1: -0.1 })).toThrow(RangeError);
    expect(() => createOptimizer('adam', 1, { epsilon: 0 })).toThrow(RangeError);
    // @ts-expect-error: unknown on purpose
    expect(() => createOptimizer('adagrad', 1)).toThrow("optimizer must be one of 'sgd', 'momentum', 'adam', 'rmsprop'; got 'adagrad'");
  });
});
