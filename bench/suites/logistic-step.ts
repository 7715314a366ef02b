// Node timings of the logistic-regression core the widget calls every frame: one gradient-descent step at 400
// points (2 and 7 features), a mini-batch step, an exact fit(), and a 100×100 probability grid for the boundary map.
// Each sample times a loop of K calls and divides by K (single calls are near the timer's resolution); the median of
// 30 samples is reported, after warm-up.
import { LogisticRegression, StandardScaler, expandFeatures, featurizer, makeMoons, FEATURE_NAMES } from '../../src/core';
import type { OptimizerName } from '../../src/core';
import os from 'node:os';
import { machineLine, writeSection } from '../lib/report.mjs';

const fmt = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`);
/** [median, min] per call over 30 samples of k calls, after warm-up (the min approximates an idle machine). */
function perCall(fn: () => unknown, k: number): string {
  for (let i = 0; i < 5 * k; i++) fn();
  const t: number[] = [];
  for (let s = 0; s < 30; s++) {
    const t0 = performance.now();
    for (let i = 0; i < k; i++) fn();
    t.push((performance.now() - t0) / k);
  }
  t.sort((a, b) => a - b);
  return `${fmt(t[15])} | ${fmt(t[0])}`;
}

const { X: raw, y } = makeMoons({ n: 400, noise: 0.2, seed: 1 });
const X2 = new StandardScaler().fitTransform(raw);
const E7 = expandFeatures(raw, [...FEATURE_NAMES]);
const sc7 = new StandardScaler().fit(E7);
const X7 = sc7.transform(E7);

const rows: string[] = [];
for (const [label, X] of [['2 features', X2], ['7 features', X7]] as const) {
  for (const optimizer of ['sgd', 'adam'] as OptimizerName[]) {
    // A small learning rate keeps the run far from divergence, so every timed call does a full update.
    const m = new LogisticRegression({ penalty: 'l2', C: 1, learningRate: 0.01, optimizer }).start(X, y);
    rows.push(`| one full-batch step, 400 × ${label}, ${optimizer} | ${perCall(() => m.step(), 200)} |`);
  }
  const mb = new LogisticRegression({ penalty: 'l1', C: 1, learningRate: 0.01, batchSize: 32 }).start(X, y);
  rows.push(`| one mini-batch step (32 of 400, loss on all 400), ${label}, l1 | ${perCall(() => mb.step(), 200)} |`);
  rows.push(`| exact fit() (Newton), 400 × ${label}, l2 | ${perCall(() => new LogisticRegression({ C: 1 }).fit(X, y), 10)} |`);
  rows.push(`| exact fit() (proximal Newton), 400 × ${label}, l1 | ${perCall(() => new LogisticRegression({ penalty: 'l1', C: 1 }).fit(X, y), 10)} |`);
}

// Calibration: the bare arithmetic of one pass over 400×7 values, to judge the machine's state during the run.
const flat = Float64Array.from(X7.flat());
const w7 = new Float64Array(7).fill(0.5);
let sink = 0;
rows.unshift(`| calibration: bare loop of 400 × 7 multiply-adds | ${perCall(() => {
  for (let i = 0, o = 0; i < 400; i++, o += 7) { let z = 0; for (let j = 0; j < 7; j++) z += w7[j] * flat[o + j]; sink += z; }
}, 200)} |`);
if (!Number.isFinite(sink)) console.log(sink);

const grid = new Float32Array(100 * 100);
const m2 = new LogisticRegression({ C: 1 }).fit(raw, y);
rows.push(`| 100×100 probability grid, 2 raw features | ${perCall(() => m2.predictProbaGrid({ x: [-1.5, 2.5], y: [-1.75, 2.25], nx: 100, ny: 100 }, grid), 20)} |`);
const m7 = new LogisticRegression({ C: 1 }).fit(X7, y);
const f7 = featurizer([...FEATURE_NAMES], sc7);
rows.push(`| 100×100 probability grid, 7 features + standardisation (featurizer) | ${perCall(() => m7.predictProbaGrid({ x: [-1.5, 2.5], y: [-1.75, 2.25], nx: 100, ny: 100, featurize: f7 }, grid), 20)} |`);

const md = `## logistic-step

${machineLine()} Load average during the run: ${os.loadavg()[0].toFixed(1)} (other jobs shared the 2 cores, which inflates every time here; the calibration row — a bare loop of 400×7 multiply-adds on a Float64Array — shows by how much).

Plain TypeScript on Float64Arrays (src/core/models/linear/logistic-*.ts). Each sample times a loop of K calls and divides by K (K = 200 for steps, 20 for grids, 10 for fits); 30 samples after warm-up; the median and the fastest sample are shown (the fastest is the better guide when other jobs load the machine). Node, single thread. A step computes the mini-batch gradient, the optimiser update (with the L1 soft-threshold when penalised) and the full training objective after the update (one more pass over all rows, for the loss curve and the divergence check).

| work | median | fastest |
|---|---|---|
${rows.join('\n')}
`;
console.log(md);
writeSection('logistic-step', md);
