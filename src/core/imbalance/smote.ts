/**
 * SMOTE (Chawla et al. 2002), as imbalanced-learn's SMOTE: for each new sample of a minority class, pick one of the
 * class's rows x at random, one of its k nearest neighbours within the class x̂, and a random t in [0, 1), and add
 * x + t·(x̂ − x): a point on the segment between two real minority rows. Output: the input rows in order, then the
 * synthetic rows class by class. Only for a training set (after the split, inside each CV fold).
 */
import { KNeighborsRegressor } from '../models/neighbors';
import { Rng } from '../random';
import { checkXy } from '../validation';
import { Sampler, type Resampled, type SamplerOptions } from './random-samplers';
import { classRows, targetCounts } from './strategy';

export interface SmoteOptions extends SamplerOptions {
  /** Neighbours within the class to interpolate towards (imblearn's k_neighbors). Default 5. */
  kNeighbors?: number;
}

/** One synthetic row: made from input rows `from` and `to` at fraction t. */
export interface SmoteSample {
  from: number;
  to: number;
  t: number;
}

export class SMOTE extends Sampler {
  readonly kNeighbors: number;
  /** After fitResample: how each synthetic row was made, in output order (for drawing the segments). */
  samples: SmoteSample[] = [];

  constructor(options: SmoteOptions = {}) {
    super(options);
    this.kNeighbors = options.kNeighbors ?? 5;
    if (!Number.isInteger(this.kNeighbors) || this.kNeighbors < 1) throw new RangeError(`SMOTE: kNeighbors must be a whole number ≥ 1, got ${this.kNeighbors}`);
  }

  fitResample(X: number[][], y: ArrayLike<number>): Resampled {
    const { d } = checkXy(X, y, { who: 'SMOTE.fitResample', kind: 'classes' });
    const counts = classRows(y);
    const want = targetCounts(this.samplingStrategy, counts, 'over', 'SMOTE');
    const rng = new Rng(this.seed);
    const outX = X.map((r) => r.slice());
    const outY = Array.from(y as ArrayLike<number>);
    const source = Array.from(X, (_, i) => i);
    this.samples = [];
    for (const c of counts.classes) {
      const rows = counts.rows.get(c)!;
      const extra = (want.get(c) ?? rows.length) - rows.length;
      if (extra <= 0) continue;
      const k = this.kNeighbors;
      if (rows.length < k + 1) throw new RangeError(`SMOTE: class ${c} has ${rows.length} samples; kNeighbors = ${k} needs at least ${k + 1}. Lower kNeighbors or use random over-sampling.`);
      const own = rows.map((i) => X[i]);
      const nn = new KNeighborsRegressor({ nNeighbors: k }).fit(own, new Array<number>(own.length).fill(0)).kneighbors(undefined, k, false);
      for (let s = 0; s < extra; s++) {
        const pick = rng.int(rows.length * k);
        const a = Math.floor(pick / k), b = nn[a][pick % k];
        const t = rng.random();
        const row = new Array<number>(d);
        for (let j = 0; j < d; j++) row[j] = own[a][j] + t * (own[b][j] - own[a][j]);
        outX.push(row);
        outY.push(c);
        source.push(-1);
        this.samples.push({ from: rows[a], to: rows[b], t });
      }
    }
    return { X: outX, y: outY, source };
  }
}
