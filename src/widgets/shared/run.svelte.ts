/**
 * The run contract on the main thread: one object per widget instance that owns the life of its session.
 *
 * - It builds the session from the params, and builds it again when a row the schema marks `affects: 'data'`
 *   or `'model'` changes (view rows never restart anything).
 * - It replays the step count a link carries, a frame's budget at a time, with `progress` for an indicator,
 *   so a long link never freezes the page; the end state is the one a synchronous replay reaches.
 * - It writes the step count back into the params (the URL) with one throttle while training, at once when
 *   the run stops, and 0 after Reset, so the link always describes what is on screen. A run stops at the
 *   count row's schema `max`, so every count it writes is one a link can carry.
 * - It pauses with a notice when a step diverges, turns build and step errors into a notice, and stops its
 *   frames when the widget unmounts.
 *
 * `Run` is plain logic (tested in Node with a fake clock); `createRun` wires it to a component's params.
 * What a session offers and what a widget may set are in run-options.ts.
 */
import { untrack } from 'svelte';
import type { RunHandle, RunProgress, RunStatus } from './run-types';
import { changedRows, restartNotice, rowsKey } from './run-keys';
import { CountLink } from './run-count';
import { failureMessage, settledNotice, settledStatus } from './run-status';
import type { RunOptions, RunSession } from './run-options';

export type { RunOptions, RunSession } from './run-options';
import { TrainingLoop } from './training-loop.svelte';

type Mode = 'idle' | 'replay' | 'play' | 'fast';

/** While replaying, the views are redrawn this often (the progress indicator every frame): the steps get the time. */
const REPLAY_DRAW_MS = 250;

export class Run<P extends object, S extends object, W = undefined> implements RunHandle {
  status: RunStatus = $state('idle');
  steps = $state(0);
  progress: RunProgress | null = $state(null);
  notice = $state('');
  /** Set when a data or model change dropped a trained model (steps > 0): what changed and that training restarted. */
  restarted = $state('');
  /** The current session, or null when the last build failed. */
  session: S | null = $state.raw(null);
  /** What `view` made of the session at the last draw. */
  view: W | null = $state.raw(null);

  private readonly loop: TrainingLoop;
  private readonly count: CountLink;
  private readonly limit: number;
  private readonly now: () => number;
  private mode: Mode = 'idle';
  private target = 0;
  private resumeAfterReplay = false;
  /** The session refused a step (or a step threw): nothing more to run until the next build. */
  private ended = false;
  private error = '';
  private key: string | null = null;
  /** The session on screen stands in while its data arrives (opts.pending): the next build counts as the first. */
  private standIn = false;
  /** The params the current session was built from (for naming what a rebuild changed). */
  private builtFrom: object | null = null;
  private lastStepAt = -Infinity;
  private drawnSteps = -1;
  private drawnAt = -Infinity;
  private disposed = false;

  constructor(private readonly opts: RunOptions<P, S, W>) {
    this.now = opts.now ?? (() => performance.now());
    this.count = new CountLink(opts.schema, opts.countParam, opts.params, this.now, opts.writeEveryMs ?? 1000);
    this.limit = this.count.limit;
    this.loop = new TrainingLoop({
      step: () => this.tick(),
      draw: () => this.draw(),
      onstop: () => this.stopped(),
      budgetMs: () => (this.mode === 'replay' ? this.replayBudget : (opts.budgetMs ?? 8)),
      maxStepsPerFrame: () => this.stepsThisFrame(),
      raf: opts.raf,
      caf: opts.caf,
      // passed through as given: the loop records frame measures only with the real clock
      now: opts.now,
    });
  }

  /** Builds the first session, or a new one when a data or model row changed since the last build. */
  sync(): void {
    const p = this.opts.params();
    const key = rowsKey(this.opts.schema, p) + (this.opts.rebuildKey?.() ?? '');
    if (key === this.key) return;
    const first = this.key === null || this.standIn;
    this.key = key;
    const before = this.builtFrom;
    this.builtFrom = $state.snapshot(untrack(() => p)) as object;
    const lost = !first && !this.opts.keepCount && this.live?.step ? (this.live.steps ?? 0) : 0;
    this.restarted = lost > 0 && before ? restartNotice(changedRows(this.opts.schema, before, this.builtFrom), lost, this.opts.unit ?? 'steps') : '';
    // keepCount: the new session replays to the count on screen (flushed into the link first; a static
    // session left the link's count alone, so switching to a trained source replays what the link says)
    if (!first && this.opts.keepCount) this.writeCount(true);
    const target = first || this.opts.keepCount ? this.count.read() : 0;
    this.rebuild(target, !first && this.isPlaying(), first);
  }

