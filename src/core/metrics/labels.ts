/** Class labels: numbers (the usual case) or strings, never mixed, as scikit-learn's unique_labels. */
export type Label = number | string;

/** Sorted unique labels of one or more label arrays (numbers ascending, strings by code unit). */
export function uniqueLabels(...arrays: ArrayLike<Label>[]): Label[] {
  const set = new Set<Label>();
  for (const a of arrays) for (let i = 0; i < a.length; i++) set.add(a[i]);
  const out = [...set];
  const kinds = new Set(out.map((v) => typeof v));
  if (kinds.size > 1) throw new TypeError('Mix of label input types (string and number)');
  for (const v of out) {
    if (typeof v === 'number' && Number.isNaN(v)) throw new RangeError('labels contain NaN');
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Map each label to its column in `labels`; unknown labels map to -1. */
export function labelIndex(labels: readonly Label[]): Map<Label, number> {
  const m = new Map<Label, number>();
  labels.forEach((l, i) => {
    if (m.has(l)) throw new RangeError(`labels contain ${String(l)} twice`);
    m.set(l, i);
  });
  return m;
}

/** A matrix given as rows (`number[][]`) rather than one score per sample. */
export function isMatrix(a: ArrayLike<unknown>): a is ArrayLike<ArrayLike<number>> {
  return a.length > 0 && typeof a[0] === 'object' && a[0] !== null;
}
