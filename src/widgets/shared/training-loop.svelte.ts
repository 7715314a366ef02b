/**
 * Animation-frame training loop with a time budget: each frame runs model steps for at most
 * `budgetMs`, then lets the widget draw once. Training never blocks the page for longer than a frame,
 * and a fast model gets many steps per frame while a slow one still animates.
 */
export interface TrainingLoopOptions {
  /** One unit of work (e.g. one mini-batch). Return false to stop (converged, diverged, finished). */
  step: () => boolean;
  /** Called once per frame after the steps, and after a single manual step. */
  draw: () => void;
  /** Milliseconds of steps per frame (a function when it depends on what the loop is doing, e.g. replaying). */
  budgetMs?: number | (() => number);
  /** Upper bound on steps per frame (the widget's "speed"); Infinity = as many as fit in the budget. */
  maxStepsPerFrame?: () => number;
  /** Called when the loop stopped because `step` returned false (after that frame's draw). */
  onstop?: () => void;
  /** Injected in tests; defaults to requestAnimationFrame / performance.now. */
  raf?: (cb: () => void) => number;
  caf?: (id: number) => void;
  now?: () => number;
}

const defaultNow = () => performance.now();

export class TrainingLoop {
  running = $state(false);
  private handle: number | null = null;
  /** Frames recorded by this loop (each loop trims its own measures, so two widgets on a page keep counting apart). */
  private measured = 0;
  private readonly opts: Required<Omit<TrainingLoopOptions, 'maxStepsPerFrame' | 'onstop' | 'budgetMs'>> &
    Pick<TrainingLoopOptions, 'maxStepsPerFrame' | 'onstop'> & { budgetMs: () => number };

  constructor(opts: TrainingLoopOptions) {
    // `??` rather than a spread of defaults: an option passed as undefined still gets its default
    const budget = opts.budgetMs ?? 8;
    this.opts = {
      ...opts,
      budgetMs: typeof budget === 'function' ? budget : () => budget,
      raf: opts.raf ?? ((cb) => requestAnimationFrame(cb)),
      caf: opts.caf ?? ((id) => cancelAnimationFrame(id)),
      now: opts.now ?? defaultNow,
    };
  }

  play(): void {
    if (this.running) return;
    this.running = true;
    this.schedule();
  }

  pause(): void {
    this.running = false;
    if (this.handle !== null) this.opts.caf(this.handle);
    this.handle = null;
  }

  toggle(): void {
    if (this.running) this.pause();
    else this.play();
  }

  /** One step while paused, then draw. */
  stepOnce(): void {
    if (this.running) return;
    this.opts.step();
    this.opts.draw();
  }

  /**
   * Records one frame's work (steps, draw, and Svelte's DOM update, which runs in the microtask queued
   * before ours) as a User Timing measure 'mlp-frame', so benchmarks can read real frame costs.
   */
  private measure(start: number): void {
    if (typeof performance === 'undefined' || typeof performance.measure !== 'function' || this.opts.now !== defaultNow) return;
    queueMicrotask(() => {
      performance.measure('mlp-frame', { start, end: performance.now() });
      // the User Timing buffer would otherwise grow for as long as the page trains
      if (++this.measured % 1000 === 0) performance.clearMeasures('mlp-frame');
    });
  }

  private schedule(): void {
    this.handle = this.opts.raf(() => this.frame());
  }

  private frame(): void {
    this.handle = null;
    if (!this.running) return;
    const { step, draw, now } = this.opts;
    const budgetMs = this.opts.budgetMs();
    const cap = this.opts.maxStepsPerFrame?.() ?? Infinity;
    const start = now();
    let steps = 0;
    let keepGoing = true;
    while (keepGoing && steps < cap) {
      keepGoing = step();
      steps++;
      if (now() - start >= budgetMs) break;
    }
    draw();
    this.measure(start);
    if (!keepGoing) {
      this.running = false;
      // onstop may start the loop again (play() schedules the next frame itself)
      this.opts.onstop?.();
      return;
    }
    if (this.running) this.schedule();
  }
}
