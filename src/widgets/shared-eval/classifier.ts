/**
 * Any classifier, as the evaluation sources see it: scikit-learn's predict / predict_proba / decision_function.
 * A widget hands the evaluation a function that builds and fits its model (a tree, a forest, an SVM, an MLP, the
 * kNN of the confusion widget); the sources split the data, call it, and score the held-out rows.
 */

/** A fitted classifier. Core's estimators fit this shape as they are (KNeighborsClassifier, LogisticRegression, trees, forests). */
export interface FittedClassifier {
  /** The sorted class labels: the columns of predictProba. Default [0, 1]. */
  readonly classes?: ArrayLike<number>;
  predict(X: number[][]): number[];
  /** One row of class probabilities per sample, columns in `classes` order. */
  predictProba?(X: number[][]): number[][];
  /** Binary models: one score per sample, larger means more positive (any scale). */
  decisionFunction?(X: number[][]): number[] | number[][];
}

/** Builds a model and fits it on (X, y): binary or multiclass labels. */
export type FitClassifier = (X: number[][], y: number[]) => FittedClassifier;

/** A model trained one update at a time (a live logistic regression): step() is false once training diverged. */
export interface SteppedClassifier extends FittedClassifier {
  step(): boolean;
}

/** Builds a model and starts training it on (X, y); the source steps it. */
export type StartClassifier = (X: number[][], y: number[]) => SteppedClassifier;

/**
 * Scores for the positive class, for ROC curves and thresholds: P(positive) when the model has probabilities,
 * else its decision function, else its predictions as 0/1 (a curve with one corner). A positive class the model
 * never saw scores 0 everywhere.
 */
export function positiveScores(model: FittedClassifier, X: number[][], positive = 1): number[] {
  if (X.length === 0) return [];
  if (model.predictProba) {
    const classes = model.classes ? Array.from(model.classes) : [0, 1];
    const col = classes.indexOf(positive);
    return model.predictProba(X).map((r) => (col >= 0 ? r[col] : 0));
  }
  if (model.decisionFunction) {
    const d = model.decisionFunction(X);
    if (d.length > 0 && Array.isArray(d[0])) throw new RangeError('positiveScores: a multiclass decision function has no single positive score');
    return d as number[];
  }
  return model.predict(X).map((c) => (c === positive ? 1 : 0));
}
