// #/mlp against TensorFlow Playground's own terms (issue 13): with its largest network (6 × 8, tanh, batch 10, 250
// training points) ours must train at least as many examples per second as a faithful per-example SGD loop like its
// engine, measured in the same run, and keep every frame, heat maps included, within 16.7 ms (p95); at 8 × 16 on
// 1,000 points the page still animates (no frame gap over 50 ms).
// Part 1 (Node, interleaved rounds): our engine's epoch (core/models/neural_network/mlp.ts, what the widget runs)
// against `bench/lib/per-example-sgd.ts`, a per-example loop built as TensorFlow Playground's engine is (a graph of
// neuron and link objects; forward and backward one example at a time; derivatives accumulated on the links and
// applied every batch), both on the same 250 points, network and learning rate.
// Part 2 (Chromium): the widget itself, playing at one epoch per frame as TensorFlow Playground does.
import os from 'node:os';
import type { Page } from '@playwright/test';
import { Mlp } from '../../src/core/models/neural_network/mlp';
import { Rng } from '../../src/core/random';
import { judge, machineLine, summaryComment, writeSection } from '../lib/report.mjs';
import { frameGaps, launch, ONE_FRAME, recordGaps, resetGaps, startPreview, stats } from '../lib/browser';
import { PerExampleNet } from '../lib/per-example-sgd';

const PORT = Number(process.env.PREVIEW_PORT || 4197);
const HIDDEN = [8, 8, 8, 8, 8, 8];
const N_TRAIN = 250, BATCH = 10, LR = 0.03, EPOCHS = 40, ROUNDS = 7;

// Two noisy circles, as the widget's default data set (the engine's speed does not depend on which points)
const rng = new Rng(7);
const x = new Float64Array(N_TRAIN * 2), y = new Float64Array(N_TRAIN);
for (let i = 0; i < N_TRAIN; i++) {
  const inner = i % 2, r = inner ? rng.uniform(0, 0.5) : rng.uniform(0.7, 1), a = rng.uniform(0, 2 * Math.PI);
  x[2 * i] = r * Math.cos(a) + rng.uniform(-0.1, 0.1);
  x[2 * i + 1] = r * Math.sin(a) + rng.uniform(-0.1, 0.1);
  y[i] = inner;
}
const order = Array.from({ length: N_TRAIN }, (_, i) => i);

function timeOurs(): number {
  const net = new Mlp({ nIn: 2, hidden: HIDDEN, activation: 'tanh', task: 'binary', learningRate: LR, optimizer: 'sgd', seed: 1 });
  const data = { n: N_TRAIN, x, y };
  const t = performance.now();
  for (let e = 0; e < EPOCHS; e++) net.trainEpoch(data, order, BATCH);
  return performance.now() - t;
}
function timeReference(): number {
  const net = new PerExampleNet([2, ...HIDDEN, 1], 1);
  const t = performance.now();
  for (let e = 0; e < EPOCHS; e++) net.trainEpoch(x, y, order, BATCH, LR);
  return performance.now() - t;
}
for (let w = 0; w < 3; w++) { timeOurs(); timeReference(); } // JIT warm-up
const ours: number[] = [], ref: number[] = [], ratios: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const a = timeOurs(), b = timeReference();
  ours.push(a); ref.push(b); ratios.push(b / a);
}
const med = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
const perSec = (ms: number) => (EPOCHS * N_TRAIN * 1000) / ms;
const speedup = med(ratios);
const load0 = os.loadavg()[0];
console.log({ ours: med(ours), reference: med(ref), speedup, load0 });

