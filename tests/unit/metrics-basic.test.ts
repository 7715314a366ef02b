import { describe, expect, it } from 'vitest';
import { accuracyScore, logLoss } from '../../src/core/metrics';

describe('accuracyScore', () => {
  it('counts exact matches', () => {
    expect(accuracyScore([0, 1, 1, 0], [0, 1, 0, 0])).toBe(0.75);
    expect(accuracyScore([0, 1, 1, 0], [0, 1, 0, 0], { normalize: false })).toBe(3);
    expect(accuracyScore(['a', 'b'], ['a', 'a'])).toBe(0.5);
  });
  it('rejects mismatched lengths and empty input', () => {
    expect(() => accuracyScore([0, 1], [0])).toThrow(/different lengths/);
    expect(() => accuracyScore([], [])).toThrow(/empty/);
  });
});

describe('logLoss', () => {
  it('matches a hand-computed binary case', () => {
    // -(ln .9 + ln .8 + ln .7 + ln .6)/4
    const expected = -(Math.log(0.9) + Math.log(0.8) + Math.log(0.7) + Math.log(0.6)) / 4;
    expect(logLoss([1, 0, 1, 0], [0.9, 0.2, 0.7, 0.4])).toBeCloseTo(expected, 12);
  });
  it('matches a hand-computed multiclass case and renormalises rows', () => {
    const expected = -(Math.log(0.5) + Math.log(0.25)) / 2;
    expect(logLoss([0, 2], [[0.5, 0.25, 0.25], [0.5, 0.25, 0.25]])).toBeCloseTo(expected, 12);
    expect(logLoss([0, 2], [[1, 0.5, 0.5], [1, 0.5, 0.5]])).toBeCloseTo(expected, 12);
  });
  it('clips probabilities so a confident mistake is finite', () => {
    expect(Number.isFinite(logLoss([1], [0]))).toBe(true);
  });
});
