/**
 * Pointer moves can outpace animation frames. `perFrame(fn)` returns a function that remembers only the
 * latest arguments and calls `fn` with them once, at the next animation frame; `flush()` makes a pending call
 * now (a drag's last position before its end is committed), `cancel()` drops it (when the owner is destroyed).
 */
export function perFrame<A extends unknown[]>(
  fn: (...args: A) => void,
  raf: (cb: () => void) => number = (cb) => requestAnimationFrame(cb),
  caf: (id: number) => void = (id) => cancelAnimationFrame(id),
): ((...args: A) => void) & { flush: () => void; cancel: () => void } {
  let pending: A | null = null;
  let frame = 0;
  const call = (...args: A) => {
    pending = args;
    if (frame) return;
    frame = raf(() => {
      frame = 0;
      const a = pending;
      pending = null;
      if (a) fn(...a);
    });
  };
  call.cancel = () => {
    if (frame) caf(frame);
    frame = 0;
    pending = null;
  };
  call.flush = () => {
    const a = pending;
    call.cancel();
    if (a) fn(...a);
  };
  return call;
}
