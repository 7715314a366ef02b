import { describe, expect, it } from 'vitest';
import { makeScale, ticksOf } from '../../src/charts/scales';
import type { AxisSpec } from '../../src/charts/types';

describe('axis ticks', () => {
  it('a log axis over a narrow range (a loss near 0.69) still gets labelled ticks inside the domain', () => {
    const spec: AxisSpec = { domain: [0.62, 0.76], type: 'log', nice: false };
    const t = ticksOf(makeScale(spec, [200, 0]), spec, 4);
    expect(t.values.length).toBeGreaterThanOrEqual(2);
    expect(t.labels.every((l) => l !== '')).toBe(true);
    for (const v of t.values) expect(v >= 0.62 && v <= 0.76).toBe(true);
    expect(t.labels.map(Number)).toEqual(t.values.map((v) => +v.toPrecision(3)));
  });

  it('a log axis over decades keeps the labelled powers of ten', () => {
    const spec: AxisSpec = { domain: [0.01, 10], type: 'log', nice: false };
    const t = ticksOf(makeScale(spec, [200, 0]), spec, 4);
    expect(t.labels).toEqual(['0.01', '0.1', '1', '10']);
  });

  it('an integer axis over one step has whole-number ticks only', () => {
    const spec: AxisSpec = { domain: [0, 1], integer: true, nice: false };
    expect(ticksOf(makeScale(spec, [0, 300]), spec, 5).values).toEqual([0, 1]);
  });
});
