// First-order optimisers on flat Float64Array parameters, each with an optional proximal L1 step so penalised
// weights land on exact zeros (the soft-threshold is the proximal operator of λ‖w‖₁).

import { checkNumber, checkOption } from '../validation';

/** What the linear models offer. */
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];
/** Every optimiser createOptimizer builds: the linear models' and RMSprop (the neural network's addition). */
export type AnyOptimizerName = OptimizerName | 'rmsprop';
export const ALL_OPTIMIZER_NAMES: readonly AnyOptimizerName[] = [...OPTIMIZER_NAMES, 'rmsprop'];

export interface OptimizerOptions {
  /** Momentum coefficient μ for 'momentum' (velocity v ← μv + g). Default 0.9. */
  momentum?: number;
  /** Nesterov's momentum for 'momentum': the step is lr·(μv + g) with the new v (scikit-learn's nesterovs_momentum). Default false. */
  nesterov?: boolean;
  /**
   * Adam's ε added to √v before the bias correction, lr·√(1 − β₂ᵗ)/(1 − β₁ᵗ) · m/(√v + ε) (Kingma and Ba's efficient
   * form, scikit-learn's and TF.js's), rather than to √v̂. Default false. The two differ only while ε matters.
   */
  epsilonHat?: boolean;
  /** Adam's decay rates of the first and second moment estimates. Defaults 0.9 and 0.999. */
  beta1?: number;
  beta2?: number;
  /** Adam's ε in lr / (√v̂ + ε) (default 1e-8), RMSprop's in lr / (√s + ε) (default 1e-7, as Keras). */
  epsilon?: number;
  /** RMSprop's decay of the mean square s ← ρs + (1 − ρ)g². Default 0.9. */
  rho?: number;
}

/** sign(v)·max(|v| − t, 0): the proximal operator of t·|v|. */
export function softThreshold(v: number, t: number): number {
  return v > t ? v - t : v < -t ? v + t : 0;
}

export interface OptimizerSnapshot {
  t: number;
  buffers: Float64Array[];
}

export interface Optimizer {
  readonly name: AnyOptimizerName;
  /** Number of updates done. */
  readonly t: number;
  /**
   * One update of `params` in place. `grad` is the gradient of the smooth part of the objective; `l1` (optional)
   * holds per-coordinate L1 strengths λ_j (0 = not penalised): after the gradient move, each coordinate is
   * soft-thresholded by (its effective step size)·λ_j — a proximal gradient step.
   */
  step(params: Float64Array, grad: ArrayLike<number>, lr: number, l1?: ArrayLike<number> | null): void;
  /** Forget all state (velocities, moments, step count). */
  reset(): void;
  /** Copy of the state, and its restoration (to undo a diverging step). */
  snapshot(): OptimizerSnapshot;
  restore(s: OptimizerSnapshot): void;
}

/** A decay rate or momentum coefficient: in [0, 1). */
function checkRate(name: string, v: number): number {
  return checkNumber(name, v, { min: 0, max: 1, maxExclusive: true });
}

class BaseOptimizer {
  t = 0;
  protected buffers: Float64Array[];
  constructor(size: number, nBuffers: number) {
    this.buffers = Array.from({ length: nBuffers }, () => new Float64Array(size));
  }
  reset(): void {
    this.t = 0;
    for (const b of this.buffers) b.fill(0);
  }
  snapshot(): OptimizerSnapshot {
    return { t: this.t, buffers: this.buffers.map((b) => b.slice()) };
  }
  restore(s: OptimizerSnapshot): void {
    this.t = s.t;
    s.buffers.forEach((b, i) => this.buffers[i].set(b));
  }
}

class Sgd extends BaseOptimizer implements Optimizer {
  readonly name = 'sgd' as const;
  constructor(size: number) { super(size, 0); }
  step(p: Float64Array, g: ArrayLike<number>, lr: number, l1?: ArrayLike<number> | null): void {
    this.t++;
    for (let j = 0; j < p.length; j++) {
      const v = p[j] - lr * g[j];
      p[j] = l1 && l1[j] > 0 ? softThreshold(v, lr * l1[j]) : v;
    }
  }
}

