/**
 * What scikit-learn's MLPClassifier and MLPRegressor share (sklearn.neural_network's BaseMultilayerPerceptron), on
 * the engine #/mlp trains with (mlp.ts): options with scikit-learn's names, the epoch loop of its stochastic
 * solvers (shuffle, batches, loss_curve_), its stop rules (tol and n_iter_no_change on the training loss, or on the
 * validation score with early_stopping, restoring the best weights) and partialFit.
 *
 * Matched to scikit-learn (tests/unit/mlp-sklearn.test.ts against tests/fixtures/make_mlp.py): the loss (half the
 * squared error for regression; alpha·½Σw²/n_batch), the SGD, Nesterov and Adam updates. Not matched: the random
 * initial weights and the shuffling order (numpy's streams; pass `coefs`/`intercepts` to start from given weights),
 * the solver 'lbfgs' and the learning-rate schedules 'invscaling'/'adaptive' (only 'constant' is offered).
 */
import { Estimator } from '../../base';
import { trainTestSplit } from '../../data/split';
import { Rng } from '../../random';
import { checkArray, checkNumber, checkOption } from '../../validation';
import { Mlp, type MlpTask } from './mlp';
import type { Activation } from './mlp-math';

export type MlpActivation = 'relu' | 'tanh' | 'logistic' | 'identity';
/** scikit-learn's 'sgd' and 'adam', and RMSprop (our addition). */
export type MlpSolver = 'sgd' | 'adam' | 'rmsprop';

export interface MLPParams {
  hiddenLayerSizes: number[];
  activation: MlpActivation;
  solver: MlpSolver;
  /** L2 strength: the loss gains alpha·½Σw²/n_batch (biases not penalised). */
  alpha: number;
  /** Rows per update; 'auto' = min(200, n). */
  batchSize: number | 'auto';
  learningRateInit: number;
  /** Epochs at most (fit). */
  maxIter: number;
  /** Shuffle the rows every epoch (from randomState). */
  shuffle: boolean;
  randomState: number;
  momentum: number;
  nesterovsMomentum: boolean;
  beta1: number;
  beta2: number;
  epsilon: number;
  earlyStopping: boolean;
  validationFraction: number;
  nIterNoChange: number;
  tol: number;
  /** Initial weights (coefs[l] is n_in × n_out, as scikit-learn's coefs_) and biases; null: random from randomState. */
  coefs: number[][][] | null;
  intercepts: number[][] | null;
}

export type MLPOptions = Partial<MLPParams>;

export const MLP_DEFAULTS: MLPParams = {
  hiddenLayerSizes: [100], activation: 'relu', solver: 'adam', alpha: 1e-4, batchSize: 'auto', learningRateInit: 1e-3,
  maxIter: 200, shuffle: true, randomState: 0, momentum: 0.9, nesterovsMomentum: true, beta1: 0.9, beta2: 0.999,
  epsilon: 1e-8, earlyStopping: false, validationFraction: 0.1, nIterNoChange: 10, tol: 1e-4, coefs: null, intercepts: null,
};

const ACTIVATION: Record<MlpActivation, Activation> = { relu: 'relu', tanh: 'tanh', logistic: 'sigmoid', identity: 'linear' };

export abstract class BaseMultilayerPerceptron extends Estimator<MLPParams, MLPOptions> {
  declare readonly hiddenLayerSizes: number[];
  declare readonly activation: MlpActivation;
  declare readonly solver: MlpSolver;
  declare readonly alpha: number;
  declare readonly batchSize: number | 'auto';
  declare readonly learningRateInit: number;
  declare readonly maxIter: number;
  declare readonly shuffle: boolean;
  declare readonly randomState: number;
  declare readonly momentum: number;
  declare readonly nesterovsMomentum: boolean;
  declare readonly beta1: number;
  declare readonly beta2: number;
  declare readonly epsilon: number;
  declare readonly earlyStopping: boolean;
  declare readonly validationFraction: number;
  declare readonly nIterNoChange: number;
  declare readonly tol: number;
  /** The training objective after every epoch (scikit-learn's loss_curve_). */
  lossCurve: number[] = [];
  /** With earlyStopping: the validation score (accuracy or R²) after every epoch (validation_scores_). */
  validationScores: number[] = [];
  bestLoss = Infinity;
  bestValidationScore = -Infinity;
  /** Epochs trained (n_iter_). */
  nIter = 0;
  /** fit stopped by its tolerance rule before maxIter. */
  converged = false;
  nFeaturesIn = 0;
  protected net: Mlp | null = null;
  // declared, not initialised: Estimator's constructor sets it (applyParams) before class fields would overwrite it
  private declare init: { coefs: number[][][]; intercepts: number[][] } | null;
  private rng = new Rng(0);
  private noImprovement = 0;

