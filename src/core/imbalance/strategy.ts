/**
 * imbalanced-learn's sampling_strategy: how many samples each class should have after resampling.
 *  - 'auto': over-samplers raise every class but the majority to the majority's count ('not majority');
 *    under-samplers lower every class but the minority to the minority's count ('not minority').
 *  - a number r in (0, 1] (two classes only): the minority : majority ratio wanted after resampling.
 *  - { label: count }: the count wanted for each named class (the others are left alone).
 */
export type SamplingStrategy = 'auto' | number | Record<number, number>;

export interface ClassCounts {
  /** Sorted class labels. */
  classes: number[];
  /** Rows of each class, in order of appearance. */
  rows: Map<number, number[]>;
}

export function classRows(y: ArrayLike<number>): ClassCounts {
  const rows = new Map<number, number[]>();
  for (let i = 0; i < y.length; i++) {
    const list = rows.get(y[i]);
    if (list) list.push(i);
    else rows.set(y[i], [i]);
  }
  return { classes: [...rows.keys()].sort((a, b) => a - b), rows };
}

/** The count wanted for each class that is resampled (imblearn's check_sampling_strategy), or a clear error. */
export function targetCounts(strategy: SamplingStrategy, counts: ClassCounts, kind: 'over' | 'under', who: string): Map<number, number> {
  const n = (c: number) => counts.rows.get(c)!.length;
  const sizes = counts.classes.map(n);
  const majority = counts.classes[sizes.indexOf(Math.max(...sizes))];
  const minority = counts.classes[sizes.indexOf(Math.min(...sizes))];
  const out = new Map<number, number>();
  if (counts.classes.length < 2) throw new RangeError(`${who}: y needs at least two classes to resample, got ${counts.classes.length}`);
  if (strategy === 'auto') {
    for (const c of counts.classes) {
      if (kind === 'over' && c !== majority) out.set(c, n(majority));
      if (kind === 'under' && c !== minority) out.set(c, n(minority));
    }
  } else if (typeof strategy === 'number') {
    if (counts.classes.length !== 2) throw new RangeError(`${who}: a ratio as samplingStrategy needs two classes, got ${counts.classes.length}; give a count per class instead`);
    if (!(strategy > 0 && strategy <= 1)) throw new RangeError(`${who}: samplingStrategy as a ratio must be in (0, 1], got ${strategy}`);
    if (kind === 'over') {
      const want = Math.floor(n(majority) * strategy);
      if (want < n(minority)) throw new RangeError(`${who}: a ratio of ${strategy} would need fewer minority samples (${want}) than there are (${n(minority)}); over-sampling only adds`);
      out.set(minority, want);
    } else {
      const want = Math.floor(n(minority) / strategy);
      if (want > n(majority)) throw new RangeError(`${who}: a ratio of ${strategy} would need more majority samples (${want}) than there are (${n(majority)}); under-sampling only removes`);
      out.set(majority, want);
    }
  } else if (strategy && typeof strategy === 'object') {
    for (const [key, want] of Object.entries(strategy)) {
      const c = Number(key);
      if (!counts.rows.has(c)) throw new RangeError(`${who}: samplingStrategy names class ${key}, which is not in y`);
      if (!Number.isInteger(want) || want < 0) throw new RangeError(`${who}: the count for class ${key} must be a whole number ≥ 0, got ${String(want)}`);
      if (kind === 'over' && want < n(c)) throw new RangeError(`${who}: class ${key} has ${n(c)} samples, more than the ${want} asked for; over-sampling only adds`);
      if (kind === 'under' && want > n(c)) throw new RangeError(`${who}: class ${key} has ${n(c)} samples, fewer than the ${want} asked for; under-sampling only removes`);
      out.set(c, want);
    }
  } else {
    throw new RangeError(`${who}: samplingStrategy must be 'auto', a ratio in (0, 1] or an object of counts per class`);
  }
  return out;
}
