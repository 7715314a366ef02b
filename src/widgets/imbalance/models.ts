/**
 * The classifiers #/imbalance can compare its remedies on: logistic regression, kNN and a decision tree, each with
 * scikit-learn's meaning. Which remedies a model can take differs: kNN has no loss to weigh (scikit-learn's
 * KNeighborsClassifier takes no class_weight), so its class-weights row says so instead of showing numbers.
 */
import { gridCenters } from '../../charts/boundary';
import type { Domain } from '../../charts/types';
import { LogisticRegression } from '../../core/models/linear';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { DecisionTreeClassifier } from '../../core/models/tree';

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

/** Why this model cannot take class weights, or '' when it can. */
export function noClassWeights(model: ModelKind): string {
  return model === 'knn'
    ? 'kNN has no class weights: it minimises no loss that a weight could scale (scikit-learn’s KNeighborsClassifier takes no class_weight), so resampling or threshold moving are its remedies.'
    : '';
}

/** An unfitted model; `balanced` asks for class weights n / (2·n_c) (never for kNN: see noClassWeights). */
export function makeModel(c: ModelChoice, balanced: boolean): ImbalanceModel {
  const classWeight = balanced ? 'balanced' : null;
  if (c.model === 'knn') {
    if (balanced) throw new RangeError(noClassWeights('knn'));
    return new KNeighborsClassifier({ nNeighbors: c.k });
  }
  if (c.model === 'tree') return new DecisionTreeClassifier({ maxDepth: c.depth, classWeight });
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
