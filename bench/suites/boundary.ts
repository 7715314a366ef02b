// Node timings of BoundaryMap's per-redraw work that does not need a browser: converting a grid of
// P(class 1) (or classes + confidence) to RGBA bytes through the lookup table, and computing the 0.5
// decision contour (d3-contour) and its SVG path. The canvas put and the whole frame are measured
// in Chromium by the logistic-frame suite.
import { classBorderPath, classesToRGBA, contourPath, contourRings, fillGrid, probaToRGBA } from '../../src/charts/boundary';
import { machineLine, timeMedian, writeSection } from '../lib/report.mjs';

const fmtMs = (ms: number) => (ms < 0.1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
const rows: string[] = [];
const REPEAT = 200;

for (const n of [100, 200]) {
  // A curved boundary (logistic of a cubic), like a model with polynomial features.
  const grid = fillGrid(n, n, [-3, 3], [-3, 3], (x, y) => 1 / (1 + Math.exp(-(x * x * x - 2 * x + 1.5 * y))));
  const out = new Uint8ClampedArray(n * n * 4);
  const rgba = timeMedian(() => probaToRGBA(grid.values, out), { repeat: REPEAT, warmup: 20 });
  const rings = timeMedian(() => contourRings(grid.values, n, n, 0.5), { repeat: REPEAT, warmup: 20 });
  const r = contourRings(grid.values, n, n, 0.5);
  const path = timeMedian(() => contourPath(r, n, n, 480, 480), { repeat: REPEAT, warmup: 20 });
  const fill = timeMedian(() => fillGrid(n, n, [-3, 3], [-3, 3], (x, y) => 1 / (1 + Math.exp(-(x * x * x - 2 * x + 1.5 * y)))), { repeat: REPEAT, warmup: 20 });
  rows.push(`| ${n}×${n} binary | ${fmtMs(rgba)} | ${fmtMs(rings + path)} (${fmtMs(rings)} + ${fmtMs(path)}) | ${fmtMs(rgba + rings + path)} | ${fmtMs(fill)} |`);

  // Multiclass (kNN / k-means style): 4 classes in quadrants with varying confidence.
  const classes = new Int32Array(n * n);
  const conf = new Float32Array(n * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) {
    classes[j * n + i] = (i < n / 2 ? 0 : 1) + (j < n / 2 ? 0 : 2);
    conf[j * n + i] = 0.4 + 0.6 * Math.abs(Math.sin(i / 7 + j / 11));
  }
  const mRgba = timeMedian(() => classesToRGBA(classes, conf, undefined, out), { repeat: REPEAT, warmup: 20 });
  const mRings = timeMedian(() => classBorderPath(classes, n, n, 480, 480), { repeat: REPEAT, warmup: 20 });
  rows.push(`| ${n}×${n} multiclass (4 classes) | ${fmtMs(mRgba)} | ${fmtMs(mRings)} (class borders) | ${fmtMs(mRgba + mRings)} | — |`);
}

const md = `## boundary

BoundaryMap's redraw work, timed in Node (\`bench/suites/boundary.ts\`, median of ${REPEAT} runs after warm-up,
\`performance.now()\`). Grid → RGBA is one pass through a 256-entry lookup table into a reused buffer
(\`probaToRGBA\` / \`classesToRGBA\`), which the component puts into a canvas of grid size with one
\`putImageData\` (CSS scales it; not timed here — the in-browser frame probe in *logistic-frame* covers it).
The contour is d3-contour's marching squares at level 0.5 on the grid padded by one extrapolated cell,
then one SVG path string; multiclass borders are one marching-squares pass over the class labels (\`classBorderPath\`). "widget fill" is the widget-side cost of evaluating a logistic model at every
cell centre (\`fillGrid\`), shown for scale. ${machineLine()}

| grid | grid → RGBA | contour + path | chart total | widget fill |
|---|---|---|---|---|
${rows.join('\n')}
`;
console.log(md);
writeSection('boundary', md);
