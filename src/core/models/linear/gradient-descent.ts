// Linear regression trained by full-batch gradient descent on the mean squared error, one update per step, so a
// widget can animate the optimiser's path over the (w, b) loss surface beside the closed-form answer:
//   L(w, b) = 1/n·‖y − Xw − b‖²,   ∇_w L = 2/n·Xᵀ(Xw + b − y),   ∂L/∂b = 2/n·Σ(Xw + b − y)
// with the optimisers of core/optim (plain gradient steps, momentum or Adam). A learning rate too large makes the
// loss grow without bound: the step whose loss is not finite is undone, the run is flagged diverged (sticky until
// the next start) and `message` says why, so the widget pauses with it instead of drawing NaN.
import type { Steppable } from '../../base';
import { Estimator } from '../../base';
import { createOptimizer, OPTIMIZER_NAMES, type Optimizer, type OptimizerName } from '../../optim';
import { checkArray, checkNumber, checkOption, checkXy } from '../../validation';
import { LinearPredictor } from './linear-model';

export interface LinearRegressionGDParams {
  /** 'sgd' (plain gradient steps: the batch is the whole training set), 'momentum' or 'adam'. Default 'sgd'. */
  optimizer: OptimizerName;
  /** Step size. Default 0.01. */
  learningRate: number;
  /** fit(): most steps. Default 1000. */
  maxIter: number;
  /** fit(): stop once the gradient's largest component is ≤ tol. Default 1e-6. */
  tol: number;
  fitIntercept: boolean;
  /** Momentum coefficient ('momentum'). Default 0.9. */
  momentum: number;
  /** Adam's moment decay rates and ε. Defaults 0.9, 0.999, 1e-8. */
  beta1: number;
  beta2: number;
  epsilon: number;
}

/** Where a run starts (default: every coefficient and the intercept 0). */
export interface GDStart {
  coef?: number[];
  intercept?: number;
}

/** What one step reports. Every number is finite. */
export interface GDStep {
  /** Updates done so far. */
  iteration: number;
  /** The MSE on the training set after this update (before it, for a diverged step that was undone). */
  loss: number;
  coef: number[];
  intercept: number;
  /** Euclidean norm of the gradient at the new parameters. */
  gradNorm: number;
  /** True once the run has diverged (sticky until the next start); coef and intercept are the last finite ones. */
  diverged: boolean;
  /** Why the run stopped, for the widget to show; null while it runs. */
  message: string | null;
}

const NAME = 'LinearRegressionGD';

/** Linear regression by gradient descent on the MSE; fit() runs the steps, the step API exposes them. */
export class LinearRegressionGD extends LinearPredictor(Estimator<LinearRegressionGDParams>)
  implements Steppable<GDStep, [X: number[][], y: ArrayLike<number>, init?: GDStart]> {
  declare readonly optimizer: OptimizerName;
  declare readonly learningRate: number;
  declare readonly maxIter: number;
  declare readonly tol: number;
  declare readonly fitIntercept: boolean;
  declare readonly momentum: number;
  declare readonly beta1: number;
  declare readonly beta2: number;
  declare readonly epsilon: number;
  /** fit(): steps taken; step API: updates so far. */
  nIter = 0;
  /** fit(): whether the gradient fell below tol within maxIter. */
  converged = false;
  /** The last step's report, or null before the first. */
  lastStep: GDStep | null = null;
  private run: GDRun | null = null;

  constructor(options: Partial<LinearRegressionGDParams> = {}) {
    super(NAME, {
      optimizer: 'sgd', learningRate: 0.01, maxIter: 1000, tol: 1e-6, fitIntercept: true, momentum: 0.9, beta1: 0.9,
      beta2: 0.999, epsilon: 1e-8,
    }, options);
  }

  protected checkParams(p: LinearRegressionGDParams): LinearRegressionGDParams {
    const rate = { min: 0, max: 1, maxExclusive: true };
    return {
      optimizer: checkOption('optimizer', p.optimizer, OPTIMIZER_NAMES, NAME),
      learningRate: checkNumber('learningRate', p.learningRate, { min: 0, minExclusive: true }, NAME),
      maxIter: checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, NAME),
      tol: checkNumber('tol', p.tol, { min: 0 }, NAME),
      fitIntercept: checkOption('fitIntercept', p.fitIntercept, [true, false], NAME),
      momentum: checkNumber('momentum', p.momentum, rate, NAME),
      beta1: checkNumber('beta1', p.beta1, rate, NAME),
      beta2: checkNumber('beta2', p.beta2, rate, NAME),
      epsilon: checkNumber('epsilon', p.epsilon, { min: 0, minExclusive: true }, NAME),
    };
  }

  /** Begins a run on (X, y) from `init` (default zeros), replacing any earlier one; the model predicts with the start. */
  start(X: number[][], y: ArrayLike<number>, init: GDStart = {}): this {
    const { n, d } = checkXy(X, y, { who: `${NAME}.start` });
    const theta = new Float64Array(d + 1);
    if (init.coef !== undefined) {
      checkArray([init.coef], { name: 'init.coef', who: `${NAME}.start`, nFeatures: d, nFeaturesWhy: 'one per feature of X' });
      theta.set(init.coef);
    }
    if (init.intercept !== undefined) theta[d] = checkNumber('init.intercept', init.intercept, {}, `${NAME}.start`);
    if (!this.fitIntercept) theta[d] = 0;
    const optimizer = createOptimizer(this.optimizer, d + 1, { momentum: this.momentum, beta1: this.beta1, beta2: this.beta2, epsilon: this.epsilon });
    this.run = new GDRun(X, Float64Array.from(y), n, d, theta, optimizer, this.learningRate, this.fitIntercept);
    this.nIter = 0;
    this.converged = false;
    this.lastStep = null;
    this.adopt();
    return this;
  }

  /** One gradient update (nothing changes after a divergence: the diverged report repeats). */
  step(): GDStep {
    const run = this.run;
    if (!run) throw new Error(`${NAME}.step: call start(X, y) first`);
    run.step();
    this.nIter = run.iteration;
    this.adopt();
    const r = run.report();
    this.lastStep = r;
    return r;
  }

  /** start, then steps until the gradient's largest component is ≤ tol, maxIter steps, or a divergence. */
  fit(X: number[][], y: ArrayLike<number>, init: GDStart = {}): this {
    this.start(X, y, init);
    const run = this.run as GDRun;
    for (let k = 0; k < this.maxIter && !run.diverged && run.gradMax() > this.tol; k++) this.step();
    this.converged = !run.diverged && run.gradMax() <= this.tol;
    return this;
  }

  /** The current parameters become the model's coef and intercept. */
  private adopt(): void {
    const { theta, d } = this.run as GDRun;
    this.setFit(theta.subarray(0, d), theta[d]);
  }
}