  /** The engine's task for this many classes (0 for a regressor). */
  protected abstract taskFor(nClasses: number): MlpTask;
  /** The targets as the network takes them (class indices for a classifier) and how many outputs' worth of classes. */
  protected abstract encode(y: ArrayLike<number>, who: string, classes?: readonly number[]): { y: Float64Array; nClasses: number };
  abstract score(X: number[][], y: ArrayLike<number>): number;

  protected checkParams(p: MLPParams): MLPParams {
    const who = this.estimatorName, rate = { min: 0, max: 1, maxExclusive: true }, pos = { min: 0, minExclusive: true };
    if (!Array.isArray(p.hiddenLayerSizes) || !p.hiddenLayerSizes.every((h) => Number.isInteger(h) && h >= 1)) {
      throw new RangeError(`${who}: hiddenLayerSizes must be a list of positive whole numbers (e.g. [100] or [8, 4]); got ${JSON.stringify(p.hiddenLayerSizes)}`);
    }
    if (p.batchSize !== 'auto') checkNumber('batchSize', p.batchSize, { integer: true, min: 1 }, who);
    if ((p.coefs === null) !== (p.intercepts === null)) throw new RangeError(`${who}: give coefs and intercepts together`);
    return {
      ...p,
      hiddenLayerSizes: [...p.hiddenLayerSizes],
      activation: checkOption('activation', p.activation, Object.keys(ACTIVATION) as MlpActivation[], who),
      solver: checkOption('solver', p.solver, ['sgd', 'adam', 'rmsprop'] as const, who),
      alpha: checkNumber('alpha', p.alpha, { min: 0 }, who),
      learningRateInit: checkNumber('learningRateInit', p.learningRateInit, pos, who),
      maxIter: checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, who),
      randomState: checkNumber('randomState', p.randomState, { integer: true, min: 0 }, who),
      momentum: checkNumber('momentum', p.momentum, { min: 0, max: 1 }, who),
      beta1: checkNumber('beta1', p.beta1, rate, who),
      beta2: checkNumber('beta2', p.beta2, rate, who),
      epsilon: checkNumber('epsilon', p.epsilon, pos, who),
      validationFraction: checkNumber('validationFraction', p.validationFraction, rate, who),
      nIterNoChange: checkNumber('nIterNoChange', p.nIterNoChange, { integer: true, min: 1 }, who),
      tol: checkNumber('tol', p.tol, { min: 0 }, who),
    };
  }

  /** The options become fields, except the initial weights: `coefs` and `intercepts` are the fitted ones once fitted. */
  protected override applyParams(p: MLPParams): void {
    const { coefs, intercepts, ...rest } = p;
    Object.assign(this, rest);
    this.init = coefs && intercepts ? { coefs, intercepts } : null;
  }

  /** coefs[l][i][j]: the weight from unit i of layer l to unit j of layer l + 1 (scikit-learn's coefs_); before fitting, the given initial ones. */
  get coefs(): number[][][] | null {
    return this.net ? this.net.getWeights().weights : (this.init?.coefs ?? null);
  }

  get intercepts(): number[][] | null {
    return this.net ? this.net.getWeights().biases : (this.init?.intercepts ?? null);
  }

  /** Trains from the initial weights (given, or random from randomState) until the stop rule or maxIter. */
  fit(X: number[][], y: ArrayLike<number>): this {
    const who = `${this.estimatorName}.fit`;
    let { data, yEnc } = this.prepare(X, y, who);
    this.reset(data.d, yEnc.nClasses, who);
    let val: { X: number[][]; y: number[] } | null = null;
    if (this.earlyStopping) {
      const split = trainTestSplit(X, y, { testSize: this.validationFraction, seed: this.randomState, stratify: this.stratify(y) });
      val = { X: split.XTest, y: split.yTest };
      ({ data, yEnc } = this.prepare(split.XTrain, split.yTrain, who, this.knownClasses()));
    }
    let best: Float64Array | null = null;
    for (let epoch = 0; epoch < this.maxIter; epoch++) {
      const loss = this.epoch(data.x, yEnc.y, data.n);
      if (val) {
        const s = this.score(val.X, val.y);
        this.validationScores.push(s);
        // scikit-learn's rule: the count grows unless the score beats the best by tol; the best is kept regardless of tol.
        this.noImprovement = s < this.bestValidationScore + this.tol ? this.noImprovement + 1 : 0;
        if (s > this.bestValidationScore) { this.bestValidationScore = s; best = this.net!.params.slice(); }
      } else {
        this.noImprovement = loss > this.bestLoss - this.tol ? this.noImprovement + 1 : 0;
        if (loss < this.bestLoss) this.bestLoss = loss;
      }
      if (this.noImprovement > this.nIterNoChange) { this.converged = true; break; }
    }
    if (best) this.net!.params.set(best);
    return this;
  }

  /** One epoch over (X, y), continuing from the current weights and optimiser state (scikit-learn's partial_fit). */
  partialFit(X: number[][], y: ArrayLike<number>, classes?: readonly number[]): this {
    const who = `${this.estimatorName}.partialFit`;
    const { data, yEnc } = this.prepare(X, y, who, classes);
    if (!this.net) this.reset(data.d, yEnc.nClasses, who);
    else if (data.d !== this.nFeaturesIn) throw new RangeError(`${who}: X has ${data.d} features, but the network was fitted with ${this.nFeaturesIn}`);
    this.epoch(data.x, yEnc.y, data.n);
    return this;
  }

  /** The output layer's values for X: probabilities (sigmoid or softmax) or predictions, n × outputs row-major. */
  protected forward(X: number[][], who: string): { out: Float64Array; k: number } {
    if (!this.net) throw new Error(`${who}: this ${this.estimatorName} is not fitted yet; call fit first`);
    const { n } = checkArray(X, { who, nFeatures: this.nFeaturesIn });
    return { out: this.net.activations(Float64Array.from(X.flat()), n).pop()!, k: this.net.nOut };
  }

  /** The labels to stratify the validation split by (a classifier's y), or undefined. */
  protected stratify(_y: ArrayLike<number>): ArrayLike<number> | undefined {
    return undefined;
  }

  /** A classifier's classes once known, so that the training part of a split encodes them as the whole y did. */
  protected knownClasses(): readonly number[] | undefined {
    return undefined;
  }

  /** X checked and flattened, y encoded for the network. */
  private prepare(X: number[][], y: ArrayLike<number>, who: string, classes?: readonly number[]) {
    const { n, d } = checkArray(X, { who, minSamples: 1 });
    if (y.length !== n) throw new RangeError(`${who}: X has ${n} rows but y has ${y.length} targets`);
    return { data: { n, d, x: Float64Array.from(X.flat()) }, yEnc: this.encode(y, who, classes) };
  }

  private reset(d: number, nClasses: number, who: string): void {
    const sgd = this.solver === 'sgd';
    this.net = new Mlp({
      nIn: d, hidden: this.hiddenLayerSizes, activation: ACTIVATION[this.activation], task: this.taskFor(nClasses), nClasses,
      l2: this.alpha, l2PerBatch: true, halfSquaredError: true, learningRate: this.learningRateInit,
      optimizer: sgd ? (this.momentum > 0 ? 'momentum' : 'sgd') : this.solver,
      optimizerOptions: { momentum: this.momentum, nesterov: this.nesterovsMomentum, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon, epsilonHat: true },
      seed: this.randomState,
    });
    if (this.init) {
      try { this.net.setWeights(this.init.coefs, this.init.intercepts); } catch (e) { this.net = null; throw new RangeError(`${who}: the given coefs/intercepts do not fit this network: ${(e as Error).message}`); }
    }
    this.nFeaturesIn = d;
    this.rng = new Rng(this.randomState * 7919 + 13);
    this.lossCurve = [];
    this.validationScores = [];
    this.bestLoss = Infinity;
    this.bestValidationScore = -Infinity;
    this.nIter = 0;
    this.noImprovement = 0;
    this.converged = false;
  }

  private epoch(x: Float64Array, y: Float64Array, n: number): number {
    const net = this.net!;
    const order = this.shuffle ? this.rng.permutation(n) : Array.from({ length: n }, (_, i) => i);
    const batch = this.batchSize === 'auto' ? Math.min(200, n) : Math.min(this.batchSize, n);
    const before = net.snapshot();
    const loss = net.trainEpoch({ n, x, y }, order, batch);
    if (!Number.isFinite(loss) || !net.finite()) {
      net.restore(before);
      throw new RangeError(`${this.estimatorName}: the loss stopped being a finite number in epoch ${this.nIter + 1} (learningRateInit ${this.learningRateInit} is too large?); the weights of the epoch before are kept`);
    }
    this.lossCurve.push(loss);
    this.nIter++;
    return loss;
  }
}
