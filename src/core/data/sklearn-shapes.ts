// The three generators scikit-learn also has, with its shapes and semantics: without shuffling and noise
// the points are exactly scikit-learn's (tested against its output); `noise` is the std of Gaussian noise
// added to every coordinate after shuffling, as in scikit-learn.
import { toRng } from '../random';
import type { Dataset, GeneratorOptions } from './types';
import { checkCount, checkNoise } from '../validation';
import { dealCounts, linspace, shuffleTogether } from './shuffle';
import type { Rng } from '../random';

function finish(X: number[][], y: number[], noise: number, shuffle: boolean, rng: Rng): Dataset {
  if (shuffle) shuffleTogether(X, y, rng);
  if (noise > 0) for (const row of X) for (let j = 0; j < row.length; j++) row[j] += rng.normal(0, noise);
  return { X, y };
}

/**
 * Two interleaving half circles (scikit-learn's make_moons). Class 0: the upper arc (cos t, sin t), t ∈ [0, π];
 * class 1: the lower arc (1 − cos t, 0.5 − sin t). n // 2 points in class 0, the rest in class 1.
 * Range without noise: x ∈ [−1, 2], y ∈ [−0.5, 1].
 */
export function makeMoons(options: GeneratorOptions = {}): Dataset {
  const { n = 100, noise = 0, seed = 0, shuffle = true } = options;
  checkCount(n);
  checkNoise(noise);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const X: number[][] = [], y: number[] = [];
  for (const t of linspace(0, Math.PI, nOut)) { X.push([Math.cos(t), Math.sin(t)]); y.push(0); }
  for (const t of linspace(0, Math.PI, nIn)) { X.push([1 - Math.cos(t), 1 - Math.sin(t) - 0.5]); y.push(1); }
  return finish(X, y, noise, shuffle, toRng(seed));
}

export interface CirclesOptions extends GeneratorOptions {
  /** Radius of the inner circle relative to the outer one, in [0, 1). Default 0.8, as scikit-learn. */
  factor?: number;
}

/**
 * A large circle (class 0, radius 1) containing a smaller one (class 1, radius `factor`) (scikit-learn's make_circles).
 * Points are evenly spaced in angle; n // 2 on the outer circle. Range without noise: [−1, 1]².
 */
export function makeCircles(options: CirclesOptions = {}): Dataset {
  const { n = 100, noise = 0, seed = 0, shuffle = true, factor = 0.8 } = options;
  checkCount(n);
  checkNoise(noise);
  if (!(factor >= 0 && factor < 1)) throw new RangeError(`factor must be in [0, 1) (got ${factor})`);
  const nOut = Math.floor(n / 2), nIn = n - nOut;
  const X: number[][] = [], y: number[] = [];
  for (const t of linspace(0, 2 * Math.PI, nOut, false)) { X.push([Math.cos(t), Math.sin(t)]); y.push(0); }
  for (const t of linspace(0, 2 * Math.PI, nIn, false)) { X.push([factor * Math.cos(t), factor * Math.sin(t)]); y.push(1); }
  return finish(X, y, noise, shuffle, toRng(seed));
}

export interface BlobsOptions extends GeneratorOptions {
  /** Cluster centres (one per class), or their number drawn uniformly in `centerBox`. Default: `nClasses` random centres. */
  centers?: number[][] | number;
  /** Number of classes when `centers` is not given. Default 2 (binary). */
  nClasses?: number;
  /** Box for random centres. Default [−4, 4] (scikit-learn uses [−10, 10]; smaller keeps points near [−6, 6]²). */
  centerBox?: [number, number];
}

/**
 * Isotropic Gaussian blobs (scikit-learn's make_blobs with n_features = 2). `noise` is the clusters' standard deviation
 * (scikit-learn's cluster_std), default 1. Class i is centre i; n // k points per class, the first n % k classes one more.
 * Random centres are drawn first, then the points (so the same seed gives the same centres for any n).
 * Range: the centres ± about 3·noise; with the defaults, roughly [−7, 7]².
 */
export function makeBlobs(options: BlobsOptions = {}): Dataset & { centers: number[][] } {
  const { n = 100, noise = 1, seed = 0, shuffle = true, nClasses = 2, centerBox = [-4, 4] } = options;
  checkCount(n);
  checkNoise(noise);
  const rng = toRng(seed);
  let centers: number[][];
  if (Array.isArray(options.centers)) {
    centers = options.centers.map((c) => c.slice());
    if (centers.length === 0) throw new RangeError('centers must not be empty');
    for (const c of centers) {
      if (c.length !== 2 || !c.every(Number.isFinite)) throw new RangeError('each centre must be two finite numbers');
    }
  } else {
    const k = options.centers ?? nClasses;
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`the number of centres must be an integer ≥ 1 (got ${k})`);
    const [lo, hi] = centerBox;
    if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi)) throw new RangeError('centerBox must be [lo, hi] with lo ≤ hi');
    centers = Array.from({ length: k }, () => [rng.uniform(lo, hi), rng.uniform(lo, hi)]);
  }
  const counts = dealCounts(n, centers.length);
  const X: number[][] = [], y: number[] = [];
  counts.forEach((m, c) => {
    for (let i = 0; i < m; i++) { X.push([centers[c][0] + rng.normal(0, noise), centers[c][1] + rng.normal(0, noise)]); y.push(c); }
  });
  if (shuffle) shuffleTogether(X, y, rng);
  return { X, y, centers };
}
