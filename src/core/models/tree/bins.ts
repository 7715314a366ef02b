/**
 * Features with few distinct values (pixel intensities, counts, measurements to one decimal) as small integers:
 * each sample's value replaced by its rank among the feature's distinct float32 values. The histogram splitter
 * (hist-splitter.ts) counts classes per rank instead of keeping every feature's samples sorted.
 *
 * The ranks stand for the exact values (no rounding into ranges, unlike histogram gradient boosting), so the
 * candidate thresholds and the trees are the same as with the sorted orders of presort.ts.
 */

/** At most this many distinct values per feature (ranks fit a byte; a node's scan walks at most this many bins). */
export const MAX_BINS = 64;

export interface FeatureBins {
  /** `bins[f * n + i]`: the rank of sample i's value among feature f's distinct values. */
  bins: Uint8Array;
  /** `values[f * MAX_BINS + b]`: feature f's distinct values, ascending. */
  values: Float32Array;
}

const SLOTS = 4 * MAX_BINS; // open addressing at most 1/4 full

/**
 * The ranks of every feature's values, or null as soon as a feature has more than MAX_BINS distinct values
 * (continuous features: the sorted orders suit them better, and the test stops early on them).
 */
export function binFeatures(cols: Float32Array, n: number, d: number): FeatureBins | null {
  const bits = new Uint32Array(cols.buffer, cols.byteOffset, cols.length); // −0 was stored as +0: one key per value
  const bins = new Uint8Array(n * d), values = new Float32Array(d * MAX_BINS);
  const table = new Float64Array(SLOTS), id = new Uint8Array(SLOTS), seen = new Float64Array(MAX_BINS), rank = new Uint8Array(MAX_BINS);
  for (let f = 0; f < d; f++) {
    const o = f * n;
    let count = 0;
    table.fill(NaN); // NaN: an empty slot (X holds no NaN)
    for (let i = 0; i < n; i++) {
      const v = cols[o + i];
      let h = Math.imul(bits[o + i], 0x9e3779b1) >>> 24; // Fibonacci hashing: the top 8 bits, one of SLOTS = 256
      while (table[h] !== v && table[h] === table[h]) h = (h + 1) & (SLOTS - 1);
      if (table[h] !== v) {
        if (count === MAX_BINS) return null;
        table[h] = seen[count] = v;
        id[h] = count++;
      }
      bins[o + i] = id[h]; // the value's id in order of appearance, replaced by its rank below
    }
    for (let j = 0; j < count; j++) {
      let r = 0;
      for (let k = 0; k < count; k++) if (seen[k] < seen[j]) r++;
      rank[j] = r;
      values[f * MAX_BINS + r] = seen[j];
    }
    for (let i = 0; i < n; i++) bins[o + i] = rank[bins[o + i]];
  }
  return { bins, values };
}
