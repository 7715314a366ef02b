// In-browser benchmark of the CNN widget (#/cnn) in headless Chromium against a built preview:
//  1. training speed (images/s) on each TF.js backend, same small run;
//  2. the default settings: test accuracy and wall-clock training time (3 seeds), plus accuracy when the
//     time limit is 20 / 40 s, while a requestAnimationFrame probe on the main thread records the longest
//     gap between frames (the page must keep animating: goal ≤ 50 ms).
// Goal (issue 5): ≥ 97 % test accuracy on the 28×28 digits within 60 s of training, default settings.
import os from 'node:os';
import type { Page } from '@playwright/test';
import { machineLine, writeSection } from '../lib/report.mjs';
import { launch, startPreview, stats } from '../lib/browser';

const PORT = 4193;
const server = await startPreview(PORT);
const browser = await launch();

interface RunResult {
  backend: string;
  acc: number;
  seconds: number;
  ips: number;
  epochs: string;
  status: string;
  maxGap: number;
  p99Gap: number;
  gapsOver50: number;
  frames: number;
  longTasks: number;
  /** Main-thread CPU time / wall time over the run. */
  mainBusy: number;
}

async function metric(page: Page, name: string): Promise<number> {
  const v = await page.locator(`[data-metric="${name}"]`).first().getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
}

