// The sentence above the k-means map: why the run stopped, or what the next half-step will do.

export function kmeansStatus(converged: boolean, reason: string, iteration: number, next: 'assign' | 'update' | null): string {
  if (converged) {
    if (reason === 'labels-unchanged') return `Converged after ${iteration} iterations: no point changed cluster.`;
    if (reason === 'tol') return `Converged after ${iteration} iterations: the centres moved less than the tolerance.`;
    return `Stopped at the iteration limit (${iteration}).`;
  }
  if (next === 'assign') return 'Next: assign every point to its nearest centre.';
  if (next === 'update') return 'Next: move every centre to the mean of its points.';
  return '';
}
