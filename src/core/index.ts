// The public API of ml-playground's core: pure TypeScript, no DOM. Runs in Node, the page and Web Workers.
export * from './random';
export * from './metrics';
export * from './data';
export * from './preprocess';
export * from './feature_extraction';
export * from './models';
export * from './datasets';
export * from './optim';
export { Estimator, ClassifierMixin, RegressorMixin, TransformerMixin, cloneEstimator, isClassifier, isRegressor } from './base';
export type { Steppable, ParamsOf } from './base';
export { checkArray, checkMatrix, checkFlat, isMatrix, checkXy, checkTargets, checkConsistentLength, checkNonEmpty, checkOption, checkNumber } from './validation';
export type { Matrix } from './utils/matrix';
export { computeClassWeight } from './utils/class-weight';
export type { ClassWeight } from './utils/class-weight';
export type { ArrayChecks, TargetChecks, XyChecks, NumberRule, Shape } from './validation';
export * from './inspection';
export * from './model_selection';
export * from './imbalance';
