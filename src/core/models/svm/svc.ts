// Support vector classification as scikit-learn's SVC (LIBSVM's C-SVC): the SMO solver of smo.ts on each pair of
// classes (ovo.ts), fitted attributes in scikit-learn's layout, and a step API that makes one SMO update per step,
// so that fit() is exactly start() followed by step() until it returns null.
import { ClassifierMixin, Estimator, type Steppable } from '../../base';
import { checkArray, checkNumber, checkOption, checkXy, formatValue } from '../../validation';
import { computeClassWeight, type ClassWeight } from '../tree/class-weight';
import { checkClassWeight } from '../tree/classifier';
import { KERNEL_NAMES, kernelValue, resolveGamma, type KernelName, type KernelSpec } from './kernels';
import { assemble, classPairs, makePairProblem, ovrFromOvo, voteOvo, type OvoModel, type PairProblem, type SvcData } from './ovo';

export type Gamma = number | 'scale' | 'auto';

/** The options as resolved (what getParams returns). */
export interface SVCParams {
  /** 'linear', 'poly', 'rbf' (default) or 'sigmoid'. */
  kernel: KernelName;
  /** Penalty on slack (> 0): the inverse of the regularisation strength. Default 1. */
  C: number;
  /** Kernel coefficient for rbf, poly and sigmoid: 'scale' (default, 1/(n_features·Var(X))), 'auto' (1/n_features) or a number > 0. */
  gamma: Gamma;
  /** Degree of the poly kernel (an integer ≥ 0). Default 3. */
  degree: number;
  /** The constant of the poly and sigmoid kernels. Default 0. */
  coef0: number;
  /** Stop when the KKT violation m(α) − M(α) is under tol. Default 1e-3. */
  tol: number;
  /** SMO updates allowed per pair of classes; −1 (default) = LIBSVM's own cap, max(10⁷, 100·n). */
  maxIter: number;
  /** Leave out variables stuck at a bound while solving (LIBSVM's shrinking). Default true. */
  shrinking: boolean;
  /** Kernel cache per pair of classes, in MB. Default 200 (scikit-learn's). */
  cacheSize: number;
  /** Multiply C per class: null (default), 'balanced' (n / (n_classes · count)) or { label: weight }. */
  classWeight: ClassWeight | null;
  /** decisionFunction for 3+ classes: 'ovr' (default, n × n_classes) or 'ovo' (n × n_pairs). */
  decisionFunctionShape: 'ovr' | 'ovo';
}

/** One SMO update, as step() reports it. Rows are indices into the X given to start. */
export interface SvcStep {
  /** Which pairwise problem (index into classPairs order), and its two class labels. */
  pair: number;
  classes: [number, number];
  /** The working pair (rows of X) and their α after the update. */
  i: number;
  j: number;
  alphaI: number;
  alphaJ: number;
  /** That problem's dual objective Σα − ½αᵀQα after the update (it never falls). */
  objective: number;
  /** The KKT violation m − M that chose the pair (the run stops once it is under tol). */
  gap: number;
  /** Updates so far in this pair, and in all pairs. */
  pairIteration: number;
  iteration: number;
}

const NAME = 'SVC';
const DEFAULTS: SVCParams = {
  kernel: 'rbf', C: 1, gamma: 'scale', degree: 3, coef0: 0, tol: 1e-3, maxIter: -1, shrinking: true, cacheSize: 200,
  classWeight: null, decisionFunctionShape: 'ovr',
};

/** The model a decision needs: support vectors (flat) and, per pair, which of them count and with what coefficient. */
interface Predictor {
  spec: KernelSpec;
  d: number;
  sv: Float64Array;
  pairs: { sv: Int32Array; coef: Float64Array; rho: number }[];
}

export class SVC extends ClassifierMixin(Estimator<SVCParams>) implements Steppable<SvcStep> {
  declare readonly kernel: KernelName;
  declare readonly C: number;
  declare readonly gamma: Gamma;
  declare readonly degree: number;
  declare readonly coef0: number;
  declare readonly tol: number;
  declare readonly maxIter: number;
  declare readonly shrinking: boolean;
  declare readonly cacheSize: number;
  declare readonly classWeight: ClassWeight | null;
  declare readonly decisionFunctionShape: 'ovr' | 'ovo';
  /** The class labels, sorted (scikit-learn's classes_). */
  classes: number[] = [];
  nFeaturesIn = 0;
  /** γ as used (scikit-learn's _gamma). */
  gammaValue = 0;
  private data: SvcData | null = null;
  private X: number[][] = [];
  private problems: PairProblem[] = [];
  private current = 0;
  private iterations = 0;
  private model: (OvoModel & { predictor: Predictor }) | null = null;