  play(): void {
    if (this.mode === 'replay') {
      this.resumeAfterReplay = true;
      return;
    }
    if (this.mode !== 'idle' || !this.canStep()) return;
    this.standIn = false;
    this.mode = 'play';
    this.status = 'running';
    this.lastStepAt = -Infinity;
    this.loop.play();
  }

  pause(): void {
    if (this.mode === 'idle') return;
    this.loop.pause();
    this.settle();
  }

  stepOnce(): void {
    if (this.mode !== 'idle' || !this.canStep()) return;
    this.standIn = false;
    this.tick();
    this.draw();
    this.settle();
  }

  /** Runs until the session stops by itself (or the count limit), as fast as the frame budget allows. */
  runToEnd(): void {
    if (this.mode === 'replay' || !this.canStep()) return;
    this.loop.pause();
    this.mode = 'fast';
    this.status = 'running';
    this.loop.play();
  }

  reset(): void {
    this.restarted = '';
    this.rebuild(0, false);
  }

  /**
   * The session changed outside a step (a weight typed on a diagram, a new stop condition): takes its view, and
   * when idle its status and notice, again. Not during a replay, which draws when it ends.
   */
  refresh(): void {
    if (this.disposed || this.mode === 'replay' || !this.session) return;
    this.drawnSteps = -1;
    if (this.mode === 'idle') this.settle();
    else this.draw(true);
  }

  dispose(): void {
    this.disposed = true;
    this.loop.pause();
    this.mode = 'idle';
  }

  /** The session can take steps now. */
  private canStep(): boolean {
    const s = this.live;
    return !!s?.step && !s.done && !s.diverged && !this.ended && !this.error && (s.steps ?? 0) < this.limit;
  }

  /** The session as the run sees it (what it offers of RunSession). */
  private get live(): RunSession | null {
    return this.session as RunSession | null;
  }

  private isPlaying(): boolean {
    return this.mode === 'play' || (this.mode === 'replay' && this.resumeAfterReplay);
  }

  /** `first`: the link's first build (or the first after a stand-in), which may stand in itself while data arrives. */
  private rebuild(target: number, resume: boolean, first = false): void {
    if (this.disposed) return;
    this.loop.pause();
    this.mode = 'idle';
    this.progress = null;
    this.ended = false;
    this.error = '';
    this.drawnSteps = -1;
    try {
      const snapshot = $state.snapshot(untrack(() => this.opts.params())) as P;
      this.session = this.opts.build(snapshot, this.session);
      // a first build's stand-in (its data is still being read) neither replays the link's count nor writes its
      // own over it; a later build restarts as usual (the count goes to 0) whether or not its data is here yet
      this.standIn = first && (this.opts.pending?.() ?? false);
      if (this.standIn) target = 0;
    } catch (e) {
      // the link keeps its count: it still says which run the learner meant
      this.fail(e, 'build');
      return;
    }
    this.steps = 0;
    // a session that carried the work over (a complete tree regrown on the changed data) did not start from 0
    if ((this.live?.steps ?? 0) > 0) this.restarted = '';
    this.notice = this.live?.notice ?? '';
    if (target > 0 && this.canStep()) {
      this.replay(target, resume);
      return;
    }
    this.draw();
    this.settle();
    if (resume) this.play();
  }

  /** Replays to `target` steps: the first frame's budget now (short links show their end state at once), the rest in frames. */
  private replay(target: number, resume: boolean): void {
    this.mode = 'replay';
    this.target = target;
    this.resumeAfterReplay = resume;
    this.status = 'replaying';
    this.progress = { done: 0, total: target, unit: this.opts.unit ?? 'steps' };
    const start = this.now();
    let going = true;
    while (going && this.now() - start < this.replayBudget) going = this.tick();
    this.draw(true);
    if (going) this.loop.play();
    else this.stopped();
  }

