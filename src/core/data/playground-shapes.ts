// Generators scikit-learn does not have (the classic TensorFlow-Playground shapes), with the same conventions as
// the scikit-learn ones: clean points first, then shuffling, then Gaussian noise of std `noise` on each coordinate.
// Classes are exactly balanced: n // 2 points of class 0, the rest class 1 (spiral: dealt as make_blobs does).
import { toRng } from '../random';
import type { Rng } from '../random';
import type { Dataset, GeneratorOptions } from './types';
import { checkCount, checkNoise } from '../validation';
import { dealCounts, linspace, shuffleTogether } from './shuffle';

function addNoise(X: number[][], noise: number, rng: Rng): void {
  if (noise > 0) for (const row of X) for (let j = 0; j < row.length; j++) row[j] += rng.normal(0, noise);
}

/**
 * XOR: points uniform in [−1, 1]²; class 1 where the coordinates' signs differ (quadrants II and IV), class 0 where
 * they agree. No linear boundary separates them; the product feature x1·x2 does. Range without noise: [−1, 1]².
 */
export function makeXor(options: GeneratorOptions = {}): Dataset {
  const { n = 100, noise = 0, seed = 0, shuffle = true } = options;
  checkCount(n);
  checkNoise(noise);
  const rng = toRng(seed);
  const n0 = Math.floor(n / 2);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i < n0 ? 0 : 1;
    // 1 − random() is in (0, 1]: never exactly on an axis, so the clean label is never ambiguous.
    const s = rng.random() < 0.5 ? -1 : 1;
    const u = 1 - rng.random(), v = 1 - rng.random();
    X.push([s * u, (label === 0 ? s : -s) * v]);
    y.push(label);
  }
  if (shuffle) shuffleTogether(X, y, rng);
  addNoise(X, noise, rng);
  return { X, y };
}

export interface SpiralOptions extends GeneratorOptions {
  /** Number of arms = classes. Default 2. */
  nClasses?: number;
  /** Turns each arm makes from the centre to radius 1. Default 1.25. */
  turns?: number;
}

/**
 * Interleaved spiral arms, one per class. Arm k: radius r from 0.1 to 1 (evenly spaced), angle 2π(k/K + turns·r).
 * Range without noise: [−1, 1]².
 */
export function makeSpiral(options: SpiralOptions = {}): Dataset {
  const { n = 100, noise = 0, seed = 0, shuffle = true, nClasses = 2, turns = 1.25 } = options;
  checkCount(n);
  checkNoise(noise);
  if (!Number.isInteger(nClasses) || nClasses < 1) throw new RangeError(`nClasses must be an integer ≥ 1 (got ${nClasses})`);
  if (!Number.isFinite(turns)) throw new RangeError(`turns must be finite (got ${turns})`);
  const rng = toRng(seed);
  const X: number[][] = [], y: number[] = [];
  dealCounts(n, nClasses).forEach((m, k) => {
    for (const r of linspace(0.1, 1, m)) {
      const a = 2 * Math.PI * (k / nClasses + turns * r);
      X.push([r * Math.cos(a), r * Math.sin(a)]);
      y.push(k);
    }
  });
  if (shuffle) shuffleTogether(X, y, rng);
  addNoise(X, noise, rng);
  return { X, y };
}

export interface LinearOptions extends GeneratorOptions {
  /** Width of the empty band around the true boundary (before noise). Default 0.1. */
  margin?: number;
}

/**
 * Linearly separable classes: a random line (seeded) through the square [−1, 1]², passing within 0.25 of the origin;
 * points uniform in the square at distance ≥ margin/2 from it; class 1 where w·x + b > 0. With noise 0 the classes are
 * separable by construction. Also returns the true boundary { w (unit normal), b }. Range without noise: [−1, 1]².
 */
export function makeLinearlySeparable(options: LinearOptions = {}): Dataset & { boundary: { w: [number, number]; b: number } } {
  const { n = 100, noise = 0, seed = 0, shuffle = true, margin = 0.1 } = options;
  checkCount(n);
  checkNoise(noise);
  if (!(margin >= 0 && margin < 0.5)) throw new RangeError(`margin must be in [0, 0.5) (got ${margin})`);
  const rng = toRng(seed);
  const phi = rng.uniform(0, 2 * Math.PI);
  const w: [number, number] = [Math.cos(phi), Math.sin(phi)];
  const b = rng.uniform(-0.25, 0.25);
  const n0 = Math.floor(n / 2);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const label = i < n0 ? 0 : 1;
    // Rejection sampling: each side of the line covers well over a fifth of the square, so this ends quickly.
    for (;;) {
      const p = [rng.uniform(-1, 1), rng.uniform(-1, 1)];
      const d = w[0] * p[0] + w[1] * p[1] + b;
      if ((label === 1 ? d : -d) >= margin / 2 && d !== 0) { X.push(p); y.push(label); break; }
    }
  }
  if (shuffle) shuffleTogether(X, y, rng);
  addNoise(X, noise, rng);
  return { X, y, boundary: { w, b } };
}
