/**
 * The widget's handle on its training worker: typed messages out, callbacks in, and promises for
 * one-off questions (predict a drawing, feature maps of a digit). One worker per widget instance,
 * so two CNN widgets on a page never share a model.
 */
import mnistUrl from '../../../datasets/mnist-subset.bin.gz?url';
import digitsImagesUrl from '../../../datasets/digits8x8.bin?url';
import digitsLabelsUrl from '../../../datasets/digits8x8-labels.bin?url';
import type { FromWorker, ToWorker, DatasetName, BackendChoice, FeatureMap } from '../../workers/cnn-protocol';

export class CnnClient {
  private worker: Worker;
  private nextId = 1;
  private waiting = new Map<number, (m: FromWorker) => void>();

  constructor(private onMessage: (m: FromWorker) => void) {
    this.worker = new Worker(new URL('../../workers/cnn.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if ((m.type === 'prediction' || m.type === 'features') && this.waiting.has(m.id)) {
        this.waiting.get(m.id)!(m);
        this.waiting.delete(m.id);
        return;
      }
      this.onMessage(m);
    };
    this.worker.onerror = (e) => this.onMessage({ type: 'error', message: e.message || 'the training worker failed to start' });
  }

  send(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  load(dataset: DatasetName, backend: BackendChoice): void {
    const urls = dataset === 'mnist' ? [mnistUrl] : [digitsImagesUrl, digitsLabelsUrl];
    // Absolute URLs: the worker resolves relative ones against its own script's location.
    this.send({ type: 'load', dataset, backend, urls: urls.map((u) => new URL(u, document.baseURI).href) });
  }

  private ask<T extends FromWorker>(make: (id: number) => ToWorker): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (m) => resolve(m as T));
      this.send(make(id));
    });
  }

  predict(image: Float32Array): Promise<Float32Array> {
    return this.ask<Extract<FromWorker, { type: 'prediction' }>>((id) => ({ type: 'predict', id, image })).then((m) => m.probabilities);
  }

  inspect(image: Float32Array): Promise<FeatureMap[]> {
    return this.ask<Extract<FromWorker, { type: 'features' }>>((id) => ({ type: 'inspect', id, image })).then((m) => m.maps);
  }

  dispose(): void {
    this.worker.terminate();
    this.waiting.clear();
  }
}
