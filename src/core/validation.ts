/**
 * The one input validator of the core, as scikit-learn's check_array / check_X_y / check_consistent_length and its
 * parameter checks: every estimator, transformer, metric and generator checks its input here, so bad input always
 * gets the same clear message (and a RangeError or TypeError, never NaN or a crash further down).
 *
 * Messages name what is wrong and where: "KMeans.fit: X contains NaN at row 3, column 1". The optional `who`
 * ('KMeans.fit') is put in front; class names are spelled out because the production build minifies them.
 * docs/API.md lists every message.
 */
import { toFlat, type Matrix } from './utils/matrix';

/** Where a check runs, put in front of its message ("KMeans.fit: ..."); empty for none. */
function prefix(who: string | undefined): string {
  return who ? `${who}: ` : '';
}

/** A value as a message shows it: strings in quotes, as scikit-learn prints them. */
export function formatValue(v: unknown): string {
  if (typeof v === 'string') return `'${v}'`;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined || typeof v === 'bigint') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** "0 and 1", "0, 1 and 2". */
function listAnd(values: readonly unknown[]): string {
  const s = values.map(formatValue);
  return s.length < 2 ? s.join('') : `${s.slice(0, -1).join(', ')} and ${s[s.length - 1]}`;
}

// ---- parameters -----------------------------------------------------------------------------------------------

/** An option that takes one of a fixed set of values: "penalty must be one of 'none', 'l1', 'l2'; got 'l3'". */
export function checkOption<T>(name: string, value: unknown, allowed: readonly T[], who?: string): T {
  if (!allowed.includes(value as T)) {
    throw new RangeError(`${prefix(who)}${name} must be one of ${allowed.map(formatValue).join(', ')}; got ${formatValue(value)}`);
  }
  return value as T;
}

export interface NumberRule {
  /** Whole numbers only. */
  integer?: boolean;
  /** Lower bound, included unless minExclusive. */
  min?: number;
  minExclusive?: boolean;
  /** Upper bound, included unless maxExclusive. */
  max?: number;
  maxExclusive?: boolean;
  /** Accept ±Infinity (e.g. a Minkowski power of Infinity). Default false. */
  allowInfinity?: boolean;
}

/** The rule in words: "an integer ≥ 1", "a finite number in [0, 1)", "a number ≥ 1". */
function describeRule(r: NumberRule): string {
  const kind = r.integer ? 'an integer' : r.allowInfinity ? 'a number' : 'a finite number';
  const { min, max } = r;
  if (min !== undefined && max !== undefined) {
    return `${kind} in ${r.minExclusive ? '(' : '['}${min}, ${max}${r.maxExclusive ? ')' : ']'}`;
  }
  if (min !== undefined) return `${kind} ${r.minExclusive ? '>' : '≥'} ${min}`;
  if (max !== undefined) return `${kind} ${r.maxExclusive ? '<' : '≤'} ${max}`;
  return kind;
}

/** A numeric option: "C must be a finite number > 0; got 0", "maxIter must be an integer ≥ 1; got 2.5". */
export function checkNumber(name: string, value: unknown, rule: NumberRule = {}, who?: string): number {
  const v = value as number;
  const ok = typeof value === 'number' && !Number.isNaN(v)
    && (rule.allowInfinity ? true : Number.isFinite(v))
    && (!rule.integer || Number.isInteger(v))
    && (rule.min === undefined || (rule.minExclusive ? v > rule.min : v >= rule.min))
    && (rule.max === undefined || (rule.maxExclusive ? v < rule.max : v <= rule.max));
  if (!ok) throw new RangeError(`${prefix(who)}${name} must be ${describeRule(rule)}; got ${formatValue(value)}`);
  return v;
}

/** A sample count for generators and splits: an integer ≥ 0. */
export function checkCount(n: number, name = 'n', who?: string): number {
  return checkNumber(name, n, { integer: true, min: 0 }, who);
}

/** A noise standard deviation: a finite number ≥ 0. */
export function checkNoise(noise: number, name = 'noise', who?: string): number {
  return checkNumber(name, noise, { min: 0 }, who);
}

// ---- arrays ---------------------------------------------------------------------------------------------------

export interface ArrayChecks {
  /** The array's name in messages. Default 'X'. */
  name?: string;
  /** Where the check runs, e.g. 'KMeans.fit', put in front of the message. */
  who?: string;
  /**
   * The fewest rows accepted. Default 1, as scikit-learn's ensure_min_samples: nothing can be learnt from an empty X.
   * Prediction and transforms pass 0 so that an empty test set gives an empty answer instead of an error.
   */
  minSamples?: number;
  /** Why more than one row is needed, added to that message ("one per cluster"). */
  minSamplesWhy?: string;
  /** The number of columns required (the width the model was fitted with). */
  nFeatures?: number;
  /** What that width is, for its message. Default 'as many as the model was fitted on'. */
  nFeaturesWhy?: string;
}

