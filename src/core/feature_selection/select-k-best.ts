/**
 * SelectKBest, as scikit-learn's: scores every feature with a univariate score function (fClassif by default,
 * fRegression, chi2, mutualInfoClassif) and keeps the k best. Fit it on the training rows only (inside each CV
 * fold, e.g. in a Pipeline): selecting on all rows first leaks the test labels into the choice.
 */
import { checkArray } from '../validation';
import { mutualInfoClassif } from './mutual-info';
import { cleanNans, Selector, topK } from './selector';
import { fClassif, type ScoreFunc } from './univariate';

export interface SelectKBestParams {
  scoreFunc: ScoreFunc;
  /** How many features to keep, or 'all'. Default 10, as scikit-learn. */
  k: number | 'all';
}

/** mutualInfoClassif as a score function (no p-values), with its default 3 neighbours. */
export const mutualInfoScore: ScoreFunc = (X, y) => ({ scores: mutualInfoClassif(X, y) });

export class SelectKBest extends Selector<SelectKBestParams> {
  declare readonly scoreFunc: ScoreFunc;
  declare readonly k: number | 'all';
  /** Each feature's score and p-value (null when the score function has none), as scores_ and pvalues_. */
  scores: number[] = [];
  pvalues: number[] | null = null;

  constructor(options: Partial<SelectKBestParams> = {}) {
    super('SelectKBest', { scoreFunc: fClassif, k: 10 }, options);
  }

  protected checkParams(p: SelectKBestParams): SelectKBestParams {
    if (typeof p.scoreFunc !== 'function') throw new TypeError(`SelectKBest: scoreFunc must be a function such as fClassif; got ${typeof p.scoreFunc}`);
    if (p.k !== 'all' && !(Number.isInteger(p.k) && p.k >= 0)) throw new RangeError(`SelectKBest: k must be an integer ≥ 0 or 'all'; got ${String(p.k)}`);
    return p;
  }

  fit(X: number[][], y?: number[]): this {
    const who = 'SelectKBest.fit';
    if (!y) throw new TypeError(`${who}: y is required (the features are scored against it)`);
    const { d } = checkArray(X, { who, minSamples: 1 });
    if (this.k !== 'all' && this.k > d) {
      throw new RangeError(`${who}: k = ${this.k} is larger than the number of features (${d}); use k ≤ ${d} or 'all'`);
    }
    const result = this.scoreFunc(X, y);
    this.scores = result.scores.slice();
    this.pvalues = result.pvalues ? result.pvalues.slice() : null;
    this.nFeaturesIn = d;
    const k = this.k === 'all' ? d : this.k;
    const mask = new Array<boolean>(d).fill(false);
    for (const j of topK(cleanNans(this.scores), k)) mask[j] = true;
    this.mask = mask;
    return this;
  }
}
