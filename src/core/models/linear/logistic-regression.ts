// Binary logistic regression with scikit-learn's meaning of penalty and C, an exact fit() and a step API for
// animating gradient descent.
//
// Objective (scikit-learn's, labels y ∈ {0,1}, scores z_i = w·x_i + b, intercept b never penalised):
//   penalty 'l2':   ½‖w‖² + C·Σ_i logloss(y_i, z_i)
//   penalty 'l1':    ‖w‖₁ + C·Σ_i logloss(y_i, z_i)
//   penalty 'none':         Σ_i logloss(y_i, z_i)          (C is ignored)
// with logloss(y, z) = −y·log σ(z) − (1−y)·log(1−σ(z)).
// Internally everything minimises the same objective divided by C·n (mean logloss + penalty/(C·n)): the minimiser is
// unchanged, and in the step API a learning rate means the same for any number of samples.
//
// fit(): Newton's method ('none', 'l2') or proximal Newton with coordinate descent ('l1'); both converge quadratically,
// so the result matches scikit-learn's optimum to ~1e-8 (tests: within 1e-4). On separable data without a penalty the
// optimum is at infinity: the weights grow each iteration; fit stops at maxIter (converged = false) or earlier once the
// loss is flat to machine precision — always with finite weights, never NaN.
import { ClassifierMixin, Estimator, type Steppable } from '../../base';
import { checkArray, checkNumber, checkOption } from '../../validation';
import type { OptimizerName } from '../../optim/optimizers';
import { OPTIMIZER_NAMES, createOptimizer } from '../../optim/optimizers';
import { sigmoid, toData } from './logistic-math';
import type { LogisticData, Penalty } from './logistic-math';
import { decisionInto, probaGrid, probaInto } from './logistic-grid';
import type { GridSpec } from './logistic-grid';
import { newtonSolve, proxNewtonSolve } from './logistic-solvers';
import { GradientTrainer } from './logistic-training';
import { checkClassWeight, expandClassWeight, type ClassWeight } from '../../utils/class-weight';
import type { StepResult } from './logistic-training';

export type { Penalty } from './logistic-math';
export type { StepResult } from './logistic-training';
export type { GridSpec } from './logistic-grid';

/** The options as resolved (what getParams returns). */
export interface LogisticRegressionParams {
  penalty: Penalty;
  C: number;
  fitIntercept: boolean;
  maxIter: number;
  tol: number;
  seed: number;
  learningRate: number;
  optimizer: OptimizerName;
  batchSize: number | null;
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  divergenceFactor: number;
  classWeight: ClassWeight | null;
}

export interface LogisticRegressionOptions {
  /** 'l2' (default, as scikit-learn), 'l1' or 'none' (null is accepted as 'none', like scikit-learn's penalty=None). */
  penalty?: Penalty | null;
  /** Inverse regularisation strength (> 0): larger C = weaker penalty. Default 1. */
  C?: number;
  /** Learn an intercept b (never penalised). Default true. */
  fitIntercept?: boolean;
  /** fit(): maximum Newton iterations. Default 100. */
  maxIter?: number;
  /**
   * fit(): stop when a step changes no coefficient by more than tol and the Newton decrement is ≤ 1e-12 (the error is
   * then far below tol, Newton being quadratic). Default 1e-4.
   */
  tol?: number;
  /** Seed for mini-batch shuffling in the step API. Default 0. */
  seed?: number;
  /** Step API: learning rate. Default 0.1. */
  learningRate?: number;
  /** Step API: 'sgd' (default), 'momentum' or 'adam'. */
  optimizer?: OptimizerName;
  /** Step API: samples per update; null (default) = full batch, 1 = stochastic. */
  batchSize?: number | null;
  /** Step API: momentum coefficient for 'momentum'. Default 0.9. */
  momentum?: number;
  /** Step API: Adam's moment decay rates and ε. Defaults 0.9, 0.999, 1e-8. */
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Step API: a step whose objective exceeds this multiple of the starting one (log 2 from zero weights) counts as diverged. Default 10. */
  divergenceFactor?: number;
  /**
   * Weights of the classes' log-losses, as scikit-learn's class_weight: null (default, all 1), 'balanced'
   * (n / (2·n_c), so each class carries the same total weight) or { 0: w0, 1: w1 }. For fit() and the step API.
   */
  classWeight?: ClassWeight | null;
}

const PENALTIES: readonly Penalty[] = ['none', 'l1', 'l2'];

const DEFAULTS: LogisticRegressionParams = {
  penalty: 'l2', C: 1, fitIntercept: true, maxIter: 100, tol: 1e-4, seed: 0, learningRate: 0.1, optimizer: 'sgd',
  batchSize: null, momentum: 0.9, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, divergenceFactor: 10,
  classWeight: null,
};

const NAME = 'LogisticRegression';

