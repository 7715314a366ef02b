// What the run contract (run.svelte.ts) asks of a widget: its session's shape and the options of createRun.
import type { Schema } from '../../params';

/**
 * What a widget's session offers the run; every member is optional. A session without `step` is static
 * (a kNN map, two score distributions): built and shown, never played, and it leaves the link's count alone.
 */
export interface RunSession {
  /** Steps done since the session was built (what the link's count records). */
  readonly steps?: number;
  /** One step. False when the run cannot go on: this step converged or diverged, or none was possible. */
  step?(): boolean;
  /** Nothing (more) to run, e.g. converged or too few points: play and step are off. */
  readonly done?: boolean;
  /** A step produced a non-finite loss; the session keeps its last finite state. */
  readonly diverged?: boolean;
  /** Something the learner should know about this run (e.g. "Click at least 2 points"), or ''. */
  readonly notice?: string;
}

export interface RunOptions<P extends object, S extends object, W> {
  schema: Schema;
  /** The widget's live params (a getter, so the run sees every change and can write the count back). */
  params: () => P;
  /** Builds a session from a snapshot of the params. `previous` lets it reuse what the change did not touch. */
  build: (params: P, previous: S | null) => S;
  /** What the views draw, taken from the session after a build and once per frame of steps. */
  view?: (session: S) => W;
  /** The count row the run replays and writes back (default 'steps', when the schema has it). */
  countParam?: string;
  /** What a step is called in the replay indicator ("updates", "half-steps"). */
  unit?: string;
  /** At most this many steps per frame while playing (the widget's speed). */
  stepsPerFrame?: () => number;
  /** Milliseconds between steps while playing, for runs a learner should follow step by step (k-means). */
  interval?: () => number;
  /** After a data or model change, replay to the count on screen instead of starting at 0 (a score source). */
  keepCount?: boolean;
  /**
   * Something besides the data and model rows that the session is built from and that arrives later (a learner's
   * table read after its row was set): when this string changes, the run builds again.
   */
  rebuildKey?: () => string;
  /**
   * True while the session just built stands in for one whose data is still arriving (a link's table being looked
   * up or read): it does not replay the link's count or write its own over it, and the build when the data lands
   * replays the link's count as a first build does.
   */
  pending?: () => boolean;
  /** Names what failed to build in the error notice ("this run", "the scores"). */
  what?: string;
  /** The notice shown when a step diverges. */
  divergedNotice?: string;
  /** Milliseconds of steps per frame while playing (default 8: the rest of the frame draws). */
  budgetMs?: number;
  /** Milliseconds of steps per frame while replaying a link (default 24: fast, yet input is answered within two frames). */
  replayBudgetMs?: number;
  /** Milliseconds between count write-backs while playing. */
  writeEveryMs?: number;
  /** Injected in tests; default to requestAnimationFrame and performance.now. */
  raf?: (cb: () => void) => number;
  caf?: (id: number) => void;
  now?: () => number;
}
