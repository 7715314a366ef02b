// Model selection (sklearn.model_selection): splitters, cross-validated scores, curves and hyperparameter search.
export { KFold, StratifiedKFold, ShuffleSplit, StratifiedShuffleSplit, LeaveOneOut, GroupKFold, checkCv } from './splitters';
export type { CvSplit, Splitter, KFoldOptions, ShuffleSplitOptions, CvOption } from './splitters';
export { crossValScore, crossValidate, validationCurve, learningCurve, translateTrainSizes } from './validation';
export type { CvOptions, CrossValidateResult, CurveScores } from './validation';
export { GridSearchCV, RandomizedSearchCV, parameterGrid, parameterSampler, rankDescending } from './search';
export type { ParamGrid, Distribution, ParamDistributions, SearchOptions, CvResults } from './search';
export { getScorer, meanStd } from './scoring';
export type { CvEstimator, Scoring, ScoringName, Scorer } from './scoring';
