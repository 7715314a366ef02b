// Dense prediction for drawing: P(y=1) for many rows at once into typed arrays, and over a 2-D grid of cell centres
// (the boundary map), with a fast path for the playground's featurizers.
import type { Featurizer } from '../../preprocess/features';
import { sigmoid } from './logistic-math';

/** A rectangular grid of cell centres for predictProbaGrid; row 0 is the top (largest y), as canvas ImageData. */
export interface GridSpec {
  x: [number, number];
  y: [number, number];
  nx: number;
  ny: number;
  /**
   * Maps a 2-D point to the model's features; default: the point itself (2 features). A Featurizer from
   * featurizer([...], scaler) takes a fast path (per-row and per-column sums); any other function is called per cell.
   */
  featurize?: (x1: number, x2: number, out: Float64Array, offset?: number) => void;
}

/** w·x + b for nRows rows stored flat (row-major, d per row) into out; no allocation. θ = [w…, b]. Summed in the
 * same order as decisionFunction, so the scores are the same numbers. */
export function decisionInto(t: Float64Array, out: Float64Array, Xflat: ArrayLike<number>, nRows: number): Float64Array {
  const d = t.length - 1;
  if (Xflat.length < nRows * d || out.length < nRows) throw new RangeError('decisionInto: arrays too short for nRows');
  for (let i = 0, o = 0; i < nRows; i++, o += d) {
    let z = t[d];
    for (let j = 0; j < d; j++) z += t[j] * Xflat[o + j];
    out[i] = z;
  }
  return out;
}

/** P(y=1) for nRows rows stored flat (row-major, d per row) into out; no allocation. θ = [w…, b]. */
export function probaInto<T extends Float32Array | Float64Array>(t: Float64Array, out: T, Xflat: ArrayLike<number>, nRows: number): T {
  const d = t.length - 1;
  if (Xflat.length < nRows * d || out.length < nRows) throw new RangeError('probaInto: arrays too short for nRows');
  for (let i = 0, o = 0; i < nRows; i++, o += d) {
    let z = t[d];
    for (let j = 0; j < d; j++) z += t[j] * Xflat[o + j];
    out[i] = sigmoid(z);
  }
  return out;
}

/** P(y=1) at the centres of an nx×ny grid, row-major with row 0 at the top (largest y). θ = [w…, b]. */
export function probaGrid(t: Float64Array, grid: GridSpec, out: Float32Array): Float32Array {
  const d = t.length - 1;
  const { nx, ny, featurize } = grid;
  if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 1 || ny < 1) throw new RangeError('grid nx and ny must be integers ≥ 1');
  if (out.length < nx * ny) throw new RangeError('predictProbaGrid: out is too short');
  if (!featurize && d !== 2) throw new RangeError(`predictProbaGrid: the model has ${d} features; pass grid.featurize`);
  const dx = (grid.x[1] - grid.x[0]) / nx, dy = (grid.y[1] - grid.y[0]) / ny;
  if (featurize && 'kinds' in featurize) {
    const fz = featurize as Featurizer;
    if (fz.kinds.length !== d) throw new RangeError(`predictProbaGrid: featurize gives ${fz.kinds.length} features, the model has ${d}`);
    return gridSeparable(t, fz, grid, out);
  }
  const f = new Float64Array(Math.max(d, 2));
  const b = t[d];
  for (let r = 0; r < ny; r++) {
    const yv = grid.y[1] - (r + 0.5) * dy;
    for (let c = 0; c < nx; c++) {
      const xv = grid.x[0] + (c + 0.5) * dx;
      let z = b;
      if (featurize) {
        featurize(xv, yv, f, 0);
        for (let j = 0; j < d; j++) z += t[j] * f[j];
      } else {
        z += t[0] * xv + t[1] * yv;
      }
      out[r * nx + c] = sigmoid(z);
    }
  }
  return out;
}

/**
 * Grid for playground features: with v_j = w_j / scale_j, w·f = Σ_{x1-only} v_j f_j(x1) + Σ_{x2-only} v_j f_j(x2)
 * + v_× x1·x2 − Σ v_j mean_j, so each feature is evaluated once per column or row, not once per cell.
 */
function gridSeparable(t: Float64Array, fz: Featurizer, grid: GridSpec, out: Float32Array): Float32Array {
  const d = t.length - 1, { nx, ny } = grid;
  const dx = (grid.x[1] - grid.x[0]) / nx, dy = (grid.y[1] - grid.y[0]) / ny;
  const colSum = new Float64Array(nx), rowSum = new Float64Array(ny), xs = new Float64Array(nx), ys = new Float64Array(ny);
  for (let c = 0; c < nx; c++) xs[c] = grid.x[0] + (c + 0.5) * dx;
  for (let r = 0; r < ny; r++) ys[r] = grid.y[1] - (r + 0.5) * dy;
  let b = t[d], cross = 0;
  for (let j = 0; j < d; j++) {
    const v = t[j] * fz.invScale[j];
    b -= v * fz.shift[j];
    const fn = fz.fns[j];
    if (fz.kinds[j] === 'x1') for (let c = 0; c < nx; c++) colSum[c] += v * fn(xs[c], 0);
    else if (fz.kinds[j] === 'x2') for (let r = 0; r < ny; r++) rowSum[r] += v * fn(0, ys[r]);
    else cross += v;
  }
  for (let r = 0; r < ny; r++) {
    const base = b + rowSum[r], cy = cross * ys[r], o = r * nx;
    for (let c = 0; c < nx; c++) out[o + c] = sigmoid(base + colSum[c] + cy * xs[c]);
  }
  return out;
}
