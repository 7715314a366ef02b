/**
 * From the widget's parameters to the worker's training request, and the small sums the views show.
 * Pure and TF.js-free: the main thread never loads TF.js.
 */
import type { OptimizerName } from '../../core/nn/train';
import type { CellKind } from '../../core/nn/rnn/cells';
import type { TaskName } from '../../core/nn/rnn/tasks';
import { textProblem } from '../../core/nn/rnn/text';
import { memoryInputSize } from '../../core/nn/rnn/memory-task';
import { countRnnParams } from '../../core/nn/rnn/size';
import type { RnnRequest } from '../../workers/rnn-protocol';
import type { Params } from './params';

/** Symbols of the memory task (chance = 1 / 4). */
export const MEMORY_SYMBOLS = 4;

/**
 * The request for a run. `text` is the learner's text (null = the shipped one). Throws the message to show
 * when the text cannot train a model (empty, binary, shorter than the windows).
 */
export function planFromParams(p: Params, text: string | null): RnnRequest {
  if (p.task === 'chars' && text !== null) {
    const problem = textProblem(text, p.seqLen);
    if (problem) throw new Error(problem);
  }
  return {
    task: { task: p.task as TaskName, seqLen: p.task === 'memory' ? p.delay + 1 : p.seqLen, delay: p.delay, symbols: MEMORY_SYMBOLS, ...(p.task === 'chars' && text !== null ? { source: text } : {}) },
    spec: { cell: p.cell as CellKind, units: p.units, layers: p.layers, seed: p.seed },
    config: {
      batchSize: Number(p.batch), tbptt: p.tbptt, optimizer: p.optimizer as OptimizerName, learningRate: p.lr, clip: p.clip,
      seed: p.seed, timeLimitSeconds: p.timeLimit,
    },
  };
}

/**
 * The network's weights for these settings, as the worker will build it. `vocab`: the characters task's
 * distinct characters (null while unknown: the shipped text's come with the worker's load) → NaN.
 */
export function weightCount(p: Params, vocab: number | null): number {
  let io: [number, number];
  if (p.task === 'memory') io = [memoryInputSize({ delay: p.delay, symbols: MEMORY_SYMBOLS }), MEMORY_SYMBOLS];
  else if (p.task === 'weather') io = [1, 1];
  else {
    if (vocab === null) return NaN;
    io = [vocab, vocab];
  }
  return countRnnParams({ cell: p.cell as CellKind, units: p.units, layers: p.layers, inputSize: io[0], outputSize: io[1] });
}

/** Perplexity of a mean cross-entropy in nats: exp(loss), the number of equally likely choices it is worth. */
export function perplexity(nats: number): number {
  return Math.exp(nats);
}

/**
 * Units ranked as LSTMVis selects them: by how much higher each unit's activation is inside the steps
 * [from, to] than outside them (mean inside − mean outside; the whole mean when nothing is outside).
 * `hidden` is steps × units, row = step.
 */
export function rankUnits(hidden: ArrayLike<number>, steps: number, units: number, from: number, to: number): { unit: number; score: number }[] {
  const a = Math.max(0, Math.min(from, to)), b = Math.min(steps - 1, Math.max(from, to));
  const out: { unit: number; score: number }[] = [];
  for (let u = 0; u < units; u++) {
    let sin = 0, sout = 0;
    for (let t = 0; t < steps; t++) {
      const v = hidden[t * units + u];
      if (t >= a && t <= b) sin += v;
      else sout += v;
    }
    const nin = b - a + 1, nout = steps - nin;
    out.push({ unit: u, score: sin / nin - (nout > 0 ? sout / nout : 0) });
  }
  return out.sort((x, y) => y.score - x.score || x.unit - y.unit);
}

/** steps × units (row = step) → units × steps (row = unit), for a heat map with one row per unit. */
export function transpose(m: ArrayLike<number>, rows: number, cols: number): Float32Array {
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = m[r * cols + c];
  return out;
}
