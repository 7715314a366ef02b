/**
 * One training run of the recurrent network: random batches, each cut into truncated-BPTT chunks (the
 * state flows on, the gradient stops), until the time limit or the step cap; a validation pass, the
 * gradient's size at every step and (weather) the held-out forecast now and then. DOM-free: the worker
 * drives it in the browser, the unit tests in Node on the cpu backend.
 */
import { memory, tidy, type Scalar } from '@tensorflow/tfjs';
import { Rng } from '../../random';
import { makeOptimizer, type OptimizerName } from '../train';
import { yieldToEventLoop } from '../session';
import { chunks, sliceSteps } from './batch';
import { RnnModel, disposeState, type RnnSpec } from './model';
import { forecast } from './inspect';
import type { TaskData } from './tasks';

export interface RnnTrainConfig {
  batchSize: number;
  /** Truncated BPTT: the gradient flows back at most this many steps. */
  tbptt: number;
  optimizer: OptimizerName;
  learningRate: number;
  /** Clip the gradient to this global norm (0 = off). */
  clip: number;
  seed: number;
  timeLimitSeconds: number;
  /** Stop after this many updates (0 = no cap). */
  maxSteps?: number;
}
export interface RnnProgress {
  step: number;
  elapsedMs: number;
  /** Mean training loss of the updates since the last report. */
  loss: number;
  /** Input steps (characters, days, symbols) trained on per second. */
  tokensPerSecond: number;
  tensors: number;
}
export interface RnnLog {
  step: number;
  elapsedMs: number;
  trainLoss: number;
  valLoss: number;
  /** Memory task: share of right answers on the validation batch; else null. */
  valAccuracy: number | null;
  gradNorm: number;
  /** Memory task: ‖∂L/∂h_t‖ of the first layer at every step t of one batch; else empty. */
  profile: Float32Array;
  /** Weather: tomorrow's forecast (°C) for every day of the held-out part; else null. */
  forecast: Float32Array | null;
}
export interface RnnHooks {
  onProgress?(p: RnnProgress): void;
  onLog?(l: RnnLog): void;
  gate?(): Promise<void> | void;
  isCancelled?(): boolean;
  reportEveryMs?: number;
  logEveryMs?: number;
  now?(): number;
}
export interface RnnRunResult {
  steps: number;
  elapsedMs: number;
  timeUp: boolean;
  cancelled: boolean;
  history: RnnLog[];
}

export class RnnSession {
  readonly model: RnnModel;

  constructor(readonly task: TaskData, readonly spec: RnnSpec, readonly config: RnnTrainConfig) {
    const c = config;
    if (!(Number.isInteger(c.batchSize) && c.batchSize >= 1)) throw new Error('the batch size must be a whole number ≥ 1');
    if (!(Number.isInteger(c.tbptt) && c.tbptt >= 1)) throw new Error('the truncated-BPTT length must be a whole number ≥ 1');
    if (!(c.clip >= 0)) throw new Error('gradient clipping must be ≥ 0');
    this.model = new RnnModel(spec);
  }

  /** Loss (and accuracy) on the task's validation batch, from a zero state. */
  validate(): { loss: number; accuracy: number | null } {
    const v = this.task.validation;
    const t = tidy(() => {
      const { out } = this.model.forward(v, this.model.zeroState(v.batch));
      return [this.model.loss(out, v), this.task.name === 'memory' ? this.model.accuracy(out, v) : this.model.loss(out, v)] as Scalar[];
    });
    const [loss, acc] = t.map((s) => s.dataSync()[0]);
    t.forEach((s) => s.dispose());
    return { loss, accuracy: this.task.name === 'memory' ? acc : null };
  }

