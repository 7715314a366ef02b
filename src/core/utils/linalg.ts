// Dense Cholesky solve for small symmetric systems (Newton steps of logistic regression; m ≤ a few dozen).

/**
 * Solve (A + shift·I) x = b for symmetric positive definite A (m×m row-major), in place into x.
 * Returns false if the matrix is not numerically positive definite (the caller adds a larger shift), or if a pivot
 * falls below `pivotTol` times its diagonal entry: the share of that column not explained by the ones before it,
 * so a larger tolerance refuses nearly collinear systems whose answer would lose too many digits.
 */
export function choleskySolve(A: Float64Array, m: number, b: ArrayLike<number>, x: Float64Array, shift = 0, pivotTol = 1e-14): boolean {
  const L = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * m + j] + (i === j ? shift : 0);
      for (let k = 0; k < j; k++) s -= L[i * m + k] * L[j * m + k];
      if (i === j) {
        // A pivot lost to rounding (relative to its diagonal entry) means numerically singular.
        if (!(s > pivotTol * Math.abs(A[i * m + i] + shift)) || !Number.isFinite(s)) return false;
        L[i * m + i] = Math.sqrt(s);
      } else {
        L[i * m + j] = s / L[j * m + j];
      }
    }
  }
  // Forward then backward substitution.
  for (let i = 0; i < m; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * m + k] * x[k];
    x[i] = s / L[i * m + i];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < m; k++) s -= L[k * m + i] * x[k];
    x[i] = s / L[i * m + i];
  }
  return true;
}
