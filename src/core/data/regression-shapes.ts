// Regression data: a real-valued target y per row. Same conventions as the classification generators (seeded,
// `noise` is the standard deviation of Gaussian noise, here added to y only). Rows come in random x order.
import { Rng } from '../random';
import { checkCount, checkNoise, checkNumber } from '../validation';
import type { Dataset, GeneratorOptions } from './types';

/** y = sin(x) + noise, x uniform in [−3, 3]: a curve no straight line fits (polynomial features, trees, kNN do). */
export function makeSine(options: GeneratorOptions = {}): Dataset {
  const { n = 100, noise = 0, seed = 0 } = options;
  checkCount(n);
  checkNoise(noise);
  const rng = new Rng(seed);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(-3, 3);
    X.push([x]);
    y.push(Math.sin(x) + (noise > 0 ? rng.normal(0, noise) : 0));
  }
  return { X, y };
}

export interface LineOptions extends GeneratorOptions {
  /** Default 0.8. */
  slope?: number;
  /** Default 1. */
  intercept?: number;
}

/** y = slope·x + intercept + noise, x uniform in [−3, 3]: what ordinary least squares recovers. */
export function makeLine(options: LineOptions = {}): Dataset {
  const { n = 100, noise = 0, seed = 0, slope = 0.8, intercept = 1 } = options;
  checkCount(n);
  checkNoise(noise);
  checkNumber('slope', slope);
  checkNumber('intercept', intercept);
  const rng = new Rng(seed);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = rng.uniform(-3, 3);
    X.push([x]);
    y.push(slope * x + intercept + (noise > 0 ? rng.normal(0, noise) : 0));
  }
  return { X, y };
}

/**
 * scikit-learn's make_friedman1: features uniform in [0, 1], y = 10 sin(π x₁x₂) + 20 (x₃ − 0.5)² + 10 x₄ + 5 x₅ + noise.
 * Only the first five features matter; more (nFeatures > 5) are pure noise columns, as in scikit-learn.
 */
export function makeFriedman1(options: GeneratorOptions & { nFeatures?: number } = {}): Dataset {
  const { n = 100, noise = 0, seed = 0, nFeatures = 5 } = options;
  checkCount(n);
  checkNoise(noise);
  checkNumber('nFeatures', nFeatures, { integer: true, min: 5 });
  const rng = new Rng(seed);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = Array.from({ length: nFeatures }, () => rng.random());
    X.push(r);
    y.push(10 * Math.sin(Math.PI * r[0] * r[1]) + 20 * (r[2] - 0.5) ** 2 + 10 * r[3] + 5 * r[4] + (noise > 0 ? rng.normal(0, noise) : 0));
  }
  return { X, y };
}

/**
 * n points x uniform in [−1.5, 1.5]² (TensorFlow Playground's input square), y = clean(x₁, x₂) + N(0, noise²).
 * The random draws come in the order x₁, x₂, noise per point, so a seed gives the same set as before this was shared.
 */
function sampleSquare(options: GeneratorOptions, clean: (a: number, b: number) => number): Dataset {
  const { n = 200, noise = 0, seed = 0 } = options;
  checkCount(n);
  checkNoise(noise);
  const rng = new Rng(seed);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = rng.uniform(-1.5, 1.5), b = rng.uniform(-1.5, 1.5);
    X.push([a, b]);
    y.push(clean(a, b) + (noise > 0 ? rng.normal(0, noise) : 0));
  }
  return { X, y };
}

/** x uniform in [−1.5, 1.5]²: TensorFlow Playground's regression plane, y = (x₁ + x₂)/3 + noise (y within ±1 clean). */
export function makePlane(options: GeneratorOptions = {}): Dataset {
  return sampleSquare(options, (a, b) => (a + b) / 3);
}

/** Six Gaussian bumps of alternating sign (σ = 0.35) on a 3 × 2 lattice: TensorFlow Playground's "multi-Gaussian". */
const BUMPS: readonly [number, number, number][] = [[-0.9, 0.7, 1], [0, 0.7, -1], [0.9, 0.7, 1], [-0.9, -0.7, -1], [0, -0.7, 1], [0.9, -0.7, -1]];

/** x uniform in [−1.5, 1.5]², y = Σ ±exp(−‖x − c‖² / (2·0.35²)) + noise: a surface with several hills and valleys. */
export function makeGaussianBumps(options: GeneratorOptions = {}): Dataset {
  return sampleSquare(options, (a, b) =>
    BUMPS.reduce((s, [cx, cy, sign]) => s + sign * Math.exp(-((a - cx) ** 2 + (b - cy) ** 2) / (2 * 0.35 ** 2)), 0),
  );
}
