// Kernels as scikit-learn's SVC defines them, and the column cache the SMO solver reads them through.
//   linear   K(x, z) = x·z
//   poly     K(x, z) = (γ·x·z + coef0)^degree
//   rbf      K(x, z) = exp(−γ·‖x − z‖²)
//   sigmoid  K(x, z) = tanh(γ·x·z + coef0)

export type KernelName = 'linear' | 'poly' | 'rbf' | 'sigmoid';
export const KERNEL_NAMES: readonly KernelName[] = ['linear', 'poly', 'rbf', 'sigmoid'];

/** A kernel with its numbers resolved (gamma already a number). */
export interface KernelSpec {
  kernel: KernelName;
  gamma: number;
  degree: number;
  coef0: number;
}

/**
 * γ as scikit-learn resolves it: 'scale' = 1 / (n_features · Var(X)) with Var over every entry of X (1 when X is
 * constant, as scikit-learn), 'auto' = 1 / n_features, or the number given.
 */
export function resolveGamma(gamma: number | 'scale' | 'auto', X: Float64Array, d: number): number {
  if (typeof gamma === 'number') return gamma;
  if (gamma === 'auto') return 1 / d;
  let mean = 0;
  for (let i = 0; i < X.length; i++) mean += X[i];
  mean /= X.length;
  let v = 0;
  for (let i = 0; i < X.length; i++) v += (X[i] - mean) ** 2;
  v /= X.length;
  return v === 0 ? 1 : 1 / (d * v);
}

/** K(a_i, b_j) for row i of flat A and row j of flat B (both d wide). */
export function kernelValue(k: KernelSpec, A: ArrayLike<number>, i: number, B: ArrayLike<number>, j: number, d: number): number {
  const oa = i * d, ob = j * d;
  if (k.kernel === 'rbf') {
    let s = 0;
    for (let t = 0; t < d; t++) { const u = A[oa + t] - B[ob + t]; s += u * u; }
    return Math.exp(-k.gamma * s);
  }
  let dot = 0;
  for (let t = 0; t < d; t++) dot += A[oa + t] * B[ob + t];
  if (k.kernel === 'linear') return dot;
  if (k.kernel === 'poly') return (k.gamma * dot + k.coef0) ** k.degree;
  return Math.tanh(k.gamma * dot + k.coef0);
}

/**
 * Kernel columns K(·, x_i) over the n training rows, computed on demand and kept up to a byte budget with the least
 * recently used column dropped first (as LIBSVM's cache): SMO touches two columns per update and returns to the
 * same few support vectors again and again, so most updates cost no kernel evaluation at all.
 */
export class KernelCache {
  readonly diag: Float64Array;
  private readonly columns = new Map<number, Float64Array>();
  private readonly maxColumns: number;
  /** Columns computed (a miss), for tests and benchmarks. */
  computed = 0;

  constructor(readonly spec: KernelSpec, readonly X: Float64Array, readonly n: number, readonly d: number, cacheBytes: number) {
    // At least two columns: one SMO update needs both of its pair's columns at once.
    this.maxColumns = Math.max(2, Math.floor(cacheBytes / (8 * Math.max(1, n))));
    this.diag = new Float64Array(n);
    for (let i = 0; i < n; i++) this.diag[i] = kernelValue(spec, X, i, X, i, d);
  }

  /** Drops every cached column (a finished problem needs none: its gradient is complete). */
  release(): void {
    this.columns.clear();
  }

  /** The first K(x_i, x_i) that is not finite (a poly kernel overflowing), or -1. */
  badDiagonal(): number {
    for (let i = 0; i < this.n; i++) if (!Number.isFinite(this.diag[i])) return i;
    return -1;
  }

  /** The column K(x_k, x_i) for every k. Valid until the next call evicts it (the solver uses two at a time). */
  column(i: number): Float64Array {
    const hit = this.columns.get(i);
    if (hit) {
      // Map keeps insertion order: re-inserting marks the column most recently used.
      this.columns.delete(i);
      this.columns.set(i, hit);
      return hit;
    }
    let col: Float64Array;
    if (this.columns.size >= this.maxColumns) {
      const oldest = this.columns.keys().next().value as number;
      col = this.columns.get(oldest)!;
      this.columns.delete(oldest);
    } else {
      col = new Float64Array(this.n);
    }
    fillColumn(this.spec, this.X, this.n, this.d, i, col);
    this.columns.set(i, col);
    this.computed++;
    return col;
  }
}

/** K(x_k, x_i) for k < n into col: the kernel chosen once outside the loop (this is the solver's hot path). */
function fillColumn(spec: KernelSpec, X: Float64Array, n: number, d: number, i: number, col: Float64Array): void {
  const oi = i * d, g = spec.gamma;
  if (spec.kernel === 'rbf' && d === 2) {
    // The widgets' case, unrolled: about half the time of the general loop in V8.
    const a = X[oi], b = X[oi + 1];
    for (let k = 0; k < n; k++) { const u = X[2 * k] - a, v = X[2 * k + 1] - b; col[k] = Math.exp(-g * (u * u + v * v)); }
    return;
  }
  if (spec.kernel === 'rbf') {
    for (let k = 0, ok = 0; k < n; k++, ok += d) {
      let s = 0;
      for (let t = 0; t < d; t++) { const u = X[ok + t] - X[oi + t]; s += u * u; }
      col[k] = Math.exp(-g * s);
    }
    return;
  }
  for (let k = 0, ok = 0; k < n; k++, ok += d) {
    let dot = 0;
    for (let t = 0; t < d; t++) dot += X[ok + t] * X[oi + t];
    col[k] = dot;
  }
  if (spec.kernel === 'poly') for (let k = 0; k < n; k++) col[k] = (g * col[k] + spec.coef0) ** spec.degree;
  else if (spec.kernel === 'sigmoid') for (let k = 0; k < n; k++) col[k] = Math.tanh(g * col[k] + spec.coef0);
}
