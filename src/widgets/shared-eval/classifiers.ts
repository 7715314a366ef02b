// Ready-made models for the evaluation sources, built from core's estimators: what the confusion and ROC widgets
// train by default. Other widgets pass their own FitClassifier / StartClassifier.
import { LogisticRegression } from '../../core/models/linear';
import { KNeighborsClassifier } from '../../core/models/neighbors';
import { expandFeatures, StandardScaler, type FeatureName } from '../../core/preprocess';
import type { FitClassifier, FittedClassifier, StartClassifier } from './classifier';

/** k nearest neighbours (k capped at the number of training rows, so a small data set still fits). */
export function knnClassifier(o: { k: number; weights?: 'uniform' | 'distance' }): FitClassifier {
  return (X, y) => new KNeighborsClassifier({ nNeighbors: Math.max(1, Math.min(o.k, X.length)), weights: o.weights ?? 'uniform' }).fit(X, y);
}

/** The same model on standardised features (mean 0, variance 1, fitted on the training rows), as a scikit-learn pipeline. */
export function standardized(fit: FitClassifier): FitClassifier {
  return (X, y) => {
    const scaler = new StandardScaler().fit(X);
    const model = fit(scaler.transform(X), y);
    const t = (Q: number[][]) => (Q.length ? scaler.transform(Q) : Q);
    const wrapped: FittedClassifier = {
      classes: model.classes,
      predict: (Q) => model.predict(t(Q)),
      predictProba: model.predictProba && ((Q) => model.predictProba!(t(Q))),
      decisionFunction: model.decisionFunction && ((Q) => model.decisionFunction!(t(Q))),
    };
    return wrapped;
  };
}

/** The quadratic terms that let a linear model learn moons and circles (core's playground features). */
const QUADRATIC: FeatureName[] = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2'];

/**
 * Logistic regression on x₁, x₂, x₁², x₂², x₁x₂ (standardised on the training rows), trained by full-batch Adam one
 * update per step: the evaluation widgets' live model, whose scores sharpen as it trains.
 */
export function quadraticLogistic(o: { seed: number; learningRate?: number }): StartClassifier {
  return (X, y) => {
    const scaler = new StandardScaler().fit(expandFeatures(X, QUADRATIC));
    const t = (Q: number[][]) => (Q.length ? scaler.transform(expandFeatures(Q, QUADRATIC)) : []);
    const model = new LogisticRegression({ penalty: 'none', learningRate: o.learningRate ?? 0.05, optimizer: 'adam', seed: o.seed });
    model.start(t(X), y);
    return {
      classes: model.classes,
      // a diverged model refuses the step and keeps its last finite state
      step: () => !model.step().diverged,
      predict: (Q) => model.predict(t(Q)),
      predictProba: (Q) => model.predictProba(t(Q)),
      decisionFunction: (Q) => model.decisionFunction(t(Q)),
    };
  };
}
