/**
 * What every feature selector shares, as scikit-learn's SelectorMixin: a fitted boolean mask over the input
 * features (getSupport), transform = keep those columns, fitTransform, and the kept features' names.
 */
import { Estimator } from '../base';
import { checkArray } from '../validation';

export abstract class Selector<P extends object, O extends object = P> extends Estimator<P, O> {
  /** Features seen by fit (scikit-learn's n_features_in_); 0 before fit. */
  nFeaturesIn = 0;
  protected mask: boolean[] | null = null;

  abstract fit(X: number[][], y?: number[]): this;

  /** The kept features: a mask (default) or, with indices = true, their column numbers in order. */
  getSupport(indices?: false): boolean[];
  getSupport(indices: true): number[];
  getSupport(indices = false): boolean[] | number[] {
    if (!this.mask) throw new Error(`${this.estimatorName}.getSupport: call fit first`);
    if (!indices) return this.mask.slice();
    const out: number[] = [];
    this.mask.forEach((keep, j) => { if (keep) out.push(j); });
    return out;
  }

  /** X with only the kept columns. */
  transform(X: number[][]): number[][] {
    const keep = this.getSupport(true);
    checkArray(X, { who: `${this.estimatorName}.transform`, minSamples: 0, nFeatures: this.nFeaturesIn });
    return X.map((row) => keep.map((j) => row[j]));
  }

  fitTransform(X: number[][], y?: number[]): number[][] {
    return this.fit(X, y).transform(X);
  }

  /** The kept features' names: from inputFeatures, else scikit-learn's x0, x1, …. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    const keep = this.getSupport(true);
    if (inputFeatures && inputFeatures.length !== this.nFeaturesIn) {
      throw new RangeError(`${this.estimatorName}.getFeatureNamesOut: got ${inputFeatures.length} names for ${this.nFeaturesIn} features`);
    }
    return keep.map((j) => inputFeatures?.[j] ?? `x${j}`);
  }
}

/** Replaces NaN by −Infinity so that a constant feature ranks last, as scikit-learn's _clean_nans. */
export function cleanNans(scores: readonly number[]): number[] {
  return scores.map((s) => (Number.isNaN(s) ? -Infinity : s));
}

/**
 * Indices of the k largest scores, as scikit-learn's np.argsort(scores, kind='mergesort')[-k:]: a stable ascending
 * sort, so among tied scores the later features are kept.
 */
export function topK(scores: readonly number[], k: number): number[] {
  const order = scores.map((_, j) => j).sort((a, b) => scores[a] - scores[b] || a - b);
  return order.slice(order.length - k);
}