/** The shape of a checked array: n rows of d features. */
export interface Shape {
  n: number;
  d: number;
}

/** What is wrong with a value that should be a finite number, or null if nothing. */
function badNumber(v: unknown): string | null {
  if (typeof v !== 'number') return `a non-number (${formatValue(v)})`;
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  return null;
}

/**
 * Rows of numbers (number[][]) that a model can take, as scikit-learn's check_array: an array of rows, at least
 * minSamples of them, every row as wide as the first and at least one feature wide, only finite numbers, and
 * nFeatures wide when given. Returns the shape (d = nFeatures, or 0, for an accepted empty X).
 */
export function checkArray(X: unknown, checks: ArrayChecks = {}): Shape {
  const { name = 'X', who } = checks;
  const at = prefix(who);
  if (!Array.isArray(X)) throw new TypeError(`${at}${name} must be an array of rows (number[][]); got ${formatValue(X)}`);
  const n = X.length;
  checkRowCount(n, checks);
  if (n === 0) return { n: 0, d: checks.nFeatures ?? 0 };
  const d = rowLength(X[0]);
  if (d === null) throw new TypeError(`${at}${name} row 0 is not an array of numbers; got ${formatValue(X[0])}`);
  if (d === 0) throw new RangeError(`${at}${name} has rows with no features`);
  for (let i = 0; i < n; i++) {
    const row = X[i] as ArrayLike<unknown>;
    const len: number | null = i === 0 ? d : rowLength(row);
    if (len === null) throw new TypeError(`${at}${name} row ${i} is not an array of numbers; got ${formatValue(row)}`);
    if (len !== d) {
      throw new RangeError(`${at}${name} row ${i} has ${len} features, but row 0 has ${d}: every row needs the same number`);
    }
    for (let j = 0; j < d; j++) {
      const v = row[j];
      // the common case in one test (v − v is 0 for a finite number, NaN otherwise); badNumber names the problem
      if (typeof v !== 'number' || v - v !== 0) throw new RangeError(`${at}${name} contains ${badNumber(v)} at row ${i}, column ${j}`);
    }
  }
  checkWidth(d, checks);
  return { n, d };
}

/** At least checks.minSamples rows (the messages of checkArray and checkMatrix). */
function checkRowCount(n: number, checks: ArrayChecks): void {
  const { name = 'X', who, minSamples = 1 } = checks;
  if (n >= minSamples) return;
  if (n === 0) throw new RangeError(`${prefix(who)}${name} is empty: it has no rows`);
  const why = checks.minSamplesWhy ? ` (${checks.minSamplesWhy})` : '';
  throw new RangeError(`${prefix(who)}${name} has ${n} row${n === 1 ? '' : 's'}, but at least ${minSamples} are needed${why}`);
}

/** d features, when checks.nFeatures asks for a width. */
function checkWidth(d: number, checks: ArrayChecks): void {
  if (checks.nFeatures !== undefined && d !== checks.nFeatures) {
    const why = checks.nFeaturesWhy ?? 'as many as the model was fitted on';
    throw new RangeError(`${prefix(checks.who)}${checks.name ?? 'X'} has ${d} features, expected ${checks.nFeatures} (${why})`);
  }
}

/**
 * A Matrix (rows × cols in one row-major Float64Array) under the same rules and messages as checkArray, in one pass
 * over the buffer and without copying it: what lets a model take 100,000 points without building 100,000 row arrays.
 */