  async run(hooks: RnnHooks = {}): Promise<RnnRunResult> {
    const c = this.config, now = hooks.now ?? (() => performance.now());
    const reportEvery = hooks.reportEveryMs ?? 250, logEvery = hooks.logEveryMs ?? 2000;
    const limitMs = c.timeLimitSeconds > 0 ? c.timeLimitSeconds * 1000 : Infinity;
    const opt = makeOptimizer(c.optimizer, c.learningRate);
    const rng = new Rng(c.seed), profileRng = new Rng(c.seed + 7919);
    const history: RnnLog[] = [];
    const t0 = now();
    let step = 0, tokens = 0, lastReport = t0, lastLog = t0, lastYield = t0, cancelled = false, timeUp = false;
    let pending: Scalar[] = [], norms: Scalar[] = [], sumLoss = 0, nLoss = 0, lastNorm = NaN;
    const readPending = () => {
      let s = 0;
      for (const p of pending) { s += p.dataSync()[0]; p.dispose(); }
      for (const g of norms) { lastNorm = g.dataSync()[0]; g.dispose(); }
      const n = pending.length;
      pending = []; norms = [];
      return n ? s / n : NaN;
    };
    const report = () => {
      const had = pending.length > 0;
      const l = readPending();
      if (had && !Number.isFinite(l)) throw new Error(`the loss became ${l} at update ${step} (training diverged): lower the learning rate or clip the gradient`);
      if (Number.isFinite(l)) { sumLoss += l; nLoss++; }
      const elapsedMs = now() - t0;
      hooks.onProgress?.({ step, elapsedMs, loss: l, tokensPerSecond: elapsedMs > 0 ? (tokens / elapsedMs) * 1000 : 0, tensors: memory().numTensors });
      lastReport = now();
    };
    let logGap = logEvery;
    const log = () => {
      const tl = now();
      report();
      const v = this.validate();
      const entry: RnnLog = {
        step, elapsedMs: now() - t0, trainLoss: nLoss ? sumLoss / nLoss : NaN, valLoss: v.loss, valAccuracy: v.accuracy,
        gradNorm: lastNorm,
        // Only the memory task shows it (the gradient map); a backward pass over 16 sequences per evaluation is
        // time the characters task trains instead.
        profile: this.task.name === 'memory' ? this.model.gradientProfile(this.task.batch(16, profileRng), c.tbptt) : new Float32Array(0),
        forecast: this.task.series ? forecast(this.model, this.task.series) : null,
      };
      sumLoss = 0; nLoss = 0;
      history.push(entry);
      hooks.onLog?.(entry);
      // Evaluating costs about one update or two: keep it under a fifth of the time on a slow machine.
      logGap = Math.max(logEvery, 4 * (now() - tl));
      lastLog = now();
    };
    try {
      log(); // the untrained model: where the curves start
      outer: while (true) {
        const batch = this.task.batch(c.batchSize, rng);
        let state = this.model.zeroState(c.batchSize);
        try {
          for (const [a, b] of chunks(batch.steps, c.tbptt)) {
            if (now() - lastYield >= 40) { await yieldToEventLoop(); lastYield = now(); }
            await hooks.gate?.();
            if (hooks.isCancelled?.()) { cancelled = true; break outer; }
            if (now() - t0 >= limitMs) { timeUp = true; break outer; }
            if (c.maxSteps && step >= c.maxSteps) break outer;
            const r = this.model.trainChunk(opt, sliceSteps(batch, a, b, this.task.inputSize), state, c.clip);
            disposeState(state);
            state = r.state;
            if (r.loss) { pending.push(r.loss); norms.push(r.gradNorm!); step++; }
            tokens += c.batchSize * (b - a);
            if (now() - lastLog >= logGap) log();
            else if (now() - lastReport >= reportEvery) report();
          }
        } finally {
          disposeState(state);
        }
      }
      log();
      return { steps: step, elapsedMs: now() - t0, timeUp, cancelled, history };
    } finally {
      readPending();
      opt.dispose();
    }
  }

  get numTensors(): number {
    return memory().numTensors;
  }

  dispose(): void {
    this.model.dispose();
  }
}