/** One run's state: θ = [w…, b], the gradient at θ and the loss there (one pass over the data per step). */
class GDRun {
  readonly grad: Float64Array;
  private readonly backup: Float64Array;
  loss: number;
  iteration = 0;
  diverged = false;
  message: string | null = null;

  constructor(
    private readonly X: number[][], private readonly y: Float64Array, private readonly n: number, readonly d: number,
    readonly theta: Float64Array, private readonly opt: Optimizer, private readonly lr: number,
    private readonly fitIntercept: boolean,
  ) {
    this.grad = new Float64Array(d + 1);
    this.backup = new Float64Array(d + 1);
    this.loss = this.evaluate();
  }

  /** Loss at θ, and the gradient there into this.grad. */
  private evaluate(): number {
    const { X, y, n, d, theta, grad } = this;
    grad.fill(0);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const row = X[i];
      let r = theta[d] - y[i];
      for (let j = 0; j < d; j++) r += row[j] * theta[j];
      loss += r * r;
      for (let j = 0; j < d; j++) grad[j] += row[j] * r;
      grad[d] += r;
    }
    for (let j = 0; j <= d; j++) grad[j] *= 2 / n;
    if (!this.fitIntercept) grad[d] = 0;
    return loss / n;
  }

  step(): void {
    if (this.diverged) return;
    this.backup.set(this.theta);
    const state = this.opt.snapshot();
    const before = this.loss;
    this.opt.step(this.theta, this.grad, this.lr);
    this.iteration++;
    const loss = this.evaluate();
    if (Number.isFinite(loss) && this.theta.every(Number.isFinite)) {
      this.loss = loss;
      return;
    }
    // Undo: the parameters, the optimiser's state and the gradient go back to the last finite point.
    this.theta.set(this.backup);
    this.opt.restore(state);
    this.evaluate(); // the gradient at the restored point
    this.loss = before;
    this.diverged = true;
    this.message = `Gradient descent diverged at step ${this.iteration}: the loss overflowed, so the learning rate `
      + `${this.lr} is too large for this data; lower it (or scale the features)`;
  }

  gradMax(): number {
    let m = 0;
    for (const g of this.grad) m = Math.max(m, Math.abs(g));
    return m;
  }

  report(): GDStep {
    const { theta, d } = this;
    // scaled by the largest component so that a huge (still finite) gradient does not overflow when squared
    const m = this.gradMax();
    let g2 = 0;
    if (m > 0) for (const g of this.grad) g2 += (g / m) ** 2;
    return {
      iteration: this.iteration, loss: this.loss, coef: Array.from(theta.subarray(0, d)), intercept: theta[d],
      gradNorm: m * Math.sqrt(g2), diverged: this.diverged, message: this.message,
    };
  }
}
