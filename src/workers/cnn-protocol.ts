/**
 * The CNN's payloads in the one worker protocol (protocol.ts): what the CNN widget (main thread) and its
 * training worker (cnn.worker.ts) exchange. Type-only imports: including this file pulls no TF.js into the page.
 */
import type { CnnSpec } from '../core/nn/cnn';
import type { BatchProgress, EpochLog, TrainConfig } from '../core/nn/session';
import type { WorkerTask } from './protocol';

export type DatasetName = 'mnist' | 'digits8x8';
export type BackendChoice = 'auto' | 'wasm' | 'webgl' | 'cpu';

export interface Backend {
  name: string;
  /** Why this one (e.g. "webgl unavailable in this worker: …"). */
  note: string;
}
export interface LoadedData {
  dataset: DatasetName;
  rows: number;
  cols: number;
  nTrainAvailable: number;
  /** The test images (uint8, n × rows × cols) and labels, for the grid and the feature-map picker. */
  testImages: Uint8Array;
  testLabels: Uint8Array;
  maxValue: number;
}
export interface FeatureMap {
  layer: string;
  rows: number;
  cols: number;
  channels: number;
  /** rows × cols × channels, channel last (as TF.js). */
  data: Float32Array;
}
export interface Filters {
  kernelSize: number;
  count: number;
  /** kernelSize × kernelSize × count, filter last (as TF.js [k, k, 1, n]). */
  data: Float32Array;
}
export interface RunSummary {
  history: EpochLog[];
  bestEpoch: number;
  stoppedEarly: boolean;
  timeUp: boolean;
  cancelled: boolean;
  /** Wall-clock training time, ms (batches and per-epoch validation; excludes the final test pass). */
  trainingMs: number;
  testAccuracy: number;
  testLoss: number;
  /** Predicted class of each test image. */
  predictions: Int32Array;
  /** Winning probability of each test image. */
  confidence: Float32Array;
  imagesPerSecond: number;
  filters: Filters | null;
}

/**
 * Load a data set from the app's own asset URLs and pick the backend (once per worker).
 * mnist: [file]; digits8x8: [images, labels] (raw uint8, split in the worker with 30 test digits per class).
 */
export interface CnnLoad {
  dataset: DatasetName;
  urls: string[];
  backend: BackendChoice;
}
/** One training run: the network, its training settings and how much of the data to use. */
export interface CnnRequest {
  spec: CnnSpec;
  config: TrainConfig;
  trainSize: number;
  validationFraction: number;
}
export interface CnnStarted {
  nTrain: number;
  nVal: number;
  batches: number;
}

export interface CnnTask extends WorkerTask {
  load: CnnLoad;
  /** The backend is picked (and shown) before the data has loaded. */
  loading: Backend;
  loaded: LoadedData;
  start: CnnRequest;
  started: CnnStarted;
  progress: BatchProgress;
  log: EpochLog;
  result: RunSummary;
  questions: {
    /** Class probabilities of one image (floats in [0, 1], rows × cols). */
    predict: { question: Float32Array; answer: Float32Array };
    /** Feature maps of every conv layer for one image. */
    inspect: { question: Float32Array; answer: FeatureMap[] };
  };
}
