// In-browser probe: #/imbalance recomputing on a slider change (issue 12's "interactions fit in a frame"). The page has
// no run loop: a change of the positive share rebuilds the data and fits the chosen model six times (one per remedy,
// SMOTE's neighbours included), scores each on the test set and redraws the map, the matrix and the table. Timed per
// model, at the default 1,000 samples and at the largest (3,000).
// Given REF_DIST (a directory holding another build, e.g. of main: `npx vite build --outDir /tmp/ref`), the same changes
// are timed on that build too, in the same run and alternately, so that a change is judged against a reference taken
// under the same load rather than against an old number.
import os from 'node:os';
import { machineLine, writeSection } from '../lib/report.mjs';
import { launch, startPreview, stats, timeSlider } from '../lib/browser';

const PORT = Number(process.env.PORT || 4213);
const REF = process.env.REF_DIST;
const server = await startPreview(PORT);
const ref = REF ? await startPreview(Number(process.env.REF_PORT || PORT + 1), REF) : null;
const browser = await launch();
const load0 = os.loadavg()[0];
const fmt = (s: ReturnType<typeof stats>) => `${s.median.toFixed(1)} | ${s.p95.toFixed(1)}`;
try {
  const rows: string[] = [];
  for (const [label, query] of [
    ['logistic regression, 1,000 samples', ''],
    ['kNN (k = 5), 1,000 samples', 'model=knn'],
    ['decision tree (depth 4), 1,000 samples', 'model=tree'],
    ['logistic regression, 3,000 samples', 'n=3000'],
    ['kNN (k = 5), 3,000 samples', 'model=knn&n=3000'],
    ['decision tree (depth 4), 3,000 samples', 'model=tree&n=3000'],
  ] as const) {
    for (const [build, url] of [...(ref ? [['reference', ref.url]] : []), ['this build', server.url]] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${url}#/imbalance${query ? `?${query}` : ''}`);
      await page.locator('[data-metric="pr-auc"]').waitFor();
      const task = stats(await timeSlider(page, /^Positive share/, 30, 6));
      const frame = stats(await timeSlider(page, /^Positive share/, 30, 6, 'frame'));
      rows.push(`| ${label} | ${build} | ${task.n} | ${fmt(task)} | ${fmt(frame)} | ${frame.max.toFixed(1)} |`);
      console.log(label, build, { task, frame });
      await page.close();
    }
  }
  writeSection('imbalance-widget', `## #/imbalance: a slider change in the browser

${machineLine()} Load average ${load0.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (a shared 2-core machine: the
medians are the steadier number; re-measure quiet). Headless Debian Chromium, \`vite build\` + \`vite preview\`, viewport
1280×900. \`bench/suites/imbalance-widget.ts\` moves the positive-share slider through 30 positions (after 6 warm-up
changes) and times each change from its input event to the next macrotask: the new data and split, six fits of the
chosen model (one per remedy, with the resampling and SMOTE's neighbours), their test scores, the 90 × 90 probability
map and Svelte's DOM update ("to task"); then 30 more to the macrotask after the next animation frame, so that style,
layout and paint are included ("to frame"). ${ref ? `Each state is timed on a reference build (REF_DIST=${REF}) and on this build, one after the other in the same run. ` : ''}Target: within a frame (16.7 ms).

| model, samples | build | changes | to task: median (ms) | p95 (ms) | to frame: median (ms) | p95 (ms) | max (ms) |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`);
} finally {
  await browser.close();
  server.stop();
  ref?.stop();
}
