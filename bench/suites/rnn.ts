// In-browser benchmark of the recurrent widget (#/rnn) in headless Chromium against a built preview:
// the character task with the default settings (LSTM, 64 units, sequence and truncation 64, batch 32, Adam 0.02,
// 120 s), validation loss (nats per character, the held-out last 10 % of the text) against wall time, while a
// requestAnimationFrame probe on the main thread records the longest gap between frames during training;
// then 30 s runs on each backend for their speed (characters per second).
// Goal (issue 14): under 2.0 nats per character within 120 s, no main-thread frame gap over 50 ms.
import os from 'node:os';
import { execSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { machineLine, writeSection } from '../lib/report.mjs';
import { launch, startPreview } from '../lib/browser';

// RNN_BENCH_PORT: a private preview port when several people bench on one machine.
const PORT = Number(process.env.RNN_BENCH_PORT ?? 4213);
const server = await startPreview(PORT);
const browser = await launch();

/** Polls from Node (the page's CSP forbids evaluating strings, and tsx wraps named functions). */
async function until(ok: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const t0 = Date.now();
  while (!(await ok())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function run(query: string, timeoutMs: number) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}#/rnn${query ? `?${query}` : ""}`);
    await until(async () => (await page.getByTestId('train').count()) > 0 && page.getByTestId('train').isEnabled(), 150_000);
    await page.evaluate(`(() => {
      const w = window; w.__gaps = []; w.__on = true; let last = performance.now();
      function tick(t) { if (document.querySelector('[data-testid=pause]')) w.__gaps.push(t - last); last = t; if (w.__on) requestAnimationFrame(tick); }
      requestAnimationFrame(tick);
    })()`);
    const load0 = os.loadavg()[0];
    await page.getByTestId('train').click();
    await until(async () => (await page.getByTestId('train').count()) > 0 && /again/.test((await page.getByTestId('train').textContent()) ?? ''), timeoutMs);
    const gaps = (await page.evaluate('(() => { window.__on = false; return window.__gaps.slice(1); })()')) as number[];
    const h = page.getByTestId('rnn-history');
    const history = JSON.parse((await h.getAttribute('data-value')) ?? '[]') as [number, number][];
    const rate = Number(await h.getAttribute('data-rate'));
    const backend = (await page.getByTestId('backend').textContent())?.replace(/.*:\s*/, '').trim() ?? '?';
    const steps = Number(await page.locator('[data-metric="step"]').getAttribute('data-value'));
    const sorted = [...gaps].sort((a, b) => a - b);
    return { backend, history, rate, steps, maxGap: sorted.at(-1) ?? NaN, p99: sorted[Math.floor(0.99 * (sorted.length - 1))] ?? NaN, over50: gaps.filter((g) => g > 50).length, frames: gaps.length, load: [load0, os.loadavg()[0]] };
  } finally {
    await page.close();
  }
}

/**
 * The control: the same page and probe for `seconds` with nothing training. On a shared, loaded machine the
 * main thread misses frames even when the page does nothing; this tells that apart from the page's own work.
 */
