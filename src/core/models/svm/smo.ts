// Sequential minimal optimisation for one two-class problem, as LIBSVM's C-SVC solver: the working pair chosen by
// second-order information (Fan, Chen & Lin 2005, "Working set selection using second order information for
// training SVM", WSS 3, the rule LIBSVM uses), optional shrinking, kernel columns through a cache.
//
// The dual (labels y_t ∈ {+1, −1}, Q_st = y_s·y_t·K(x_s, x_t), per-sample bounds C_t):
//   minimise f(α) = ½·αᵀQα − Σ α_t   subject to  Σ y_t·α_t = 0,  0 ≤ α_t ≤ C_t.
// The dual objective shown to learners is −f(α) (it rises to the optimum). The gradient G = ∇f = Qα − 1 is kept up
// to date as F = −y∘G, the quantity every test below reads (so the hot loops need no multiplication by y).
//
// Selection: with m(α) = max{−y_t·G_t : t ∈ I_up} and M(α) = min{−y_t·G_t : t ∈ I_low}
// (I_up: α_t can move up along y_t; I_low: it can move down), stop when m − M < tol. Otherwise i attains m, and j
// minimises −b²/a over t ∈ I_low with b = m + y_t·G_t > 0 and a = K_ii + K_tt − 2K_it (τ = 1e-12 when a ≤ 0):
// the pair whose exact two-variable step lowers f the most.
//
// Update: along α_i += y_i·s, α_j −= y_j·s (Σ y·α stays 0) f changes by s·g + ½·a·s² with g = y_i·G_i − y_j·G_j
// (= −b < 0), so s = −g/a, cut back so both stay in their boxes.
//
// Shrinking (Chang & Lin, LIBSVM's implementation paper, §5.1): every min(n, 1000) updates, variables at a bound
// whose gradient says they will stay there (only in I_low with −y·G > m, or only in I_up with −y·G < M) leave the
// active set; their gradients are rebuilt from the support vectors before the final stopping test (and once when the
// gap first falls under 10·tol), so the answer is the unshrunk one.
import type { KernelCache } from './kernels';

const TAU = 1e-12;

export interface SmoOptions {
  tol: number;
  /** Updates allowed before stopping with converged = false. */
  maxIter: number;
  shrinking: boolean;
}

/** One update, in the sub-problem's own indices. */
export interface SmoUpdate {
  i: number;
  j: number;
  alphaI: number;
  alphaJ: number;
  /** The dual objective −f(α) after the update. */
  objective: number;
  /** m(α) − M(α) before the update (the violation that chose the pair). */
  gap: number;
}

export class SmoSolver {
  readonly n: number;
  readonly alpha: Float64Array;
  /** −y_t·G_t, exact for active variables (all of them once the solver has finished). */
  private readonly F: Float64Array;
  /** t ∈ I_up (α_t can move up along y_t) and t ∈ I_low, kept as flags so the scans need no bound tests. */
  private readonly up: Uint8Array;
  private readonly low: Uint8Array;
  private readonly active: Int32Array;
  private activeSize: number;
  private shrinkCounter: number;
  private unshrunkNearEnd = false;
  /** argmax of F over I_up, found during the last update's gradient pass (−1: scan again). */
  private nextI = -1;
  private nextM = -Infinity;
  /** f(α), tracked update by update (exact two-variable change), so the objective is known even while shrunk. */
  private f = 0;
  iterations = 0;
  done = false;
  converged = false;
  /** The last update's pair and values (null before the first). */
  last: SmoUpdate | null = null;
  /** m − M at the last selection (Infinity before the first). */
  gap = Infinity;

