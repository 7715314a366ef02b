/**
 * scikit-learn's MLPClassifier and MLPRegressor (sklearn.neural_network) on #/mlp's engine: the shared options, epoch
 * loop and stop rules are in perceptron-base.ts; these add what differs, the targets and the outputs.
 * MLPClassifier: one sigmoid output and log loss for two classes, softmax and cross-entropy for more; predict gives
 * the class labels. MLPRegressor: one linear output and half the squared error; one target column.
 */
import { ClassifierMixin, RegressorMixin } from '../../base';
import { checkTargets } from '../../validation';
import { BaseMultilayerPerceptron, MLP_DEFAULTS, type MLPOptions } from './perceptron-base';
import type { MlpTask } from './mlp';

export type { MLPOptions, MLPParams, MlpActivation, MlpSolver } from './perceptron-base';

export class MLPClassifier extends ClassifierMixin(BaseMultilayerPerceptron) {
  /** The sorted class labels (classes_); probabilities and outputs follow this order. */
  classes: number[] = [];

  constructor(options: MLPOptions = {}) {
    super('MLPClassifier', MLP_DEFAULTS, options);
  }

  protected taskFor(nClasses: number): MlpTask {
    return nClasses === 2 ? 'binary' : 'multiclass';
  }

  protected encode(y: ArrayLike<number>, who: string, classes?: readonly number[]): { y: Float64Array; nClasses: number } {
    const given = classes ?? (this.classes.length ? this.classes : undefined);
    const seen = checkTargets(y, { who, kind: 'classes', minClasses: given ? 1 : 2, labels: given });
    // partialFit: the first call fixes the classes (its `classes`, else y's); later calls must stay within them
    this.classes = given ? [...given].sort((a, b) => a - b) : seen;
    if (this.classes.length < 2) throw new RangeError(`${who}: a classifier needs at least 2 classes; got ${this.classes.length}`);
    const index = new Map(this.classes.map((c, i) => [c, i]));
    return { y: Float64Array.from(y, (v) => index.get(v)!), nClasses: this.classes.length };
  }

  override fit(X: number[][], y: ArrayLike<number>): this {
    this.classes = [];
    return super.fit(X, y);
  }

  protected override stratify(y: ArrayLike<number>): ArrayLike<number> {
    return y;
  }

  protected override knownClasses(): readonly number[] {
    return this.classes;
  }

  /** P(class) for every row, n × classes in the order of `classes` (two classes: [1 − p, p]). */
  predictProba(X: number[][]): number[][] {
    const { out, k } = this.forward(X, `${this.estimatorName}.predictProba`);
    const n = out.length / k;
    return Array.from({ length: n }, (_, r) => (k === 1 ? [1 - out[r], out[r]] : Array.from(out.subarray(r * k, (r + 1) * k))));
  }

  /** The most probable class's label (two classes: class 1 when p > 0.5, as scikit-learn's LabelBinarizer). */
  predict(X: number[][]): number[] {
    return this.predictProba(X).map((p) => {
      let best = 0;
      for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
      return this.classes[best];
    });
  }
}

export class MLPRegressor extends RegressorMixin(BaseMultilayerPerceptron) {
  constructor(options: MLPOptions = {}) {
    super('MLPRegressor', MLP_DEFAULTS, options);
  }

  protected taskFor(): MlpTask {
    return 'regression';
  }

  protected encode(y: ArrayLike<number>, who: string): { y: Float64Array; nClasses: number } {
    checkTargets(y, { who });
    return { y: Float64Array.from(y), nClasses: 0 };
  }

  predict(X: number[][]): number[] {
    return Array.from(this.forward(X, `${this.estimatorName}.predict`).out);
  }
}
