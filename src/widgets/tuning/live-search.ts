// A hyperparameter search done one fold fit at a time, so a page can draw between fits. The candidates come
// from core's parameterGrid / parameterSampler, each fold from core's fitAndScore on core's folds, and the
// summary from core's meanStd and rankDescending: finished, its numbers are GridSearchCV's / RandomizedSearchCV's.
// Unlike core's searches (which throw), a candidate whose fit fails or whose score is not a number is kept with
// a NaN mean and the reason, as scikit-learn's error_score=nan does, so the learner sees which and why.
import { fitAndScore, getScorer, meanStd, type CvEstimator } from '../../core/model_selection/scoring';
import { rankDescending } from '../../core/model_selection';
import type { CvSplit } from '../../core/model_selection';
import { describeCandidate } from './space';

export interface CandidateResult {
  params: Record<string, unknown>;
  /** Fold test scores so far. */
  scores: number[];
  /** Mean over the folds once all are done; NaN while pending or when a fold failed. */
  mean: number;
  std: number;
  /** Why this candidate has no score ('' if it has one). */
  failure: string;
}


export class LiveSearch {
  readonly results: CandidateResult[];
  private next = 0; // fits done
  private readonly scorer = getScorer(undefined);

  constructor(
    readonly who: string,
    readonly estimator: CvEstimator,
    readonly candidates: Record<string, unknown>[],
    readonly X: number[][],
    readonly y: number[],
    readonly splits: CvSplit[],
  ) {
    if (candidates.length < 2) {
      throw new RangeError(`${who}: the search space has ${candidates.length} candidate${candidates.length === 1 ? '' : 's'}; give at least two settings to choose between (a larger budget)`);
    }
    this.results = candidates.map((params) => ({ params, scores: [], mean: NaN, std: NaN, failure: '' }));
  }

  get totalFits(): number {
    return this.candidates.length * this.splits.length;
  }

  get fitsDone(): number {
    return this.next;
  }

  get done(): boolean {
    return this.next >= this.totalFits;
  }

  /** Candidates fully evaluated (scored or failed). */
  get evaluated(): number {
    return Math.floor(this.next / this.splits.length);
  }

  /** Fits and scores the next fold of the current candidate. */
  step(): void {
    if (this.done) return;
    const k = this.splits.length;
    const c = Math.floor(this.next / k), f = this.next % k;
    const r = this.results[c];
    if (!r.failure) {
      try {
        const what = `candidate {${describeCandidate(r.params)}}, fold ${f + 1}`;
        r.scores.push(fitAndScore(this.estimator, this.X, this.y, this.splits[f], this.scorer, { params: r.params, what }).testScore);
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        r.failure = msg.startsWith('candidate') ? msg : `candidate {${describeCandidate(r.params)}}, fold ${f + 1}: ${msg}`;
      }
    }
    this.next++;
    if (f === k - 1 && !r.failure) Object.assign(r, meanStd(r.scores));
  }

  /** Mean CV score of each evaluated candidate in evaluation order, and the best so far after each. */
  bestSoFar(): number[] {
    const out: number[] = [];
    let best = NaN;
    for (let i = 0; i < this.evaluated; i++) {
      const m = this.results[i].mean;
      if (Number.isFinite(m) && !(m <= best)) best = m;
      out.push(best);
    }
    return out;
  }

  /** Ranks (1 = best, ties share the smallest) of the evaluated candidates with a score; failed ones get none. */
  ranks(): number[] {
    const means = this.results.slice(0, this.evaluated).map((r) => (Number.isFinite(r.mean) ? r.mean : -Infinity));
    return rankDescending(means);
  }

  /** The first candidate of rank 1 among those scored (core's bestIndex), or -1. */
  get bestIndex(): number {
    let best = -1;
    for (let i = 0; i < this.evaluated; i++) {
      const m = this.results[i].mean;
      if (Number.isFinite(m) && (best < 0 || m > this.results[best].mean)) best = i;
    }
    return best;
  }

  get failures(): CandidateResult[] {
    return this.results.filter((r) => r.failure);
  }
}
