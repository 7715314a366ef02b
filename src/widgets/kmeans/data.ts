// The k-means widget's data sets, in their own units, with a padded plotting domain.
import { makeBlobs, makeMoons } from '../../core/data';
import { loadIris } from '../../core/datasets/load';
import { KMeans } from '../../core/models/cluster';
import { PCA } from '../../core/models/decomposition';
import { silhouetteScore } from '../../core/metrics/silhouette';
import { Rng } from '../../core/random';
import type { Domain } from '../../charts/types';
import type { Params } from './params';

export interface ClusterData {
  X: number[][];
  domain: { x: Domain; y: Domain };
  /** axis titles */
  labels: [string, string];
}

function generated(p: Params): number[][] {
  const rng = new Rng(p.seed);
  switch (p.dataset) {
    case 'blobs':
      return makeBlobs({ n: p.n, centers: p.blobs, noise: 0.8, seed: p.seed, centerBox: [-5, 5] }).X;
    case 'aniso': {
      // scikit-learn's "anisotropically distributed blobs" example: blobs through a shearing linear map
      const X = makeBlobs({ n: p.n, centers: p.blobs, noise: 0.7, seed: p.seed, centerBox: [-5, 5] }).X;
      return X.map(([a, b]) => [0.6 * a - 0.41 * b, -0.64 * a + 0.85 * b]);
    }
    case 'varied': {
      // blobs whose spreads differ by a factor of up to five
      const spreads = [0.3, 1.5, 0.6, 1.1, 0.4, 1.3, 0.8, 0.5];
      const centres = Array.from({ length: p.blobs }, () => [rng.uniform(-5, 5), rng.uniform(-5, 5)]);
      return Array.from({ length: p.n }, (_, i) => {
        const c = i % p.blobs;
        return [rng.normal(centres[c][0], spreads[c]), rng.normal(centres[c][1], spreads[c])];
      });
    }
    case 'moons':
      return makeMoons({ n: p.n, noise: 0.08, seed: p.seed }).X;
    case 'uniform':
      return Array.from({ length: p.n }, () => [rng.uniform(-1, 1), rng.uniform(-1, 1)]);
    case 'iris':
      return new PCA({ nComponents: 2 }).fitTransform(loadIris().X);
    case 'clicks':
      return [];
  }
}

/** The points to cluster (generated + clicked) and a square-ish domain around them. */
export function buildData(p: Params): ClusterData {
  const X = [...generated(p), ...p.added.map(([x, y]) => [x, y])];
  const labels: [string, string] = p.dataset === 'iris' ? ['iris PC1', 'iris PC2'] : ['x₁', 'x₂'];
  return { X, domain: domainOf(X, p.dataset), labels };
}

function domainOf(X: number[][], dataset: string): { x: Domain; y: Domain } {
  if (X.length === 0 || dataset === 'clicks') return { x: [-5, 5], y: [-5, 5] };
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const [a, b] of X) {
    x0 = Math.min(x0, a); x1 = Math.max(x1, a); y0 = Math.min(y0, b); y1 = Math.max(y1, b);
  }
  // one common span for both axes keeps distances honest on screen (k-means is about Euclidean distance)
  const span = Math.max(x1 - x0, y1 - y0, 1e-9) * 1.12;
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return { x: [cx - span / 2, cx + span / 2], y: [cy - span / 2, cy + span / 2] };
}

/** Inertia (best of 3 k-means++ starts) and silhouette for k = 1 … kMax: the elbow and silhouette plots. */
export function elbow(X: number[][], seed: number, kMax = 10): { k: number[]; inertia: number[]; silhouette: number[] } {
  const ks: number[] = [], inertia: number[] = [], silhouette: number[] = [];
  for (let k = 1; k <= Math.min(kMax, X.length); k++) {
    const km = new KMeans({ nClusters: k, nInit: 3, seed }).fit(X);
    ks.push(k);
    inertia.push(km.inertia);
    const distinct = new Set(km.labels).size;
    silhouette.push(distinct >= 2 && distinct <= X.length - 1 ? silhouetteScore(X, km.labels) : NaN);
  }
  return { k: ks, inertia, silhouette };
}
