/**
 * Recurrent cells written with plain TF.js ops (matMul, sigmoid, tanh, mul, add), so the page can see
 * inside them: every step's hidden state, the LSTM's gates, and (through additive probes) the gradient
 * of the loss with respect to each step's hidden state. tf.layers.lstm hides the gates and gives no per-step view.
 *
 * Speed on the wasm backend (measured in docs/PERFORMANCE.md, section rnn): its matMul is several times slower
 * with a transposed operand, which is what autodiff's matMul gradient uses (dA = dY·Bᵀ, dB = Aᵀ·dY), so `mm`
 * computes those with explicit transposes; and slicing a fused gate matrix (split along the units) copies the
 * whole input per slice, so every gate has its own weights: Wx[k] [in, u], Wh[k] [u, u], b[k] [u] for
 * k < G, G = 1 (simple RNN), 4 (LSTM: i, f, g, o) or 3 (GRU: z, r, n).
 */
import { tidy, variable, tensor2d, tensor1d, matMul, transpose, customGrad, add, mul, sub, sigmoid, tanh, type Tensor, type Tensor2D, type Variable } from '@tensorflow/tfjs';
import { Rng } from '../../random';

import { GATES, type CellKind } from './size';

export { GATES, cellParams, type CellKind } from './size';

export interface CellWeights {
  Wx: Variable[];
  Wh: Variable[];
  b: Variable[];
}

/** a·b whose gradient uses explicit transposes (fast on wasm) instead of matMul's transposed-operand flags. */
export const mm = customGrad((...args: unknown[]) => {
  const a = args[0] as Tensor2D, b = args[1] as Tensor2D, save = args[2] as (t: Tensor[]) => void;
  save([a, b]);
  return {
    value: matMul(a, b),
    gradFunc: (dy: Tensor | Tensor[], saved: Tensor[]) => [matMul(dy as Tensor2D, transpose(saved[1] as Tensor2D)), matMul(transpose(saved[0] as Tensor2D), dy as Tensor2D)],
  };
}) as (a: Tensor2D, b: Tensor2D) => Tensor2D;

/**
 * The LSTM's forget-gate bias at the start: remember by default. Jozefowicz et al. (2015) use 1, but σ(1) = 0.73
 * keeps only 0.73^30 ≈ 10⁻⁴ of the cell's content over 30 steps, so an untrained LSTM forgets as fast as a simple
 * RNN and the memory task sat at chance for hundreds of updates. σ(3) = 0.95 keeps 0.95^30 ≈ 0.2: it learned
 * recall after 30 steps in about 35 updates (tests/unit/rnn-memory.test.ts), the gates the claim is about.
 */
export const LSTM_FORGET_BIAS = 3;

/**
 * The GRU's update-gate bias at the start, for the same reason: h = (1 − z)⊙n + z⊙h keeps the old state in
 * proportion to z, and σ(0) = 0.5 (Keras starts every GRU bias at 0; PyTorch draws them from ±1/√units) keeps
 * 0.5^45 of it over 45 steps. On the memory task at T = 45 (16 units, 60 Adam updates, as the memory test), a
 * bias of 0 or 1 recalled at chance (26–32 %, seeds 3 and 4) and 3 recalled 90 % and 100 % (2026-12-03).
 * This is Tallec and Ollivier's (2018) "chrono" argument: a gate bias sets how long a cell remembers at first.
 */
export const GRU_UPDATE_BIAS = 3;

/** The bias a gate starts with: the LSTM's forget gate (k = 1) and the GRU's update gate (k = 0) lean to remembering. */
function startBias(kind: CellKind, k: number): number {
  if (kind === 'lstm' && k === 1) return LSTM_FORGET_BIAS;
  if (kind === 'gru' && k === 0) return GRU_UPDATE_BIAS;
  return 0;
}

/** Uniform in ±√(6 / (fanIn + fanOut)) (Glorot), from the seeded generator. Call inside tidy (variable() copies it). */
function glorot(rows: number, cols: number, rng: Rng): Tensor2D {
  const a = Math.sqrt(6 / (rows + cols)), v = new Float32Array(rows * cols);
  for (let i = 0; i < v.length; i++) v[i] = rng.uniform(-a, a);
  return tensor2d(v, [rows, cols]);
}

export function initCell(kind: CellKind, inputSize: number, units: number, rng: Rng): CellWeights {
  const G = Array.from({ length: GATES[kind] }, (_, k) => k);
  return {
    Wx: G.map(() => tidy(() => variable(glorot(inputSize, units, rng)))),
    Wh: G.map(() => tidy(() => variable(glorot(units, units, rng)))),
    b: G.map((k) => tidy(() => variable(tensor1d(new Float32Array(units).fill(startBias(kind, k)))))),
  };
}

/** What one step exposes: the new state (h, and c for the LSTM) and, for the LSTM, its gates. */
export interface StepOut {
  h: Tensor2D;
  c: Tensor2D | null;
  gates: { i: Tensor2D; f: Tensor2D; o: Tensor2D } | null;
}

/**
 * One step from the input x_t [B, in] and the previous state.
 *   RNN:  h = tanh(x·Wx + h·Wh + b)
 *   LSTM: i, f, o = σ(x·Wx_k + h·Wh_k + b_k), g = tanh(…);  c = f⊙c + i⊙g;  h = o⊙tanh(c)
 *   GRU:  z, r = σ(x·Wx_k + h·Wh_k + b_k);  n = tanh(x·Wx_n + (r⊙h)·Wh_n + b_n);  h = (1 − z)⊙n + z⊙h
 */
export function cellStep(kind: CellKind, w: CellWeights, x: Tensor2D, h: Tensor2D, c: Tensor2D | null, keepGates = false): StepOut {
  const pre = (k: number, hk: Tensor2D = h) => add(add(mm(x, w.Wx[k] as unknown as Tensor2D), mm(hk, w.Wh[k] as unknown as Tensor2D)), w.b[k]) as Tensor2D;
  if (kind === 'rnn') return { h: tanh(pre(0)), c: null, gates: null };
  if (kind === 'lstm') {
    const i = sigmoid(pre(0)), f = sigmoid(pre(1)), g = tanh(pre(2)), o = sigmoid(pre(3));
    const c2 = add(mul(f, c!), mul(i, g)) as Tensor2D;
    return { h: mul(o, tanh(c2)), c: c2, gates: keepGates ? { i, f, o } : null };
  }
  const z = sigmoid(pre(0)), r = sigmoid(pre(1));
  const n = tanh(pre(2, mul(r, h)));
  return { h: add(n, mul(z, sub(h, n))), c: null, gates: null };
}

export function disposeCell(w: CellWeights): void {
  [...w.Wx, ...w.Wh, ...w.b].forEach((v) => v.dispose());
}
