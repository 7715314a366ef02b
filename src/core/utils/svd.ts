// Thin singular value decomposition by one-sided Jacobi rotations (Hestenes), for the small least-squares problems of
// the linear models (n samples × d features, d up to a few dozen). Rotating pairs of columns until every pair is
// orthogonal gives singular values to high relative accuracy, small ones included, which is what the minimum-norm
// least-squares cut-off and ridge's s/(s² + α) need; and it keeps ml-matrix (~15 KB gzipped) out of the pages that
// fit a line or a polynomial.

/** A = U·diag(s)·Vᵀ with r = min(n, d): s descending, columns of U (length n) and V (length d) as arrays. */
export interface ThinSvd {
  s: number[];
  /** u[k]: the k-th left singular vector (zeros where s[k] = 0). */
  u: Float64Array[];
  /** v[k]: the k-th right singular vector. */
  v: Float64Array[];
}

const MAX_SWEEPS = 80;

/**
 * Orthogonalises the columns of `cols` (m columns of length len) in place by rotations, applying the same rotations to
 * the m columns of `W` (length m, starting as the identity). Afterwards cols = A·W with orthogonal columns.
 */
function orthogonalise(cols: Float64Array[], W: Float64Array[]): void {
  const m = cols.length;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let rotated = false;
    for (let p = 0; p < m - 1; p++) {
      for (let q = p + 1; q < m; q++) {
        const a = cols[p], b = cols[q];
        let alpha = 0, beta = 0, gamma = 0;
        for (let i = 0; i < a.length; i++) { alpha += a[i] * a[i]; beta += b[i] * b[i]; gamma += a[i] * b[i]; }
        // Orthogonal to rounding already (or a zero column): nothing to rotate.
        if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t), s = c * t;
        rotate(a, b, c, s);
        rotate(W[p], W[q], c, s);
      }
    }
    if (!rotated) return;
  }
}

function rotate(a: Float64Array, b: Float64Array, c: number, s: number): void {
  for (let i = 0; i < a.length; i++) {
    const x = a[i], y = b[i];
    a[i] = c * x - s * y;
    b[i] = s * x + c * y;
  }
}

const identity = (m: number) => Array.from({ length: m }, (_, k) => { const e = new Float64Array(m); e[k] = 1; return e; });
const norm = (a: Float64Array) => { let t = 0; for (let i = 0; i < a.length; i++) t += a[i] * a[i]; return Math.sqrt(t); };
const scaled = (a: Float64Array, f: number) => a.map((x) => x * f);

/** The thin SVD of the n×d matrix whose columns are `cols` (cols[j][i] = A[i][j]); the input is not changed. */
export function thinSvd(cols: readonly Float64Array[], n: number): ThinSvd {
  const d = cols.length;
  const tall = n >= d;
  // Rotate the columns of A when it is tall, else those of Aᵀ (then the roles of U and V swap).
  const work = tall
    ? cols.map((c) => Float64Array.from(c))
    : Array.from({ length: n }, (_, i) => Float64Array.from(cols, (c) => c[i]));
  const W = identity(work.length);
  orthogonalise(work, W);
  const order = work.map((c, k) => ({ k, s: norm(c) })).sort((a, b) => b.s - a.s);
  const s: number[] = [], u: Float64Array[] = [], v: Float64Array[] = [];
  for (const { k, s: sk } of order) {
    const unit = sk > 0 ? scaled(work[k], 1 / sk) : new Float64Array(work[k].length);
    s.push(sk);
    // tall: A·W = U·S, so U's column is the rotated column over s and V's is W's. Wide: Aᵀ·W = V·S, the reverse.
    if (tall) { u.push(unit); v.push(W[k]); } else { v.push(unit); u.push(W[k]); }
  }
  return { s, u, v };
}
