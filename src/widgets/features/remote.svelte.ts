/**
 * The page's side of #/features' worker (workers/features.worker.ts): one worker per problem, started by
 * `start` and terminated by the next `start` or `stop`, so a superseded computation never reaches the views
 * (messages from a replaced worker are dropped by the identity check). Holds the latest snapshot and the
 * refusal message; reactive, so the widget only reads.
 */
import type { FeaturesEvent, FeaturesRequest } from '../../workers/features-protocol';
import { emptyFrame, type FeaturesFrame } from './frame';
import type { Params } from './params';

const spawn = () => new Worker(new URL('../../workers/features.worker.ts', import.meta.url), { type: 'module' });

export class FeaturesRemote {
  frame = $state.raw<FeaturesFrame>(emptyFrame());
  /** Why the settings were refused, or the worker failed ('' when all is well). */
  error = $state('');
  private worker: Worker | null = null;

  get running(): boolean {
    return this.worker !== null && this.frame.done < this.frame.total && !this.error;
  }

  start(params: Params): void {
    this.stop();
    this.frame = emptyFrame();
    this.error = '';
    let worker: Worker;
    try {
      worker = spawn();
    } catch (e) {
      this.error = `Could not start the computation’s worker: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    this.worker = worker;
    worker.onmessage = (ev: MessageEvent<FeaturesEvent>) => {
      if (this.worker !== worker) return;
      const e = ev.data;
      if (e.type === 'frame') this.frame = e.frame;
      else this.fail(e.message);
    };
    worker.onerror = (ev) => {
      ev.preventDefault();
      if (this.worker === worker) this.fail(`The computation failed: ${ev.message || 'the worker stopped'}`);
    };
    // a plain copy: the widget's params may be a reactive proxy, which cannot be cloned
    const request: FeaturesRequest = { type: 'run', params: { ...params } };
    worker.postMessage(request);
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  private fail(message: string): void {
    this.stop();
    this.frame = emptyFrame();
    this.error = message;
  }
}
