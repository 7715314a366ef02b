/**
 * The worker side of the protocol (protocol.ts): a worker script registers its task's handlers and the
 * host does the rest (message dispatch, one run at a time, pause/resume/step/cancel, answers, errors),
 * so a new network's worker is its load, run and question handlers and nothing else:
 *
 *   serveTask<MlpTask>({ load: async (payload, note) => …, run: async (request, ctx) => …, answers: { predict: (q) => … } });
 */
import { Transferred, errorMessage, type Answer, type Question, type QuestionName, type WorkerCommand, type WorkerEvent, type WorkerScopeLike, type WorkerTask } from './protocol';

/** What a run handler gets besides its request. */
export interface RunContext<T extends WorkerTask> {
  /**
   * Await this between units of work (e.g. batches): it holds while the run is paused and lets one unit
   * through per step. The worker must also yield to its event loop now and then, or no pause message
   * can arrive (see core/nn/session's yieldToEventLoop).
   */
  gate(): Promise<void> | void;
  /** True once the page cancelled this run (or started another): stop at the next unit. */
  cancelled(): boolean;
  started(info: T['started']): void;
  progress(p: T['progress']): void;
  log(entry: T['log']): void;
}

type MaybeTransferred<V> = V | Transferred<V>;

export interface TaskHandlers<T extends WorkerTask> {
  /** Loads what every run needs; called once per worker. `note` reports a stage before it ends. */
  load(payload: T['load'], note: (detail: T['loading']) => void): Promise<MaybeTransferred<T['loaded']>>;
  /** One run, start to end. Throwing reports an error for this run; the worker stays usable. */
  run(request: T['start'], ctx: RunContext<T>): Promise<MaybeTransferred<T['result']>>;
  /**
   * One-off questions, answered between units of work (also during a run). Throw when there is nothing to
   * answer from (e.g. no model yet): the page's promise rejects with that message, it never hangs.
   */
  answers: { [K in QuestionName<T>]: (q: Question<T, K>) => MaybeTransferred<Answer<T, K>> | Promise<MaybeTransferred<Answer<T, K>>> };
}

/** The page's controls over one run; a run being replaced keeps its own (cancelled) state. */
class RunState {
  cancelRequested = false;
  /** The run saw the cancel (through `cancelled()`), so it stopped early. */
  cancelSeen = false;
  paused: boolean;
  private waiters: (() => void)[] = [];
  /** Steps asked for before the run reached its gate (e.g. a step sent with a paused start). */
  private credits = 0;

  constructor(paused: boolean) {
    this.paused = paused;
  }

  gate(): Promise<void> | void {
    if (!this.paused || this.cancelRequested) return;
    if (this.credits > 0) {
      this.credits--;
      return;
    }
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  resume(): void {
    this.paused = false;
    this.credits = 0;
    this.waiters.splice(0).forEach((r) => r());
  }
  /** One waiting unit goes on; the run stays paused. */
  step(): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter();
    else if (this.paused) this.credits++;
  }
  cancel(): void {
    this.cancelRequested = true;
    this.resume();
  }
}

export function serveTask<T extends WorkerTask>(handlers: TaskHandlers<T>, scope: WorkerScopeLike = self as unknown as WorkerScopeLike): void {
  const post = (m: WorkerEvent<T>, transfer: Transferable[] = []) => scope.postMessage(m, transfer);
  const unwrap = <V>(v: MaybeTransferred<V>): [V, Transferable[]] => (v instanceof Transferred ? [v.value, v.transfer] : [v, []]);

  // Runs wait for the load and for the run before them, so a start sent right after load is fine.
  let loaded: Promise<unknown> = Promise.resolve();
  let queue: Promise<unknown> = Promise.resolve();
  let current: RunState | null = null;

  function start(runId: number, payload: T['start'], paused: boolean): void {
    current?.cancel();
    const state = new RunState(paused);
    current = state;
    const ctx: RunContext<T> = {
      gate: () => state.gate(),
      cancelled: () => {
        if (state.cancelRequested) state.cancelSeen = true;
        return state.cancelRequested;
      },
      started: (info) => post({ type: 'started', runId, info }),
      progress: (progress) => post({ type: 'progress', runId, progress }),
      log: (entry) => post({ type: 'log', runId, entry }),
    };
    queue = Promise.all([queue, loaded])
      .then(() => handlers.run(payload, ctx))
      .then((r) => {
        const [result, transfer] = unwrap(r);
        post({ type: 'done', runId, result, cancelled: state.cancelSeen }, transfer);
      })
      .catch((e) => post({ type: 'error', runId, message: errorMessage(e) }));
  }

  async function answer(id: number, name: QuestionName<T>, question: unknown): Promise<void> {
    try {
      const fn = handlers.answers[name] as ((q: unknown) => unknown) | undefined;
      if (!fn) throw new Error(`this worker answers no question '${name}'`);
      const [value, transfer] = unwrap(await fn(question));
      post({ type: 'answer', id, ok: true, value }, transfer);
    } catch (e) {
      post({ type: 'answer', id, ok: false, message: errorMessage(e) });
    }
  }

  scope.onmessage = (e: MessageEvent<WorkerCommand<T>>) => {
    const m = e.data;
    switch (m.type) {
      case 'load':
        loaded = handlers
          .load(m.payload, (detail) => post({ type: 'loading', detail }))
          .then((r) => {
            const [data, transfer] = unwrap(r);
            post({ type: 'loaded', data }, transfer);
          })
          .catch((err) => {
            post({ type: 'error', message: errorMessage(err) });
            throw err; // runs waiting for this load fail with the same message
          });
        loaded.catch(() => {}); // handled above; keeps the rejection from being reported as unhandled
        return;
      case 'start': return start(m.runId, m.payload, m.paused ?? false);
      case 'pause': if (current) current.paused = true; return;
      case 'resume': return current?.resume();
      case 'step': return current?.step();
      case 'cancel': return current?.cancel();
      case 'ask': void answer(m.id, m.name, m.question); return;
      default: post({ type: 'error', message: `unknown command ${JSON.stringify((m as { type?: unknown }).type)}` });
    }
  };
}