export class LogisticRegression extends ClassifierMixin(Estimator<LogisticRegressionParams, LogisticRegressionOptions>)
  implements Steppable<StepResult> {
  declare readonly penalty: Penalty;
  declare readonly C: number;
  declare readonly fitIntercept: boolean;
  declare readonly maxIter: number;
  declare readonly tol: number;
  declare readonly seed: number;
  declare readonly learningRate: number;
  declare readonly optimizer: OptimizerName;
  declare readonly batchSize: number | null;
  declare readonly momentum: number;
  declare readonly beta1: number;
  declare readonly beta2: number;
  declare readonly epsilon: number;
  declare readonly divergenceFactor: number;
  declare readonly classWeight: ClassWeight | null;
  /** The class labels, as scikit-learn's classes_. */
  readonly classes = [0, 1];
  /** fit(): Newton iterations used; step API: completed epochs. */
  nIter = 0;
  /** fit(): whether the solver met tol within maxIter (false on separable data without a penalty). */
  converged = false;
  nFeaturesIn = 0;
  /** The last step's report (step API), or null. */
  lastStep: StepResult | null = null;
  /** θ = [w…, b]; null until fitted. */
  private theta: Float64Array | null = null;
  private trainer: GradientTrainer | null = null;
  private trainedOn: [number[][], ArrayLike<number>] | null = null;

  constructor(options: LogisticRegressionOptions = {}) {
    super(NAME, DEFAULTS, options);
  }

  protected checkParams(p: LogisticRegressionParams): LogisticRegressionParams {
    const positive = { min: 0, minExclusive: true };
    const r: LogisticRegressionParams = {
      penalty: checkOption('penalty', (p.penalty as Penalty | null) ?? 'none', PENALTIES, NAME),
      C: checkNumber('C', p.C, positive, NAME),
      fitIntercept: checkOption('fitIntercept', p.fitIntercept, [true, false], NAME),
      maxIter: checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, NAME),
      tol: checkNumber('tol', p.tol, positive, NAME),
      seed: checkNumber('seed', p.seed, {}, NAME),
      learningRate: checkNumber('learningRate', p.learningRate, positive, NAME),
      optimizer: checkOption('optimizer', p.optimizer, OPTIMIZER_NAMES, NAME),
      batchSize: p.batchSize === null ? null : checkNumber('batchSize', p.batchSize, { integer: true, min: 1 }, NAME),
      momentum: p.momentum, beta1: p.beta1, beta2: p.beta2, epsilon: p.epsilon,
      divergenceFactor: checkNumber('divergenceFactor', p.divergenceFactor, positive, NAME),
      classWeight: p.classWeight ?? null,
    };
    checkClassWeight(r.classWeight, NAME);
    // The optimiser checks its own options (momentum, betas, ε): validate them now rather than at the first start.
    createOptimizer(r.optimizer, 1, { momentum: r.momentum, beta1: r.beta1, beta2: r.beta2, epsilon: r.epsilon });
    return r;
  }

  /** 1/(C·n), the penalty weight of the per-sample objective (0 for 'none'). */
  private lam(n: number): number {
    return this.penalty === 'none' ? 0 : 1 / (this.C * n);
  }

  /** The data with its class weights as per-sample weights (labels are 0/1, so a label is its class's index). */
  private weighted(data: LogisticData): LogisticData {
    return { ...data, sw: expandClassWeight(this.classWeight, this.classes, data.y) };
  }

  /** Fit to the optimum (see the header). Replaces any step-API state. */
  fit(X: number[][], y: ArrayLike<number>): this {
    const data = this.weighted(toData(X, y, 'LogisticRegression.fit'));
    const theta = new Float64Array(data.d + 1);
    const o = { penalty: this.penalty, lam: this.lam(data.n), fitIntercept: this.fitIntercept, maxIter: this.maxIter, tol: this.tol };
    const r = this.penalty === 'l1' ? proxNewtonSolve(data, theta, o) : newtonSolve(data, theta, o);
    this.theta = theta;
    this.nFeaturesIn = data.d;
    this.nIter = r.nIter;
    this.converged = r.converged;
    this.trainer = null;
    this.trainedOn = null;
    this.lastStep = null;
    return this;
  }

  // ---- step API -------------------------------------------------------------------------------------------------

  /** Start gradient-descent training on (X, y) from zero weights; then call step() repeatedly (see Steppable). */
  start(X: number[][], y: ArrayLike<number>): this {
    const data = this.weighted(toData(X, y, 'LogisticRegression.start'));
    this.startTrainer(data, new Float64Array(data.d + 1));
    this.trainedOn = [X, y];
    return this;
  }

  private startTrainer(data: LogisticData, theta: Float64Array): void {
    this.theta = theta;
    this.nFeaturesIn = data.d;
    this.nIter = 0;
    this.converged = false;
    this.lastStep = null;
    this.trainer = new GradientTrainer(data, theta, {
      penalty: this.penalty, lam: this.lam(data.n), fitIntercept: this.fitIntercept, learningRate: this.learningRate,
      batchSize: this.batchSize, optimizer: this.optimizer, seed: this.seed, divergenceFactor: this.divergenceFactor,
      optimizerOptions: { momentum: this.momentum, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon },
    });
  }

  /**
   * One update on one mini-batch (the whole training set when batchSize is null). Returns the objective after the
   * update and the epoch/batch counters; after a divergence it changes nothing and keeps reporting diverged = true.
   */
  step(): StepResult {
    if (!this.trainer) throw new Error('LogisticRegression.step: call start(X, y) first');
    const r = this.trainer.step();
    this.nIter = r.epoch;
    this.lastStep = r;
    return r;
  }

  /** The current training report without stepping (null before start). */
  get trainingState(): StepResult | null {
    const t = this.trainer;
    if (!t) return null;
    return {
      loss: t.loss, logLoss: t.logLoss, epoch: t.epoch, batch: t.batch, batchesPerEpoch: t.batchesPerEpoch,
      epochEnd: false, iteration: t.iteration, diverged: t.diverged,
    };
  }

  /**
   * One epoch of gradient descent on (X, y), as scikit-learn's SGDClassifier.partial_fit: continues from the current
   * weights and optimiser state when called again with the same arrays; new data (same width) keeps the weights but
   * restarts the optimiser state and the counters. Stops early on divergence. Returns this; see lastStep.
   */
  partialFit(X: number[][], y: ArrayLike<number>): this {
    const same = this.trainer && this.trainedOn && this.trainedOn[0] === X && this.trainedOn[1] === y;
    if (!same) {
      const data = toData(X, y, 'LogisticRegression.partialFit');
      const keep = this.theta && this.theta.length === data.d + 1 ? this.theta.slice() : new Float64Array(data.d + 1);
      this.startTrainer(data, keep);
      this.trainedOn = [X, y];
    }
    for (;;) {
      const r = this.step();
      if (r.epochEnd || r.diverged) break;
    }
    return this;
  }

  // ---- fitted attributes and prediction -----------------------------------------------------------------------------

  private fitted(what: string): Float64Array {
    if (!this.theta) throw new Error(`LogisticRegression.${what}: call fit (or start) first`);
    return this.theta;
  }

  /** Weights w, one per feature (scikit-learn's coef_ has shape (1, n_features); this is its only row). */
  get coef(): number[] {
    const t = this.fitted('coef');
    return Array.from(t.subarray(0, t.length - 1));
  }

  /** The intercept b (scikit-learn's intercept_[0]); 0 when fitIntercept is false. */
  get intercept(): number {
    const t = this.fitted('intercept');
    return t[t.length - 1];
  }

  private checkX(X: number[][], what: string): number {
    const t = this.fitted(what);
    return checkArray(X, { who: `${NAME}.${what}`, minSamples: 0, nFeatures: t.length - 1 }).d;
  }

  /** w·x + b for each row, checked for the method `what` (so its name is in any message). */
  private scores(X: number[][], what: string): number[] {
    const d = this.checkX(X, what);
    const t = this.theta!;
    return X.map((row) => { let z = t[d]; for (let j = 0; j < d; j++) z += t[j] * row[j]; return z; });
  }

  /** Scores w·x + b (log-odds of class 1). */
  decisionFunction(X: number[][]): number[] {
    return this.scores(X, 'decisionFunction');
  }

  /** n×2 probabilities [P(y=0), P(y=1)] per row, as scikit-learn. */
  predictProba(X: number[][]): number[][] {
    return this.scores(X, 'predictProba').map((z) => [sigmoid(-z), sigmoid(z)]);
  }

  /** Class 1 where the score is > 0, else 0 (scikit-learn's rule; a score of exactly 0 gives class 0). */
  predict(X: number[][]): number[] {
    return this.scores(X, 'predict').map((z) => (z > 0 ? 1 : 0));
  }

  /** w·x + b for nRows rows stored flat (row-major, nFeaturesIn per row) into out; no allocation (a live loss per step). */
  decisionInto(out: Float64Array, Xflat: ArrayLike<number>, nRows = out.length): Float64Array {
    return decisionInto(this.fitted('decisionInto'), out, Xflat, nRows);
  }

  /** P(y=1) for nRows rows stored flat (row-major, nFeaturesIn per row) into out; no allocation. */
  probaInto(out: Float32Array | Float64Array, Xflat: ArrayLike<number>, nRows = out.length): typeof out {
    return probaInto(this.fitted('probaInto'), out, Xflat, nRows);
  }

  /**
   * P(y=1) at the centres of an nx×ny grid, row-major with row 0 at the top (largest y), ready for ImageData.
   * 100×100 cells cost a fraction of a millisecond (see docs/PERFORMANCE.md).
   */
  predictProbaGrid(grid: GridSpec, out: Float32Array = new Float32Array(grid.nx * grid.ny)): Float32Array {
    return probaGrid(this.fitted('predictProbaGrid'), grid, out);
  }
}
