/**
 * Work that may be done ahead, while nothing else needs the page: `slice(more)` does units of work while `more()`
 * is true and returns true when all is done. It runs in the browser's idle periods (requestIdleCallback), so a
 * learner's input is never kept waiting; where that API is missing (Safari), in 8 ms slices between tasks.
 * Returns a function that cancels whatever is left.
 */
export function idleSlices(slice: (more: () => boolean) => boolean): () => void {
  let cancelled = false;
  let cancelNext = () => {};
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => run(() => deadline.timeRemaining() > 1));
      cancelNext = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => {
        const end = performance.now() + 8;
        run(() => performance.now() < end);
      }, 16);
      cancelNext = () => clearTimeout(id);
    }
  };
  const run = (more: () => boolean) => {
    if (!cancelled && !slice(more)) schedule();
  };
  schedule();
  return () => {
    cancelled = true;
    cancelNext();
  };
}
