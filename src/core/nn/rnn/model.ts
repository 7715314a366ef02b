/**
 * A stack of recurrent layers (cells.ts) with a dense output on every step: logits over classes (characters,
 * memory symbols) or one value (tomorrow's temperature). Training runs over truncated-BPTT chunks: the state
 * flows forward from chunk to chunk but the gradient stops at the chunk's start. Every TF.js op runs in a
 * tidy scope; what outlives one (the carried state, the loss to read later) is kept and disposed by the caller.
 */
import {
  tidy, keep, variable, tensor1d, tensor2d, zeros, oneHot, add, mul, sub, div, reshape, stack, logSoftmax,
  sum, mean, square, sqrt, minimum, scalar, argMax, equal, cast, norm, grads, variableGrads, customGrad, zerosLike,
  type Tensor, type Tensor2D, type Scalar, type Variable, type Optimizer, type NamedTensorMap,
} from '@tensorflow/tfjs';
import { Rng } from '../../random';
import { initCell, cellStep, disposeCell, mm, type CellKind, type CellWeights } from './cells';
import type { SeqBatch } from './batch';

export interface RnnSpec {
  cell: CellKind;
  /** One-hot width (token inputs) or number of features (real inputs). */
  inputSize: number;
  units: number;
  layers: number;
  /** Classes (logits) or 1 (regression). */
  outputSize: number;
  output: 'classes' | 'regression';
  seed: number;
}

/** Per layer: h, and c for the LSTM. */
export interface RnnState {
  h: Tensor2D[];
  c: (Tensor2D | null)[];
}

export interface ForwardOptions {
  /** Added to layer 0's h_t (zeros): the gradient with respect to probe t is ∂L/∂h_t. */
  probes?: Tensor[];
  /** Stop the gradient every this many steps (truncated BPTT inside one forward); 0 = never. */
  detachEvery?: number;
  /** Keep every layer's h_t and the LSTM gates (for inspection). */
  record?: boolean;
}

export interface Recorded {
  hidden: Tensor2D[][];
  gates: { i: Tensor2D; f: Tensor2D; o: Tensor2D }[][];
}

/** Identity forward, zero gradient: the state enters a chunk as a constant. */
const detach = customGrad((...args: unknown[]) => {
  const x = args[0] as Tensor;
  return { value: x.clone(), gradFunc: (dy: Tensor | Tensor[]) => zerosLike(dy as Tensor) };
}) as (x: Tensor) => Tensor;

export function validateSpec(s: RnnSpec): void {
  const whole = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!['rnn', 'lstm', 'gru'].includes(s.cell)) throw new Error(`unknown cell ${String(s.cell)}`);
  if (!whole(s.inputSize, 1, 4096) || !whole(s.units, 1, 1024) || !whole(s.layers, 1, 4) || !whole(s.outputSize, 1, 4096)) {
    throw new Error('the network sizes must be whole numbers (1–4 layers, 1–1,024 units)');
  }
}

export { countRnnParams } from './size';

export class RnnModel {
  readonly cells: CellWeights[];
  readonly Wo: Variable;
  readonly bo: Variable;

  constructor(readonly spec: RnnSpec) {
    validateSpec(spec);
    const rng = new Rng(spec.seed);
    this.cells = Array.from({ length: spec.layers }, (_, l) => initCell(spec.cell, l === 0 ? spec.inputSize : spec.units, spec.units, rng));
    const a = Math.sqrt(6 / (spec.units + spec.outputSize));
    this.Wo = tidy(() => variable(tensor2d(Float32Array.from({ length: spec.units * spec.outputSize }, () => rng.uniform(-a, a)), [spec.units, spec.outputSize])));
    this.bo = tidy(() => variable(zeros([spec.outputSize])));
  }

  get variables(): Variable[] {
    return [...this.cells.flatMap((c) => [...c.Wx, ...c.Wh, ...c.b]), this.Wo, this.bo];
  }

  zeroState(batch: number): RnnState {
    const u = this.spec.units, lstm = this.spec.cell === 'lstm';
    return { h: this.cells.map(() => zeros([batch, u]) as Tensor2D), c: this.cells.map(() => (lstm ? (zeros([batch, u]) as Tensor2D) : null)) };
  }

  /** The inputs of step t of every sequence, [B, inputSize], built from the batch's arrays (no slicing on the device). */
  private inputAt(b: SeqBatch, t: number): Tensor2D {
    const B = b.batch, T = b.steps, F = this.spec.inputSize;
    if (b.ids) {
      const ids = new Int32Array(B);
      for (let i = 0; i < B; i++) ids[i] = b.ids[i * T + t];
      return cast(oneHot(tensor1d(ids, 'int32'), F), 'float32') as Tensor2D;
    }
    const v = new Float32Array(B * F);
    for (let i = 0; i < B; i++) v.set(b.values!.subarray((i * T + t) * F, (i * T + t + 1) * F), i * F);
    return tensor2d(v, [B, F]);
  }

