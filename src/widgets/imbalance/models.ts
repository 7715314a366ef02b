/**
 * The classifiers #/imbalance can compare its remedies on: logistic regression, kNN and a decision tree, each with
 * scikit-learn's meaning. Which remedies a model can take differs: kNN has no loss to weigh (scikit-learn's
 * KNeighborsClassifier takes no class_weight), so its class-weights row says so instead of showing numbers.
 * Logistic regression, the default, is part of the route's chunk; kNN and the tree are loaded when first chosen
 * (loadModel), so that the route's first load does not carry two models most visits never use (docs/PERFORMANCE.md).
 */
import { gridCenters } from '../../charts/boundary';
import type { Domain } from '../../charts/types';
import { LogisticRegression } from '../../core/models/linear';
import type { KNeighborsClassifier } from '../../core/models/neighbors/knn';
import type { DecisionTreeClassifier } from '../../core/models/tree/classifier';

export const MODELS = ['logistic', 'knn', 'tree'] as const;
export type ModelKind = (typeof MODELS)[number];

export const MODEL_LABELS: Record<ModelKind, string> = {
  logistic: 'Logistic regression',
  knn: 'k-nearest neighbours',
  tree: 'Decision tree',
};

export interface ModelChoice {
  model: ModelKind;
  /** kNN's k (uniform votes). */
  k: number;
  /** The tree's maximum depth. */
  depth: number;
}

export type ImbalanceModel = LogisticRegression | KNeighborsClassifier | DecisionTreeClassifier;

const lazy: { knn?: typeof KNeighborsClassifier; tree?: typeof DecisionTreeClassifier } = {};
const loading = new Map<ModelKind, Promise<void>>();

/** Whether makeModel can make this kind now (logistic regression always; kNN and the tree once loadModel resolved). */
export function modelLoaded(kind: ModelKind): boolean {
  return kind === 'logistic' || !!lazy[kind];
}

/** Loads the code of a model kind once (a rejected load may be retried). */
export function loadModel(kind: ModelKind): Promise<void> {
  if (modelLoaded(kind)) return Promise.resolve();
  let p = loading.get(kind);
  if (!p) {
    p = kind === 'knn'
      ? import('../../core/models/neighbors/knn').then((m) => { lazy.knn = m.KNeighborsClassifier; })
      : import('../../core/models/tree/classifier').then((m) => { lazy.tree = m.DecisionTreeClassifier; });
    loading.set(kind, p);
    p.catch(() => loading.delete(kind));
  }
  return p;
}

/** Why this model cannot take class weights, or '' when it can. */
export function noClassWeights(model: ModelKind): string {
  return model === 'knn'
    ? 'kNN has no class weights: it minimises no loss that a weight could scale (scikit-learn’s KNeighborsClassifier takes no class_weight), so resampling or threshold moving are its remedies.'
    : '';
}

/**
 * An unfitted model; `balanced` asks for class weights n / (2·n_c) (never for kNN: see noClassWeights). kNN and the
 * tree must have been loaded (loadModel): a caller that forgot gets an error that says so, not a silent logistic model.
 */
export function makeModel(c: ModelChoice, balanced: boolean): ImbalanceModel {
  const classWeight = balanced ? 'balanced' : null;
  if (c.model !== 'logistic' && !modelLoaded(c.model)) throw new Error(`${MODEL_LABELS[c.model]}: its code is not loaded yet (loadModel('${c.model}') first).`);
  if (c.model === 'knn') {
    if (balanced) throw new RangeError(noClassWeights('knn'));
    return new lazy.knn!({ nNeighbors: c.k });
  }
  if (c.model === 'tree') return new lazy.tree!({ maxDepth: c.depth, classWeight });
  return new LogisticRegression({ classWeight });
}

/** P(positive) per row: column 1 of predictProba (the labels are 0 and 1). */
export function positiveScores(model: ImbalanceModel, X: number[][]): number[] {
  return model.predictProba(X).map((p) => p[1]);
}

/** P(positive) at the centres of an n × n grid over the domain (row 0 at the top), for the boundary map. */
export function probaGrid(model: ImbalanceModel, domain: { x: Domain; y: Domain }, n: number): Float32Array {
  if (model instanceof LogisticRegression) return model.predictProbaGrid({ x: domain.x, y: domain.y, nx: n, ny: n });
  const { xs, ys } = gridCenters(n, n, domain.x, domain.y);
  const Q: number[][] = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) Q.push([xs[i], ys[j]]);
  return Float32Array.from(positiveScores(model, Q));
}
