/**
 * Bagging as scikit-learn's forests do it (sklearn/ensemble/_forest.py, 1.2): each tree sees n_b rows drawn
 * uniformly with replacement, passed to the tree as sample weights (a row drawn k times weighs k; undrawn rows
 * weigh 0 and are the tree's out-of-bag rows).
 */
import type { Rng } from '../../random';
import { encodedClassWeight } from '../../utils/class-weight';

/**
 * How many rows each bootstrap draws: n (maxSamples null), a count in [1, n], or a fraction in (0, 1)
 * (max(round(n·f), 1)), as _get_n_samples_bootstrap.
 */
export function bootstrapSize(n: number, maxSamples: number | null, who: string): number {
  if (maxSamples === null) return n;
  if (Number.isInteger(maxSamples)) {
    if (maxSamples > n) throw new RangeError(`${who}: maxSamples must be at most the number of samples (${n}); got ${maxSamples}`);
    return maxSamples;
  }
  return Math.max(Math.round(n * maxSamples), 1);
}

/** nBoot row indices drawn with replacement. */
export function drawBootstrap(rng: Rng, n: number, nBoot: number): Int32Array {
  const idx = new Int32Array(nBoot);
  for (let k = 0; k < nBoot; k++) idx[k] = rng.int(n);
  return idx;
}

/** How often each of the n rows was drawn. */
export function drawCounts(indices: Int32Array, n: number): Float64Array {
  const counts = new Float64Array(n);
  for (let k = 0; k < indices.length; k++) counts[indices[k]]++;
  return counts;
}

/**
 * scikit-learn's class_weight='balanced_subsample': 'balanced' weights computed on the drawn rows (with their
 * repeats), so each tree sees its classes equally weighted; a class absent from the draw weighs 0.
 */
export function balancedSubsampleWeights(yClass: Int32Array, classes: readonly number[], indices: Int32Array): Float64Array {
  const perClass = encodedClassWeight('balanced', classes, Int32Array.from(indices, (i) => yClass[i]));
  return Float64Array.from(yClass, (k) => perClass[k]);
}