  constructor(readonly cache: KernelCache, readonly y: Int8Array, readonly C: Float64Array, readonly o: SmoOptions) {
    const n = (this.n = y.length);
    this.alpha = new Float64Array(n);
    this.F = Float64Array.from(y); // α = 0: G = −1, so −y·G = y
    this.up = new Uint8Array(n);
    this.low = new Uint8Array(n);
    for (let t = 0; t < n; t++) this.setStatus(t);
    this.active = new Int32Array(n);
    for (let t = 0; t < n; t++) this.active[t] = t;
    this.activeSize = n;
    this.shrinkCounter = Math.min(n, 1000);
  }

  private setStatus(t: number): void {
    const a = this.alpha[t], pos = this.y[t] > 0;
    this.up[t] = (pos ? a < this.C[t] : a > 0) ? 1 : 0;
    this.low[t] = (pos ? a > 0 : a < this.C[t]) ? 1 : 0;
  }

  /** The dual objective −f(α) = Σα − ½αᵀQα. */
  get objective(): number {
    return -this.f;
  }

  /** The WSS 3 pair among the active variables, or null when m − M < tol (sets gap). */
  private select(): [number, number] | null {
    const { F, active, up, low } = this;
    const size = this.activeSize;
    let m = this.nextM, i = this.nextI;
    if (i < 0) {
      m = -Infinity;
      for (let k = 0; k < size; k++) {
        const t = active[k];
        if (up[t] && F[t] >= m) { m = F[t]; i = t; }
      }
    }
    if (i < 0) { this.gap = -Infinity; return null; }
    let negM = -Infinity, j = -1, best = Infinity;
    const Ki = this.cache.column(i);
    const diag = this.cache.diag, dii = diag[i];
    for (let k = 0; k < size; k++) {
      const t = active[k];
      if (!low[t]) continue;
      const v = -F[t];
      if (v > negM) negM = v;
      const b = m + v;
      if (b > 0) {
        const a = dii + diag[t] - 2 * Ki[t];
        const score = -(b * b) / (a > 0 ? a : TAU);
        if (score <= best) { best = score; j = t; }
      }
    }
    this.gap = m + negM;
    if (this.gap < this.o.tol || j < 0) return null;
    return [i, j];
  }

  /**
   * One SMO update. False when there is nothing more to do: the KKT gap is under tol (converged) or maxIter updates
   * were made. fit runs this to the end; the step API reports each update.
   */
  advance(): boolean {
    if (this.done) return false;
    if (this.iterations >= this.o.maxIter) return this.finish(false);
    if (this.o.shrinking && --this.shrinkCounter <= 0) {
      this.shrinkCounter = Math.min(this.n, 1000);
      this.shrink();
    }
    let pair = this.select();
    if (!pair && this.activeSize < this.n) {
      this.unshrink();
      pair = this.select();
    }
    if (!pair) return this.finish(true);
    this.update(pair[0], pair[1]);
    this.iterations++;
    return true;
  }

  private update(i: number, j: number): void {
    const { y, F, alpha, C, active, up } = this;
    const Ki = this.cache.column(i), Kj = this.cache.column(j);
    const a = this.cache.diag[i] + this.cache.diag[j] - 2 * Ki[j];
    const g = F[j] - F[i]; // y_i·G_i − y_j·G_j
    let s = -g / (a > 0 ? a : TAU);
    const limI = y[i] > 0 ? C[i] - alpha[i] : alpha[i];
    const limJ = y[j] > 0 ? alpha[j] : C[j] - alpha[j];
    s = Math.min(s, limI, limJ);
    const hitI = s === limI, hitJ = s === limJ;
    // Land exactly on a bound that was reached, so "at a bound" tests stay exact comparisons.
    alpha[i] = hitI ? (y[i] > 0 ? C[i] : 0) : alpha[i] + y[i] * s;
    alpha[j] = hitJ ? (y[j] > 0 ? 0 : C[j]) : alpha[j] - y[j] * s;
    this.setStatus(i);
    this.setStatus(j);
    this.f += s * g + 0.5 * a * s * s;
    // The gradient pass also finds the next i (argmax of F over I_up), in the order a separate scan would.
    let m = -Infinity, next = -1;
    const size = this.activeSize;
    for (let k = 0; k < size; k++) {
      const t = active[k];
      const v = F[t] - s * (Ki[t] - Kj[t]);
      F[t] = v;
      if (up[t] && v >= m) { m = v; next = t; }
    }
    this.nextI = next;
    this.nextM = m;
    this.last = { i, j, alphaI: alpha[i], alphaJ: alpha[j], objective: -this.f, gap: this.gap };
  }

