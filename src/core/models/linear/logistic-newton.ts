// The per-iteration arithmetic of the exact solvers (Newton, proximal Newton), arranged for speed.
//
// A profile of crossValScore (10 folds of 900 × 10) put 38 % of the time in the Hessian, whose row-by-row update
// H[a][b] += w·x_a·x_b is a read-modify-write of the matrix in an inner loop only a few entries long, and most of the
// rest in passes that recomputed the same thing: every iteration scored all rows three times (gradient, Hessian, line
// search), took the sigmoid twice, and the gradient also summed a log-loss the solver never read. Here the rows are
// scored once per objective evaluation; the accepted trial's scores, and one sigmoid per row, serve the next
// gradient and Hessian; and the Hessian is built one entry at a time as a dot product down two contiguous columns
// of a column-major copy of X (a running sum in a register, no stores in the loop).
//
// The log-loss and the sigmoid of a score share one exponential, exp(−|z|). Every sum adds the same terms in the same
// order as the plain formulas of logistic-math.ts (rows ascending; in a score, the intercept then features ascending),
// so the solvers' iterates, coefficients and iteration counts are bit for bit those of the row-by-row code
// (tests/unit/logistic-newton.test.ts compares with the plain formulas and pins coefficients from before).
import { penaltyValue, type LogisticData, type Penalty } from './logistic-math';

export class NewtonWork {
  readonly n: number;
  readonly d: number;
  /** X column-major: feature j of row i at cols[j·n + i]; col[j] views column j. */
  private readonly cols: Float64Array;
  private readonly col: Float64Array[];
  /**
   * At the current θ (after accept) and at the last trial: the scores z_i = w·x_i + b, and e_i = exp(−|z_i|), the one
   * exponential that both the log-loss and the sigmoid of z_i take (softplus and sigmoid in logistic-math.ts branch
   * on the sign so that their exp never overflows, and on either branch that is exp(−|z|)).
   */
  private z: Float64Array;
  private e: Float64Array;
  private zTrial: Float64Array;
  private eTrial: Float64Array;
  /** Per-row weight of the Hessian, s_i·p_i·(1 − p_i), from the last gradient(). */
  private readonly w: Float64Array;
  private readonly wa: Float64Array;

  constructor(private readonly data: LogisticData) {
    const { n, d, X } = data;
    this.n = n;
    this.d = d;
    this.cols = new Float64Array(n * d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) this.cols[j * n + i] = X[i * d + j];
    this.col = Array.from({ length: d }, (_, j) => this.cols.subarray(j * n, (j + 1) * n));
    this.z = new Float64Array(n);
    this.e = new Float64Array(n);
    this.zTrial = new Float64Array(n);
    this.eTrial = new Float64Array(n);
    this.w = new Float64Array(n);
    this.wa = new Float64Array(n);
  }

  /**
   * J(θ) = mean weighted log-loss + lam·R(w) (logistic-math's objective), scoring every row into the trial buffers.
   * Call accept() when θ becomes the current point, so that gradient() and hessian() use these scores.
   */
  objective(theta: Float64Array, penalty: Penalty, lam: number): number {
    const { n, d } = this, z = this.zTrial, e = this.eTrial, { X, y, sw } = this.data;
    const b = theta[d];
    let s = 0;
    for (let i = 0; i < n; i++) {
      let zi = b;
      const o = i * d;
      for (let j = 0; j < d; j++) zi += theta[j] * X[o + j];
      const ei = Math.exp(zi > 0 ? -zi : zi);
      z[i] = zi;
      e[i] = ei;
      // sampleLoss: softplus(t) with t = −z for y = 1, z for y = 0; |t| = |z|, so exp(−|t|) is ei
      const t = y[i] === 1 ? -zi : zi;
      s += (sw ? sw[i] : 1) * (t > 0 ? t + Math.log1p(ei) : Math.log1p(ei));
    }
    return s / n + lam * penaltyValue(theta, d, penalty);
  }

  /** The last objective() was at the new current θ. */
  accept(): void {
    const z = this.z, e = this.e;
    this.z = this.zTrial;
    this.e = this.eTrial;
    this.zTrial = z;
    this.eTrial = e;
  }

  /**
   * Gradient of the mean log-loss at the current θ (plus lam·w for l2) into g (length d+1); also keeps the
   * Hessian's row weights for hessian().
   */
  gradient(theta: Float64Array, penalty: Penalty, lam: number, g: Float64Array): void {
    const { n, d, cols, z, e, w } = this, { y, sw } = this.data;
    const r = this.wa;
    for (let i = 0; i < n; i++) {
      // sigmoid(z): 1 / (1 + e^−z) for z ≥ 0, e^z / (1 + e^z) below, with e_i = exp(−|z_i|)
      const p = z[i] >= 0 ? 1 / (1 + e[i]) : e[i] / (1 + e[i]);
      const s = sw ? sw[i] : 1;
      r[i] = s * (p - y[i]);
      w[i] = s * p * (1 - p);
    }
    for (let j = 0; j < d; j++) {
      let acc = 0;
      const o = j * n;
      for (let i = 0; i < n; i++) acc += r[i] * cols[o + i];
      g[j] = acc / n;
    }
    let b = 0;
    for (let i = 0; i < n; i++) b += r[i];
    g[d] = b / n;
    if (penalty === 'l2') for (let j = 0; j < d; j++) g[j] += lam * theta[j];
  }

  /**
   * Hessian of the mean log-loss at the θ of the last gradient(), restricted to the first m coordinates (m = d+1 with
   * the intercept, d without), dense m×m row-major; plus lam on the weight diagonal for l2.
   */
  hessian(penalty: Penalty, lam: number, m: number, H: Float64Array): void {
    const { n, d, col, w, wa } = this;
    for (let a = 0; a < m; a++) {
      // row a of the lower triangle: H_ab = Σ_i (w_i·x_ia)·x_ib; the intercept's "feature" is 1, so its products are w_i
      let va = w;
      if (a < d) {
        const ca = col[a];
        for (let i = 0; i < n; i++) wa[i] = w[i] * ca[i];
        va = wa;
      }
      // four entries per pass over the rows: four independent running sums keep the floating-point adder busy (one
      // sum alone waits for each add to finish), and each entry still adds its terms in row order
      const last = Math.min(a, d - 1);
      let b = 0;
      for (; b + 3 <= last; b += 4) {
        const c0 = col[b], c1 = col[b + 1], c2 = col[b + 2], c3 = col[b + 3];
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (let i = 0; i < n; i++) {
          const v = va[i];
          s0 += v * c0[i]; s1 += v * c1[i]; s2 += v * c2[i]; s3 += v * c3[i];
        }
        H[a * m + b] = s0 / n; H[a * m + b + 1] = s1 / n; H[a * m + b + 2] = s2 / n; H[a * m + b + 3] = s3 / n;
      }
      for (; b <= a; b++) {
        let acc = 0;
        if (b < d) {
          const cb = col[b];
          for (let i = 0; i < n; i++) acc += va[i] * cb[i];
        } else {
          for (let i = 0; i < n; i++) acc += va[i];
        }
        H[a * m + b] = acc / n;
      }
      for (b = 0; b < a; b++) H[b * m + a] = H[a * m + b];
    }
    if (penalty === 'l2') for (let j = 0; j < d; j++) H[j * m + j] += lam;
  }
}
