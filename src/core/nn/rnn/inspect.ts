/**
 * Looking inside a trained recurrent network, forward only: every layer's hidden state and the LSTM's
 * gates over one input; text sampled one character at a time at a temperature; a daily forecast over the
 * held-out part of a series (restarting from a zero state after every gap).
 */
import { tidy, stack, type Tensor2D } from '@tensorflow/tfjs';
import { Rng } from '../../random';
import type { SeqBatch } from './batch';
import { disposeState, type RnnModel, type RnnState } from './model';
import { runs, type DailySeries, type Standardiser } from './series';

export interface Inside {
  steps: number;
  units: number;
  /** Per layer: hidden state, steps × units (row = step). */
  hidden: Float32Array[];
  /** LSTM only, per layer: input, forget and output gates, steps × units; null for the other cells. */
  gates: { i: Float32Array; f: Float32Array; o: Float32Array }[] | null;
}

/** Hidden states (and gates) of one sequence: batch 1, from a zero state. */
export function inspectSequence(model: RnnModel, input: SeqBatch): Inside {
  const seq: SeqBatch = { ...input, batch: 1 };
  const read = (ts: Tensor2D[]) => {
    const t = stack(ts, 0);
    const v = Float32Array.from(t.dataSync());
    t.dispose();
    return v;
  };
  let hidden: Float32Array[] = [], gates: Inside['gates'] = null;
  tidy(() => {
    const { recorded } = model.forward(seq, model.zeroState(1), { record: true });
    hidden = recorded!.hidden.map(read);
    if (model.spec.cell === 'lstm') gates = recorded!.gates.map((g) => ({ i: read(g.map((x) => x.i)), f: read(g.map((x) => x.f)), o: read(g.map((x) => x.o)) }));
  });
  return { steps: seq.steps, units: model.spec.units, hidden, gates };
}

/** Draws from softmax(logits / temperature) with the seeded generator; temperature → 0 is the most likely id. */
export function sampleId(logits: ArrayLike<number>, temperature: number, rng: Rng): number {
  let best = 0;
  for (let k = 1; k < logits.length; k++) if (logits[k] > logits[best]) best = k;
  if (!(temperature > 0.01)) return best;
  const p = Array.from(logits, (l) => Math.exp((l - logits[best]) / temperature));
  let u = rng.random() * p.reduce((a, b) => a + b, 0);
  for (let k = 0; k < p.length; k++) if ((u -= p[k]) <= 0) return k;
  return p.length - 1;
}

/** `length` tokens sampled after the prime (token ids), one step at a time. */
export function sampleTokens(model: RnnModel, prime: Int32Array, length: number, temperature: number, seed: number): Int32Array {
  const rng = new Rng(seed), out = new Int32Array(length), L = model.spec.layers, lstm = model.spec.cell === 'lstm';
  const one = (ids: Int32Array): SeqBatch => ({ batch: 1, steps: ids.length, ids, values: null, targets: new Int32Array(ids.length), mask: new Float32Array(ids.length) });
  let state: RnnState = model.zeroState(1);
  let next = prime.length ? prime : Int32Array.of(0);
  for (let k = 0; k < length; k++) {
    const ts = tidy(() => {
      const f = model.forward(one(next), state);
      return [f.out.slice([next.length - 1, 0], [1, -1]), ...f.state.h, ...(lstm ? (f.state.c as Tensor2D[]) : [])] as Tensor2D[];
    });
    disposeState(state);
    state = { h: ts.slice(1, 1 + L), c: lstm ? ts.slice(1 + L) : ts.slice(1, 1 + L).map(() => null) };
    out[k] = sampleId(ts[0].dataSync(), temperature, rng);
    ts[0].dispose();
    next = Int32Array.of(out[k]);
  }
  disposeState(state);
  return out;
}

/** Tomorrow's value (in the series' units) predicted on every day of [testFrom, end); NaN where a gap allows none. */
export function forecast(model: RnnModel, s: { data: DailySeries; scale: Standardiser; testFrom: number }): Float32Array {
  const v = s.data.values, { mean, std } = s.scale, out = new Float32Array(v.length - s.testFrom).fill(NaN);
  for (const [a, b] of runs(v.subarray(s.testFrom))) {
    const T = b - a, x = new Float32Array(T);
    for (let t = 0; t < T; t++) x[t] = (v[s.testFrom + a + t] - mean) / std;
    const y = tidy(() => model.forward({ batch: 1, steps: T, ids: null, values: x, targets: x, mask: x }, model.zeroState(1)).out);
    const p = y.dataSync();
    for (let t = 0; t < T; t++) out[a + t] = p[t] * std + mean;
    y.dispose();
  }
  return out;
}

