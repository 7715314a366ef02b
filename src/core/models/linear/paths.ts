// Coefficient paths of the L1 family, as scikit-learn's lasso_path / enet_path: no intercept (X and y as given;
// centre them first for a path with an intercept), a descending grid of alphas and warm starts, each fit starting
// from the previous alpha's coefficients.
import { checkNumber, checkXy } from '../../validation';
import { enetCoordinateDescent } from './coordinate-descent';
import { logGrid } from './least-squares';

export interface EnetPathOptions {
  /** ρ, the L1 share of the penalty (enetPath only; lassoPath is ρ = 1). Default 0.5. */
  l1Ratio?: number;
  /** The alphas; default nAlphas of them from alphaMax = max|Xᵀy|/(n·ρ) (all coefficients 0) down to eps·alphaMax. */
  alphas?: number[];
  /** Default 1e-3. */
  eps?: number;
  /** Default 100. */
  nAlphas?: number;
  /** As Lasso's. Defaults 1e-4 and 1000. */
  tol?: number;
  maxIter?: number;
}

export interface EnetPath {
  /** The alphas, largest first when defaulted. */
  alphas: number[];
  /** coefs[j][k]: coefficient of feature j at alphas[k] (n_features × n_alphas, scikit-learn's layout). */
  coefs: number[][];
  /** Duality gap at each alpha (objective's 1/(2n) scale). */
  dualGaps: number[];
  nIters: number[];
  /** Whether each alpha's fit met tol within maxIter. */
  converged: boolean[];
}

/** Elastic-net coefficients over a grid of alphas, as scikit-learn's enet_path. */
export function enetPath(X: number[][], y: ArrayLike<number>, options: EnetPathOptions = {}): EnetPath {
  return path(X, y, checkNumber('l1Ratio', options.l1Ratio ?? 0.5, { min: 0, max: 1 }, 'enetPath'), options, 'enetPath');
}

/** Lasso coefficients over a grid of alphas, as scikit-learn's lasso_path. */
export function lassoPath(X: number[][], y: ArrayLike<number>, options: Omit<EnetPathOptions, 'l1Ratio'> = {}): EnetPath {
  return path(X, y, 1, options, 'lassoPath');
}

function path(X: number[][], y: ArrayLike<number>, rho: number, o: EnetPathOptions, who: string): EnetPath {
  const { n, d } = checkXy(X, y, { who });
  const tol = checkNumber('tol', o.tol ?? 1e-4, { min: 0 }, who);
  const maxIter = checkNumber('maxIter', o.maxIter ?? 1000, { integer: true, min: 1 }, who);
  const cols = Array.from({ length: d }, (_, j) => Float64Array.from(X, (row) => row[j]));
  const yy = Float64Array.from(y);
  let alphaMax = 0;
  if (rho > 0) {
    for (const c of cols) {
      let s = 0;
      for (let i = 0; i < n; i++) s += c[i] * yy[i];
      alphaMax = Math.max(alphaMax, Math.abs(s) / (n * rho));
    }
  }
  let alphas = o.alphas;
  if (alphas) {
    alphas.forEach((a, k) => checkNumber(`alphas[${k}]`, a, { min: 0 }, who));
  } else {
    const eps = checkNumber('eps', o.eps ?? 1e-3, { min: 0, minExclusive: true }, who);
    const nAlphas = checkNumber('nAlphas', o.nAlphas ?? 100, { integer: true, min: 1 }, who);
    if (rho === 0) throw new RangeError(`${who}: the default grid needs l1Ratio > 0 (alphaMax is infinite); pass alphas`);
    // scikit-learn: an all-zero Xᵀy gives the grid of machine epsilon
    alphas = alphaMax <= Number.EPSILON
      ? new Array<number>(nAlphas).fill(Number.EPSILON)
      : logGrid(alphaMax * eps, alphaMax, nAlphas).reverse();
  }
  const w = new Float64Array(d);
  const coefs = Array.from({ length: d }, () => new Array<number>(alphas.length));
  const dualGaps: number[] = [], nIters: number[] = [], converged: boolean[] = [];
  alphas.forEach((a, k) => {
    // From alphaMax up, w = 0 is the exact optimum (the KKT condition max|Xᵀy|/n ≤ α·ρ), so the path starts at
    // exact zeros instead of the last-bit residue a sweep could leave at the boundary.
    const r = rho > 0 && a >= alphaMax
      ? (w.fill(0), { nIter: 0, gap: 0, converged: true })
      : enetCoordinateDescent(cols, yy, w, n * a * rho, n * a * (1 - rho), maxIter, tol);
    w.forEach((v, j) => { coefs[j][k] = v; });
    dualGaps.push(r.gap / n);
    nIters.push(r.nIter);
    converged.push(r.converged);
  });
  return { alphas: alphas.slice(), coefs, dualGaps, nIters, converged };
}
