/**
 * A 2-D window onto rows with many features, for a widget that draws a decision map: either the plane of the
 * first two principal components, or two chosen features. `project` places a row on the plane; `lift` turns a
 * point of the plane back into a full row, so that a model trained on every feature can colour the map: the map
 * is the model's answer on that plane through the rows' mean (PCA), or with every other feature held at its mean.
 * A point off the plane is drawn at its projection, so it may sit on the other class's colour and still be
 * classified right: the accuracy always counts every feature.
 */
import { PCA } from '../../core/models/decomposition';

export type PlaneKind = 'pca' | 'features';

export interface Plane {
  readonly kind: PlaneKind;
  /** axis titles */
  readonly labels: [string, string];
  project(row: readonly number[]): [number, number];
  lift(u: number, v: number): number[];
  /** the projected rows' extent with a margin, for the axes */
  readonly domain: { x: [number, number]; y: [number, number] };
}

function columnMeans(X: readonly (readonly number[])[]): number[] {
  const m = new Array<number>(X[0].length).fill(0);
  for (const r of X) for (let j = 0; j < m.length; j++) m[j] += r[j];
  return m.map((s) => s / X.length);
}

function extent(values: number[]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
  const pad = hi > lo ? 0.08 * (hi - lo) : 1;
  return [lo - pad, hi + pad];
}

function withDomain(kind: PlaneKind, labels: [string, string], X: readonly (readonly number[])[], project: Plane['project'], lift: Plane['lift']): Plane {
  const pts = X.map(project);
  return { kind, labels, project, lift, domain: { x: extent(pts.map((p) => p[0])), y: extent(pts.map((p) => p[1])) } };
}

/**
 * The plane of the first two principal components of `X` (scikit-learn's PCA, fitted on every row: the plane is
 * a view, not part of the model). With one feature, that feature against a flat second axis.
 */
export function pcaPlane(X: readonly (readonly number[])[]): Plane {
  const p = X[0].length;
  if (p === 1) return withDomain('pca', ['the one feature', '(no second feature)'], X, (row) => [row[0], 0], (u) => [u]);
  const pca = new PCA({ nComponents: 2 }).fit(X.map((r) => [...r]));
  const [c1, c2] = pca.components;
  const mean = pca.mean;
  const ratio = pca.explainedVarianceRatio.map((r) => `${(100 * r).toFixed(0)} %`);
  const dot = (row: readonly number[], c: number[]) => { let s = 0; for (let j = 0; j < p; j++) s += (row[j] - mean[j]) * c[j]; return s; };
  return withDomain('pca', [`PC1 (${ratio[0]} of the variance)`, `PC2 (${ratio[1]})`], X,
    (row) => [dot(row, c1), dot(row, c2)],
    (u, v) => mean.map((m, j) => m + u * c1[j] + v * c2[j]));
}

/** Features `i` and `j` as the axes; every other feature is held at its mean on the map. */
export function featurePlane(X: readonly (readonly number[])[], names: readonly string[], i: number, j: number): Plane {
  const mean = columnMeans(X);
  return withDomain('features', [names[i], names[j]], X,
    (row) => [row[i], row[j]],
    (u, v) => { const r = mean.slice(); r[i] = u; r[j] = v; return r; });
}
