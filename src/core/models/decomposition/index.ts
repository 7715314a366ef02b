// Matrix decompositions (scikit-learn's sklearn.decomposition).
export { PCA } from './pca';
export type { PCAOptions } from './pca';
