/**
 * The one message protocol between a widget (main thread) and its training worker, whatever the network.
 * A task names its own payload types in a `WorkerTask`; the message shapes around them are the same for
 * every task, so one worker-side host (host.ts) and one main-side adapter (widgets/shared/worker-session)
 * serve them all. Types and two tiny helpers, no TF.js: the page imports this file freely.
 *
 *   page → worker   load · start(runId) · pause · resume · step · cancel · ask(id)
 *   worker → page   loading · loaded · started · progress · log · done   (run events carry their runId)
 *                   answer(id) · error
 */

/** What one task sends and receives; every slot is the task's own type. */
export interface WorkerTask {
  /** What the worker needs once, before any run (data set URLs, a backend choice). */
  load: unknown;
  /** A note while loading, sent before `loaded` (e.g. the backend picked, before the data arrives). */
  loading: unknown;
  /** What loading produced that the page shows (e.g. the test images). */
  loaded: unknown;
  /** One run's request (e.g. a network and its training settings). */
  start: unknown;
  /** What a run reports once it is set up (e.g. how many images it trains on). */
  started: unknown;
  /** Frequent progress within a run (e.g. per batch). */
  progress: unknown;
  /** One entry per completed unit the page keeps (e.g. per epoch): the run's log. */
  log: unknown;
  /** What a finished or cancelled run returns. */
  result: unknown;
  /** One-off questions the page may ask at any time, by name: the question and its answer. */
  questions: Record<string, { question: unknown; answer: unknown }>;
}

export type QuestionName<T extends WorkerTask> = keyof T['questions'] & string;
export type Question<T extends WorkerTask, K extends QuestionName<T>> = T['questions'][K]['question'];
export type Answer<T extends WorkerTask, K extends QuestionName<T>> = T['questions'][K]['answer'];

/** Page → worker. */
export type WorkerCommand<T extends WorkerTask> =
  | { type: 'load'; payload: T['load'] }
  /** A new run; a run still going is cancelled first. `paused`: set up, then wait for resume or step. */
  | { type: 'start'; runId: number; payload: T['start']; paused?: boolean }
  | { type: 'pause' }
  | { type: 'resume' }
  /** While paused: let one unit of work through (one pass of the run's gate, e.g. one batch). */
  | { type: 'step' }
  | { type: 'cancel' }
  | { [K in QuestionName<T>]: { type: 'ask'; id: number; name: K; question: Question<T, K> } }[QuestionName<T>];

/** Worker → page. */
export type WorkerEvent<T extends WorkerTask> =
  | { type: 'loading'; detail: T['loading'] }
  | { type: 'loaded'; data: T['loaded'] }
  | { type: 'started'; runId: number; info: T['started'] }
  | { type: 'progress'; runId: number; progress: T['progress'] }
  | { type: 'log'; runId: number; entry: T['log'] }
  /** `cancelled`: the run saw a cancel and stopped early (its result may be partial). */
  | { type: 'done'; runId: number; result: T['result']; cancelled: boolean }
  | { type: 'answer'; id: number; ok: true; value: unknown }
  | { type: 'answer'; id: number; ok: false; message: string }
  /** A load (no runId) or a run failed; the worker itself still answers. */
  | { type: 'error'; runId?: number; message: string };

/**
 * A value to post with the buffers to move rather than copy (typed arrays of test predictions, feature maps).
 * Only buffers the worker no longer needs: a moved buffer is empty on the sending side.
 */
export class Transferred<V> {
  constructor(
    readonly value: V,
    readonly transfer: Transferable[],
  ) {}
}

/** The part of a Worker (or a MessagePort, in tests) the main side uses. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((e: MessageEvent) => void) | null;
  onerror?: ((e: ErrorEvent) => void) | null;
  onmessageerror?: ((e: MessageEvent) => void) | null;
  terminate(): void;
}

/** The part of a worker's global scope (or a MessagePort, in tests) the host uses. */
export interface WorkerScopeLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent) => void) | null;
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
