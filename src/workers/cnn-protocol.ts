/**
 * The typed messages between the CNN widget (main thread) and its training worker (cnn.worker.ts).
 * Type-only imports: including this file pulls no TF.js into the page.
 */
import type { CnnSpec } from '../core/nn/cnn';
import type { BatchProgress, EpochLog, TrainConfig } from '../core/nn/session';

export type DatasetName = 'mnist' | 'digits8x8';
export type BackendChoice = 'auto' | 'wasm' | 'webgl' | 'cpu';

export type ToWorker =
  /**
   * Load a data set from the app's own asset URLs and pick the backend (once per worker).
   * mnist: [file]; digits8x8: [images, labels] (raw uint8, split here with 30 test digits per class).
   */
  | { type: 'load'; dataset: DatasetName; urls: string[]; backend: BackendChoice }
  | { type: 'train'; runId: number; spec: CnnSpec; config: TrainConfig; trainSize: number; validationFraction: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'cancel' }
  /** Class probabilities of one image (floats in [0, 1], rows × cols). */
  | { type: 'predict'; id: number; image: Float32Array }
  /** Feature maps of every conv layer for one image, and the first layer's filters. */
  | { type: 'inspect'; id: number; image: Float32Array };

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
  runId: number;
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

export type FromWorker =
  | { type: 'backend'; backend: Backend }
  | { type: 'loaded'; data: LoadedData }
  | { type: 'started'; runId: number; nTrain: number; nVal: number; batches: number }
  | ({ type: 'progress'; runId: number } & BatchProgress)
  | { type: 'epoch'; runId: number; log: EpochLog }
  | { type: 'done'; summary: RunSummary }
  | { type: 'prediction'; id: number; probabilities: Float32Array }
  | { type: 'features'; id: number; maps: FeatureMap[] }
  | { type: 'error'; message: string; runId?: number };
