// Support vector classification as scikit-learn's SVC (LIBSVM's C-SVC): the SMO solver of smo.ts on each pair of
// classes (ovo.ts), fitted attributes in scikit-learn's layout, and a step API that makes one SMO update per step,
// so that fit() is exactly start() followed by step() until it returns null.
import { ClassifierMixin, Estimator, type Steppable } from '../../base';
import { checkArray, checkXy } from '../../validation';
import { encodedClassWeight, type ClassWeight } from '../../utils/class-weight';
import { resolveGamma, type KernelName, type KernelSpec } from './kernels';
import { assemble, classPairs, makePairProblem, ovrFromOvo, voteOvo, type OvoModel, type PairProblem, type SvcData } from './ovo';
import { makePredictor, pairValues, type Predictor } from './predictor';
import { DEFAULTS, NAME, checkSvcParams, type Gamma, type SVCParams, type SvcStep } from './svc-options';

export type { Gamma, SVCParams, SvcStep } from './svc-options';


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
    return checkSvcParams(p);
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
    const weights = Float64Array.from(encodedClassWeight(this.classWeight, classes, cls));
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
      this.model = { ...m, predictor: makePredictor(this.data, this.problems, m.supportIndices, rhos) };
    }
    return this.model;
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
    const v = pairValues(this.fitted('decisionFunction').predictor, Xflat, nRows, new Float64Array(nRows * P));
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
    const v = pairValues(this.fitted('decisionFunction').predictor, Xflat, nRows, new Float64Array(nRows * P));
    const out: number[] = [];
    for (let r = 0; r < nRows; r++) out.push(this.classes[voteOvo(v.subarray(r * P, r * P + P), k)]);
    return out;
  }
}