class Momentum extends BaseOptimizer implements Optimizer {
  readonly name = 'momentum' as const;
  constructor(size: number, private mu: number, private nesterov: boolean) { super(size, 1); }
  step(p: Float64Array, g: ArrayLike<number>, lr: number, l1?: ArrayLike<number> | null): void {
    this.t++;
    const vel = this.buffers[0], mu = this.mu;
    for (let j = 0; j < p.length; j++) {
      vel[j] = mu * vel[j] + g[j];
      const v = p[j] - lr * (this.nesterov ? mu * vel[j] + g[j] : vel[j]);
      p[j] = l1 && l1[j] > 0 ? softThreshold(v, lr * l1[j]) : v;
    }
  }
}

class Adam extends BaseOptimizer implements Optimizer {
  readonly name = 'adam' as const;
  constructor(size: number, private b1: number, private b2: number, private eps: number, private epsHat: boolean) { super(size, 2); }
  step(p: Float64Array, g: ArrayLike<number>, lr: number, l1?: ArrayLike<number> | null): void {
    this.t++;
    const [m, v] = this.buffers, b1 = this.b1, b2 = this.b2;
    const c1 = 1 - b1 ** this.t, c2 = 1 - b2 ** this.t;
    for (let j = 0; j < p.length; j++) {
      m[j] = b1 * m[j] + (1 - b1) * g[j];
      v[j] = b2 * v[j] + (1 - b2) * g[j] * g[j];
      // Per-coordinate step size; the L1 threshold scales with it (proximal Adam).
      const eta = this.epsHat ? (lr * Math.sqrt(c2)) / (Math.sqrt(v[j]) + this.eps) : lr / (Math.sqrt(v[j] / c2) + this.eps);
      const u = p[j] - eta * (m[j] / c1);
      p[j] = l1 && l1[j] > 0 ? softThreshold(u, eta * l1[j]) : u;
    }
  }
}

class RmsProp extends BaseOptimizer implements Optimizer {
  readonly name = 'rmsprop' as const;
  constructor(size: number, private rho: number, private eps: number) { super(size, 1); }
  step(p: Float64Array, g: ArrayLike<number>, lr: number, l1?: ArrayLike<number> | null): void {
    this.t++;
    const s = this.buffers[0], rho = this.rho;
    for (let j = 0; j < p.length; j++) {
      s[j] = rho * s[j] + (1 - rho) * g[j] * g[j];
      const eta = lr / (Math.sqrt(s[j]) + this.eps);
      const u = p[j] - eta * g[j];
      p[j] = l1 && l1[j] > 0 ? softThreshold(u, eta * l1[j]) : u;
    }
  }
}

/** An optimiser for `size` parameters. */
export function createOptimizer(name: AnyOptimizerName, size: number, options: OptimizerOptions = {}): Optimizer {
  switch (checkOption('optimizer', name, ALL_OPTIMIZER_NAMES)) {
    case 'sgd':
      return new Sgd(size);
    case 'momentum':
      return new Momentum(size, checkRate('momentum', options.momentum ?? 0.9), options.nesterov ?? false);
    case 'adam': {
      const eps = options.epsilon ?? 1e-8;
      checkNumber('epsilon', eps, { min: 0, minExclusive: true });
      return new Adam(size, checkRate('beta1', options.beta1 ?? 0.9), checkRate('beta2', options.beta2 ?? 0.999), eps, options.epsilonHat ?? false);
    }
    case 'rmsprop': {
      const eps = options.epsilon ?? 1e-7;
      checkNumber('epsilon', eps, { min: 0, minExclusive: true });
      return new RmsProp(size, checkRate('rho', options.rho ?? 0.9), eps);
    }
  }
}