/** Opens #/cnn?query, presses Train, waits for the test accuracy; records main-thread frame gaps meanwhile. */
async function run(query: string, timeoutMs = 300_000, idleMs = 0): Promise<RunResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${server.url}#/cnn?${query}`);
    await page.getByTestId('train').waitFor({ state: 'visible', timeout: 60_000 });
    await page.waitForFunction(() => !(document.querySelector('[data-testid=train]') as HTMLButtonElement).disabled, null, { timeout: 60_000 });
    // A string, not a function: tsx would wrap named functions in a helper (__name) the page does not have.
    await page.evaluate(`(() => {
      const w = window;
      w.__gaps = []; w.__long = 0; w.__on = true; w.__training = false; w.__always = ${idleMs > 0};
      let last = performance.now();
      // Only frames while the run is on (the Pause button shows) count: the one-off redraw of every view
      // when training ends is not "during training".
      function tick(t) {
        w.__training = w.__always || !!document.querySelector('[data-testid=pause]');
        if (w.__training) w.__gaps.push(t - last);
        last = t;
        if (w.__on) requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
      try { new PerformanceObserver((l) => { if (w.__training) w.__long += l.getEntries().length; }).observe({ type: 'longtask' }); } catch (e) { /* no longtask */ }
    })()`);
    // Main-thread CPU time (Chrome's TaskDuration) over the run: how much of it the page itself spends.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
    const task0 = await taskSeconds(), wall0 = Date.now();
    if (idleMs > 0) {
      // Control: the same page, not training, same probe: what the machine alone does to frame gaps.
      await page.waitForTimeout(idleMs);
    } else {
      await page.getByTestId('train').click();
      await page.waitForFunction(() => document.querySelector('[data-metric="test-accuracy"]')?.getAttribute('data-value'), null, { timeout: timeoutMs, polling: 500 });
    }
    const probe = await page.evaluate(() => {
      const w = window as unknown as { __gaps: number[]; __long: number; __on: boolean };
      w.__on = false;
      return { gaps: w.__gaps.slice(1), long: w.__long };
    });
    const mainBusy = (await taskSeconds() - task0) / ((Date.now() - wall0) / 1000);
    const g = stats(probe.gaps);
    const sorted = [...probe.gaps].sort((a, b) => a - b);
    return {
      backend: (await page.getByTestId('backend').textContent())?.replace(/.*:\s*/, '').trim() ?? '?',
      acc: await metric(page, 'test-accuracy'),
      seconds: await metric(page, 'training-time'),
      ips: await metric(page, 'images-per-second'),
      epochs: (await page.locator('[data-metric="epoch"]').textContent())?.trim() ?? '',
      status: (await page.getByTestId('status').textContent())?.replace(/\s+/g, ' ').trim() ?? '',
      maxGap: g.max,
      p99Gap: sorted[Math.floor(0.99 * (sorted.length - 1))],
      gapsOver50: probe.gaps.filter((x) => x > 50).length,
      frames: probe.gaps.length,
      longTasks: probe.long,
      mainBusy,
    };
  } finally {
    await page.close();
  }
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)} %` : '—');
const s1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const only = process.env.CNN_BENCH_ONLY ?? '';

try {
  // 1. Speed per backend: the default network, 3,000 images, one epoch (first-use costs such as WebGL shader compilation included).
  const speedRows: string[] = [];
  if (!only || only === 'speed') {
    // (the default network; cpu and WebGL take ~1 minute each here)
    for (const b of ['wasm', 'webgl', 'cpu']) {
      const r = await run(`backend=${b}&trainSize=3000&valShare=0&epochs=1&timeLimit=0&patience=0`);
      console.log('speed', b, r);
      speedRows.push(`| ${b} | ${r.backend} | ${Math.round(r.ips)} | ${s1(r.seconds)} s | ${s1(r.maxGap)} ms |`);
    }
  }

  // 2. Default settings (URL without parameters = the defaults), three seeds; then 20 s and 40 s limits.
  const accRows: string[] = [];
  let idleResult: RunResult | null = null;
  const defaults: RunResult[] = [];
  if (!only || only === 'defaults') {
    const idle = await run('', 0, 20_000);
    idleResult = idle;
    console.log('idle control', idle);
    accRows.push(`| control: page open, not training, 20 s | — | — | — | — | — | ${s1(idle.maxGap)} ms | ${s1(idle.p99Gap)} ms | ${idle.gapsOver50} / ${idle.frames} | ${idle.longTasks} | ${pct(idle.mainBusy)} |`);
    for (const [label, query] of [['defaults, seed 1', ''], ['defaults, seed 2', 'seed=2'], ['defaults, seed 3', 'seed=3'], ['time limit 20 s', 'timeLimit=20'], ['time limit 40 s', 'timeLimit=40']] as const) {
      const r = await run(query);
      console.log(label, r);
      if (label.startsWith('defaults')) defaults.push(r);
      accRows.push(`| ${label} | ${r.backend} | **${pct(r.acc)}** | ${s1(r.seconds)} s | ${r.epochs} | ${Math.round(r.ips)} | ${s1(r.maxGap)} ms | ${s1(r.p99Gap)} ms | ${r.gapsOver50} / ${r.frames} | ${r.longTasks} | ${pct(r.mainBusy)} |`);
    }
  }
  const reached = defaults.filter((r) => r.acc >= 0.97 && r.seconds <= 60).length;
  const idleRun = idleResult;
  const idleNote = idleRun ? `with the page open and nothing training (control row), the longest gap was ${s1(idleRun.maxGap)} ms (${idleRun.gapsOver50} gaps over 50 ms in 20 s).` : '';
  const busy = defaults.map((r) => r.mainBusy);
  const busyRange = busy.length ? `${pct(Math.min(...busy))}–${pct(Math.max(...busy))}` : '—';
  const worstGap = Math.max(...defaults.map((r) => r.maxGap));
  const load = os.loadavg().map((x) => x.toFixed(1)).join(' / ');

  const md = `## cnn

