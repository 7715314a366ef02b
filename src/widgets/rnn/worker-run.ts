/**
 * The #/rnn widget's part of its worker session (widgets/shared/worker-session): how to start its worker,
 * what to load (the shipped text and series, by the app's own URLs), and how progress counts.
 */
import textUrl from '../../../datasets/coriolanus.txt?url';
import seriesUrl from '../../../datasets/seattle-temp-max.csv?url';
import type { RnnProgress } from '../../core/nn/rnn/session';
import type { BackendChoice, RnnLoad } from '../../workers/rnn-protocol';
import type { RunProgress } from '../shared/run-types';

export function spawnRnnWorker(): Worker {
  return new Worker(new URL('../../workers/rnn.worker.ts', import.meta.url), { type: 'module' });
}

export function rnnLoad(backend: BackendChoice): RnnLoad {
  // Absolute URLs: the worker resolves relative ones against its own script's location.
  const abs = (u: string) => new URL(u, document.baseURI).href;
  return { backend, textUrl: abs(textUrl), seriesUrl: abs(seriesUrl) };
}

/** Seconds trained over the time limit. */
export function timeProgress(limitSeconds: number) {
  return (p: RnnProgress): RunProgress => ({ done: Math.round(p.elapsedMs / 1000), total: limitSeconds, unit: 'seconds' });
}
