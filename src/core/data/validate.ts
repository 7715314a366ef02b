/** Shared input checks for data generators and splitting: clear errors instead of NaN or silent garbage. */

/** A sample count: a finite integer ≥ 0. */
export function checkCount(n: number, name = 'n'): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be an integer ≥ 0 (got ${n})`);
}

/** A noise standard deviation: finite and ≥ 0. */
export function checkNoise(noise: number, name = 'noise'): void {
  if (!Number.isFinite(noise) || noise < 0) throw new RangeError(`${name} must be a finite number ≥ 0 (got ${noise})`);
}

/** X rows and y labels of equal length, every row of the same width with finite numbers. */
export function checkXY(X: number[][], y: ArrayLike<number>, names = ['X', 'y']): number {
  if (X.length !== y.length) throw new RangeError(`${names[0]} and ${names[1]} have different lengths (${X.length} vs ${y.length})`);
  return checkMatrix(X, names[0]);
}

/** Every row of X has the same width and only finite numbers; returns the width (0 for an empty X). */
export function checkMatrix(X: number[][], name = 'X'): number {
  if (!Array.isArray(X)) throw new TypeError(`${name} must be an array of rows`);
  const d = X.length ? X[0].length : 0;
  for (let i = 0; i < X.length; i++) {
    const row = X[i];
    if (!row || row.length !== d) throw new RangeError(`${name} row ${i} has ${row ? row.length : 0} values, expected ${d}`);
    for (let j = 0; j < d; j++) {
      if (!Number.isFinite(row[j])) throw new RangeError(`${name}[${i}][${j}] is not a finite number (${row[j]})`);
    }
  }
  return d;
}
