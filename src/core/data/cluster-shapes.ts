// Point clouds for clustering lessons (the k-means widget's data sets), after scikit-learn's clustering examples
// ("demonstration of k-means assumptions"): blobs through a shearing map, blobs of unequal spread, and no clusters
// at all. Labels are the blob each point was drawn from (0 for the uniform square).
import { Rng } from '../random';
import { checkCount, checkNumber } from '../validation';
import { makeBlobs } from './sklearn-shapes';
import type { Dataset } from './types';

export interface ClusterOptions {
  n?: number;
  /** How many blobs. Default 3. */
  clusters?: number;
  seed?: number;
  /** The blobs' standard deviation before the shear (anisotropic blobs only). Default 0.7. */
  noise?: number;
}

const BOX: [number, number] = [-5, 5];

/**
 * Gaussian blobs with random centres in [−5, 5]² sent through the linear map [[0.6, −0.41], [−0.64, 0.85]]
 * (scikit-learn's "anisotropically distributed blobs"): each blob becomes a tilted ellipse, which k-means cuts wrongly.
 */
export function makeAnisoBlobs(options: ClusterOptions = {}): Dataset {
  const { n = 100, clusters = 3, seed = 0, noise = 0.7 } = options;
  const d = makeBlobs({ n, centers: clusters, noise, seed, centerBox: BOX });
  return { X: d.X.map(([a, b]) => [0.6 * a - 0.41 * b, -0.64 * a + 0.85 * b]), y: d.y };
}

/** Standard deviations of the blobs of unequal spread, blob by blob (up to eight blobs): up to five times apart. */
export const VARIED_SPREADS = [0.3, 1.5, 0.6, 1.1, 0.4, 1.3, 0.8, 0.5];

/** Blobs with random centres in [−5, 5]² whose spreads differ (VARIED_SPREADS); point i belongs to blob i mod clusters. */
export function makeVariedBlobs(options: ClusterOptions = {}): Dataset {
  const { n = 100, clusters = 3, seed = 0 } = options;
  checkCount(n);
  checkNumber('clusters', clusters, { integer: true, min: 1, max: VARIED_SPREADS.length });
  const rng = new Rng(seed);
  const centres = Array.from({ length: clusters }, () => [rng.uniform(...BOX), rng.uniform(...BOX)]);
  const X: number[][] = [], y: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = i % clusters;
    X.push([rng.normal(centres[c][0], VARIED_SPREADS[c]), rng.normal(centres[c][1], VARIED_SPREADS[c])]);
    y.push(c);
  }
  return { X, y };
}

/** Points uniform in [−1, 1]²: no cluster structure, yet k-means still returns k clusters. All labels 0. */
export function makeUniformSquare(options: { n?: number; seed?: number } = {}): Dataset {
  const { n = 100, seed = 0 } = options;
  checkCount(n);
  const rng = new Rng(seed);
  const X = Array.from({ length: n }, () => [rng.uniform(-1, 1), rng.uniform(-1, 1)]);
  return { X, y: new Array<number>(n).fill(0) };
}

