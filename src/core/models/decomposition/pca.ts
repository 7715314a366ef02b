/**
 * Principal component analysis with scikit-learn's meaning (sklearn.decomposition.PCA, svd_solver='full', 1.2),
 * built on ml-pca's SVD of the centred data.
 *
 * - `components`: nComponents rows, unit length, in order of decreasing variance.
 * - `explainedVariance`: the variance along each component with the n − 1 denominator (s²/(n − 1));
 *   `explainedVarianceRatio`: that over the total variance; `singularValues`: s; `mean`: the column means;
 *   `noiseVariance`: the mean of the discarded variances (0 when none is discarded).
 * - `whiten`: transform divides each coordinate by √explainedVariance (unit variance); inverseTransform undoes it.
 * - Sign convention (an SVD fixes each component only up to ±): as scikit-learn 1.2's `svd_flip` with its
 *   default u_based_decision=True, each component is oriented so that the training point with the largest
 *   |score| on it has a positive score (the first such point if several tie). scikit-learn ≥ 1.5 orients by
 *   the component's own largest |entry| instead, so compare with newer versions up to sign.
 * - nComponents: an integer 1…min(n, features), a fraction in (0, 1) (keep the fewest components whose
 *   cumulative ratio exceeds it), or undefined for all min(n, features).
 */
import { PCA as MlPCA } from 'ml-pca';
import { Estimator, TransformerMixin } from '../../base';
import { toFlat, toRows } from '../../utils/matrix';
import { checkArray, checkOption } from '../../validation';

/** The options as resolved (what getParams returns). */
export interface PCAParams {
  /** An integer 1…min(n, features), a fraction in (0, 1), or undefined for all. */
  nComponents: number | undefined;
  whiten: boolean;
}

export type PCAOptions = Partial<PCAParams>;

const DEFAULTS: PCAParams = { nComponents: undefined, whiten: false };
const NAME = 'PCA';

export class PCA extends TransformerMixin(Estimator<PCAParams>) {
  /** The nComponents option (the fitted count is `nComponents`, as scikit-learn's n_components and n_components_). */
  declare readonly nComponentsOption: number | undefined;
  declare readonly whiten: boolean;

  components: number[][] = [];
  explainedVariance: number[] = [];
  explainedVarianceRatio: number[] = [];
  singularValues: number[] = [];
  mean: number[] = [];
  noiseVariance = 0;
  /** the number of components kept */
  nComponents = 0;
  nFeaturesIn = 0;
  nSamples = 0;

  constructor(options: PCAOptions = {}) {
    super(NAME, DEFAULTS, options);
  }

  protected checkParams(p: PCAParams): PCAParams {
    const nc = p.nComponents;
    if (nc !== undefined && !(typeof nc === 'number' && (Number.isInteger(nc) ? nc >= 1 : nc > 0 && nc < 1))) {
      throw new RangeError(`${NAME}: nComponents must be an integer ≥ 1, a fraction in (0, 1) or undefined (all); got ${nc}`);
    }
    return { nComponents: nc, whiten: checkOption('whiten', p.whiten, [true, false], NAME) };
  }

  /** The option is stored as nComponentsOption: `nComponents` is the fitted count. */
  protected override applyParams(p: PCAParams): void {
    Object.assign(this, { nComponentsOption: p.nComponents, whiten: p.whiten });
  }

