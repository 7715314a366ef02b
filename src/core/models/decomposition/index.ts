// Matrix decompositions (scikit-learn's sklearn.decomposition).
export { PCA } from './pca';
export type { PCAOptions, PCAParams } from './pca';
export { LatentDirichletAllocation } from './lda';
export type { LDAOptions, LDAParams, LDAStep } from './lda';
export { GibbsSampler } from './lda-gibbs';
