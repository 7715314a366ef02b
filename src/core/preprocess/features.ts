// The hand-picked input features of the 2-D playground widgets (TensorFlow-Playground style): a learner ticks
// x1, x2, squares, the cross product and sines, and a linear model on them draws curved boundaries.
import { checkArray } from '../validation';

export const FEATURE_NAMES = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

/** Each feature's name, a plain-text label and a KaTeX label, and its formula. */
/** Which coordinates a feature depends on: only x1, only x2, or their product x1·x2. */
export type FeatureKind = 'x1' | 'x2' | 'x1x2';

export const FEATURES: readonly { name: FeatureName; label: string; tex: string; kind: FeatureKind; fn: (x1: number, x2: number) => number }[] = [
  { name: 'x1', label: 'x₁', tex: 'x_1', kind: 'x1', fn: (a) => a },
  { name: 'x2', label: 'x₂', tex: 'x_2', kind: 'x2', fn: (_, b) => b },
  { name: 'x1^2', label: 'x₁²', tex: 'x_1^2', kind: 'x1', fn: (a) => a * a },
  { name: 'x2^2', label: 'x₂²', tex: 'x_2^2', kind: 'x2', fn: (_, b) => b * b },
  { name: 'x1*x2', label: 'x₁·x₂', tex: 'x_1 x_2', kind: 'x1x2', fn: (a, b) => a * b },
  { name: 'sin(x1)', label: 'sin x₁', tex: '\\sin x_1', kind: 'x1', fn: (a) => Math.sin(a) },
  { name: 'sin(x2)', label: 'sin x₂', tex: '\\sin x_2', kind: 'x2', fn: (_, b) => Math.sin(b) },
];

const BY_NAME = new Map(FEATURES.map((f) => [f.name, f]));

/** Human labels keyed by name. */
export const FEATURE_LABELS: Record<FeatureName, string> = Object.fromEntries(FEATURES.map((f) => [f.name, f.label])) as Record<FeatureName, string>;

export function isFeatureName(s: string): s is FeatureName {
  return BY_NAME.has(s as FeatureName);
}

function lookup(features: readonly string[]): (typeof FEATURES)[number][] {
  if (features.length === 0) throw new RangeError('choose at least one feature');
  return features.map((f) => {
    const spec = BY_NAME.get(f as FeatureName);
    if (!spec) throw new RangeError(`unknown feature "${f}"; known: ${FEATURE_NAMES.join(', ')}`);
    return spec;
  });
}

/** Map 2-D points to the chosen features, in the order given (duplicates are kept as given). */
export function expandFeatures(X: number[][], features: readonly FeatureName[]): number[][] {
  checkArray(X, { who: 'expandFeatures', minSamples: 0, nFeatures: 2, nFeaturesWhy: 'the features are made from 2-D points' });
  const fns = lookup(features).map((f) => f.fn);
  return X.map(([a, b]) => fns.map((f) => f(a, b)));
}

/**
 * A featurizer writes a point's (optionally standardised) features into a typed array. It also carries its parts, so
 * a model can evaluate a whole grid fast: every playground feature depends on x1 alone, x2 alone or is x1·x2, and
 * standardisation is affine, so w·f(x1, x2) splits into a per-column sum, a per-row sum and one product term.
 */
export interface Featurizer {
  (x1: number, x2: number, out: { [j: number]: number }, offset?: number): void;
  readonly features: readonly FeatureName[];
  readonly kinds: readonly FeatureKind[];
  readonly fns: readonly ((x1: number, x2: number) => number)[];
  /** Feature j is (fns[j](x1, x2) − shift[j]) · invScale[j]. */
  readonly shift: Float64Array;
  readonly invScale: Float64Array;
}

/** A featurizer for the chosen features, optionally standardised with a fitted scaler's mean and scale. */
export function featurizer(
  features: readonly FeatureName[],
  scaler?: { mean: number[] | null; scale: number[] | null; withMean?: boolean },
): Featurizer {
  const specs = lookup(features);
  const fns = specs.map((f) => f.fn);
  const k = fns.length;
  const shift = new Float64Array(k), invScale = new Float64Array(k).fill(1);
  if (scaler) {
    if (scaler.mean && scaler.withMean !== false) {
      if (scaler.mean.length !== k) throw new RangeError(`scaler has ${scaler.mean.length} features, expected ${k}`);
      shift.set(scaler.mean);
    }
    if (scaler.scale) {
      if (scaler.scale.length !== k) throw new RangeError(`scaler has ${scaler.scale.length} features, expected ${k}`);
      for (let j = 0; j < k; j++) invScale[j] = 1 / scaler.scale[j];
    }
  }
  const f = (x1: number, x2: number, out: { [j: number]: number }, offset = 0) => {
    for (let j = 0; j < k; j++) out[offset + j] = (fns[j](x1, x2) - shift[j]) * invScale[j];
  };
  return Object.assign(f, { features: [...features], kinds: specs.map((s) => s.kind), fns, shift, invScale });
}
