// KNNImputer as scikit-learn's: a missing value is the (uniform or inverse-distance weighted) mean of that column in
// the nNeighbors nearest rows of the fitted data that have the column, by the nan-Euclidean distance
//   dist(x, y) = sqrt(d / p · Σ over the p coordinates present in both (x_j − y_j)²)     (NaN when p = 0).
// A row with no defined distance to any donor gets the column's mean. Columns with no value in fit are dropped.
// Donors at exactly equal distances are taken in row order (scikit-learn's argpartition takes them in no documented
// order; its expanded distance formula also rounds differently, which can split exact ties).
import { Estimator, TransformerMixin } from '../base';
import { checkNumber, checkOption } from '../validation';
import { checkNaNRows, columnsWithMissing, indicatorNames, indicatorRow } from './nan-utils';
import { inputNames } from './feature-names';

export interface KNNImputerParams {
  /** Default 5. */
  nNeighbors: number;
  /** 'uniform' (default) or 'distance' (closer donors count more; a donor at distance 0 takes it all). */
  weights: 'uniform' | 'distance';
  addIndicator: boolean;
}
export type KNNImputerOptions = Partial<KNNImputerParams>;

const NAME = 'KNNImputer';

/** The nan-Euclidean distance between two rows (scikit-learn's nan_euclidean_distances), NaN if no common coordinate. */
export function nanEuclidean(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const d = a.length;
  let s = 0, p = 0;
  for (let j = 0; j < d; j++) {
    const e = a[j] - b[j];
    if (!Number.isNaN(e)) { s += e * e; p++; }
  }
  return p === 0 ? NaN : Math.sqrt((s * d) / p);
}


export class KNNImputer extends TransformerMixin(Estimator<KNNImputerParams>) {
  declare readonly nNeighbors: number;
  declare readonly weights: 'uniform' | 'distance';
  declare readonly addIndicator: boolean;
  nFeaturesIn = 0;
  indicatorFeatures: number[] = [];
  private fitX: number[][] = [];
  private valid: boolean[] = [];
  private means: number[] = [];
  private fitted = false;

  constructor(options: KNNImputerOptions = {}) {
    super(NAME, { nNeighbors: 5, weights: 'uniform', addIndicator: false }, options);
  }

  protected checkParams(p: KNNImputerParams): KNNImputerParams {
    return {
      nNeighbors: checkNumber('nNeighbors', p.nNeighbors, { integer: true, min: 1 }, NAME),
      weights: checkOption('weights', p.weights, ['uniform', 'distance'] as const, NAME),
      addIndicator: checkOption('addIndicator', p.addIndicator, [true, false], NAME),
    };
  }

  fit(X: number[][]): this {
    const { d } = checkNaNRows(X, `${NAME}.fit`);
    this.fitX = X.map((r) => Array.from(r));
    this.valid = [];
    this.means = [];
    for (let j = 0; j < d; j++) {
      let s = 0, c = 0;
      for (const r of X) if (!Number.isNaN(r[j])) { s += r[j]; c++; }
      this.valid.push(c > 0);
      this.means.push(c > 0 ? s / c : NaN);
    }
    this.indicatorFeatures = this.addIndicator ? columnsWithMissing(X, d) : [];
    this.nFeaturesIn = d;
    this.fitted = true;
    return this;
  }

  /** The weighted mean of column j over the nearest donors of one receiver (distances to every fitted row). */
  private impute(dist: readonly number[], j: number): number {
    // the k nearest donors by (distance, row), NaN distances last, kept sorted in one pass (k is small)
    const k = this.nNeighbors, near: number[] = [];
    const key = (i: number) => (Number.isNaN(dist[i]) ? Infinity : dist[i]);
    let anyDefined = false, donors = 0;
    for (let i = 0; i < this.fitX.length; i++) {
      if (Number.isNaN(this.fitX[i][j])) continue;
      donors++;
      if (!Number.isNaN(dist[i])) anyDefined = true;
      const d = key(i);
      if (near.length === k && d >= key(near[k - 1])) continue;
      let at = near.length === k ? k - 1 : near.length;
      while (at > 0 && key(near[at - 1]) > d) { near[at] = near[at - 1]; at--; }
      near[at] = i;
    }
    if (!anyDefined || donors === 0) return this.means[j];
    let w = near.map(() => 1);
    if (this.weights === 'distance') {
      const zero = near.some((i) => dist[i] === 0);
      w = near.map((i) => (zero ? (dist[i] === 0 ? 1 : 0) : Number.isNaN(dist[i]) ? 0 : 1 / dist[i]));
    }
    let s = 0, ws = 0;
    near.forEach((i, m) => { s += w[m] * this.fitX[i][j]; ws += w[m]; });
    return s / ws;
  }

  transform(X: number[][]): number[][] {
    if (!this.fitted) throw new Error(`${NAME}.transform: call fit first`);
    const { d } = checkNaNRows(X, `${NAME}.transform`, { minSamples: 0, nFeatures: this.nFeaturesIn });
    return X.map((row) => {
      const out = Array.from(row);
      let dist: number[] | null = null;
      for (let j = 0; j < d; j++) {
        if (!Number.isNaN(row[j]) || !this.valid[j]) continue;
        dist ??= this.fitX.map((f) => nanEuclidean(row, f));
        out[j] = this.impute(dist, j);
      }
      const kept = out.filter((_, j) => this.valid[j]);
      return this.addIndicator ? kept.concat(indicatorRow(row, this.indicatorFeatures)) : kept;
    });
  }

  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    if (!this.fitted) throw new Error(`${NAME}.getFeatureNamesOut: call fit first`);
    const names = inputNames(this.nFeaturesIn, inputFeatures, `${NAME}.getFeatureNamesOut`);
    return names.filter((_, j) => this.valid[j]).concat(indicatorNames(names, this.indicatorFeatures));
  }
}
