/**
 * Sorting each feature once per fit (or once per forest) instead of once per node.
 *
 * scikit-learn sorts a node's samples along every candidate feature at every node (O(n log n) per node and
 * feature). We sort each feature once and keep every node's samples in sorted order by a stable partition at
 * each split (O(n) per node and feature). The candidate splits are the same; only the order of samples with
 * equal values differs, which no split depends on.
 */

const INDEX_BITS = 2 ** 21;
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** An unsigned 32-bit key with the same order as the float32 value (IEEE bits, sign-flipped). */
function sortableKey(v: number): number {
  f32[0] = v;
  const bits = u32[0];
  return bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0;
}

/** For each feature f, the sample indices sorted by value, ties by index: `order[f * n + r]`. */
export function presort(cols: Float32Array, n: number, d: number): Int32Array {
  const order = new Int32Array(n * d);
  if (n <= INDEX_BITS) {
    // key·2²¹ + index is exact in a double (32 + 21 bits), so the typed array's native numeric sort does it all
    const keys = new Float64Array(n);
    for (let f = 0; f < d; f++) {
      const o = f * n;
      for (let i = 0; i < n; i++) keys[i] = sortableKey(cols[o + i]) * INDEX_BITS + i;
      keys.sort();
      for (let r = 0; r < n; r++) order[o + r] = keys[r] % INDEX_BITS;
    }
    return order;
  }
  for (let f = 0; f < d; f++) {
    const o = f * n;
    const idx = Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => cols[o + a] - cols[o + b] || a - b);
    order.set(idx, o);
  }
  return order;
}

/** The presorted orders restricted to the samples with a positive weight (bootstrap draws leave the others at 0). */
export function keepWeighted(order: Int32Array, n: number, d: number, weight: Float64Array | null): { order: Int32Array; nActive: number } {
  if (!weight) return { order: order.slice(), nActive: n };
  let nActive = 0;
  for (let i = 0; i < n; i++) if (weight[i] !== 0) nActive++;
  const out = new Int32Array(nActive * d);
  for (let f = 0; f < d; f++) {
    let r = f * nActive;
    for (let k = f * n, end = k + n; k < end; k++) if (weight[order[k]] !== 0) out[r++] = order[k];
  }
  return { order: out, nActive };
}
