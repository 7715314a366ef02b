// The k-means widget's data sets, in their own units, with a padded plotting domain.
import { datasetNamed, type DatasetName } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { KMeans } from '../../core/models/cluster';
import { PCA } from '../../core/models/decomposition';
import { silhouetteScore } from '../../core/metrics/silhouette';
import type { Domain } from '../../charts/types';
import type { Params } from './params';

export interface ClusterData {
  X: number[][];
  domain: { x: Domain; y: Domain };
  /** axis titles */
  labels: [string, string];
}

// k-means' own noise for two shared sets: looser blobs (the classification lesson keeps them apart) and tighter
// moons (so the failure is about their shape, not their noise). Other sets use the table's default.
const NOISE: Partial<Record<DatasetName, number>> = { blobs: 0.8, moons: 0.08 };

function generated(p: Params): number[][] {
  if (p.dataset === 'clicks') return [];
  // four measurements seen through their first two principal components
  if (p.dataset === 'iris') return new PCA({ nComponents: 2 }).fitTransform(buildDataset('iris').X);
  const spec = datasetNamed(p.dataset);
  if (!spec) throw new RangeError(`unknown data set “${p.dataset}”`);
  return buildDataset(p.dataset, {
    n: p.n,
    seed: p.seed,
    noise: NOISE[p.dataset] ?? spec.defaultNoise,
    clusters: spec.clusters ? p.blobs : undefined,
  }).X;
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
