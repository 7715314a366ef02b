/**
 * The memory task: recall the first symbol after `delay` steps. A sequence is
 *   s, n, n, …, n, ?      (delay + 1 steps)
 * where s is one of K signal symbols, the n are random noise symbols (another K) and ? is the query
 * marker. Only the last step is scored, and its answer is s, seen `delay` steps earlier. Chance is 1/K.
 */
import type { Rng } from '../../random';
import type { SeqBatch } from './batch';

export interface MemoryTaskSpec {
  /** Steps between the signal and the question (≥ 1). */
  delay: number;
  /** Signal symbols (and as many noise symbols). */
  symbols: number;
}

/** Input ids: 0..K−1 signal, K..2K−1 noise, 2K query. Output classes: the K signals. */
export const memoryInputSize = (s: MemoryTaskSpec) => 2 * s.symbols + 1;

export function memoryBatch(spec: MemoryTaskSpec, batch: number, rng: Rng): SeqBatch {
  const { delay, symbols: K } = spec;
  if (!(Number.isInteger(delay) && delay >= 1)) throw new Error('the delay must be a whole number ≥ 1');
  if (!(Number.isInteger(K) && K >= 2)) throw new Error('the memory task needs at least 2 symbols');
  const T = delay + 1;
  const ids = new Int32Array(batch * T), targets = new Int32Array(batch * T), mask = new Float32Array(batch * T);
  for (let b = 0; b < batch; b++) {
    const s = rng.int(K);
    ids[b * T] = s;
    for (let t = 1; t < T - 1; t++) ids[b * T + t] = K + rng.int(K);
    ids[b * T + T - 1] = 2 * K;
    targets[b * T + T - 1] = s;
    mask[b * T + T - 1] = 1;
  }
  return { batch, steps: T, ids, values: null, targets, mask };
}
