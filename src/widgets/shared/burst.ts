/**
 * Work that may wait while the learner drags: the address bar's write (WidgetHost: serialising the params and
 * `history.replaceState` cost 3–6 ms per change, about a tenth of each change's script on #/tree's depth slider) and
 * the panels a widget lets settle (settled.svelte.ts). A change on its own (a click, a file read, a run's count) is
 * done at once, while one that follows within `BURST_MS` of the last (a drag's next step) waits for the burst to end:
 * a pause of `BURST_MS`, or the learner letting go. Letting go is any `pointerup`, `keyup`, `change` or `click` on the
 * page: the waiting work is done before the page's own handlers run (capture phase), and the changes those handlers
 * make are done at once. So a reload or "Copy link" right after a drag, a key press or a typed value sees what is on
 * screen (an earlier try that only waited for a pause lost a drag's last move on a reload: linear.spec).
 */
export const BURST_MS = 150;
const SETTLING_EVENTS = ['pointerup', 'pointercancel', 'keyup', 'change', 'click'] as const;

export class Burst {
  private lastWriteAt = -Infinity;
  private pending: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Asks for `write` (the latest request replaces any waiting one). Returns a cancel for a request still waiting. */
  request(write: () => void): () => void {
    this.drop();
    if (this.now() - this.lastWriteAt >= BURST_MS) {
      this.run(write);
      return () => {};
    }
    this.pending = write;
    this.timer = setTimeout(() => this.flush(), BURST_MS);
    return () => {
      if (this.pending === write) this.drop();
    };
  }

  /** Does the waiting work now. */
  flush(): void {
    const w = this.pending;
    this.drop();
    if (w) this.run(w);
  }

  /** The burst is over: the waiting work is done, and the next request is done at once. */
  settle(): void {
    this.flush();
    this.lastWriteAt = -Infinity;
  }

  /** Listens for the learner letting go, on `target` (the window); returns the unsubscribe. */
  listen(target: Pick<Window, 'addEventListener' | 'removeEventListener'>): () => void {
    const settle = () => this.settle();
    const flush = () => this.flush();
    for (const e of SETTLING_EVENTS) target.addEventListener(e, settle, { capture: true, passive: true });
    target.addEventListener('pagehide', flush);
    return () => {
      for (const e of SETTLING_EVENTS) target.removeEventListener(e, settle, { capture: true });
      target.removeEventListener('pagehide', flush);
    };
  }

  private run(write: () => void): void {
    this.lastWriteAt = this.now();
    write();
  }

  private drop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = null;
  }
}
