/**
 * The outward shape of a widget's run, the same whether the steps run on the main thread (createRun, a
 * per-frame budget) or in a Web Worker (the worker-session adapter). Widgets and the shared toolbar read
 * only this, so a widget does not care where its model trains.
 */
export type RunStatus =
  /** Built and ready, nothing run yet (or reset). */
  | 'idle'
  /** Replaying the step count a link carries, within a per-frame budget; `progress` says how far. */
  | 'replaying'
  | 'running'
  | 'paused'
  /** The model says it is done (converged, epochs or time used up). */
  | 'finished'
  /** A step produced a non-finite loss; the run paused and `notice` says what to change. */
  | 'diverged'
  /** Building or stepping threw; `notice` has the message. Nothing else on the page is affected. */
  | 'error';

export interface RunProgress {
  done: number;
  total: number;
  /** What is being counted, for the indicator ("updates", "epochs", "images"). */
  unit: string;
}

export interface RunHandle {
  readonly status: RunStatus;
  /** Steps done since the last (re)build: what the link's step count records. */
  readonly steps: number;
  /** Replay or worker progress while it lasts, else null. */
  readonly progress: RunProgress | null;
  /** A message for the learner (divergence, an error), or ''. */
  readonly notice: string;
  /** Set when a data or model change dropped a trained model: what changed and that training restarted from 0. */
  readonly restarted?: string;
  play(): void;
  pause(): void;
  /** One step while paused. */
  stepOnce(): void;
  /** Rebuild from the current params with zero steps (and write 0 back to the link). */
  reset(): void;
  /** Stop everything (frames, workers, listeners): called when the widget unmounts. */
  dispose(): void;
}
