/**
 * Recursive feature elimination, as scikit-learn's RFE: fit the model on the features still in, drop the `step`
 * least important (featureImportances or |coef|), repeat until nFeaturesToSelect remain. ranking[j] is 1 for a
 * kept feature, 2 for the last one dropped, and so on; support is ranking = 1. Unlike a univariate filter it judges
 * each feature beside the others, so of two redundant copies one is dropped once the other carries the signal.
 */
import { cloneEstimator } from '../base';
import { checkXy } from '../validation';
import { featureImportancesOf, type SelectableEstimator } from './importances';
import { Selector } from './selector';

export interface RFEParams {
  estimator: SelectableEstimator;
  /** Features to keep: an integer, a fraction in (0, 1) of them, or null for half (rounded down), as scikit-learn. */
  nFeaturesToSelect: number | null;
  /** Features dropped per round: an integer ≥ 1, or a fraction in (0, 1) of all features (at least 1). Default 1. */
  step: number;
}

export class RFE extends Selector<RFEParams, Partial<RFEParams> & { estimator: SelectableEstimator }> {
  declare readonly estimator: SelectableEstimator;
  declare readonly nFeaturesToSelect: number | null;
  declare readonly step: number;
  /** 1 for the kept features, larger for features dropped earlier (scikit-learn's ranking_). */
  ranking: number[] = [];
  /** How many features were kept (n_features_) and the model fitted on them (estimator_). */
  nFeatures = 0;
  fittedEstimator: SelectableEstimator | null = null;

  constructor(options: Partial<RFEParams> & { estimator: SelectableEstimator }) {
    super('RFE', { estimator: null as unknown as SelectableEstimator, nFeaturesToSelect: null, step: 1 }, options);
  }

  protected checkParams(p: RFEParams): RFEParams {
    if (!p.estimator || typeof p.estimator.fit !== 'function') throw new TypeError('RFE: estimator must be a core model with fit');
    if (!(p.step > 0) || (p.step >= 1 && !Number.isInteger(p.step))) throw new RangeError(`RFE: step must be an integer ≥ 1 or a fraction in (0, 1); got ${p.step}`);
    const k = p.nFeaturesToSelect;
    if (k !== null && !(k > 0 && (k < 1 || Number.isInteger(k)))) {
      throw new RangeError(`RFE: nFeaturesToSelect must be an integer ≥ 1, a fraction in (0, 1) or null; got ${k}`);
    }
    return p;
  }

  fit(X: number[][], y?: number[]): this {
    const who = 'RFE.fit';
    if (!y) throw new TypeError(`${who}: y is required to fit the model`);
    const { d } = checkXy(X, y, { who, minSamples: 1 });
    const k = this.nFeaturesToSelect;
    const target = k === null ? Math.floor(d / 2) : k < 1 ? Math.floor(k * d) : k;
    if (target > d) throw new RangeError(`${who}: nFeaturesToSelect = ${target} is larger than the number of features (${d})`);
    if (target < 1) throw new RangeError(`${who}: nFeaturesToSelect resolves to ${target} features; keep at least 1`);
    const step = this.step < 1 ? Math.max(1, Math.floor(this.step * d)) : this.step;
    const support = new Array<boolean>(d).fill(true);
    const ranking = new Array<number>(d).fill(1);
    let left = d;
    while (left > target) {
      const features = support.flatMap((s, j) => (s ? [j] : []));
      const model = cloneEstimator(this.estimator);
      model.fit(X.map((row) => features.map((j) => row[j])), y);
      const imp = featureImportancesOf(model, who);
      // Least important first (scikit-learn's np.argsort; ties by position, as its sort on these small arrays).
      const ranks = features.map((_, i) => i).sort((a, b) => imp[a] - imp[b] || a - b);
      const drop = Math.min(step, left - target);
      for (let i = 0; i < drop; i++) support[features[ranks[i]]] = false;
      for (let j = 0; j < d; j++) if (!support[j]) ranking[j]++;
      left -= drop;
    }
    const kept = support.flatMap((s, j) => (s ? [j] : []));
    const model = cloneEstimator(this.estimator);
    model.fit(X.map((row) => kept.map((j) => row[j])), y);
    this.fittedEstimator = model;
    this.ranking = ranking;
    this.nFeatures = left;
    this.nFeaturesIn = d;
    this.mask = support;
    return this;
  }
}
