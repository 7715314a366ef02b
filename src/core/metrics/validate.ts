/** Shared input checks for metrics: clear errors instead of NaN. */
export function checkSameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, names = ['yTrue', 'yPred']): void {
  if (a.length !== b.length) {
    throw new RangeError(`${names[0]} and ${names[1]} have different lengths (${a.length} vs ${b.length})`);
  }
}

export function checkNonEmpty(a: ArrayLike<unknown>, name = 'yTrue'): void {
  if (a.length === 0) throw new RangeError(`${name} is empty`);
}
