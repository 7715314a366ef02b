/**
 * Sorting each feature once per fit (or once per forest) instead of once per node.
 *
 * scikit-learn sorts a node's samples along every candidate feature at every node (O(n log n) per node and
 * feature). We sort each feature once and keep every node's samples in sorted order by a stable partition at
 * each split (O(n) per node and feature). The candidate splits are the same; only the order of samples with
 * equal values differs, which no split depends on.
 */

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** An unsigned 32-bit key with the same order as the float32 value (IEEE bits, sign-flipped). */
function sortableKey(v: number): number {
  f32[0] = v;
  const bits = u32[0];
  return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/**
 * For each feature f, the sample indices sorted by value, ties by index: `order[f * n + r]`.
 * A least-significant-digit radix sort of the 32-bit keys: linear, and stable, so equal values stay in index
 * order. Digits of 8 bits (4 passes) below 50,000 samples, where clearing 2¹¹ buckets per pass would cost more than
 * the samples, else 11 bits (3 passes); a pass whose digit is the same for every key (the low mantissa bits of
 * small integers, say) moves nothing and is skipped.
 */
export function presort(cols: Float32Array, n: number, d: number): Int32Array {
  const order = new Int32Array(n * d);
  const keys = new Uint32Array(n), keysTmp = new Uint32Array(n);
  const idx = new Int32Array(n), idxTmp = new Int32Array(n);
  const bits = n < 50000 ? 8 : 11, buckets = 1 << bits, mask = buckets - 1;
  const count = new Int32Array(buckets);
  for (let f = 0; f < d; f++) {
    let k = keys, kt = keysTmp, ix = idx, it = idxTmp;
    for (let i = 0; i < n; i++) { k[i] = sortableKey(cols[f * n + i]); ix[i] = i; }
    for (let shift = 0; shift < 32; shift += bits) {
      count.fill(0);
      for (let i = 0; i < n; i++) count[(k[i] >>> shift) & mask]++;
      if (count[(k[0] >>> shift) & mask] === n) continue; // one digit for all: this pass would not move anything
      for (let b = 0, sum = 0; b < buckets; b++) { const c = count[b]; count[b] = sum; sum += c; }
      for (let i = 0; i < n; i++) {
        const dst = count[(k[i] >>> shift) & mask]++;
        kt[dst] = k[i];
        it[dst] = ix[i];
      }
      [k, kt] = [kt, k];
      [ix, it] = [it, ix];
    }
    order.set(ix, f * n);
  }
  return order;
}

/** The presorted orders restricted to the samples with a positive weight (bootstrap draws leave the others at 0). */
export function keepWeighted(order: Int32Array, n: number, d: number, weight: Float64Array | null, inPlace = false): { order: Int32Array; nActive: number } {
  let nActive = n;
  if (weight) {
    nActive = 0;
    for (let i = 0; i < n; i++) if (weight[i] !== 0) nActive++;
  }
  if (!weight || nActive === n) return { order: inPlace ? order : order.slice(), nActive };
  const out = new Int32Array(nActive * d);
  for (let f = 0; f < d; f++) {
    let r = f * nActive;
    for (let k = f * n, end = k + n; k < end; k++) if (weight[order[k]] !== 0) out[r++] = order[k];
  }
  return { order: out, nActive };
}
