// Matrix decompositions (scikit-learn's sklearn.decomposition).
export { PCA } from './pca';
export type { PCAOptions, PCAParams } from './pca';
