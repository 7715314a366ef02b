/**
 * One training batch of a sequence task, whatever the task: B sequences of T steps, inputs either token
 * ids (one-hot inside the model) or real-valued features, and per-step targets with weights (a mask: the
 * memory task scores only its last step, the weather series skips steps without a next day).
 */
export interface SeqBatch {
  batch: number;
  steps: number;
  /** Token ids [B·T] (row = sequence), for a one-hot input of width `inputSize`; or null. */
  ids: Int32Array | null;
  /** Real inputs [B·T·inputSize]; or null. */
  values: Float32Array | null;
  /** Class ids [B·T] (classification) or values [B·T] (regression). */
  targets: Int32Array | Float32Array;
  /** Weight of each step's loss [B·T] (0 = not scored). */
  mask: Float32Array;
}

/** The steps [from, to) of every sequence of a batch: one truncated-BPTT chunk. */
export function sliceSteps(b: SeqBatch, from: number, to: number, inputSize: number): SeqBatch {
  const T = b.steps, L = to - from, B = b.batch;
  const pick = <A extends Int32Array | Float32Array>(a: A, width: number): A => {
    const out = new (a.constructor as { new (n: number): A })(B * L * width);
    for (let i = 0; i < B; i++) out.set(a.subarray((i * T + from) * width, (i * T + to) * width), i * L * width);
    return out;
  };
  return {
    batch: B, steps: L,
    ids: b.ids ? pick(b.ids, 1) : null,
    values: b.values ? pick(b.values, inputSize) : null,
    targets: pick(b.targets, 1),
    mask: pick(b.mask, 1),
  };
}

/** Chunk boundaries of a sequence of T steps for truncated BPTT over k steps: [0, k), [k, 2k), … */
export function chunks(T: number, k: number): [number, number][] {
  const size = Math.max(1, Math.min(T, Math.floor(k)));
  const out: [number, number][] = [];
  for (let s = 0; s < T; s += size) out.push([s, Math.min(T, s + size)]);
  return out;
}
