// The hand-picked input features of the 2-D playground widgets (TensorFlow-Playground style): a learner ticks
// x1, x2, squares, the cross product and sines, and a linear model on them draws curved boundaries.
import { checkMatrix } from '../data/validate';

export const FEATURE_NAMES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Each feature's name, a plain-text label and a KaTeX label, and its formula. */
export const FEATURES: readonly { name: FeatureName; label: string; tex: string; fn: (x1: number, x2: number) => number }[] = [
  { name: 'x1', label: 'x₁', tex: 'x_1', fn: (a) => a },
  { name: 'x2', label: 'x₂', tex: 'x_2', fn: (_, b) => b },
  { name: 'x1^2', label: 'x₁²', tex: 'x_1^2', fn: (a) => a * a },
  { name: 'x2^2', label: 'x₂²', tex: 'x_2^2', fn: (_, b) => b * b },
  { name: 'x1*x2', label: 'x₁·x₂', tex: 'x_1 x_2', fn: (a, b) => a * b },
  { name: 'sin(x1)', label: 'sin x₁', tex: '\\sin x_1', fn: (a) => Math.sin(a) },
  { name: 'sin(x2)', label: 'sin x₂', tex: '\\sin x_2', fn: (_, b) => Math.sin(b) },
];

const BY_NAME = new Map(FEATURES.map((f) => [f.name, f]));

/** Human labels keyed by name. */
export const FEATURE_LABELS: Record<FeatureName, string> = Object.fromEntries(FEATURES.map((f) => [f.name, f.label])) as Record<FeatureName, string>;

export function isFeatureName(s: string): s is FeatureName {
  return BY_NAME.has(s as FeatureName);
}

function lookup(features: readonly string[]): ((x1: number, x2: number) => number)[] {
  if (features.length === 0) throw new RangeError('choose at least one feature');
  return features.map((f) => {
    const spec = BY_NAME.get(f as FeatureName);
    if (!spec) throw new RangeError(`unknown feature "${f}"; known: ${FEATURE_NAMES.join(', ')}`);
    return spec.fn;
  });
}

/** Map 2-D points to the chosen features, in the order given (duplicates are kept as given). */
export function expandFeatures(X: number[][], features: readonly FeatureName[]): number[][] {
  const d = checkMatrix(X);
  if (X.length && d !== 2) throw new RangeError(`expandFeatures needs 2-D points (got ${d} columns)`);
  const fns = lookup(features);
  return X.map(([a, b]) => fns.map((f) => f(a, b)));
}

/**
 * A fast per-point version for dense grids: returns (x1, x2, out, offset = 0) => void writing the features into `out`
 * (a typed array) from `offset`, optionally standardised with a fitted scaler's mean and scale.
 */
export function featurizer(
  features: readonly FeatureName[],
  scaler?: { mean: number[] | null; scale: number[] | null; withMean?: boolean },
): (x1: number, x2: number, out: { [j: number]: number }, offset?: number) => void {
  const fns = lookup(features);
  const k = fns.length;
  const mean = new Float64Array(k), inv = new Float64Array(k).fill(1);
  if (scaler) {
    if (scaler.mean && scaler.withMean !== false) {
      if (scaler.mean.length !== k) throw new RangeError(`scaler has ${scaler.mean.length} features, expected ${k}`);
      mean.set(scaler.mean);
    }
    if (scaler.scale) {
      if (scaler.scale.length !== k) throw new RangeError(`scaler has ${scaler.scale.length} features, expected ${k}`);
      for (let j = 0; j < k; j++) inv[j] = 1 / scaler.scale[j];
    }
  }
  return (x1, x2, out, offset = 0) => {
    for (let j = 0; j < k; j++) out[offset + j] = (fns[j](x1, x2) - mean[j]) * inv[j];
  };
}