  /** One step for the loop; false when the loop should stop (end of replay, session refused, limit, error). */
  private tick(): boolean {
    const s = this.live;
    // a session that is done stops the loop without counting as refusing a step: a changed stop condition may resume it
    if (!s?.step || this.error || s.done) return false;
    const before = s.steps ?? 0;
    if (this.mode === 'replay' && before >= this.target) return false;
    if (before >= this.limit) return false;
    let ok: boolean;
    try {
      ok = s.step();
    } catch (e) {
      this.fail(e, 'step');
      return false;
    }
    if (!ok) this.ended = true;
    this.lastStepAt = this.now();
    const after = s.steps ?? 0;
    return ok && after < this.limit && !(this.mode === 'replay' && after >= this.target);
  }

  private stepsThisFrame(): number {
    if (this.mode === 'replay' || this.mode === 'fast') return Infinity;
    if (this.opts.interval) return this.now() - this.lastStepAt >= this.opts.interval() ? 1 : 0;
    return this.opts.stepsPerFrame?.() ?? Infinity;
  }

  private get replayBudget(): number {
    return this.opts.replayBudgetMs ?? 24;
  }

  /** Takes the view from the session (and the count with it, so the two always match on screen). */
  private draw(force = false): void {
    const session = this.session;
    if (!session) return;
    const steps = this.live?.steps ?? 0;
    if (this.mode === 'replay') this.progress = { done: steps, total: this.target, unit: this.progress?.unit ?? 'steps' };
    if (steps === this.drawnSteps) return;
    if (!force && this.mode === 'replay' && this.now() - this.drawnAt < REPLAY_DRAW_MS) return;
    this.drawnSteps = steps;
    this.drawnAt = this.now();
    this.steps = steps;
    if (this.opts.view) {
      try {
        this.view = this.opts.view(session);
      } catch (e) {
        this.fail(e, 'step');
      }
    }
    if (this.mode === 'play' || this.mode === 'fast') this.writeCount(false);
  }

  /** The loop stopped by itself: a replay reached its target, or the session refused a step. */
  private stopped(): void {
    if (this.mode === 'replay' && this.resumeAfterReplay && this.canStep()) {
      this.progress = null;
      this.mode = 'idle';
      this.play();
      return;
    }
    this.settle();
  }

  /** Frames stopped: say why, and write the count at once. */
  private settle(): void {
    this.draw(true);
    this.loop.pause();
    this.mode = 'idle';
    this.progress = null;
    this.resumeAfterReplay = false;
    const state = { session: this.live, error: this.error, ended: this.ended, steps: this.steps, limit: this.limit };
    this.status = settledStatus(state);
    this.notice = settledNotice(state, this.opts.divergedNotice);
    this.writeCount(true);
  }

  private fail(e: unknown, when: 'build' | 'step'): void {
    this.error = failureMessage(e, when, this.opts.what);
    if (when === 'build') {
      this.session = null;
      this.view = null;
      this.steps = 0;
    }
    this.loop.pause();
    this.mode = 'idle';
    this.progress = null;
    this.status = 'error';
    this.notice = this.error;
  }

  /** Writes the count into the params (and so the link): throttled while playing, at once otherwise. */
  private writeCount(now: boolean): void {
    // a static session (a score distribution, a kNN map) has no count: the link keeps whatever it said
    // nor does a stand-in: the link's count is for the session its data will build
    if (this.disposed || this.standIn || (this.live && !this.live.step)) return;
    this.count.write(this.steps, now);
  }
}

/**
 * Creates the run of a widget: call it once in the component's script. The first session is built at once
 * (before the first render, so a short link shows its end state immediately); a change of a data or model
 * row builds a new one; unmounting stops everything.
 */
export function createRun<P extends object, S extends object, W = undefined>(opts: RunOptions<P, S, W>): Run<P, S, W> {
  const run = new Run(opts);
  // Reads only the data and model rows: a view row (the threshold, the speed, the count itself) never rebuilds.
  $effect.pre(() => {
    rowsKey(opts.schema, opts.params());
    opts.rebuildKey?.();
    untrack(() => run.sync());
  });
  $effect(() => () => run.dispose());
  return run;
}
