// stable-frame.ts: a new frame keeps the previous frame's objects for the parts that did not change, so that the
// #/tuning page redraws only the views whose data changed.
import { describe, expect, it } from 'vitest';
import { emptyFrame, type TuningFrame } from '../../src/widgets/tuning/session-types';
import { same, stableFrame } from '../../src/widgets/tuning/stable-frame';

const frame = (over: Partial<TuningFrame>): TuningFrame => ({ ...emptyFrame(), ...over });

describe('tuning stableFrame', () => {
  it('same: NaN equals NaN, typed arrays and nested objects by entry, different lengths or keys differ', () => {
    expect(same(NaN, NaN)).toBe(true);
    expect(same(Float64Array.of(1, NaN, -Infinity), Float64Array.of(1, NaN, -Infinity))).toBe(true);
    expect(same(Float64Array.of(1, NaN), Float64Array.of(1, 0.5))).toBe(false);
    expect(same([{ x: 1, y: 'rbf', score: NaN }], [{ x: 1, y: 'rbf', score: NaN }])).toBe(true);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(same(null, {})).toBe(false);
  });

  it('keeps unchanged parts as the previous objects and takes the changed ones from the new frame', () => {
    const prev = frame({ cells: Float64Array.of(0.5, NaN), gridBest: [0.5], validation: [{ x: 1, train: 0.9, test: 0.8, trainScores: [0.9], testScores: [0.8], failure: '' }] as never });
    // as the worker's structured clone delivers it: every part a fresh copy, one cell and the best-so-far changed
    const next = frame({ cells: Float64Array.of(0.5, 0.7), gridBest: [0.5, 0.7], validation: structuredClone(prev.validation) });
    const out = stableFrame(prev, next);
    expect(out.validation).toBe(prev.validation);
    expect(out.randomBest).toBe(prev.randomBest);
    expect(out.cells).toBe(next.cells);
    expect(out.gridBest).toBe(next.gridBest);
    expect(same(out, next)).toBe(true);
  });
});
