/**
 * Input conversions for the tree estimators. scikit-learn's trees work on float32 copies of X
 * (DTYPE = np.float32): thresholds are midpoints of float32 values and queries are rounded to float32 before
 * they are compared, so we do the same to take the same branch as scikit-learn on every input.
 *
 * The conversion checks as it goes; on anything wrong it lets core/validation's checkArray say what (the same
 * messages as every estimator), and adds the one rule of its own: values must fit in a float32.
 */
import { checkArray, checkConsistentLength, formatValue } from '../../validation';
import type { TreeData } from './criterion';

/** The largest finite float32. */
const FLOAT32_MAX = 3.4028234663852886e38;

const fits = (v: unknown) => typeof v === 'number' && Math.abs(v) <= FLOAT32_MAX; // false for NaN and ±Infinity

/** Throws checkArray's message for X, or else the float32 one (the only problem checkArray does not see). */
function reject(X: unknown, who: string, nFeatures?: number): never {
  checkArray(X, { who, nFeatures, minSamples: nFeatures === undefined ? 1 : 0 });
  const rows = X as number[][];
  for (let i = 0; i < rows.length; i++) {
    for (let j = 0; j < rows[i].length; j++) {
      if (!fits(rows[i][j])) throw new RangeError(`${who}: X contains ${rows[i][j]} at row ${i}, column ${j}, too large for float32 (trees compare in float32)`);
    }
  }
  throw new RangeError(`${who}: X is not a matrix of numbers: ${formatValue(X)}`);
}

/** The width of X's first row, or −1 if X is not a non-empty array of arrays. */
function width(X: unknown): number {
  return Array.isArray(X) && X.length > 0 && Array.isArray(X[0]) && X[0].length > 0 ? X[0].length : -1;
}

/** X as float32 columns: `cols[f * n + i]` is feature f of sample i (−0 stored as +0: one key for the presort). */
export function toFloat32Columns(X: readonly (readonly number[])[], who: string): { cols: Float32Array; n: number; d: number } {
  const d = width(X);
  if (d < 0) reject(X, who);
  const n = X.length;
  const cols = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    const row = X[i];
    if (!Array.isArray(row) || row.length !== d) reject(X, who);
    for (let j = 0; j < d; j++) {
      const v = row[j];
      if (!fits(v)) reject(X, who);
      cols[j * n + i] = Math.fround(v) + 0;
    }
  }
  return { cols, n, d };
}

/** Query rows as a row-major float32 matrix (m rows of nFeatures; an empty X gives m = 0). */
export function toFloat32Rows(X: readonly (readonly number[])[], nFeatures: number, who: string): { data: Float32Array; m: number } {
  if (!Array.isArray(X) || (X.length > 0 && width(X) !== nFeatures)) reject(X, who, nFeatures);
  const m = X.length;
  const data = new Float32Array(m * nFeatures);
  for (let i = 0; i < m; i++) {
    const row = X[i];
    if (!Array.isArray(row) || row.length !== nFeatures) reject(X, who, nFeatures);
    for (let j = 0; j < nFeatures; j++) {
      const v = row[j];
      if (!fits(v)) reject(X, who, nFeatures);
      data[i * nFeatures + j] = Math.fround(v);
    }
  }
  return { data, m };
}

/** Sample weights: n finite values ≥ 0 with a positive sum (null means all 1). */
export function checkSampleWeight(sampleWeight: readonly number[] | null | undefined, n: number, who: string): Float64Array | null {
  if (sampleWeight == null) return null;
  if (!Array.isArray(sampleWeight)) throw new TypeError(`${who}: sampleWeight must be an array of numbers; got ${formatValue(sampleWeight)}`);
  if (sampleWeight.length !== n) throw new RangeError(`${who}: X and sampleWeight have different lengths (${n} vs ${sampleWeight.length})`);
  const w = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const v = sampleWeight[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`${who}: sampleWeight must be finite numbers ≥ 0; got ${formatValue(v)} at index ${i}`);
    w[i] = v;
    total += v;
  }
  if (!(total > 0)) throw new RangeError(`${who}: sampleWeight sums to 0: there is no sample to learn from`);
  return w;
}

/** How an estimator checks y and turns it into the builder's targets and weights. */
export type EncodeTargets = (y: readonly number[], sampleWeight: Float64Array | null, who: string) => Pick<TreeData, 'yClass' | 'nClasses' | 'yValue' | 'weight'>;

/** X, y and the sample weights of a fit, checked and converted into the builder's data (trees and forests alike). */
export function fitData(who: string, X: number[][], y: number[], sampleWeight: number[] | null | undefined, encode: EncodeTargets): TreeData {
  const { cols, n, d } = toFloat32Columns(X, who);
  if (!Array.isArray(y)) throw new TypeError(`${who}: y must be an array of numbers; got ${formatValue(y)}`);
  checkConsistentLength(X, y, ['X', 'y'], who);
  const weight = checkSampleWeight(sampleWeight, n, who);
  return { cols, n, d, ...encode(y, weight, who) };
}