export function checkMatrix(X: Matrix, checks: ArrayChecks = {}): Shape {
  const { name = 'X', who } = checks;
  const at = prefix(who);
  const { data, rows: n, cols: d } = X;
  if (!(data instanceof Float64Array)) throw new TypeError(`${at}${name}.data must be a Float64Array; got ${formatValue(data)}`);
  for (const [key, v] of [['rows', n], ['cols', d]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${at}${name}.${key} must be a whole number ≥ 0; got ${formatValue(v)}`);
  }
  if (data.length !== n * d) throw new RangeError(`${at}${name}.data has ${data.length} values, but rows × cols = ${n} × ${d} = ${n * d}`);
  checkRowCount(n, checks);
  if (n === 0) return { n: 0, d: checks.nFeatures ?? d };
  if (d === 0) throw new RangeError(`${at}${name} has rows with no features`);
  for (let i = 0; i < data.length; i++) {
    const v = data[i];
    // v - v is 0 for every finite v and NaN for NaN and ±Infinity: one test per value in the common case
    if (v - v !== 0) throw new RangeError(`${at}${name} contains ${badNumber(v)} at row ${Math.floor(i / d)}, column ${i % d}`);
  }
  checkWidth(d, checks);
  return { n, d };
}

/** True for an object shaped as a Matrix ({data, rows, cols}); checkMatrix says what is wrong with it. */
export function isMatrix(X: unknown): X is Matrix {
  return typeof X === 'object' && X !== null && !Array.isArray(X) && 'data' in X && 'rows' in X && 'cols' in X;
}

/**
 * Rows (number[][]) or a Matrix, checked, as one row-major Float64Array: a Matrix's own buffer (not copied: the
 * caller must not change it while a model uses it), or a new one for rows.
 */
export function checkFlat(X: unknown, checks: ArrayChecks = {}): Shape & { data: Float64Array } {
  if (isMatrix(X)) return { ...checkMatrix(X, checks), data: X.data };
  const { n, d } = checkArray(X, checks);
  return { n, d, data: toFlat(X as number[][], n, d) };
}

/** The length of an array-like row, or null if it is not one. */
function rowLength(row: unknown): number | null {
  if (Array.isArray(row) || ArrayBuffer.isView(row)) return (row as ArrayLike<unknown>).length;
  return null;
}

/** Two arrays with one entry per sample, as scikit-learn's check_consistent_length: "X and y have different lengths (3 vs 2)". */
export function checkConsistentLength(
  a: ArrayLike<unknown>, b: ArrayLike<unknown>, names: readonly [string, string] = ['X', 'y'], who?: string,
): void {
  if (a.length !== b.length) {
    throw new RangeError(`${prefix(who)}${names[0]} and ${names[1]} have different lengths (${a.length} vs ${b.length})`);
  }
}

/** At least one entry: "yTrue is empty". */
export function checkNonEmpty(a: ArrayLike<unknown>, name = 'X', who?: string): void {
  if (a.length === 0) throw new RangeError(`${prefix(who)}${name} is empty`);
}

// ---- targets --------------------------------------------------------------------------------------------------

export interface TargetChecks {
  /** The targets' name in messages. Default 'y'. */
  name?: string;
  who?: string;
  /**
   * 'classes' (a classifier's labels: integers, as scikit-learn's check_classification_targets refuses a continuous
   * y) or 'continuous' (a regressor's targets: any finite number). Default 'continuous'.
   */
  kind?: 'classes' | 'continuous';
  /** For classes: the fewest distinct classes needed (2 for a model that separates classes). */
  minClasses?: number;
  /** For classes: the only labels accepted (e.g. [0, 1] for a binary model). */
  labels?: readonly number[];
}

/**
 * Targets y: an array of finite numbers; for classes, integer labels (from `labels` when given) and at least
 * minClasses of them. Returns the sorted distinct classes for 'classes', [] for 'continuous'.
 */
export function checkTargets(y: unknown, checks: TargetChecks = {}): number[] {
  const { name = 'y', who, kind = 'continuous', minClasses = 1, labels } = checks;
  const at = prefix(who);
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) throw new TypeError(`${at}${name} must be an array of numbers; got ${formatValue(y)}`);
  const yy = y as ArrayLike<unknown>;
  const seen = new Set<number>();
  for (let i = 0; i < yy.length; i++) {
    const v = yy[i];
    const bad = badNumber(v);
    if (bad) throw new RangeError(`${at}${name} contains ${bad} at index ${i}`);
    if (kind !== 'classes') continue;
    const c = v as number;
    if (labels && !labels.includes(c)) {
      throw new RangeError(`${at}${name} contains ${c} at index ${i}, but only the labels ${listAnd(labels)} are accepted (map your classes onto them first)`);
    }
    if (!Number.isInteger(c)) {
      throw new RangeError(`${at}${name} contains ${c} at index ${i}, which is not an integer class label (for a continuous target use a regressor)`);
    }
    seen.add(c);
  }
  if (kind !== 'classes') return [];
  const classes = Array.from(seen).sort((a, b) => a - b);
  if (yy.length > 0 && classes.length < minClasses) {
    const found = classes.length === 1 ? `only one class (${classes[0]})` : `${classes.length} classes`;
    throw new RangeError(`${at}${name} contains ${found}, but at least ${minClasses} are needed`);
  }
  return classes;
}

export interface XyChecks extends ArrayChecks, Omit<TargetChecks, 'name' | 'who'> {
  /** The targets' name in messages. Default 'y'. */
  yName?: string;
}

/**
 * X and y together, as scikit-learn's check_X_y: X as checkArray, y as checkTargets, one target per row.
 * Returns the shape and, for classes, the sorted distinct labels.
 */
export function checkXy(X: unknown, y: unknown, checks: XyChecks = {}): Shape & { classes: number[] } {
  const shape = checkArray(X, checks);
  const yName = checks.yName ?? 'y';
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) {
    throw new TypeError(`${prefix(checks.who)}${yName} must be an array of numbers; got ${formatValue(y)}`);
  }
  checkConsistentLength(X as unknown[], y as ArrayLike<unknown>, [checks.name ?? 'X', yName], checks.who);
  const classes = checkTargets(y, { ...checks, name: yName });
  return { ...shape, classes };
}
