/**
 * The page's side of #/features' worker (features.worker.ts): one worker per problem, started by
 * `start` and terminated by the next `start` or `stop`, so a superseded computation never reaches the views
 * (messages from a replaced worker are dropped by the identity check). Holds the latest snapshot and the
 * refusal message; reactive, so the widget only reads.
 */
import type { FeaturesEvent, FeaturesRequest } from './protocol';
import { emptyFrame, type FeaturesFrame } from './frame';
import type { Params } from './params';

/**
 * The new frame with every field equal to the previous frame's kept as the previous object: a cloned message is
 * all new objects, and without this every chart would redraw 20 times a second although only the count moved.
 */
function keepUnchanged(before: FeaturesFrame, after: FeaturesFrame): FeaturesFrame {
  const out = { ...after } as Record<string, unknown>;
  const old = before as unknown as Record<string, unknown>;
  for (const key of Object.keys(out)) if (typeof out[key] === 'object' && JSON.stringify(out[key]) === JSON.stringify(old[key])) out[key] = old[key];
  return out as unknown as FeaturesFrame;
}

const spawn = () => new Worker(new URL('./features.worker.ts', import.meta.url), { type: 'module' });

export class FeaturesRemote {
  frame = $state.raw<FeaturesFrame>(emptyFrame());
  /** Why the settings were refused, or the worker failed ('' when all is well). */
  error = $state('');
  private worker: Worker | null = null;
  // The newest snapshot not drawn yet, and the animation frame that will draw it. The worker posts every FRAME_MS,
  // but on a loaded machine the page falls behind and several snapshots arrive in one display frame; each used to
  // be a full flush of the views (30 long tasks of 50–480 ms after a data change at load 20: docs/PERFORMANCE.md).
  // Only the newest one per animation frame is drawn, as #/tuning does.
  private pending: FeaturesFrame | null = null;
  private raf = 0;

  // One derived per field of the frame: a view redraws only when its own field changed (keepUnchanged keeps equal
  // fields as the same objects), not at every progress count.
  readonly problem = $derived(this.frame.problem);
  readonly done = $derived(this.frame.done);
  readonly total = $derived(this.frame.total);
  readonly f = $derived(this.frame.f);
  readonly pvalues = $derived(this.frame.pvalues);
  readonly mi = $derived(this.frame.mi);
  readonly l1 = $derived(this.frame.l1);
  readonly tree = $derived(this.frame.tree);
  readonly forestAccuracy = $derived(this.frame.forestAccuracy);
  readonly perm = $derived(this.frame.perm);
  readonly orders = $derived(this.frame.orders);
  readonly curves = $derived(this.frame.curves);
  readonly noise = $derived(this.frame.noise);
  readonly leak = $derived(this.frame.leak);

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
      if (e.type !== 'frame') return this.fail(e.message);
      this.pending = e.frame;
      if (!this.raf) this.raf = requestAnimationFrame(() => this.draw());
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
    cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.pending = null;
  }

  private draw(): void {
    this.raf = 0;
    if (this.pending) this.frame = keepUnchanged(this.frame, this.pending);
    this.pending = null;
  }

  private fail(message: string): void {
    this.stop();
    this.frame = emptyFrame();
    this.error = message;
  }
}