  constructor(options: Partial<SVCParams> = {}) {
    super(NAME, DEFAULTS, options);
  }

  protected checkParams(p: SVCParams): SVCParams {
    const positive = { min: 0, minExclusive: true };
    const gamma = p.gamma === 'scale' || p.gamma === 'auto' ? p.gamma : checkGamma(p.gamma);
    if (p.maxIter !== -1) checkNumber('maxIter', p.maxIter, { integer: true, min: 1 }, NAME);
    return {
      kernel: checkOption('kernel', p.kernel, KERNEL_NAMES, NAME),
      C: checkNumber('C', p.C, positive, NAME),
      gamma,
      degree: checkNumber('degree', p.degree, { integer: true, min: 0 }, NAME),
      coef0: checkNumber('coef0', p.coef0, {}, NAME),
      tol: checkNumber('tol', p.tol, positive, NAME),
      maxIter: p.maxIter,
      shrinking: checkOption('shrinking', p.shrinking, [true, false], NAME),
      cacheSize: checkNumber('cacheSize', p.cacheSize, positive, NAME),
      classWeight: (checkClassWeight(p.classWeight, NAME), p.classWeight),
      decisionFunctionShape: checkOption('decisionFunctionShape', p.decisionFunctionShape, ['ovr', 'ovo'] as const, NAME),
    };
  }

  /** Solves every pairwise problem to tol (or maxIter): start, then step until null. */
  fit(X: number[][], y: ArrayLike<number>): this {
    this.begin(X, y, `${NAME}.fit`);
    while (this.advance());
    return this;
  }

  // ---- step API -------------------------------------------------------------------------------------------------

  /** Starts SMO on (X, y) from α = 0; each step() then makes one update. The model is usable at every step. */
  start(X: number[][], y: ArrayLike<number>): this {
    return this.begin(X, y, `${NAME}.start`);
  }

  /** One SMO update (moving on to the next pair of classes when one is solved), or null once all are solved. */
  step(): SvcStep | null {
    if (!this.data) throw new Error(`${NAME}.step: call start(X, y) first`);
    if (!this.advance()) return null;
    const p = this.problems[this.current], u = p.solver.last!;
    return {
      pair: this.current, classes: [this.classes[p.a], this.classes[p.b]], i: p.rows[u.i], j: p.rows[u.j],
      alphaI: u.alphaI, alphaJ: u.alphaJ, objective: u.objective, gap: u.gap,
      pairIteration: p.solver.iterations, iteration: this.iterations,
    };
  }

  /** True once every pair is solved (or stopped at maxIter). */
  get done(): boolean {
    return this.data !== null && this.current >= this.problems.length - 1 && this.problems[this.problems.length - 1].solver.done;
  }