  /** m and M over the active set. */
  private extremes(): [number, number] {
    const { F, active, up, low } = this;
    let m = -Infinity, M = Infinity;
    for (let k = 0; k < this.activeSize; k++) {
      const t = active[k], v = F[t];
      if (up[t] && v > m) m = v;
      if (low[t] && v < M) M = v;
    }
    return [m, M];
  }

  private shrink(): void {
    let [m, M] = this.extremes();
    if (!this.unshrunkNearEnd && m - M <= 10 * this.o.tol) {
      // Close to the end: rebuild every gradient once, so nothing was shrunk on a guess made far from the optimum.
      this.unshrunkNearEnd = true;
      this.unshrink();
      [m, M] = this.extremes();
    }
    const { F, active, up, low } = this;
    let kept = 0;
    for (let k = 0; k < this.activeSize; k++) {
      const t = active[k], v = F[t];
      const stays = (low[t] && !up[t] && v > m) || (up[t] && !low[t] && v < M);
      if (!stays) active[kept++] = t;
    }
    this.activeSize = kept;
    this.nextI = -1;
  }

  /** Makes every variable active, with the shrunk ones' gradients rebuilt. */
  private unshrink(): void {
    if (this.activeSize === this.n) return;
    this.rebuildGradient(this.F);
    for (let t = 0; t < this.n; t++) this.active[t] = t;
    this.activeSize = this.n;
    this.nextI = -1;
  }

  /** Writes into F the exact −y·G of the shrunk variables, from the support vectors (α_s > 0). */
  private rebuildGradient(F: Float64Array): void {
    const { y, alpha, n } = this;
    const isActive = new Uint8Array(n);
    for (let k = 0; k < this.activeSize; k++) isActive[this.active[k]] = 1;
    const stale: number[] = [];
    for (let t = 0; t < n; t++) if (!isActive[t]) { stale.push(t); F[t] = y[t]; }
    for (let s = 0; s < n; s++) {
      if (alpha[s] === 0) continue;
      const Ks = this.cache.column(s), c = y[s] * alpha[s];
      for (const t of stale) F[t] -= c * Ks[t];
    }
  }

  /** The exact −y·G now: F itself, or a rebuilt copy while shrunk (the run's own state is left as it is). */
  private fullF(): Float64Array {
    if (this.activeSize === this.n) return this.F;
    const copy = this.F.slice();
    this.rebuildGradient(copy);
    return copy;
  }

  private finish(converged: boolean): false {
    this.unshrink();
    this.done = true;
    this.converged = converged;
    return false;
  }

  /**
   * ρ of the decision function Σ y_t·α_t·K(x_t, x) − ρ: the mean of y_t·G_t over free variables (0 < α_t < C_t),
   * or, if none is free, the middle of the interval the bounded ones allow (LIBSVM's rule).
   */
  rho(): number {
    const { y, alpha, C } = this;
    const F = this.fullF();
    let ub = Infinity, lb = -Infinity, sum = 0, free = 0;
    for (let t = 0; t < this.n; t++) {
      const yG = -F[t];
      const atUpper = alpha[t] >= C[t], atLower = alpha[t] <= 0;
      if (atUpper) { if (y[t] < 0) ub = Math.min(ub, yG); else lb = Math.max(lb, yG); }
      else if (atLower) { if (y[t] > 0) ub = Math.min(ub, yG); else lb = Math.max(lb, yG); }
      else { free++; sum += yG; }
    }
    return free > 0 ? sum / free : (ub + lb) / 2;
  }
}