// Part 2: the widget
const CASES = [
  { label: 'TensorFlow Playground’s largest: 6 × 8 tanh, batch 10, 250 training points', query: 'layers=8,8,8,8,8,8&n=500&trainShare=0.5&batch=10&activation=tanh', goal: 'p95' as const },
  { label: 'ours at its largest: 8 × 16 tanh, batch 10, 1,000 points (500 training)', query: 'layers=16,16,16,16,16,16,16,16&n=1000&trainShare=0.5&batch=10&activation=tanh', goal: 'max' as const },
];
const epochNow = (page: Page) => page.locator('[data-metric="epoch"]').getAttribute('data-value').then(Number);
const server = await startPreview(PORT);
const browser = await launch();
const rows: string[] = [];
const summary: Parameters<typeof summaryComment>[0] = [];
try {
  for (const c of CASES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/mlp?${c.query}`);
    await page.locator('[data-metric="epoch"]').waitFor();
    // the offline service worker's first install caches every file (and Chromium compiles the cached scripts) on
    // another thread for seconds: on 2 cores that measured the machine, not the page (a trace showed 2 s of it)
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await recordGaps(page);
    await page.getByTestId('play').click();
    await page.waitForTimeout(1000);
    await page.evaluate(() => performance.clearMeasures('mlp-frame'));
    await resetGaps(page);
    const e0 = await epochNow(page), t0 = Date.now();
    await page.waitForTimeout(5000);
    const e1 = await epochNow(page), secs = (Date.now() - t0) / 1000;
    const gaps = await frameGaps(page);
    const work = await page.evaluate(() => performance.getEntriesByName('mlp-frame').map((m) => m.duration));
    const g = stats(gaps), w = stats(work), over50 = gaps.filter((v) => v > 50).length, load = os.loadavg()[0];
    const trainRows = c.goal === 'p95' ? 250 : 500;
    const epochsPerSec = (e1 - e0) / secs;
    console.log(c.label, { gaps: g, work: w, over50, epochsPerSec, load });
    rows.push(`| ${c.label} | ${g.n} | ${w.median.toFixed(1)} / ${w.p95.toFixed(1)} | ${g.median.toFixed(1)} / ${g.p95.toFixed(1)} / ${g.max.toFixed(1)} | ${over50} | ${epochsPerSec.toFixed(1)} (${Math.round(epochsPerSec * trainRows).toLocaleString('en')} examples/s) | ${load.toFixed(1)} |`);
    const met = c.goal === 'p95' ? g.p95 <= ONE_FRAME : g.max <= 50;
    summary.push({
      figure: c.goal === 'p95' ? '#/mlp playing 6 × 8 tanh, 250 training points: frame gap p95' : '#/mlp playing 8 × 16 on 1,000 points: longest frame gap',
      value: c.goal === 'p95' ? `${g.p95.toFixed(1)} ms (longest ${g.max.toFixed(1)} ms)` : `${g.max.toFixed(1)} ms (${over50} gaps over 50 ms)`,
      goal: c.goal === 'p95' ? 'p95 ≤ 16.7 ms' : 'no gap > 50 ms', status: judge(met, Math.max(load0, load)), load: Math.max(load0, load),
    });
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}
summary.unshift({
  figure: 'MLP epoch, 6 × 8 tanh, batch 10, 250 points: examples per second against a per-example SGD loop like TensorFlow Playground’s (per-round ratio)',
  value: `${Math.round(perSec(med(ours))).toLocaleString('en')} against ${Math.round(perSec(med(ref))).toLocaleString('en')} examples/s`,
  ratio: `${(1 / speedup).toFixed(2)}×`, goal: '≤ 1.0× (at least as many examples per second)', status: judge(speedup >= 1, load0, { ratio: true }), load: load0,
});

writeSection('mlp-bench', `## mlp-bench: #/mlp against TensorFlow Playground's engine and frame budget (issue 13)

${machineLine()} Load average ${load0.toFixed(1)} when the Node part ended (each browser row gives its own).
**Engine** (Node, \`bench/suites/mlp.ts\`): ${EPOCHS} epochs of plain SGD (learning rate ${LR}, batch ${BATCH}, no shuffling) on
${N_TRAIN} two-circle points, network 2 → 6 × 8 tanh → 1, timed ${ROUNDS} times, each round ours then the reference, after a
warm-up. Ours is the widget's engine (\`Mlp.trainEpoch\`: one batch at a time on Float64Arrays). The reference,
\`bench/lib/per-example-sgd.ts\`, is built the way TensorFlow Playground's engine is: neuron and link objects, one
example forward and backward at a time, derivatives accumulated on the links and applied once per batch (written for
this bench from that design, not copied).

| engine | ms for ${EPOCHS} epochs (median) | examples per second | ratio per round (reference ÷ ours, median) |
|---|---|---|---|
| ours (\`Mlp.trainEpoch\`) | ${med(ours).toFixed(1)} | ${Math.round(perSec(med(ours))).toLocaleString('en')} | **${speedup.toFixed(2)}× as fast** |
| per-example loop (TensorFlow Playground's design) | ${med(ref).toFixed(1)} | ${Math.round(perSec(med(ref))).toLocaleString('en')} | |

**The page** (headless Debian Chromium, \`vite build\` + \`vite preview\`, 1280 × 900): #/mlp playing at its default speed,
one epoch per frame as TensorFlow Playground trains, redrawing every neuron's heat map, the output map and the curves;
5 s recorded after 1 s, once the offline service worker has installed (its first install caches and compiles every
file on another thread). "Frame work" is the run's User Timing \`mlp-frame\` (the epoch, the maps and Svelte's DOM
update); the gaps are between \`requestAnimationFrame\` callbacks, so they include style, layout and paint. Goals: p95
≤ 16.7 ms at 6 × 8 (a p95 up to 17.2 ms counts as one frame: rAF timestamps of a 60 Hz frame measure 16.6–16.8 ms);
no gap over 50 ms at 8 × 16.

| network and data | frames | frame work median / p95 (ms) | gap median / p95 / longest (ms) | gaps > 50 ms | epochs per second | load |
|---|---|---|---|---|---|---|
${rows.join('\n')}

${summaryComment(summary)}
`);
