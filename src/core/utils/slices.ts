/**
 * Work cut into slices: a generator that yields between slices (so a page can spread it over frames) and returns
 * its result. Run at once, it is the unsliced computation.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Runs sliced work to its end at once and returns its result. */
export function runSlices<T>(g: Sliced<T>): T {
  for (;;) {
    const r = g.next();
    if (r.done) return r.value;
  }
}