  /** Outputs [B·T, outputSize] (row = sequence · T + step) and the final state; call inside tidy. */
  forward(b: SeqBatch, state: RnnState, o: ForwardOptions = {}): { out: Tensor2D; state: RnnState; recorded: Recorded | null } {
    const B = b.batch, T = b.steps, u = this.spec.units;
    let xs = Array.from({ length: T }, (_, t) => this.inputAt(b, t));
    const next: RnnState = { h: [], c: [] };
    const recorded: Recorded | null = o.record ? { hidden: [], gates: [] } : null;
    this.cells.forEach((w, l) => {
      let h = state.h[l], c = state.c[l];
      const hs: Tensor2D[] = [], gs: Recorded['gates'][number] = [];
      for (let t = 0; t < T; t++) {
        if (o.detachEvery && t > 0 && t % o.detachEvery === 0) {
          h = detach(h) as Tensor2D;
          if (c) c = detach(c) as Tensor2D;
        }
        const s = cellStep(this.spec.cell, w, xs[t], h, c, o.record);
        h = l === 0 && o.probes ? (add(s.h, o.probes[t]) as Tensor2D) : s.h;
        c = s.c;
        hs.push(h);
        if (s.gates) gs.push(s.gates);
      }
      next.h.push(h);
      next.c.push(c);
      recorded?.hidden.push(hs);
      recorded?.gates.push(gs);
      xs = hs;
    });
    const top = reshape(stack(xs, 1), [B * T, u]) as Tensor2D;
    return { out: add(mm(top, this.Wo as unknown as Tensor2D), this.bo) as Tensor2D, state: next, recorded };
  }

  /** Mean loss over the scored steps: cross-entropy (nats) or squared error. */
  loss(out: Tensor2D, b: SeqBatch): Scalar {
    const n = b.mask.reduce((s, m) => s + m, 0);
    const w = tensor1d(b.mask);
    const per = this.spec.output === 'classes'
      ? mul(-1, sum(mul(oneHot(tensor1d(b.targets as Int32Array, 'int32'), this.spec.outputSize), logSoftmax(out)), 1))
      : square(sub(reshape(out, [-1]), tensor1d(b.targets as Float32Array)));
    return div(sum(mul(per, w)), Math.max(n, 1e-9)) as Scalar;
  }

  /** Share of scored steps whose most likely class is right (classes only). */
  accuracy(out: Tensor2D, b: SeqBatch): Scalar {
    const n = b.mask.reduce((s, m) => s + m, 0);
    const hit = cast(equal(argMax(out, 1), tensor1d(b.targets as Int32Array, 'int32')), 'float32');
    return div(sum(mul(hit, tensor1d(b.mask))), Math.max(n, 1e-9)) as Scalar;
  }

  /**
   * One optimiser update on a chunk, from `state` (a constant). Gradients are clipped to global norm `clip`
   * (0 = off). Returns the loss and the gradient's global norm before clipping (scalars to read later) and the
   * chunk's final state: all kept, the caller disposes them. A chunk with nothing scored only moves the state.
   */
  trainChunk(opt: Optimizer, b: SeqBatch, state: RnnState, clip: number): { loss: Scalar | null; gradNorm: Scalar | null; state: RnnState } {
    let next: RnnState | null = null;
    const keepState = (s: RnnState): RnnState => ({ h: s.h.map((t) => keep(t)), c: s.c.map((t) => (t ? keep(t) : null)) });
    if (!b.mask.some((m) => m > 0)) {
      tidy(() => { next = keepState(this.forward(b, state).state); });
      return { loss: null, gradNorm: null, state: next! };
    }
    const r = tidy(() => {
      const { value, grads: g } = variableGrads(() => {
        const f = this.forward(b, state);
        next = keepState(f.state);
        return this.loss(f.out, b);
      }, this.variables);
      const gn = sqrt(Object.values(g).reduce((s: Tensor, t) => add(s, sum(square(t))), scalar(0))) as Scalar;
      let applied: NamedTensorMap = g;
      if (clip > 0) {
        const k = minimum(1, div(clip, add(gn, 1e-6)));
        applied = Object.fromEntries(Object.entries(g).map(([name, t]) => [name, mul(t, k)]));
      }
      opt.applyGradients(applied);
      return { loss: value, gradNorm: gn };
    });
    return { ...r, state: next! };
  }

  /**
   * ‖∂L/∂h_t‖ of layer 0 at every step t of a batch (mean over the sequences, × batch size so it is per
   * sequence), with the gradient cut every `tbptt` steps as training cuts it.
   */
  gradientProfile(b: SeqBatch, tbptt: number): Float32Array {
    const t = tidy(() => {
      const probes = Array.from({ length: b.steps }, () => zeros([b.batch, this.spec.units]));
      const state = this.zeroState(b.batch);
      const g = grads((...ps: Tensor[]) => this.loss(this.forward(b, state, { probes: ps, detachEvery: tbptt < b.steps ? tbptt : 0 }).out, b))(probes);
      return mul(stack(g.map((x) => mean(norm(x, 'euclidean', 1)))), b.batch);
    });
    const v = Float32Array.from(t.dataSync());
    t.dispose();
    return v;
  }

  dispose(): void {
    this.cells.forEach(disposeCell);
    this.Wo.dispose();
    this.bo.dispose();
  }
}

export function disposeState(s: RnnState | null): void {
  s?.h.forEach((t) => t.dispose());
  s?.c.forEach((t) => t?.dispose());
}
