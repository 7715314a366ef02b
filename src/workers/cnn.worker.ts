/**
 * Trains the CNN widget's network off the main thread, so the page keeps animating.
 * The backend is chosen once per worker: wasm SIMD first (it lacks Conv2DBackpropFilter, so our conv
 * layer computes that gradient itself, see core/nn/conv-layer.ts), then WebGL (through OffscreenCanvas,
 * which Chromium offers in workers), then cpu.
 */
/// <reference lib="webworker" />
import { chooseBackend } from './backend';
import { loadDigitsFile, takeFirst, splitTail, splitBalanced, type DigitsData } from '../core/nn/digits-file';
import { CnnSession } from '../core/nn/session';
import { convLayerNames } from '../core/nn/cnn';
import { predictImage, featureMaps, firstLayerFilters } from '../core/nn/inspect';
import { serveTask, type RunContext } from './host';
import { Transferred } from './protocol';
import type { CnnTask, CnnLoad, CnnRequest, Backend, RunSummary } from './cnn-protocol';

let backend: Backend | null = null;
let data: DigitsData | null = null;
/** The latest run's model: the one questions are answered from. */
let session: CnnSession | null = null;

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

async function load(msg: CnnLoad, note: (b: Backend) => void): Promise<Transferred<CnnTask['loaded']>> {
  backend ??= await chooseBackend(msg.backend);
  note(backend);
  data = msg.dataset === 'mnist' ? await loadDigitsFile(msg.urls[0]) : await loadDigits8x8(msg.urls[0], msg.urls[1]);
  const t = data.test;
  // Copies, moved to the page: the worker keeps its own for testing.
  const testImages = t.images.slice(), testLabels = t.labels.slice();
  return new Transferred(
    { dataset: msg.dataset, rows: t.rows, cols: t.cols, nTrainAvailable: data.train.n, maxValue: t.maxValue, testImages, testLabels },
    [testImages.buffer, testLabels.buffer],
  );
}

async function train(msg: CnnRequest, ctx: RunContext<CnnTask>): Promise<Transferred<RunSummary>> {
  if (!data) throw new Error('no data loaded');
  session?.dispose();
  session = null;
  const [trainSet, valSet] = splitTail(takeFirst(data.train, msg.trainSize), msg.validationFraction);
  const s = new CnnSession(msg.spec, msg.config, trainSet, valSet.n > 0 ? valSet : null, data.test);
  session = s;
  ctx.started({ nTrain: trainSet.n, nVal: valSet.n, batches: Math.ceil(trainSet.n / msg.config.batchSize) });
  const r = await s.run({ gate: ctx.gate, isCancelled: ctx.cancelled, onBatch: ctx.progress, onEpoch: ctx.log });
  const n = r.test.predictions.length, k = msg.spec.nClasses;
  const confidence = new Float32Array(n);
  for (let i = 0; i < n; i++) confidence[i] = r.test.probabilities[i * k + r.test.predictions[i]];
  const summary: RunSummary = {
    history: r.history, bestEpoch: r.bestEpoch, stoppedEarly: r.stoppedEarly, timeUp: r.timeUp, cancelled: r.cancelled,
    trainingMs: r.elapsedMs, testAccuracy: r.test.accuracy, testLoss: r.test.loss,
    predictions: r.test.predictions, confidence,
    imagesPerSecond: r.history.length ? (r.history.length * trainSet.n) / (r.elapsedMs / 1000) : 0,
    filters: firstLayerFilters(s.model),
  };
  return new Transferred(summary, [summary.predictions.buffer, summary.confidence.buffer]);
}

function model(): CnnSession {
  if (!session) throw new Error('no model yet: train one first');
  return session;
}

serveTask<CnnTask>({
  load,
  run: train,
  answers: {
    predict: (image) => {
      const s = model();
      const probabilities = predictImage(s.model, image, s.spec.inputShape[0], s.spec.inputShape[1]);
      return new Transferred(probabilities, [probabilities.buffer]);
    },
    inspect: (image) => {
      const s = model();
      const maps = featureMaps(s.model, convLayerNames(s.spec), image, s.spec.inputShape[0], s.spec.inputShape[1]);
      return new Transferred(maps, maps.map((m) => m.data.buffer));
    },
  },
});
