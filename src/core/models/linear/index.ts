// Linear models (scikit-learn's sklearn.linear_model).
export { LogisticRegression } from './logistic-regression';
export type { LogisticRegressionOptions, LogisticRegressionParams, GridSpec, Penalty, StepResult } from './logistic-regression';
