export { KMeans } from './kmeans';
export type { KMeansOptions, KMeansInit, KMeansStep } from './kmeans';
export { KNeighborsClassifier, KNeighborsRegressor } from './knn';
export type { KNeighborsOptions, KNeighborsResult, KnnMetric, KnnWeights } from './knn';
export { PCA } from './pca';
export type { PCAOptions } from './pca';
export { LogisticRegression } from './logistic-regression';
export type { LogisticRegressionOptions, GridSpec, Penalty, StepResult } from './logistic-regression';
