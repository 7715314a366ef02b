/**
 * SelectFromModel, as scikit-learn's: fits a model (a clone of `estimator`) and keeps the features whose importance
 * (featureImportances, or |coef|) is at least the threshold: 'mean' or 'median' of the importances, a multiple of
 * them ('1.25*mean'), or a number. Without a threshold, an L1-penalised model uses 1e-5 (its zeroed weights go)
 * and any other model 'mean'. maxFeatures keeps at most that many of the largest.
 */
import { cloneEstimator } from '../base';
import { checkXy } from '../validation';
import { featureImportancesOf, isL1, type SelectableEstimator } from './importances';
import { Selector } from './selector';

export type Threshold = 'mean' | 'median' | `${number}*mean` | `${number}*median` | number;

export interface SelectFromModelParams {
  estimator: SelectableEstimator;
  /** null: 1e-5 for an L1 model, else 'mean' (scikit-learn's default). */
  threshold: Threshold | null;
  maxFeatures: number | null;
}

function median(v: readonly number[]): number {
  const s = v.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The threshold's value for these importances (scikit-learn's _calculate_threshold). */
export function resolveThreshold(threshold: Threshold, importances: readonly number[]): number {
  if (typeof threshold === 'number') return threshold;
  const m = /^\s*(?:([0-9.eE+-]+)\s*\*\s*)?(mean|median)\s*$/.exec(threshold);
  if (!m) throw new RangeError(`SelectFromModel: threshold '${threshold}' is not 'mean', 'median', 'scale*mean', 'scale*median' or a number`);
  const scale = m[1] === undefined ? 1 : Number(m[1]);
  if (!Number.isFinite(scale)) throw new RangeError(`SelectFromModel: the scale in threshold '${threshold}' is not a number`);
  const base = m[2] === 'mean' ? importances.reduce((a, b) => a + b, 0) / importances.length : median(importances);
  return scale * base;
}

export class SelectFromModel extends Selector<SelectFromModelParams, Partial<SelectFromModelParams> & { estimator: SelectableEstimator }> {
  declare readonly estimator: SelectableEstimator;
  declare readonly threshold: Threshold | null;
  declare readonly maxFeatures: number | null;
  /** The fitted clone (scikit-learn's estimator_), its importances and the threshold used (threshold_). */
  fittedEstimator: SelectableEstimator | null = null;
  importances: number[] = [];
  thresholdValue = NaN;

  constructor(options: Partial<SelectFromModelParams> & { estimator: SelectableEstimator }) {
    super('SelectFromModel', { estimator: null as unknown as SelectableEstimator, threshold: null, maxFeatures: null }, options);
  }

  protected checkParams(p: SelectFromModelParams): SelectFromModelParams {
    if (!p.estimator || typeof p.estimator.fit !== 'function') throw new TypeError('SelectFromModel: estimator must be a core model with fit, e.g. new Lasso({ alpha: 0.1 })');
    if (p.maxFeatures !== null && !(Number.isInteger(p.maxFeatures) && p.maxFeatures >= 0)) {
      throw new RangeError(`SelectFromModel: maxFeatures must be an integer ≥ 0 or null; got ${String(p.maxFeatures)}`);
    }
    if (p.threshold !== null) resolveThreshold(p.threshold, [0]);
    return p;
  }

  fit(X: number[][], y?: number[]): this {
    const who = 'SelectFromModel.fit';
    if (!y) throw new TypeError(`${who}: y is required to fit the model`);
    const { d } = checkXy(X, y, { who, minSamples: 1 });
    if (this.maxFeatures !== null && this.maxFeatures > d) {
      throw new RangeError(`${who}: maxFeatures = ${this.maxFeatures} is larger than the number of features (${d})`);
    }
    const model = cloneEstimator(this.estimator);
    model.fit(X, y);
    const imp = featureImportancesOf(model, who);
    const threshold = this.threshold ?? (isL1(this.estimator) ? 1e-5 : 'mean');
    const t = resolveThreshold(threshold, imp);
    let mask = imp.map((v) => v >= t);
    if (this.maxFeatures !== null) {
      // scikit-learn: np.argsort(-scores, kind='mergesort')[:max_features], i.e. largest first, ties by index.
      const order = imp.map((_, j) => j).sort((a, b) => imp[b] - imp[a] || a - b).slice(0, this.maxFeatures);
      const top = new Set(order);
      mask = mask.map((keep, j) => keep && top.has(j));
    }
    this.fittedEstimator = model;
    this.importances = imp;
    this.thresholdValue = t;
    this.nFeaturesIn = d;
    this.mask = mask;
    return this;
  }
}
