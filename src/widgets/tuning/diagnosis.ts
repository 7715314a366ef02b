// The one-line diagnosis a learning curve supports (pure: the notes import the thresholds).
export interface Diagnosis {
  kind: 'variance' | 'bias' | 'good' | 'unknown';
  text: string;
}

/** A gap between training and CV score wider than this reads as high variance. */
export const GAP = 0.08;
/** Below this training score (with a narrow gap) the model underfits: high bias. */
export const LOW = 0.85;

/** The diagnosis from the last learning-curve point (the full training folds): gap first, then level. */
export function diagnose(train: number, cv: number): Diagnosis {
  if (!Number.isFinite(train) || !Number.isFinite(cv)) return { kind: 'unknown', text: 'No diagnosis: the curves have no score at the full training size.' };
  const gap = train - cv;
  const pct = (v: number) => `${(100 * v).toFixed(1)} %`;
  if (gap > GAP) {
    return { kind: 'variance', text: `High variance: training ${pct(train)} vs CV ${pct(cv)}, a gap of ${pct(gap)}. More data, or a simpler or more regularised model, would help.` };
  }
  if (train < LOW) {
    return { kind: 'bias', text: `High bias: training ${pct(train)} and CV ${pct(cv)} are both low and close. A more flexible model (or better features) would help; more data would not.` };
  }
  return { kind: 'good', text: `A good fit: training ${pct(train)} and CV ${pct(cv)} are high and close (gap ${pct(gap)}).` };
}
