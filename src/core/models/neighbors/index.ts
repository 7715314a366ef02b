// Nearest-neighbour models (scikit-learn's sklearn.neighbors).
export { KNeighborsClassifier, KNeighborsRegressor } from './knn';
export type { KNeighborsOptions, KNeighborsResult, KnnMetric, KnnWeights } from './knn';
