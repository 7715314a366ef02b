// Frame gaps measured in the page, and a yardstick that makes them comparable across machine loads: how long 50 ms of
// main-thread work (timed at the fastest the page runs it) takes on this machine right now. On the shared 2-core
// machine at load 15–30, 50 ms of work takes 100–500 ms, and an idle page's frames also slip; an absolute "no gap
// over 50 ms" would then fail for the machine's sake, and a loosened bound (the old "no task over 500 ms") would pass
// a page that blocks for 400 ms of its own work on a quiet one. The work and the gaps are measured in the same run.
import type { Page } from '@playwright/test';

/** Starts recording every animation frame's time (window.__frames). */
export async function recordFrames(page: Page): Promise<void> {
  // strings, not functions: the test's transpiler may wrap a function in helpers the page does not have
  await page.evaluate(`window.__frames = []; window.__tick = (t) => { window.__frames.push(t); requestAnimationFrame(window.__tick); };
    requestAnimationFrame(window.__tick);`);
}

/** The gaps between the frames recorded since the last call, sorted ascending (ms). */
export async function takeGaps(page: Page): Promise<number[]> {
  const f = (await page.evaluate('window.__frames.splice(0)')) as number[];
  return f.slice(1).map((t, i) => t - f[i]).sort((a, b) => a - b);
}

export const quantile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/**
 * The median wall time, over `runs` runs, of a loop sized to take `ms` of work at the page's fastest (the least time
 * of 40 short runs after a warm-up: a short run mostly fits in one time slice even on a loaded machine).
 */
export async function workYardstick(page: Page, ms = 50, runs = 5): Promise<number> {
  return (await page.evaluate(`(async () => {
    const spin = (n) => { let x = 0; for (let i = 0; i < n; i++) x += Math.sqrt(i + (x % 7)); return x; };
    const rest = (d) => new Promise((r) => setTimeout(r, d));
    const time = (n) => { const t = performance.now(); spin(n); return performance.now() - t; };
    let n = 10000;
    for (let k = 0; k < 3; k++) spin(n);
    while (time(n) < 1) n *= 2;
    let best = Infinity;
    for (let k = 0; k < 40; k++) { best = Math.min(best, time(n)); await rest(0); }
    const big = Math.round((n * ${ms}) / best), took = [];
    for (let k = 0; k < ${runs}; k++) { took.push(time(big)); await rest(30); }
    return took.sort((a, b) => a - b)[Math.floor(${runs} / 2)];
  })()`)) as number;
}
