// Clustering (scikit-learn's sklearn.cluster).
export { KMeans } from './kmeans';
export type { KMeansOptions, KMeansParams, KMeansInit, KMeansStep } from './kmeans';
