// In-browser probe: #/linear and #/regularization refitting on a slider change (issue 10: on #/linear and
// #/regularization a slider change refits and redraws within one frame, p95 ≤ 16.7 ms in headless Chromium). Each row
// moves one slider through 40 positions (after 8 warm-up changes) and times each change from its input event to the
// next macrotask, as the #/svm and #/tree suites do.
import os from 'node:os';
import { machineLine, writeSection } from '../lib/report.mjs';
import { launch, startPreview, stats, timeSlider } from '../lib/browser';

const PORT = Number(process.env.PORT || 4213);
const server = await startPreview(PORT);
const browser = await launch();
const load0 = os.loadavg()[0];
try {
  const rows: string[] = [];
  for (const [label, route, metric, slider] of [
    ['#/linear, outlier (30 points: least squares, the gradient-descent line, residual squares)', 'linear', 'ls-loss', /^Outlier/],
    ['#/linear, noise (30 points: new data, both lines refitted)', 'linear', 'ls-loss', /^Noise/],
    ['#/regularization, degree (30 points, ridge)', 'regularization', 'test-mse', /^Degree/],
    ['#/regularization, α (30 points, ridge, degree 5)', 'regularization', 'test-mse', /^alpha/],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/${route}`);
    await page.locator(`[data-metric="${metric}"]`).waitFor();
    await page.waitForTimeout(1500);
    const s = stats(await timeSlider(page, slider));
    rows.push(`| ${label} | ${s.n} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} |`);
    console.log(label, s);
    await page.close();
  }
  writeSection('linear-widgets', `## #/linear and #/regularization: a slider change in the browser

${machineLine()} Load average ${load0.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (a shared 2-core machine:
the medians are the steadier number). Headless Debian Chromium, \`vite build\` + \`vite preview\`, viewport 1280×900, each
widget at its defaults. \`bench/suites/linear-widgets.ts\` moves one slider through 40 positions (after 8 warm-up changes)
and times each change from its input event to the next macrotask: the rebuild (data, fits, the views' curves) and
Svelte's DOM update; layout and paint come on top. The issue's target is p95 ≤ 16.7 ms.

| slider | changes | median (ms) | p95 (ms) | max (ms) |
|---|---|---|---|---|
${rows.join('\n')}
`);
} finally {
  await browser.close();
  server.stop();
}
