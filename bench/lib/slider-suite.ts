// A suite that times a widget's sliders in the browser, one row per slider: the page opened, made ready, and one
// slider moved through 40 positions (after 8 warm-up changes), each change timed from its input event to the next
// macrotask (timeSlider). Written into its docs/PERFORMANCE.md section with the method. Used by the suites whose goal
// is "a slider change refits and redraws within one frame" (#/tree, #/linear, #/regularization).
import os from 'node:os';
import type { Page } from '@playwright/test';
import { machineLine, writeSection } from './report.mjs';
import { launch, startPreview, stats, timeSlider } from './browser';

export interface SliderCase {
  label: string;
  /** the hash, e.g. '#/tree' */
  route: string;
  /** waits until the widget is ready, and sets up the state to measure (e.g. grows the tree to the end) */
  ready: (page: Page) => Promise<void>;
  slider: RegExp;
}

export async function runSliderSuite(o: { port: number; section: string; title: string; method: string; cases: SliderCase[] }): Promise<void> {
  const server = await startPreview(o.port);
  const browser = await launch();
  const load0 = os.loadavg()[0];
  try {
    const rows: string[] = [];
    for (const c of o.cases) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${server.url}${c.route}`);
      await c.ready(page);
      const s = stats(await timeSlider(page, c.slider));
      rows.push(`| ${c.label} | ${s.n} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} |`);
      console.log(c.label, s);
      await page.close();
    }
    writeSection(o.section, `## ${o.title}

${machineLine()} Load average ${load0.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (a shared 2-core machine: the
medians are the steadier number; re-measure quiet). Headless Debian Chromium, \`vite build\` + \`vite preview\`, viewport
1280×900. ${o.method} Each row moves one slider through 40 positions (after 8 warm-up changes) and times each change
from its input event to the next macrotask (\`bench/lib/slider-suite.ts\`); layout and paint come on top. The issue's
target is p95 ≤ 16.7 ms.

| slider | changes | median (ms) | p95 (ms) | max (ms) |
|---|---|---|---|---|
${rows.join('\n')}
`);
  } finally {
    await browser.close();
    server.stop();
  }
}
