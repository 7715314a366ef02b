/**
 * The CNN's part of its worker session (widgets/shared/worker-session): how to start its worker, what
 * to load, and how its batches count as progress. The protocol and the run lifecycle are the shared ones.
 */
import mnistUrl from '../../../datasets/mnist-subset.bin.gz?url';
import digitsImagesUrl from '../../../datasets/digits8x8.bin?url';
import digitsLabelsUrl from '../../../datasets/digits8x8-labels.bin?url';
import type { BatchProgress } from '../../core/nn/session';
import type { BackendChoice, CnnLoad, DatasetName } from '../../workers/cnn-protocol';
import type { RunProgress } from '../shared/run-types';

/** One worker per widget instance (and per data set and backend), so two CNN widgets never share a model. */
export function spawnCnnWorker(): Worker {
  return new Worker(new URL('../../workers/cnn.worker.ts', import.meta.url), { type: 'module' });
}

export function cnnLoad(dataset: DatasetName, backend: BackendChoice): CnnLoad {
  const urls = dataset === 'mnist' ? [mnistUrl] : [digitsImagesUrl, digitsLabelsUrl];
  // Absolute URLs: the worker resolves relative ones against its own script's location.
  return { dataset, backend, urls: urls.map((u) => new URL(u, document.baseURI).href) };
}

/** Batches done over the batches planned (epochs × batches per epoch). */
export function batchProgress(p: BatchProgress): RunProgress {
  return { done: p.batches ? (p.epoch - 1) * p.batches + p.batch : 0, total: p.batches * p.epochs, unit: 'batches' };
}
