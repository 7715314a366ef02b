/**
 * imbalanced-learn's RandomOverSampler and RandomUnderSampler: rebalance the classes of a *training* set by
 * repeating minority rows at random (with replacement) or dropping majority rows at random (without). Neither
 * invents data; SMOTE (smote.ts) does. Never resample a test set: its class shares are what the model will meet.
 */
import { Rng } from '../random';
import { checkXy } from '../validation';
import { classRows, targetCounts, type SamplingStrategy } from './strategy';

export interface SamplerOptions {
  samplingStrategy?: SamplingStrategy;
  seed?: number;
}

/** What fitResample returns: the resampled rows and labels, and for each output row the input row it copies. */
export interface Resampled {
  X: number[][];
  y: number[];
  /** Input row of each output row (−1 for a synthetic SMOTE row). */
  source: number[];
}

/** The options both random samplers (and SMOTE) take. */
export class Sampler {
  readonly samplingStrategy: SamplingStrategy;
  readonly seed: number;
  constructor(options: SamplerOptions = {}) {
    this.samplingStrategy = options.samplingStrategy ?? 'auto';
    this.seed = options.seed ?? 0;
  }
}

export class RandomOverSampler extends Sampler {
  /** All input rows, in order, then for each resampled class (sorted) the extra rows drawn with replacement. */
  fitResample(X: number[][], y: ArrayLike<number>): Resampled {
    checkXy(X, y, { who: 'RandomOverSampler.fitResample', kind: 'classes' });
    const counts = classRows(y);
    const want = targetCounts(this.samplingStrategy, counts, 'over', 'RandomOverSampler');
    const rng = new Rng(this.seed);
    const source = Array.from(X, (_, i) => i);
    for (const c of counts.classes) {
      const rows = counts.rows.get(c)!;
      const extra = (want.get(c) ?? rows.length) - rows.length;
      for (let k = 0; k < extra; k++) source.push(rows[rng.int(rows.length)]);
    }
    return { X: source.map((i) => X[i].slice()), y: source.map((i) => y[i]), source };
  }
}

export class RandomUnderSampler extends Sampler {
  /** For each class (sorted), the rows kept: all of them, or the wanted number drawn without replacement (in input order). */
  fitResample(X: number[][], y: ArrayLike<number>): Resampled {
    checkXy(X, y, { who: 'RandomUnderSampler.fitResample', kind: 'classes' });
    const counts = classRows(y);
    const want = targetCounts(this.samplingStrategy, counts, 'under', 'RandomUnderSampler');
    const rng = new Rng(this.seed);
    const source: number[] = [];
    for (const c of counts.classes) {
      const rows = counts.rows.get(c)!;
      const keep = want.get(c);
      if (keep === undefined) source.push(...rows);
      else source.push(...rng.permutation(rows.length).slice(0, keep).sort((a, b) => a - b).map((k) => rows[k]));
    }
    return { X: source.map((i) => X[i].slice()), y: source.map((i) => y[i]), source };
  }
}
