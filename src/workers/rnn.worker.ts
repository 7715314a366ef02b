/**
 * Trains the #/rnn widget's recurrent network off the main thread. The backend is chosen once per worker
 * (backend.ts: wasm SIMD first; the cells are plain matMul / sigmoid / tanh ops, whose gradients every
 * backend has, so no kernel needs replacing as the CNN's convolution did). Shipped text and series are
 * fetched from the app's own files at load.
 */
/// <reference lib="webworker" />
import { chooseBackend } from './backend';
import { serveTask, type RunContext } from './host';
import { RnnSession } from '../core/nn/rnn/session';
import { buildTask, type TaskData } from '../core/nn/rnn/tasks';
import { countRnnParams } from '../core/nn/rnn/model';
import { inspectSequence, sampleTokens } from '../core/nn/rnn/inspect';
import { buildVocab, encode, decode } from '../core/nn/rnn/text';
import { naiveMae } from '../core/nn/rnn/series';
import type { RnnTask, RnnLoad, RnnRequest, RnnSummary, Backend, InspectQuestion, InspectAnswer, SampleQuestion } from './rnn-protocol';

let backend: Backend | null = null;
let shipped = { text: '', series: '' };
/** The latest run's model and task: what questions are answered from. */
let session: RnnSession | null = null;

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return res.text();
}

async function load(msg: RnnLoad, note: (b: Backend) => void) {
  backend ??= await chooseBackend(msg.backend);
  note(backend);
  const [text, series] = await Promise.all([fetchText(msg.textUrl), fetchText(msg.seriesUrl)]);
  shipped = { text: text.replace(/\r\n?/g, '\n'), series };
  return { textLength: Array.from(shipped.text).length, vocabSize: buildVocab(shipped.text).chars.length };
}

async function train(msg: RnnRequest, ctx: RunContext<RnnTask>): Promise<RnnSummary> {
  session?.dispose();
  session = null;
  const source = msg.task.source ?? (msg.task.task === 'weather' ? shipped.series : shipped.text);
  const task = buildTask({ ...msg.task, source });
  const spec = { ...msg.spec, inputSize: task.inputSize, outputSize: task.outputSize, output: task.output };
  const s = new RnnSession(task, spec, msg.config);
  session = s;
  const held = task.series;
  ctx.started({
    inputSize: task.inputSize, outputSize: task.outputSize, weights: countRnnParams(spec), labels: task.labels,
    heldOut: held ? {
      dates: held.data.dates.slice(held.testFrom), values: held.data.values.slice(held.testFrom),
      naiveMae: naiveMae(held.data.values, held.testFrom, held.data.values.length),
    } : null,
  });
  const r = await s.run({ gate: ctx.gate, isCancelled: ctx.cancelled, onProgress: ctx.progress, onLog: ctx.log });
  return { steps: r.steps, elapsedMs: r.elapsedMs, timeUp: r.timeUp, cancelled: r.cancelled };
}

function current(): RnnSession {
  if (!session) throw new Error('no model yet: train one first');
  return session;
}

/** The characters of a text the model knows (others dropped), at most 400. */
function knownIds(task: TaskData, text: string): Int32Array {
  const v = task.vocab!;
  return encode(v, Array.from(text).filter((c) => v.index.has(c)).slice(0, 400).join(''));
}

function inspect(q: InspectQuestion): InspectAnswer {
  const s = current(), task = s.task, v = task.validation;
  if (task.name === 'chars') {
    const ids = knownIds(task, q.text ?? '');
    if (ids.length === 0) throw new Error('none of these characters is in the training text');
    const inside = inspectSequence(s.model, { batch: 1, steps: ids.length, ids, values: null, targets: ids, mask: new Float32Array(ids.length) });
    return { ...inside, tokens: Array.from(ids, (k) => task.labels[k]) };
  }
  const i = Math.max(0, Math.min(v.batch - 1, q.index ?? 0)), T = v.steps;
  const one = {
    batch: 1, steps: T, mask: v.mask.subarray(i * T, (i + 1) * T), targets: v.targets.subarray(i * T, (i + 1) * T),
    ids: v.ids ? v.ids.subarray(i * T, (i + 1) * T) : null, values: v.values ? v.values.subarray(i * T, (i + 1) * T) : null,
  };
  const inside = inspectSequence(s.model, one);
  const scale = task.series?.scale;
  const tokens = one.ids ? Array.from(one.ids, (k) => task.labels[k]) : Array.from(one.values!, (x) => (scale ? (x * scale.std + scale.mean).toFixed(1) : x.toFixed(2)));
  return { ...inside, tokens };
}

function sample(q: SampleQuestion): string {
  const s = current();
  if (s.task.name !== 'chars') throw new Error('sampling is for the characters task');
  const n = Math.max(1, Math.min(1000, Math.floor(q.length)));
  return decode(s.task.vocab!, sampleTokens(s.model, knownIds(s.task, q.prime), n, q.temperature, q.seed));
}

serveTask<RnnTask>({ load, run: train, answers: { inspect, sample } });
