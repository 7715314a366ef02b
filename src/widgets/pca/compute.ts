// What the PCA widget computes: the draggable 2-D cloud and its axes, the projection of a real data set,
// and digit images rebuilt from their first m components. Everything through core's PCA (ml-pca inside).
import { PCA } from '../../core/models/decomposition';
import { StandardScaler } from '../../core/preprocess';
import { Rng } from '../../core/random';
import type { LabelledDataset } from '../../core/datasets';
import type { Params } from './params';

/** The generated cloud (stretched Gaussian, rotated by `angle`), with dragged points moved. */
export function makeCloud(p: Params): number[][] {
  const rng = new Rng(p.seed);
  const t = (p.angle * Math.PI) / 180;
  const c = Math.cos(t), s = Math.sin(t);
  const X = Array.from({ length: p.n }, () => {
    const a = rng.normal(0, 1.8), b = rng.normal(0, 1.8 * p.ratio);
    return [c * a - s * b, s * a + c * b];
  });
  for (const [x, y, i] of p.moved) if (i < X.length) X[i] = [x, y];
  return X;
}

export interface Cloud2D {
  mean: number[];
  components: number[][];
  variance: number[];
  ratio: number[];
  /** each point's projection onto PC1 (its rank-1 reconstruction) */
  projections: number[][];
  /** mean squared distance from the points to their projections */
  reconstructionError: number;
}

export function analyseCloud(X: number[][]): Cloud2D | null {
  if (X.length < 2) return null;
  const pca = new PCA().fit(X);
  const one = new PCA({ nComponents: 1 }).fit(X);
  const projections = one.inverseTransform(one.transform(X));
  const err = X.reduce((acc, x, i) => acc + (x[0] - projections[i][0]) ** 2 + (x[1] - projections[i][1]) ** 2, 0) / X.length;
  return {
    mean: pca.mean,
    components: pca.components,
    variance: pca.explainedVariance,
    ratio: pca.explainedVarianceRatio,
    projections,
    reconstructionError: err,
  };
}

export interface Projection {
  pca: PCA;
  /** scores on all components for every sample */
  scores: number[][];
  ratio: number[];
  cumulative: number[];
  /** the scaler fitted when standardising (reconstructions go back through it), else null */
  scaler: StandardScaler | null;
}

/** PCA with every component of a labelled data set (standardised first if asked). */
export function project(ds: LabelledDataset, standardize: boolean): Projection {
  const scaler = standardize ? new StandardScaler().fit(ds.X) : null;
  const X = scaler ? scaler.transform(ds.X) : ds.X;
  const pca = new PCA().fit(X);
  const scores = pca.transform(X);
  let acc = 0;
  const cumulative = pca.explainedVarianceRatio.map((r) => (acc += r));
  return { pca, scores, ratio: pca.explainedVarianceRatio, cumulative, scaler };
}

/** Sample i rebuilt from its first m component scores, back in the original units. */
export function reconstruct(proj: Projection, i: number, m: number): number[] {
  const { pca, scores, scaler } = proj;
  const d = pca.mean.length;
  const out = pca.mean.slice();
  for (let c = 0; c < Math.min(m, pca.nComponents); c++) {
    const z = scores[i][c], v = pca.components[c];
    for (let j = 0; j < d; j++) out[j] += z * v[j];
  }
  return scaler ? scaler.inverseTransform([out])[0] : out;
}