async function idleGaps(seconds: number) {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}#/rnn`);
    await until(async () => (await page.getByTestId('train').count()) > 0 && page.getByTestId('train').isEnabled(), 150_000);
    await page.evaluate(`(() => {
      const w = window; w.__gaps = []; w.__on = true; let last = performance.now();
      function tick(t) { w.__gaps.push(t - last); last = t; if (w.__on) requestAnimationFrame(tick); }
      requestAnimationFrame(tick);
    })()`);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const gaps = (await page.evaluate('(() => { window.__on = false; return window.__gaps.slice(1); })()')) as number[];
    return { maxGap: Math.max(...gaps), over50: gaps.filter((g) => g > 50).length, frames: gaps.length, load: os.loadavg()[0] };
  } finally {
    await page.close();
  }
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '—');
try {
  const uptime = execSync('uptime').toString().trim();
  const idle = await idleGaps(30);
  console.log('idle', idle);
  const main = await run('', 200_000);
  console.log('default', main);
  const at = (s: number) => main.history.filter(([t]) => t <= s).at(-1)?.[1] ?? NaN;
  const best = Math.min(...main.history.map(([, l]) => l));
  const curve = main.history.map(([t, l]) => `${t.toFixed(0)} s: ${l.toFixed(2)}`).join(' · ');
  const speed: string[] = [];
  for (const b of (process.env.RNN_BENCH_BACKENDS ?? 'wasm,webgl,cpu').split(',').filter(Boolean)) {
    const r = await run(`backend=${b}&timeLimit=30`, 120_000);
    console.log(b, r);
    speed.push(`| ${b} | ${r.backend} | ${Math.round(r.rate)} | ${r.steps} | ${f2(r.maxGap)} ms |`);
  }
  writeSection('rnn', `## rnn: character-level LSTM in the browser (issue 14)

${machineLine()} Chromium headless, built preview; \`npx tsx bench/suites/rnn.ts\`. **Machine load:** \`${uptime}\` when the suite
started (2 cores shared with other sessions' builds and tests: read every figure beside the idle control below), load average
${main.load.map((x) => x.toFixed(1)).join(' → ')} over the 120 s run.

Default settings (\`#/rnn\`: LSTM, 1 × 64 units, sequence and truncated-BPTT length 64, batch 32, Adam 0.02, clipping 5, 120 s),
on the shipped text (31,994 characters of Coriolanus, last 10 % held out), backend **${main.backend}**:

| | value |
|---|---|
| validation loss at 30 / 60 / 90 / 120 s (nats per character) | ${f2(at(30))} / ${f2(at(60))} / ${f2(at(90))} / ${f2(at(125))} |
| best validation loss | ${f2(best)} (perplexity ${f2(Math.exp(best))}) |
| updates in 120 s; characters per second | ${main.steps}; ${Math.round(main.rate)} |
| main thread while training: longest frame gap, 99th percentile, gaps over 50 ms, frames | ${f2(main.maxGap)} ms, ${f2(main.p99)} ms, ${main.over50}, ${main.frames} |

The same page and probe for 30 s with nothing training (the control, just before; load average ${idle.load.toFixed(1)}): longest frame gap
${f2(idle.maxGap)} ms, ${idle.over50} gaps over 50 ms in ${idle.frames} frames.

Goal: under 2.0 nats per character within 120 s — ${best < 2 ? '**met**' : `**not met** here (${f2(best)})`}; no frame gap over 50 ms — ${main.maxGap <= 50 ? '**met**' : `**not met** (${f2(main.maxGap)} ms)`}.

Validation loss against time: ${curve}.

**Where the frame gaps come from** (2026-12-03, a CDP CPU profile of the main thread over a 40 s character run, load average
about 19 on the 2 cores): the page's own JavaScript took under 1 s in all (Svelte updates, the charts, the rAF probe), plus 0.8 s
of garbage collection; no single script ran near 50 ms. The long tasks Chromium reported (16 of 50–300 ms) held no script: the
main thread was waiting for a core. The idle control above shows the same on a page that does nothing. What the page sends
and does per message was already small: progress every 250 ms (a few numbers), an evaluation every ≥ 2 s (a few numbers and,
for the memory task only, the gradient profile), the loss chart redrawn at most once a second, samples and inspection
computed in the worker. Changes from this profile: the per-evaluation gradient profile (a backward pass over 16 sequences)
is now computed for the memory task only, the one that shows it; and the defaults went from 128 units and Adam 0.01 to 64
units and Adam 0.02 — an update's time grows about with the square of the units, so the character model makes about three
times as many updates in 120 s.

Speed per backend (30 s runs, default network; includes first-use costs):

| asked | used | characters / s | updates | longest frame gap |
|---|---|---|---|---|
${speed.join('\n')}
`);
} finally {
  await browser.close();
  server.stop();
}
