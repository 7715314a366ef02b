// Frames at the widgets' maximum sizes (issue 16): "every widget at its maximum settings keeps p95 ≤ 16.7 ms and never
// goes over 50 ms; the budget must include the drawing". Each case opens a widget at its largest settings, starts what
// it animates (training, k-means' steps, the kNN probe following the pointer) and records the gap between animation
// frames for 5 s after 1 s of warm-up: a gap includes the step, Svelte's DOM update, style, layout and paint. The same
// page idle (before Play) is the control: it shows what the machine's load alone does to frame gaps.
import os from 'node:os';
import type { Page } from '@playwright/test';
import { judge, machineLine, summaryComment, writeSection } from '../lib/report.mjs';
import { frameGaps, launch, ONE_FRAME, recordGaps, resetGaps, startPreview, stats } from '../lib/browser';

const PORT = 4196;
const WARM_MS = 1000;
const MEASURE_MS = 5000;
/** Moves a pointer in a circle over kNN's map, one move per frame, as a hand hovering would. */
const HOVER = `(() => {
  const hit = document.querySelector('[data-testid="knn-hit"]');
  const r = hit.getBoundingClientRect();
  let a = 0;
  const move = () => {
    a += 0.07;
    const x = r.left + r.width * (0.5 + 0.4 * Math.cos(a)), y = r.top + r.height * (0.5 + 0.4 * Math.sin(a * 1.3));
    hit.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y, pointerType: 'mouse' }));
    requestAnimationFrame(move);
  };
  requestAnimationFrame(move);
})()`;


type Case = { label: string; route: string; ready: string; start: (page: Page) => Promise<unknown> };
const CASES: Case[] = [
  {
    label: '#/logistic training, 1,000 points, speed 50 (5 features, mini-batch 16)',
    route: 'logistic?n=1000&speed=50&batch=16&features=x1,x2,x1%5E2,x2%5E2,x1*x2',
    ready: '[data-metric="train-loss"]',
    start: (page) => page.getByTestId('play').click(),
  },
  {
    label: '#/kmeans playing, 1,000 points, k = 10, speed 20',
    route: 'kmeans?n=1000&k=10&speed=20',
    ready: '[data-testid="kmeans-status"]',
    start: (page) => page.getByTestId('play').click(),
  },
  {
    label: '#/knn hover probe, 1,000 points (700 train), k = 50',
    route: 'knn?n=1000&k=50',
    ready: '[data-testid="knn-hit"]',
    start: (page) => page.evaluate(HOVER),
  },
];

const server = await startPreview(PORT);
const browser = await launch();
const rows: string[] = [];
const summary: Parameters<typeof summaryComment>[0] = [];
const load0 = os.loadavg()[0];
try {
  for (const c of CASES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/${c.route}`);
    await page.locator(c.ready).first().waitFor();
    await recordGaps(page);
    await page.waitForTimeout(WARM_MS);
    await resetGaps(page);
    await page.waitForTimeout(2000);
    const idle = stats(await frameGaps(page));
    await c.start(page);
    await page.waitForTimeout(WARM_MS); // JIT, first layouts
    await resetGaps(page);
    await page.waitForTimeout(MEASURE_MS);
    const gaps = await frameGaps(page);
    const g = stats(gaps);
    const over50 = gaps.filter((x) => x > 50).length;
    const load = os.loadavg()[0];
    console.log(c.label, { idle, gaps: g, over50, load });
    rows.push(`| ${c.label} | ${g.n} | ${g.median.toFixed(1)} | ${g.p95.toFixed(1)} | ${g.max.toFixed(1)} | ${over50} (${((100 * over50) / g.n).toFixed(1)} %) | ${idle.p95.toFixed(1)} / ${idle.max.toFixed(1)} | ${load.toFixed(1)} |`);
    const met = g.p95 <= ONE_FRAME && g.max <= 50;
    summary.push({ figure: `${c.label}: frame gap p95 and longest`, value: `p95 ${g.p95.toFixed(1)} ms, longest ${g.max.toFixed(1)} ms (idle page: ${idle.p95.toFixed(1)} / ${idle.max.toFixed(1)} ms)`, goal: 'p95 ≤ 16.7 ms, none > 50 ms', status: judge(met, Math.max(load0, load)), load: Math.max(load0, load) });
    await page.close();
  }
  writeSection('max-frames', `## max-frames: frames at the widgets' maximum sizes

${machineLine()} Load average ${load0.toFixed(1)} at the start (each row gives the load when it ended). Headless Debian
Chromium (software rendering), \`vite build\` + \`vite preview\`, viewport 1280×900. Each case opens the widget at its
largest settings, records 2 s of the idle page (the control: what the machine alone does to frames), starts what it
animates, and after ${WARM_MS / 1000} s of warm-up records the gap between \`requestAnimationFrame\` callbacks for
${MEASURE_MS / 1000} s: a gap holds the step, Svelte's DOM update, style, layout and paint. kNN has nothing to play: its
per-frame work is the probe that follows the pointer (its k neighbours drawn as lines), moved once per frame.
Goal (issue 16): p95 ≤ 16.7 ms and no gap over 50 ms. rAF timestamps are vsync-aligned, so a 60 Hz frame measures
16.6–16.8 ms (the idle page's own p95 is 16.8 ms): a p95 up to 17.2 ms counts as one frame; a gap spanning two is ≥ 33 ms.

| case | frames | gap median (ms) | p95 (ms) | longest (ms) | gaps > 50 ms | idle page p95 / longest (ms) | load |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${summaryComment(summary)}
`);
} finally {
  await browser.close();
  server.stop();
}
