// Shared by in-browser benchmark suites: build the app once, serve it with `vite preview` on a private port,
// and drive Debian's Chromium through playwright-core (no browser download).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Builds the app and serves it; or, given `dir`, serves a build already there (a reference build, e.g. of main). */
export async function startPreview(port: number, dir?: string): Promise<{ url: string; stop: () => void }> {
  if (!dir) {
    const b = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
    if (b.status !== 0) throw new Error('vite build failed');
  }
  const out = dir ? ['--outDir', dir] : [];
  const proc: ChildProcess = spawn('npx', ['vite', 'preview', ...out, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => { try { process.kill(-proc.pid!); } catch { /* gone */ } } };
}

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

export function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] };
}

/**
 * Times `changes` moves of one slider of the open page (after `warm` warm-up moves): each from its input event to
 * the next macrotask, i.e. the run's rebuild and Svelte's DOM update (layout and paint come on top); with
 * `until: 'frame'`, to the macrotask after the next animation frame, so that style, layout and paint are included.
 * The positions jump around the range (k·17 mod 40) so that no two neighbouring changes are alike.
 */
export async function timeSlider(page: Page, name: RegExp, changes = 40, warm = 8, until: 'task' | 'frame' = 'task'): Promise<number[]> {
  return page.getByRole('slider', { name }).evaluate(async (el: HTMLInputElement, [n, toFrame]: [number, boolean]) => {
    const min = Number(el.min), max = Number(el.max), out: number[] = [];
    // no named function in here: tsx would wrap it in a __name helper the page does not have
    for (let k = 0; k < n; k++) {
      el.value = String(min + ((max - min) * ((k * 17) % 40)) / 40);
      const t0 = performance.now();
      el.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => (toFrame ? requestAnimationFrame(() => setTimeout(r, 0)) : setTimeout(r, 0)));
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  }, [changes + warm, until === 'frame'] as [number, boolean]).then((t) => t.slice(warm));
}

/** One 60 Hz frame as rAF timestamps show it: they are vsync-aligned and measure 16.6–16.8 ms (an idle page's p95 is
 * 16.8 ms), so "within a frame" allows the timestamps' rounding; any gap that spans two frames is 33 ms or more. */
export const ONE_FRAME = 16.7 + 0.5;

/** Starts recording the gaps between animation frames into window.__gaps (read with frameGaps, restart with resetGaps). */
export const recordGaps = (page: Page) => page.evaluate(`(() => {
  window.__gaps = [];
  let last = performance.now();
  const tick = (t) => { window.__gaps.push(t - last); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`); // a string, not a function: tsx would wrap a named inner function in a helper the page does not have
export const frameGaps = (page: Page) => page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
export const resetGaps = (page: Page) => page.evaluate(() => { (window as unknown as { __gaps: number[] }).__gaps = []; });
