// In-browser probe: the logistic widget training and drawing at 400 points and a 100×100 boundary grid.
// Measures each frame's work (steps + draw + Svelte's DOM update, recorded by TrainingLoop as 'mlp-frame')
// and the interval between animation frames, in headless Chromium on this machine.
import os from 'node:os';
import { machineLine, writeSection } from '../lib/report.mjs';
import { launch, startPreview, stats } from '../lib/browser';

const PORT = 4191;
const server = await startPreview(PORT);
const browser = await launch();
try {
  const rows: string[] = [];
  for (const [label, query] of [
    ['full batch, x₁ x₂', 'n=400&trainShare=0.9'],
    ['mini-batch 16, 5 features, speed 20', 'n=400&trainShare=0.9&batch=16&speed=20&features=x1,x2,x1%5E2,x2%5E2,x1*x2'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/logistic?${query}`);
    await page.locator('[data-metric="train-loss"]').waitFor();
    // A string, not a function: tsx would wrap a named inner function in a helper the page doesn't have.
    await page.evaluate(`(() => {
      window.__gaps = [];
      let last = performance.now();
      const tick = (t) => { window.__gaps.push(t - last); last = t; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await page.getByTestId('play').click();
    await page.waitForTimeout(1000); // warm-up: JIT, first layouts
    await page.evaluate(() => { performance.clearMeasures('mlp-frame'); (window as unknown as { __gaps: number[] }).__gaps = []; });
    await page.waitForTimeout(5000);
    const { work, gaps, epoch } = await page.evaluate(() => ({
      work: performance.getEntriesByName('mlp-frame').map((e) => e.duration),
      gaps: (window as unknown as { __gaps: number[] }).__gaps,
      epoch: document.querySelector('[data-metric="epoch"]')?.getAttribute('data-value'),
    }));
    const w = stats(work), g = stats(gaps);
    rows.push(`| ${label} | ${w.n} | ${w.median.toFixed(2)} | ${w.p95.toFixed(2)} | ${g.median.toFixed(1)} | ${g.p95.toFixed(1)} | ${(1000 / g.median).toFixed(0)} | ${Number(epoch).toFixed(1)} |`);
    console.log(label, { work: w, gaps: g, epoch });
    await page.close();
  }
  writeSection('logistic-frame', `## Logistic regression widget: a full frame in the browser

${machineLine()} Load average during the run: ${os.loadavg()[0].toFixed(1)}. Headless Debian Chromium (software rendering), \`vite build\` + \`vite preview\`, viewport 1280×900.
The widget trains on 400 generated points (two moons, 360 train / 40 test) and redraws the 100×100 probability map,
the points, the loss curves and the weight bars every frame. "Frame work" is what TrainingLoop records as the
User Timing measure \`mlp-frame\`: the gradient updates, the grid computation, and Svelte's DOM update (canvas
\`putImageData\`, SVG paths) that follows in the same task; "frame interval" is the time between
\`requestAnimationFrame\` callbacks, which includes the browser's own layout and paint. 5 s measured after 1 s of warm-up.
Target: frame work ≤ 16 ms median, so training animates at 60 frames per second.

| run | frames | frame work median (ms) | p95 (ms) | frame interval median (ms) | p95 (ms) | fps | epochs after 6 s |
|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`);
} finally {
  await browser.close();
  server.stop();
}
