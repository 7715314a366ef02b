export { accuracyScore, logLoss } from './basic';
export type { LogLossOptions } from './basic';
export type { Label } from './labels';
export { uniqueLabels } from './labels';
export {
  confusionMatrix, normalizeMatrix, precisionRecallFscoreSupport, precisionScore, recallScore, f1Score, fbetaScore,
  specificityScore, balancedAccuracyScore, matthewsCorrcoef,
} from './classification';
export type { Average, ConfusionMatrixOptions, PrfOptions, FbetaOptions, PrfResult } from './classification';
export { rocCurve, rocAucScore, auc, precisionRecallCurve, averagePrecisionScore } from './ranking';
export type { RocCurve, RocCurveOptions, RocAucOptions, PrCurve } from './ranking';
export { binaryClfCurve } from './curve';
export type { ClfCurve } from './curve';
export { giniImpurity, entropy, misclassificationImpurity, bestSplit, bestSplitFeatures, evaluateSplit } from './impurity';
export type { Criterion, Split, SplitSide, SplitOptions } from './impurity';
export { meanSquaredError, rootMeanSquaredError, meanAbsoluteError, r2Score, explainedVarianceScore } from './regression';
export { countsAtThreshold, metricsFromCounts, metricsAtThreshold } from './threshold';
export type { BinaryCounts, ThresholdMetrics } from './threshold';
export { silhouetteScore, silhouetteSamples } from './silhouette';
export type { SilhouetteOptions } from './silhouette';