CNN widget (\`#/cnn\`), measured by \`bench/suites/cnn.ts\` in headless Debian Chromium against \`vite build\` +
\`vite preview\`: the bench opens the widget, presses Train and waits for the test accuracy, reading the
\`data-metric\` values the widget shows. Training runs in a Web Worker; a \`requestAnimationFrame\` loop on the
main thread records the gap between frames meanwhile (the page must keep animating: no gap over 50 ms).
${machineLine()} Load average when the suite ended: ${load} (other jobs share these 2 cores; timings vary with them).

**Goal:** ≥ 97 % test accuracy on the 28×28 digits within 60 s of training, default settings.
**Result:** ${defaults.length ? `${reached} of ${defaults.length} default runs reached it; longest main-thread frame gap during default runs ${s1(worstGap)} ms.` : 'not measured in this run.'}

Defaults: 9,000 MNIST training images (10 % held out for validation) with random shifts of ±1 px, conv 16×5×5
stride 2 → conv 32×3×3 stride 2 → dropout 0.25 → dense 10 (20,746 weights), Adam 0.003 with cosine annealing
to 2 % over the run (its progress = the larger of epochs done / 20 and time / 60 s), batch 64, up to 20 epochs,
early stopping with patience 3 (restoring the best epoch), 60 s time limit (which leaves room for the last
validation pass); test set 1,000 digits (100 per class), never used for training or stopping. Training time =
batches + the per-epoch validation passes (the widget's \`training-time\`, which starts when Train is pressed;
backend start-up and data loading happen when the widget opens and are not included).

| run | backend | test accuracy | training time | epochs | images/s | max frame gap | p99 gap | gaps > 50 ms | long tasks | main thread busy |
|---|---|---|---|---|---|---|---|---|---|---|
${accRows.join('\n')}

Frame gaps: ${idleNote} While training, the main thread is busy ${busyRange} of the time (Chrome's TaskDuration /
wall time, which includes painting every frame for the probe): the page's own work is small, and the long gaps
come when other jobs on the shared 2 cores (and the training worker itself) leave the main thread waiting for a
core. The goal "no gap over 50 ms" is therefore ${worstGap <= 50 ? 'met' : '**not demonstrated** on this shared machine'}
(longest gap during default runs ${s1(worstGap)} ms).

Training speed per backend (same network, 3,000 images, one epoch, no validation). These runs are short, so
start-up (wasm compilation, WebGL shader compilation, the first batches' JIT) weighs in; the steady-state wasm
speed is the images/s of the default runs above. TF.js's own \`tf.layers.conv2d\` cannot train on wasm at all
(no \`Conv2DBackpropFilter\` kernel): that is what the widget's conv layer fixes.

| backend asked | backend used | images/s | time | max frame gap |
|---|---|---|---|---|
${speedRows.join('\n')}

**How it gets there.** TF.js's wasm backend has no \`Conv2DBackpropFilter\` kernel, so \`tf.layers.conv2d\` cannot
train on it, and WebGL runs on SwiftShader (software) here. The widget's conv layer (\`src/core/nn/conv-layer.ts\`)
therefore computes its own gradients on wasm from fast forward kernels: the filter gradient as image patches
(a depthwise conv with one-hot kernels) times the output gradient (one matMul, with an explicit transpose:
wasm's matMul is several times slower with \`transposeA\`), and the input gradient as a forward conv of the
zero-spread output gradient with the flipped kernel (wasm's \`Conv2DBackpropInput\` is slow). Both are checked
against TF.js's own gradients in \`tests/unit/cnn-model.test.ts\`. On top: the training images live on the
backend once and each batch is one \`gather\` (the shift augmentation is the same gather with shifted indices);
loss and accuracy stay on the device and are read back a few times a second, not per batch; strided convs
instead of pooling (max-pool's gradient is slow on wasm); all 9,000 training images (6,000 level off near 97 %);
and the network that learns most per second rather than per epoch: measured with the probe harness under the
same conditions, conv 16/32 reached 97.7–98.1 % in 60 s at ≈ 1,750–2,150 images/s, conv 24/48 97.2 % at ≈ 1,200
images/s, and batch 128 was no faster per image than 64. A cosine schedule tied to the time limit ends every run
with small steps however fast the machine is (a per-epoch decay left slow runs stuck at large steps).
`;
  console.log(md);
  if (only) console.log('partial run (CNN_BENCH_ONLY): docs/PERFORMANCE.md not updated');
  else writeSection('cnn', md);
} finally {
  await browser.close();
  server.stop();
}