  fit(X: number[][]): this {
    const { n, d } = checkArray(X, { who: `${NAME}.fit`, minSamples: 2, minSamplesWhy: 'the variance divides by n − 1' });
    const data = toFlat(X, n, d);
    const maxComp = Math.min(n, d);
    const nc = this.nComponentsOption;
    if (nc !== undefined && Number.isInteger(nc) && nc > maxComp) {
      throw new RangeError(`${NAME}.fit: nComponents = ${nc} must be between 1 and min(n_samples, n_features) = ${maxComp}`);
    }
    const mean = new Float64Array(d);
    for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mean[j] += data[i * d + j];
    for (let j = 0; j < d; j++) mean[j] /= n;
    const centred: number[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const row = new Array<number>(d);
      for (let j = 0; j < d; j++) row[j] = data[i * d + j] - mean[j];
      centred[i] = row;
    }
    // ml-pca: SVD of the (already centred) data; eigenvalues are s²/(n − 1), eigenvectors are columns
    const ml = new MlPCA(centred, { method: 'SVD', center: false, scale: false });
    const V = ml.getEigenvectors();
    const allVar = ml.getEigenvalues().slice(0, maxComp);
    while (allVar.length < maxComp) allVar.push(0);
    const total = allVar.reduce((a, b) => a + b, 0);
    const ratios = allVar.map((v) => (total > 0 ? v / total : 0));

    let k: number;
    if (nc === undefined) k = maxComp;
    else if (Number.isInteger(nc)) k = nc;
    else {
      // scikit-learn: searchsorted(cumsum(ratio), nc, side='right') + 1
      let cum = 0;
      k = maxComp;
      for (let c = 0; c < maxComp; c++) {
        cum += ratios[c];
        if (cum > nc) { k = c + 1; break; }
      }
    }

    const comps: number[][] = [];
    for (let c = 0; c < k; c++) {
      const v = new Array<number>(d);
      for (let j = 0; j < d; j++) v[j] = c < V.columns ? V.get(j, c) : 0;
      // svd_flip (U-based): the largest |score| is positive
      let bestAbs = -1, bestScore = 0;
      for (let i = 0; i < n; i++) {
        let s = 0;
        const row = centred[i];
        for (let j = 0; j < d; j++) s += row[j] * v[j];
        if (Math.abs(s) > bestAbs) { bestAbs = Math.abs(s); bestScore = s; }
      }
      if (bestScore < 0) for (let j = 0; j < d; j++) v[j] = -v[j];
      comps.push(v);
    }

    this.components = comps;
    this.explainedVariance = allVar.slice(0, k);
    this.explainedVarianceRatio = ratios.slice(0, k);
    this.singularValues = this.explainedVariance.map((v) => Math.sqrt(v * (n - 1)));
    this.mean = Array.from(mean);
    this.noiseVariance = k < maxComp ? allVar.slice(k).reduce((a, b) => a + b, 0) / (maxComp - k) : 0;
    this.nComponents = k;
    this.nFeaturesIn = d;
    this.nSamples = n;
    return this;
  }

  /** Coordinates of X on the components (centred; divided by √variance when whitening). */
  transform(X: number[][]): number[][] {
    const { data, n, d } = this.checkInput(X, 'transform', 'X', this.nFeaturesIn, 'as many as the model was fitted on');
    const k = this.nComponents;
    const out = new Float64Array(n * k);
    const scale = this.whiten ? this.explainedVariance.map((v) => 1 / Math.sqrt(v)) : null;
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < k; c++) {
        const comp = this.components[c];
        let s = 0;
        for (let j = 0; j < d; j++) s += (data[i * d + j] - this.mean[j]) * comp[j];
        out[i * k + c] = scale ? s * scale[c] : s;
      }
    }
    return toRows(out, n, k);
  }

  /** Back to feature space from component coordinates: the reconstruction from the kept components. */
  inverseTransform(Z: number[][]): number[][] {
    const { data, n, d: k } = this.checkInput(Z, 'inverseTransform', 'Z', this.nComponents, 'one per component');
    const d = this.nFeaturesIn;
    const out = new Float64Array(n * d);
    const scale = this.whiten ? this.explainedVariance.map((v) => Math.sqrt(v)) : null;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < d; j++) out[i * d + j] = this.mean[j];
      for (let c = 0; c < k; c++) {
        const z = scale ? data[i * k + c] * scale[c] : data[i * k + c];
        const comp = this.components[c];
        for (let j = 0; j < d; j++) out[i * d + j] += z * comp[j];
      }
    }
    return toRows(out, n, d);
  }

  private checkInput(X: number[][], what: string, name: string, width: number, why: string) {
    if (this.components.length === 0) throw new Error('PCA is not fitted yet: call fit(X) first');
    const { n, d } = checkArray(X, { name, who: `${NAME}.${what}`, minSamples: 0, nFeatures: width, nFeaturesWhy: why });
    return { data: toFlat(X, n, d), n, d };
  }
}
