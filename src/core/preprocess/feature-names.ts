// Kept apart from nan-utils.ts: StandardScaler needs only this, and every classical widget loads StandardScaler.

/** The names a transformer gives its inputs when none are given: x0, x1, ... (scikit-learn's default). */
export function inputNames(d: number, given: readonly string[] | undefined, who: string): string[] {
  if (!given) return Array.from({ length: d }, (_, j) => `x${j}`);
  if (given.length !== d) throw new RangeError(`${who}: expected ${d} input feature names, got ${given.length}`);
  return [...given];
}
