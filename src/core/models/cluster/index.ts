// Clustering (scikit-learn's sklearn.cluster).
export { KMeans } from './kmeans';
export type { KMeansOptions, KMeansInit, KMeansStep } from './kmeans';
