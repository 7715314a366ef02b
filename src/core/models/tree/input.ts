/**
 * Input checks and conversions for the tree estimators. scikit-learn's trees work on float32 copies of X
 * (DTYPE = np.float32): thresholds are midpoints of float32 values and queries are rounded to float32 before
 * they are compared, so we do the same to take the same branch as scikit-learn on every input.
 */

/** The largest finite float32. */
const FLOAT32_MAX = 3.4028234663852886e38;

function checkRows(X: readonly (readonly number[])[], name: string): { n: number; d: number } {
  if (!Array.isArray(X) || X.length === 0) throw new RangeError(`${name} is empty: it needs at least one row`);
  const d = Array.isArray(X[0]) ? X[0].length : 0;
  if (d === 0) throw new RangeError(`${name} has rows with no features`);
  for (let i = 0; i < X.length; i++) {
    const row = X[i];
    if (!Array.isArray(row) || row.length !== d) {
      throw new RangeError(`${name}: row ${i} has ${Array.isArray(row) ? row.length : 0} features, expected ${d}`);
    }
  }
  return { n: X.length, d };
}

function toFloat32(v: number, name: string, i: number, j: number): number {
  // NaN, ±Infinity and values beyond float32 all fail the second test
  if (typeof v !== 'number' || !(Math.abs(v) <= FLOAT32_MAX)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new RangeError(`${name} contains ${String(v)}, not a finite number, at [${i}][${j}]`);
    throw new RangeError(`${name}[${i}][${j}] = ${v} is too large for float32 (trees compare in float32)`);
  }
  return Math.fround(v) + 0; // + 0 turns −0 into +0: one key for the presort
}

/** X as float32 columns: `cols[f * n + i]` is feature f of sample i. */
export function toFloat32Columns(X: readonly (readonly number[])[], name = 'X'): { cols: Float32Array; n: number; d: number } {
  const { n, d } = checkRows(X, name);
  const cols = new Float32Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) cols[j * n + i] = toFloat32(X[i][j], name, i, j);
  return { cols, n, d };
}

/** Query rows as a row-major float32 matrix, checked against the number of features seen in fit. */
export function toFloat32Rows(X: readonly (readonly number[])[], nFeatures: number, name = 'X'): { data: Float32Array; m: number } {
  const { n, d } = checkRows(X, name);
  if (d !== nFeatures) throw new RangeError(`${name} has ${d} features, but the model was fitted with ${nFeatures}`);
  const data = new Float32Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) data[i * d + j] = toFloat32(X[i][j], name, i, j);
  return { data, m: n };
}

/** Checks y's length and that every entry is a finite number. */
export function checkTargets(y: readonly number[], n: number): void {
  if (!Array.isArray(y)) throw new TypeError('y must be an array of numbers');
  if (y.length !== n) throw new RangeError(`X and y have different lengths (${n} vs ${y.length})`);
  for (let i = 0; i < y.length; i++) {
    if (typeof y[i] !== 'number' || !Number.isFinite(y[i])) throw new RangeError(`y contains a non-finite value at ${i}`);
  }
}

/**
 * Class labels must be discrete, as scikit-learn's check_classification_targets: a y with non-integer values
 * is a regression target ('continuous'), and a classifier refuses it rather than treating every value as a class.
 */
export function checkClassLabels(y: readonly number[], n: number): void {
  checkTargets(y, n);
  for (let i = 0; i < y.length; i++) {
    if (!Number.isInteger(y[i])) {
      throw new RangeError(`Unknown label type: y has the non-integer value ${y[i]} at ${i}. A classifier needs class labels; use a regressor for a continuous target`);
    }
  }
}

/** Sample weights: n finite values ≥ 0 with a positive sum (null means all 1). */
export function checkSampleWeight(sampleWeight: readonly number[] | null | undefined, n: number): Float64Array | null {
  if (sampleWeight == null) return null;
  if (!Array.isArray(sampleWeight) && !(sampleWeight instanceof Float64Array)) throw new TypeError('sampleWeight must be an array of numbers');
  if (sampleWeight.length !== n) throw new RangeError(`sampleWeight has ${sampleWeight.length} entries, expected ${n} (one per sample)`);
  const w = Float64Array.from(sampleWeight);
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(w[i]) || w[i] < 0) throw new RangeError(`sampleWeight must be finite and ≥ 0, got ${w[i]} at ${i}`);
    total += w[i];
  }
  if (!(total > 0)) throw new RangeError('sampleWeight sums to 0: no sample to learn from');
  return w;
}
