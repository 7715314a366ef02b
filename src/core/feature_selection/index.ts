// Feature selection, as scikit-learn's sklearn.feature_selection.
export { fClassif, fRegression, rRegression, chi2 } from './univariate';
export type { FeatureScores, ScoreFunc } from './univariate';
export { mutualInfoClassif } from './mutual-info';
export type { MutualInfoOptions } from './mutual-info';
export { Selector } from './selector';
export { VarianceThreshold } from './variance-threshold';
export type { VarianceThresholdParams } from './variance-threshold';
export { SelectKBest, mutualInfoScore } from './select-k-best';
export type { SelectKBestParams } from './select-k-best';
export { SelectFromModel, resolveThreshold } from './select-from-model';
export type { SelectFromModelParams, Threshold } from './select-from-model';
export { RFE } from './rfe';
export type { RFEParams } from './rfe';
export { featureImportancesOf } from './importances';
export type { SelectableEstimator } from './importances';
export { fSf, chi2Sf, betaInc, gammaIncUpper, logGamma } from './special';
