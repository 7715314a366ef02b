/**
 * The main-thread side of a training worker: the run contract (RunHandle, as createRun offers on the main
 * thread) over the one message protocol (workers/protocol.ts). A widget builds one per instance, so two
 * copies of a widget never share a model, and reads only reactive state; the worker is the task's own
 * script, served by workers/host.ts.
 *
 *   const run = new WorkerSession<CnnTask>({ spawn, request: () => plan, progress: (p) => ({ done, total, unit: 'batches' }) });
 *   run.load({ dataset, urls, backend });   // one worker per load: a new load replaces the worker
 *   run.play(); run.pause(); await run.ask('predict', image); run.dispose();
 */
import type { RunHandle, RunProgress, RunStatus } from './run-types';
import { errorMessage, type Answer, type Question, type QuestionName, type WorkerCommand, type WorkerEvent, type WorkerLike, type WorkerTask } from '../../workers/protocol';

export interface WorkerSessionOptions<T extends WorkerTask> {
  /** A fresh worker, e.g. `() => new Worker(new URL('../../workers/x.worker.ts', import.meta.url), { type: 'module' })`. */
  spawn(): WorkerLike;
  /** The next run's request, read when a run starts. A throw becomes the notice and no run starts. */
  request(): T['start'];
  /** The task's progress as the indicator's done / total / unit. */
  progress(p: T['progress']): RunProgress;
  /** Sees each event of the current worker and run, after the session's own state took it (e.g. to buffer chart points). */
  onEvent?(e: WorkerEvent<T>): void;
  /** The previous run's state was dropped (a new run, a reset, a new load): clear what the widget derived from it. */
  onReset?(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

export class WorkerSession<T extends WorkerTask> implements RunHandle {
  status = $state<RunStatus>('idle');
  /** Log entries (e.g. epochs) the current run has completed. */
  steps = $state(0);
  progress = $state.raw<RunProgress | null>(null);
  notice = $state('');
  /** The worker's note while loading (e.g. the backend it picked); null until one arrives. */
  loadingDetail = $state.raw<T['loading'] | null>(null);
  /** What the load produced; null while loading (a widget shows "loading" then). */
  loaded = $state.raw<T['loaded'] | null>(null);
  /** The request the current run was started with (null before the first run). */
  runRequest = $state.raw<T['start'] | null>(null);
  /** The current run's set-up report, latest progress, log and result (null / empty until they arrive). */
  started = $state.raw<T['started'] | null>(null);
  latest = $state.raw<T['progress'] | null>(null);
  log = $state.raw<T['log'][]>([]);
  result = $state.raw<T['result'] | null>(null);
  /** The settings changed after `result` was made (see settingsChanged). */
  stale = $state(false);

  private worker: WorkerLike | null = null;
  private runId = 0;
  private nextAskId = 1;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  constructor(private readonly options: WorkerSessionOptions<T>) {}

  /** Starts a fresh worker and loads it (a worker picks its backend once, so new load settings need a new one). */
  load(payload: T['load']): void {
    if (this.disposed) return;
    this.stopWorker('the worker was replaced by a new one');
    this.clearRun();
    this.status = 'idle';
    this.notice = '';
    this.loadingDetail = null;
    this.loaded = null;
    let worker: WorkerLike;
    try {
      worker = this.options.spawn();
    } catch (e) {
      this.fail(`could not start the training worker: ${errorMessage(e)}`);
      return;
    }
    this.worker = worker;
    // Events already queued from a replaced worker are dropped by the identity check.
    worker.onmessage = (e) => {
      if (this.worker === worker) this.receive(e.data as WorkerEvent<T>);
    };
    worker.onerror = (e) => {
      if (this.worker === worker) this.fail(`the training worker stopped: ${e.message || 'it failed to start'}`);
    };
    worker.onmessageerror = () => {
      if (this.worker === worker) this.fail('the training worker sent a message that could not be read');
    };
    this.send({ type: 'load', payload });
  }

  /** Starts a run (idle, finished, after an error) or resumes a paused one. */
  play(): void {
    if (this.status === 'paused') {
      this.send({ type: 'resume' });
      this.status = 'running';
    } else if (this.status !== 'running') {
      this.startRun(false);
    }
  }

  pause(): void {
    if (this.status !== 'running') return;
    this.send({ type: 'pause' });
    this.status = 'paused';
  }

  /** One unit of work (one pass of the worker's gate, e.g. a batch); from idle it starts a paused run first. */
  stepOnce(): void {
    if (this.status === 'running') return;
    if (this.status !== 'paused' && !this.startRun(true)) return;
    this.send({ type: 'step' });
  }

  /** Stops the run early; it ends with 'done' (cancelled) and the session goes back to idle, keeping the partial result. */
  cancel(): void {
    if (this.status === 'running' || this.status === 'paused') this.send({ type: 'cancel' });
  }

  /** Cancels any run and forgets it: idle, no progress, log or result. */
  reset(): void {
    if (!this.worker) return; // a failed or closed worker keeps its notice: a new load starts over
    if (this.status === 'running' || this.status === 'paused') this.send({ type: 'cancel' });
    this.runId++;
    this.clearRun();
    this.status = 'idle';
    this.notice = '';
  }

  /**
   * The run's settings changed: a running or paused run restarts from them (same seed, so reproducible);
   * a finished result stays, marked `stale`, until the next run (a run can take a minute).
   */
  settingsChanged(): void {
    if (this.status === 'running' || this.status === 'paused') this.startRun(false);
    else if (this.status === 'finished') this.stale = true;
  }

  /**
   * A one-off question to the worker (e.g. predict a drawing). Never hangs: it rejects when the worker
   * cannot answer (no model yet), has failed, was replaced or the session was disposed.
   */
  ask<K extends QuestionName<T>>(name: K, question: Question<T, K>): Promise<Answer<T, K>> {
    if (!this.worker) return Promise.reject(new Error(this.disposed ? 'the widget was closed' : 'no training worker is running'));
    const id = this.nextAskId++;
    return new Promise<Answer<T, K>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ type: 'ask', id, name, question } as WorkerCommand<T>);
    });
  }

  /** Terminates the worker (the widget unmounts); pending questions reject. */
  dispose(): void {
    this.disposed = true;
    this.stopWorker('the widget was closed');
  }

  private startRun(paused: boolean): boolean {
    if (!this.worker) return false;
    let request: T['start'];
    try {
      request = this.options.request();
    } catch (e) {
      this.notice = errorMessage(e);
      return false;
    }
    this.runId++;
    this.clearRun();
    this.runRequest = request;
    this.notice = '';
    this.status = paused ? 'paused' : 'running';
    this.send({ type: 'start', runId: this.runId, payload: request, paused });
    return true;
  }

  private receive(m: WorkerEvent<T>): void {
    if (m.type === 'answer') return this.settle(m);
    if ('runId' in m && m.runId !== undefined && m.runId !== this.runId) return; // a replaced run's late events
    switch (m.type) {
      case 'loading': this.loadingDetail = m.detail; break;
      case 'loaded': this.loaded = m.data; break;
      case 'started': this.started = m.info; break;
      case 'progress':
        this.latest = m.progress;
        this.progress = this.options.progress(m.progress);
        break;
      case 'log':
        this.log = [...this.log, m.entry];
        this.steps = this.log.length;
        break;
      case 'done':
        this.result = m.result;
        this.progress = null;
        this.status = m.cancelled ? 'idle' : 'finished';
        break;
      case 'error':
        this.progress = null;
        this.status = 'error';
        this.notice = m.message;
        break;
    }
    this.options.onEvent?.(m);
  }

  private settle(m: Extract<WorkerEvent<T>, { type: 'answer' }>): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.ok) p.resolve(m.value);
    else p.reject(new Error(m.message));
  }

  /** The worker is gone or unusable: a visible notice, and no question is left waiting. */
  private fail(message: string): void {
    this.stopWorker(message);
    this.progress = null;
    this.status = 'error';
    this.notice = message;
  }

  private stopWorker(reason: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const p of this.pending.values()) p.reject(new Error(reason));
    this.pending.clear();
  }

  private clearRun(): void {
    this.runRequest = null;
    this.started = null;
    this.latest = null;
    this.log = [];
    this.result = null;
    this.steps = 0;
    this.progress = null;
    this.stale = false;
    this.options.onReset?.();
  }

  private send(m: WorkerCommand<T>): void {
    this.worker?.postMessage(m);
  }
}
