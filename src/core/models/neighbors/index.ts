// Nearest-neighbour models (scikit-learn's sklearn.neighbors).
export { KNeighborsClassifier, KNeighborsRegressor } from './knn';
export type { KNeighborsOptions, KNeighborsParams, KnnAlgorithm, KNeighborsResult, KnnMetric, KnnWeights } from './knn';
