// Comparing our random forests with scikit-learn's over many seeds: the two cannot agree draw for draw (different
// random generators), so tests compare the means of the two samples of runs (forest-sklearn, forest-regression).
import { expect } from 'vitest';

export const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
export const sd = (v: number[]) => { const m = mean(v); return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1)); };

/** Means of two samples agree within 3 standard errors of their difference (+ floor). */
export function expectSameMean(ours: number[], theirs: number[], floor: number, what: string): void {
  const se = Math.sqrt(sd(ours) ** 2 / ours.length + sd(theirs) ** 2 / theirs.length);
  expect(Math.abs(mean(ours) - mean(theirs)), `${what}: ours ${mean(ours).toFixed(4)} vs scikit-learn ${mean(theirs).toFixed(4)} (se ${se.toFixed(4)})`)
    .toBeLessThanOrEqual(3 * se + floor);
}
