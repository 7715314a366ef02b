// Nearest-neighbour models (scikit-learn's sklearn.neighbors).
export { KNeighborsClassifier } from './knn';
export { KNeighborsRegressor } from './knn-regressor';
export type { KNeighborsOptions, KNeighborsParams, KnnAlgorithm, KNeighborsResult, KnnMetric, KnnWeights } from './knn';