  private begin(X: number[][], y: ArrayLike<number>, who: string): this {
    const { n, d, classes } = checkXy(X, y, { who, kind: 'classes', minClasses: 2 });
    const flat = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) flat[i * d + j] = X[i][j];
    const cls = new Int32Array(n);
    for (let i = 0; i < n; i++) cls[i] = classes.indexOf(y[i]);
    const data: SvcData = { X: flat, n, d, cls, nClasses: classes.length };
    const gamma = resolveGamma(this.gamma, flat, d);
    const spec: KernelSpec = { kernel: this.kernel, gamma, degree: this.degree, coef0: this.coef0 };
    const weights = Float64Array.from(computeClassWeight(this.classWeight, classes, cls));
    const opts = { tol: this.tol, maxIter: this.maxIter === -1 ? Math.max(1e7, 100 * n) : this.maxIter, shrinking: this.shrinking };
    const problems = classPairs(classes.length).map(([a, b]) =>
      makePairProblem(data, a, b, spec, this.C, weights, opts, this.cacheSize * 2 ** 20));
    for (const p of problems) {
      const bad = p.solver.cache.badDiagonal();
      if (bad >= 0) {
        throw new RangeError(`${who}: the ${this.kernel} kernel is not finite at row ${p.rows[bad]} (K(x, x) = ${p.solver.cache.diag[bad]}); lower gamma, degree or coef0, or scale the features`);
      }
    }
    this.classes = classes;
    this.nFeaturesIn = d;
    this.gammaValue = gamma;
    this.data = data;
    this.X = X;
    this.problems = problems;
    this.current = 0;
    this.iterations = 0;
    this.model = null;
    return this;
  }

  /** One update of the current pair, moving on when it is solved. False once all are. */
  private advance(): boolean {
    while (this.current < this.problems.length) {
      const s = this.problems[this.current].solver;
      if (s.advance()) {
        this.iterations++;
        this.model = null;
        return true;
      }
      s.cache.release();
      if (this.current === this.problems.length - 1) return false;
      this.current++;
    }
    return false;
  }

  // ---- fitted attributes --------------------------------------------------------------------------------------------

  private fitted(what: string): OvoModel & { predictor: Predictor } {
    if (!this.data) throw new Error(`${NAME}.${what}: call fit (or start) first`);
    if (!this.model) {
      const rhos = this.problems.map((p) => p.solver.rho());
      const m = assemble(this.problems, this.data, rhos);
      this.model = { ...m, predictor: this.makePredictor(m.supportIndices, rhos) };
    }
    return this.model;
  }

  private makePredictor(supportIndices: number[], rhos: number[]): Predictor {
    const { X, d } = this.data!;
    const slot = new Map<number, number>(supportIndices.map((row, s) => [row, s]));
    const sv = new Float64Array(supportIndices.length * d);
    supportIndices.forEach((row, s) => sv.set(X.subarray(row * d, row * d + d), s * d));
    const pairs = this.problems.map((p, k) => {
      const idx: number[] = [], coef: number[] = [];
      p.rows.forEach((row, t) => {
        const a = p.solver.alpha[t];
        if (a > 0) { idx.push(slot.get(row)!); coef.push(p.solver.y[t] * a); }
      });
      return { sv: Int32Array.from(idx), coef: Float64Array.from(coef), rho: rhos[k] };
    });
    const s = this.problems[0].solver.cache.spec;
    return { spec: s, d, sv, pairs };
  }

  /** Indices (into the training X) of the support vectors, grouped by class (scikit-learn's support_). */
  get supportIndices(): number[] { return [...this.fitted('supportIndices').supportIndices]; }
  /** The support vectors' rows (scikit-learn's support_vectors_). */
  get supportVectors(): number[][] { return this.fitted('supportVectors').supportIndices.map((i) => [...this.X[i]]); }
  /** Support vectors per class (scikit-learn's n_support_). */
  get nSupport(): number[] { return [...this.fitted('nSupport').nSupport]; }
  /** y·α per support vector, (n_classes − 1) × n_SV (scikit-learn's dual_coef_, same layout and signs). */
  get dualCoef(): number[][] { return this.fitted('dualCoef').dualCoef.map((r) => [...r]); }
  /** One per pair of classes (scikit-learn's intercept_). */
  get intercept(): number[] { return [...this.fitted('intercept').intercept]; }

  /** Weights in input space, one row per pair (scikit-learn's coef_); linear kernel only. */
  get coef(): number[][] {
    const m = this.fitted('coef');
    if (this.kernel !== 'linear') throw new Error(`${NAME}.coef is only defined for kernel 'linear' (this one is '${this.kernel}'); use dualCoef and supportVectors`);
    const { sv, pairs, d } = m.predictor;
    const sign = this.classes.length === 2 ? -1 : 1;
    return pairs.map((p) => {
      const w = new Array<number>(d).fill(0);
      p.sv.forEach((s, q) => { for (let t = 0; t < d; t++) w[t] += sign * p.coef[q] * sv[s * d + t]; });
      return w;
    });
  }

  /** Each pair's dual objective Σα − ½αᵀQα (maximised by SMO). */
  get dualObjective(): number[] { this.fitted('dualObjective'); return this.problems.map((p) => p.solver.objective); }
  /** SMO updates per pair (scikit-learn's n_iter_). */
  get nIter(): number[] { this.fitted('nIter'); return this.problems.map((p) => p.solver.iterations); }
  /** True when every pair met tol; false while running or after maxIter stopped one. */
  get converged(): boolean { return this.problems.length > 0 && this.problems.every((p) => p.solver.converged); }
  /** A pair stopped at maxIter before meeting tol: the model is the solution reached so far. */
  get maxIterReached(): boolean { return this.problems.some((p) => p.solver.done && !p.solver.converged); }
  /** A sentence for the learner when maxIterReached (as scikit-learn's ConvergenceWarning), else null. */
  get convergenceWarning(): string | null {
    if (!this.maxIterReached) return null;
    return `SVC stopped after maxIter = ${this.maxIter} SMO updates before the KKT conditions held to tol = ${this.tol}: this is the solution so far, not the optimum`;
  }

  // ---- prediction -----------------------------------------------------------------------------------------------

  /** Pairwise decision values (LIBSVM's sign: positive = the pair's first class) for nRows flat rows into out. */
  private pairValues(Xflat: ArrayLike<number>, nRows: number, out: Float64Array): Float64Array {
    const { spec, sv, pairs, d } = this.fitted('decisionFunction').predictor;
    const nSv = sv.length / d, kx = new Float64Array(nSv), P = pairs.length;
    for (let r = 0; r < nRows; r++) {
      for (let s = 0; s < nSv; s++) kx[s] = kernelValue(spec, sv, s, Xflat, r, d);
      for (let k = 0; k < P; k++) {
        const p = pairs[k];
        let f = -p.rho;
        for (let q = 0; q < p.sv.length; q++) f += p.coef[q] * kx[p.sv[q]];
        out[r * P + k] = f;
      }
    }
    return out;
  }

  private flat(X: number[][], what: string): Float64Array {
    const m = this.fitted(what);
    const { n, d } = checkArray(X, { who: `${NAME}.${what}`, minSamples: 0, nFeatures: m.predictor.d });
    const out = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) out[i * d + j] = X[i][j];
    return out;
  }

  /**
   * Two classes: one score per row, positive for classes[1] (scikit-learn's decision_function). More: n × n_classes
   * ('ovr', scikit-learn's aggregation of the pairwise votes and confidences) or n × n_pairs ('ovo').
   */
  decisionFunction(X: number[][]): number[] | number[][] {
    const flat = this.flat(X, 'decisionFunction');
    return this.decisionFlat(flat, X.length);
  }

  /** decisionFunction for rows stored flat (nFeaturesIn per row): what a widget's grid calls. */
  decisionFlat(Xflat: ArrayLike<number>, nRows: number): number[] | number[][] {
    const k = this.classes.length, P = (k * (k - 1)) / 2;
    const v = this.pairValues(Xflat, nRows, new Float64Array(nRows * P));
    if (k === 2) return Array.from(v, (x) => -x);
    const rows: number[][] = [];
    for (let r = 0; r < nRows; r++) {
      const pv = v.subarray(r * P, r * P + P);
      rows.push(this.decisionFunctionShape === 'ovo' ? Array.from(pv) : Array.from(ovrFromOvo(pv, k)));
    }
    return rows;
  }

  /** Class labels by LIBSVM's one-vs-one vote (two classes: classes[1] where the decision value is ≥ 0). */
  predict(X: number[][]): number[] {
    const flat = this.flat(X, 'predict');
    return this.predictFlat(flat, X.length);
  }

  /** predict for rows stored flat. */
  predictFlat(Xflat: ArrayLike<number>, nRows: number): number[] {
    const k = this.classes.length, P = (k * (k - 1)) / 2;
    const v = this.pairValues(Xflat, nRows, new Float64Array(nRows * P));
    const out: number[] = [];
    for (let r = 0; r < nRows; r++) out.push(this.classes[voteOvo(v.subarray(r * P, r * P + P), k)]);
    return out;
  }
}

function checkGamma(g: unknown): number {
  if (typeof g !== 'number') throw new RangeError(`${NAME}: gamma must be 'scale', 'auto' or a finite number > 0; got ${formatValue(g)}`);
  return checkNumber('gamma', g, { min: 0, minExclusive: true }, NAME);
}
