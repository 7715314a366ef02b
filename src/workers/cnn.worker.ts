/**
 * Trains the CNN widget's network off the main thread, so the page keeps animating.
 * The backend is chosen once per worker: wasm SIMD first (it lacks Conv2DBackpropFilter, so our conv
 * layer computes that gradient itself, see core/nn/conv-layer.ts), then WebGL (through OffscreenCanvas,
 * which Chromium offers in workers), then cpu.
 */
/// <reference lib="webworker" />
import { setBackend, getBackend, ready, tidy, tensor2d, matMul, env } from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import { loadDigitsFile, takeFirst, splitTail, splitBalanced, type DigitsData } from '../core/nn/digits-file';
import { CnnSession } from '../core/nn/session';
import { convLayerNames } from '../core/nn/cnn';
import { predictImage, featureMaps, firstLayerFilters } from '../core/nn/inspect';
import type { ToWorker, FromWorker, Backend, BackendChoice, RunSummary } from './cnn-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromWorker, transfer: Transferable[] = []) => scope.postMessage(m, transfer);

let backend: Backend | null = null;
let data: DigitsData | null = null;
let session: CnnSession | null = null;
let paused = false, cancelled = false, resumeWaiters: (() => void)[] = [];
let running: Promise<void> = Promise.resolve();

/** webgl → cpu, with a real computation as the test (setBackend can succeed on a context that then fails). */
async function chooseBackend(choice: BackendChoice): Promise<Backend> {
  const order = choice === 'auto' ? ['wasm', 'webgl', 'cpu'] : [choice, 'cpu'];
  if (order.includes('wasm')) {
    // Our own copies of the .wasm files (no network); no threads (they need COOP/COEP, and gave no speed-up on 2 cores).
    env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    setWasmPaths({ 'tfjs-backend-wasm.wasm': wasmPlain, 'tfjs-backend-wasm-simd.wasm': wasmSimd, 'tfjs-backend-wasm-threaded-simd.wasm': wasmSimd });
  }
  const notes: string[] = [];
  for (const name of order) {
    try {
      if (!(await setBackend(name))) throw new Error('not available');
      await ready();
      const t = tidy(() => matMul(tensor2d([1, 2, 3, 4], [2, 2]), tensor2d([1, 0, 0, 1], [2, 2])));
      const v = await t.data();
      t.dispose();
      if (v[3] !== 4) throw new Error('wrong result');
      const why = notes.length ? `fallback (${notes.join('; ')})` : choice === 'auto' ? 'fastest here' : 'chosen in the settings';
      return { name: getBackend(), note: why };
    } catch (e) {
      notes.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  throw new Error(`no TF.js backend works here (${notes.join('; ')})`);
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The 1,797 UCI digits (0–16 per pixel): 30 per class for testing, the rest for training. */
async function loadDigits8x8(imagesUrl: string, labelsUrl: string): Promise<DigitsData> {
  const [images, labels] = await Promise.all([fetchBytes(imagesUrl), fetchBytes(labelsUrl)]);
  return splitBalanced(images, labels, 8, 8, 16, 30, 20261129);
}

function gate(): Promise<void> | void {
  if (!paused) return;
  return new Promise((r) => resumeWaiters.push(r));
}

async function train(msg: Extract<ToWorker, { type: 'train' }>): Promise<void> {
  if (!data) throw new Error('no data loaded');
  session?.dispose();
  session = null;
  paused = false;
  cancelled = false;
  const [trainSet, valSet] = splitTail(takeFirst(data.train, msg.trainSize), msg.validationFraction);
  const s = new CnnSession(msg.spec, msg.config, trainSet, valSet.n > 0 ? valSet : null, data.test);
  session = s;
  post({ type: 'started', runId: msg.runId, nTrain: trainSet.n, nVal: valSet.n, batches: Math.ceil(trainSet.n / msg.config.batchSize) });
  const r = await s.run({
    gate,
    isCancelled: () => cancelled,
    onBatch: (p) => post({ type: 'progress', runId: msg.runId, ...p }),
    onEpoch: (log) => post({ type: 'epoch', runId: msg.runId, log }),
  });
  const n = r.test.predictions.length, k = msg.spec.nClasses;
  const confidence = new Float32Array(n);
  for (let i = 0; i < n; i++) confidence[i] = r.test.probabilities[i * k + r.test.predictions[i]];
  const summary: RunSummary = {
    runId: msg.runId, history: r.history, bestEpoch: r.bestEpoch, stoppedEarly: r.stoppedEarly, timeUp: r.timeUp, cancelled: r.cancelled,
    trainingMs: r.elapsedMs, testAccuracy: r.test.accuracy, testLoss: r.test.loss,
    predictions: r.test.predictions, confidence,
    imagesPerSecond: r.history.length ? (r.history.length * trainSet.n) / (r.elapsedMs / 1000) : 0,
    filters: firstLayerFilters(s.model),
  };
  post({ type: 'done', summary }, [summary.predictions.buffer, summary.confidence.buffer]);
}

async function handle(msg: ToWorker): Promise<void> {
  switch (msg.type) {
    case 'load': {
      backend ??= await chooseBackend(msg.backend);
      post({ type: 'backend', backend });
      data = msg.dataset === 'mnist' ? await loadDigitsFile(msg.urls[0]) : await loadDigits8x8(msg.urls[0], msg.urls[1]);
      const t = data.test;
      post({
        type: 'loaded',
        data: {
          dataset: msg.dataset, rows: t.rows, cols: t.cols, nTrainAvailable: data.train.n, maxValue: t.maxValue,
          testImages: t.images.slice(), testLabels: t.labels.slice(),
        },
      });
      return;
    }
    case 'train': {
      // One run at a time: a new run waits for the cancelled one to wind down.
      cancelled = true;
      paused = false;
      resumeWaiters.splice(0).forEach((r) => r());
      const previous = running;
      running = previous.then(() => train(msg)).catch((e) => post({ type: 'error', runId: msg.runId, message: String(e instanceof Error ? e.message : e) }));
      return;
    }
    case 'pause': paused = true; return;
    case 'resume': paused = false; resumeWaiters.splice(0).forEach((r) => r()); return;
    case 'cancel': cancelled = true; paused = false; resumeWaiters.splice(0).forEach((r) => r()); return;
    case 'predict': {
      if (!session) { post({ type: 'prediction', id: msg.id, probabilities: new Float32Array(0) }); return; }
      const [rows, cols] = session.spec.inputShape;
      const probabilities = predictImage(session.model, msg.image, rows, cols);
      post({ type: 'prediction', id: msg.id, probabilities }, [probabilities.buffer]);
      return;
    }
    case 'inspect': {
      if (!session) { post({ type: 'features', id: msg.id, maps: [] }); return; }
      const [rows, cols] = session.spec.inputShape;
      const maps = featureMaps(session.model, convLayerNames(session.spec), msg.image, rows, cols);
      post({ type: 'features', id: msg.id, maps }, maps.map((m) => m.data.buffer));
      return;
    }
  }
}

scope.onmessage = (e: MessageEvent<ToWorker>) => {
  handle(e.data).catch((err) => post({ type: 'error', message: err instanceof Error ? err.message : String(err) }));
};
