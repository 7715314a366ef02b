/**
 * The three tasks as data for one model: what the network's input and output are, training batches, and a
 * fixed validation batch. Characters: a text split 90 / 10. Memory: generated. Weather: a daily series,
 * the last quarter held out.
 */
import { Rng } from '../../random';
import type { SeqBatch } from './batch';
import { buildVocab, encode, textProblem, type CharVocab } from './text';
import { memoryBatch, memoryInputSize } from './memory-task';
import { parseDailySeries, standardiser, SeriesWindows, runs, type DailySeries, type Standardiser } from './series';

export type TaskName = 'chars' | 'memory' | 'weather';

export interface TaskRequest {
  task: TaskName;
  /** chars: the text; weather: `date,value` CSV. */
  source?: string;
  /** Steps per training sequence (chars, weather). */
  seqLen: number;
  /** memory: steps between the symbol and the question. */
  delay: number;
  /** memory: how many symbols to tell apart. */
  symbols: number;
}

export interface TaskData {
  name: TaskName;
  inputSize: number;
  outputSize: number;
  output: 'classes' | 'regression';
  /** Steps of one training sequence. */
  steps: number;
  batch(size: number, rng: Rng): SeqBatch;
  validation: SeqBatch;
  /** Tokens (characters, symbols) by id, for display; empty for real-valued inputs. */
  labels: string[];
  vocab?: CharVocab;
  series?: { data: DailySeries; scale: Standardiser; testFrom: number };
}

function charTask(text: string, seqLen: number): TaskData {
  const problem = textProblem(text, seqLen);
  if (problem) throw new Error(problem);
  const vocab = buildVocab(text), ids = encode(vocab, text), V = vocab.chars.length;
  const cut = Math.floor(ids.length * 0.9), T = seqLen;
  const window = (from: number, b: number, x: Int32Array, y: Int32Array) => {
    x.set(ids.subarray(from, from + T), b * T);
    y.set(ids.subarray(from + 1, from + T + 1), b * T);
  };
  // Validation: the held-out tail in consecutive windows (at most 64 of them).
  const nVal = Math.min(64, Math.floor((ids.length - cut - 1) / T));
  const vx = new Int32Array(nVal * T), vy = new Int32Array(nVal * T);
  for (let b = 0; b < nVal; b++) window(cut + b * T, b, vx, vy);
  return {
    name: 'chars', inputSize: V, outputSize: V, output: 'classes', steps: T, labels: vocab.chars, vocab,
    batch(size, rng) {
      const x = new Int32Array(size * T), y = new Int32Array(size * T);
      for (let b = 0; b < size; b++) window(rng.int(cut - T), b, x, y);
      return { batch: size, steps: T, ids: x, values: null, targets: y, mask: new Float32Array(size * T).fill(1) };
    },
    validation: { batch: nVal, steps: T, ids: vx, values: null, targets: vy, mask: new Float32Array(nVal * T).fill(1) },
  };
}

function weatherTask(csv: string, seqLen: number): TaskData {
  const data = parseDailySeries(csv), n = data.values.length;
  const testFrom = Math.floor(n * 0.75);
  const scale = standardiser(data.values, 0, testFrom);
  const train = new SeriesWindows(data.values, scale, seqLen, 0, testFrom);
  // Validation: consecutive windows over the held-out quarter's unbroken stretches.
  const starts: number[] = [];
  for (const [a, b] of runs(data.values.subarray(testFrom))) for (let s = testFrom + a; s + seqLen + 1 <= testFrom + b; s += seqLen) starts.push(s);
  if (starts.length === 0) throw new Error(`the held-out quarter of the series has no ${seqLen + 1} consecutive days without a gap: lower the sequence length`);
  const T = seqLen, vx = new Float32Array(starts.length * T), vy = new Float32Array(starts.length * T);
  starts.forEach((s, b) => {
    for (let t = 0; t < T; t++) {
      vx[b * T + t] = (data.values[s + t] - scale.mean) / scale.std;
      vy[b * T + t] = (data.values[s + t + 1] - scale.mean) / scale.std;
    }
  });
  return {
    name: 'weather', inputSize: 1, outputSize: 1, output: 'regression', steps: T, labels: [],
    batch: (size, rng) => train.batch(size, rng),
    validation: { batch: starts.length, steps: T, ids: null, values: vx, targets: vy, mask: new Float32Array(vx.length).fill(1) },
    series: { data, scale, testFrom },
  };
}

function memoryTask(delay: number, symbols: number): TaskData {
  const spec = { delay, symbols };
  const K = symbols;
  const labels = [...Array.from({ length: K }, (_, i) => String.fromCharCode(65 + i)), ...Array.from({ length: K }, (_, i) => String.fromCharCode(97 + i)), '?'];
  return {
    name: 'memory', inputSize: memoryInputSize(spec), outputSize: K, output: 'classes', steps: delay + 1, labels,
    batch: (size, rng) => memoryBatch(spec, size, rng),
    validation: memoryBatch(spec, 256, new Rng(424242)),
  };
}

export function buildTask(r: TaskRequest): TaskData {
  if (!(Number.isInteger(r.seqLen) && r.seqLen >= 2)) throw new Error('the sequence length must be a whole number ≥ 2');
  if (r.task === 'chars') return charTask(r.source ?? '', r.seqLen);
  if (r.task === 'weather') return weatherTask(r.source ?? '', r.seqLen);
  if (r.task === 'memory') return memoryTask(r.delay, r.symbols);
  throw new Error(`unknown task ${String(r.task)}`);
}
