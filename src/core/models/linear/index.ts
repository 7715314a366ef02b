// Linear models (scikit-learn's sklearn.linear_model).
export { LogisticRegression } from './logistic-regression';
export { sigmoid } from './logistic-math';
export type { LogisticRegressionOptions, LogisticRegressionParams, GridSpec, Penalty, StepResult } from './logistic-regression';
export { LinearRegression, Ridge, ridgePath } from './least-squares';
export { linregress } from './linregress';
export type { LinregressResult } from './linregress';
export { ladLine } from './lad';
export type { LadResult } from './lad';
export type { LinearRegressionParams, RidgeParams, RidgePathOptions, RidgePath } from './least-squares';
export { Lasso, ElasticNet } from './elastic-net';
export type { LassoParams, ElasticNetParams } from './elastic-net';
export { lassoPath, enetPath } from './paths';
export type { EnetPathOptions, EnetPath } from './paths';
export { LinearRegressionGD } from './gradient-descent';
export type { LinearRegressionGDParams, GDStart, GDStep } from './gradient-descent';
