// Model selection against scikit-learn (issue 12): GridSearchCV over 14 kNN candidates × 5 folds on 200 points, and
// crossValScore with 10 folds of logistic regression on 1,000 × 10. Ours and scikit-learn in interleaved rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GridSearchCV, crossValScore } from '../../src/core/model_selection';
import { LogisticRegression } from '../../src/core/models/linear';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { Rng } from '../../src/core/random';
import { machineLine, writeSection } from '../lib/report.mjs';
import { launch, startPreview } from '../lib/browser';

const ROUNDS = 7, REPS = 5;
const rng = new Rng(12);
// A: 200 points in 2-D, three overlapping classes; B: 1,000 × 10, a noisy linear rule over the first four features
const XA = Array.from({ length: 200 }, () => [rng.normal(), rng.normal()]);
const yA = XA.map(([a, b]) => (rng.random() < 0.15 ? rng.int(3) : a + b > 0.5 ? 2 : a - b > 0 ? 1 : 0));
const XB = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => rng.normal()));
const yB = XB.map((r) => (r[0] + 0.5 * r[1] - r[2] + 0.3 * r[3] + rng.normal() > 0 ? 1 : 0));
const grid = { nNeighbors: [1, 3, 5, 7, 9, 11, 15], weights: ['uniform', 'distance'] };

const load0 = loadavg()[0];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
// the best of REPS wall times, and the best of REPS process CPU times (all threads: V8's compiler and GC count too),
// which a loaded machine inflates far less than wall time (another process's turn is not ours)
const timeMin = (f: () => unknown) => {
  let wall = Infinity, cpu = Infinity;
  for (let i = 0; i < REPS; i++) {
    const c = process.cpuUsage(), t = performance.now();
    f();
    wall = Math.min(wall, performance.now() - t);
    const u = process.cpuUsage(c);
    cpu = Math.min(cpu, (u.user + u.system) / 1000);
  }
  return { wall, cpu };
};

const dir = mkdtempSync(join(tmpdir(), 'bench-ms-'));
writeFileSync(join(dir, 'XA.bin'), new Float64Array(XA.flat()));
writeFileSync(join(dir, 'yA.bin'), new Int32Array(yA));
writeFileSync(join(dir, 'XB.bin'), new Float64Array(XB.flat()));
writeFileSync(join(dir, 'yB.bin'), new Int32Array(yB));
const py = `
import json, sys, time, numpy as np, sklearn, threadpoolctl
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.neighbors import KNeighborsClassifier
d = sys.argv[1]
XA = np.fromfile(d + '/XA.bin').reshape(-1, 2); yA = np.fromfile(d + '/yA.bin', dtype=np.int32)
XB = np.fromfile(d + '/XB.bin').reshape(-1, 10); yB = np.fromfile(d + '/yB.bin', dtype=np.int32)
grid = {'n_neighbors': [1, 3, 5, 7, 9, 11, 15], 'weights': ['uniform', 'distance']}
def best(f):
    f(); t = []; c = []
    for _ in range(${REPS}):
        s = time.perf_counter(); p = time.process_time(); f(); c.append((time.process_time() - p) * 1000); t.append((time.perf_counter() - s) * 1000)
    return [min(t), min(c)]
res = {'version': sklearn.__version__}
with threadpoolctl.threadpool_limits(limits=1):
    res['grid'] = best(lambda: GridSearchCV(KNeighborsClassifier(), grid, cv=5).fit(XA, yA))
    res['cvs'] = best(lambda: cross_val_score(LogisticRegression(), XB, yB, cv=10))
gs = GridSearchCV(KNeighborsClassifier(), grid, cv=5).fit(XA, yA)
res['gridMean'] = gs.cv_results_['mean_test_score'].tolist()
res['cvsScores'] = cross_val_score(LogisticRegression(), XB, yB, cv=10).tolist()
print(json.dumps(res))
`;
const sklearnRound = () => {
  const out = spawnSync('/usr/bin/python3', ['-c', py, dir], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`scikit-learn run failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!);
};

const oursGrid = () => new GridSearchCV(new KNeighborsClassifier(), grid, { cv: 5 }).fit(XA, yA);
const oursCvs = () => crossValScore(new LogisticRegression({ penalty: 'l2', C: 1 }), XB, yB, { cv: 10 });
for (let i = 0; i < 3; i++) { oursGrid(); oursCvs(); } // JIT warm-up
const t = { grid: [] as number[], cvs: [] as number[], skGrid: [] as number[], skCvs: [] as number[] };
const cpu = { grid: [] as number[], cvs: [] as number[], skGrid: [] as number[], skCvs: [] as number[] };
let sk = sklearnRound();
for (let r = 0; r < ROUNDS; r++) {
  const g = timeMin(oursGrid), c = timeMin(oursCvs);
  t.grid.push(g.wall); cpu.grid.push(g.cpu);
  t.cvs.push(c.wall); cpu.cvs.push(c.cpu);
  sk = sklearnRound();
  t.skGrid.push(sk.grid[0]); cpu.skGrid.push(sk.grid[1]);
  t.skCvs.push(sk.cvs[0]); cpu.skCvs.push(sk.cvs[1]);
  console.log(`round ${r + 1}: grid ${g.wall.toFixed(1)} / ${sk.grid[0].toFixed(1)} ms (CPU ${g.cpu.toFixed(1)} / ${sk.grid[1].toFixed(1)}), crossValScore ${c.wall.toFixed(1)} / ${sk.cvs[0].toFixed(1)} ms (CPU ${c.cpu.toFixed(1)} / ${sk.cvs[1].toFixed(1)})`);
}
const gs = oursGrid();
const gridSame = gs.cvResults!.meanTestScore.every((m, i) => Math.abs(m - sk.gridMean[i]) < 1e-12);
const cvs = oursCvs();
const cvsSame = cvs.filter((s, i) => s === sk.cvsScores[i]).length;
const row = (name: string, key: 'grid' | 'cvs', target: string, agree: string) => {
  const o = t[key], s = t[key === 'grid' ? 'skGrid' : 'skCvs'];
  const oc = cpu[key], sc = cpu[key === 'grid' ? 'skGrid' : 'skCvs'];
  const mo = median(o), ms = median(s);
  return `| ${name} | ${mo.toFixed(1)} | ${ms.toFixed(1)} | **${(mo / ms).toFixed(2)}** | ${median(o.map((v, i) => v / s[i])).toFixed(2)} | ${median(oc).toFixed(1)} / ${median(sc).toFixed(1)} = **${(median(oc) / median(sc)).toFixed(2)}** | ${target} | ${agree} |`;
};
const table = [
  row('`GridSearchCV`: kNN, 7 k × 2 weights = 14 candidates × 5 stratified folds, 200 × 2 (70 fits + refit)', 'grid', '≤ 0.25', gridSame ? 'all 14 mean scores equal' : 'mean scores DIFFER'),
  row('`crossValScore`: logistic regression (L2, C = 1), 10 stratified folds, 1,000 × 10', 'cvs', '≤ 1', `${cvsSame} / 10 fold scores equal`),
];
console.log(table.join('\n'));

// ---- in the browser: the #/cv widget trains one fold per step; the longest gap between animation frames while it runs
const PORT = Number(process.env.PORT || 4195);
const server = await startPreview(PORT);
const browser = await launch();
const gaps: string[] = [];
try {
  for (const [label, query] of [
    ['default: StratifiedKFold, 5 folds, kNN, 150 points', ''],
    ['LeaveOneOut on 400 points, kNN (400 fits + thumbnails), 60 folds/s', 'n=400&splitter=loo&speed=60'],
    ['LeaveOneOut on 400 points, logistic regression, 60 folds/s', 'dataset=moons&model=logistic&n=400&splitter=loo&speed=60'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}#/cv${query ? `?${query}` : ''}`);
    await page.locator('[data-run-status="finished"]').waitFor({ timeout: 120_000 });
    // then Reset and Play: every animation frame's time while the folds train again (a string: tsx would wrap a function)
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.evaluate(`window.__frames = []; window.__tick = (t) => { window.__frames.push(t); if (window.__frames.length < 100000) requestAnimationFrame(window.__tick); }; requestAnimationFrame(window.__tick);`);
    const t0 = Date.now();
    await page.getByTestId('play').click();
    await page.locator('[data-run-status="finished"]').waitFor({ timeout: 120_000 });
    const wall = Date.now() - t0;
    const f = (await page.evaluate('window.__frames')) as number[];
    let max = 0;
    for (let i = 1; i < f.length; i++) max = Math.max(max, f[i] - f[i - 1]);
    const folds = await page.locator('[data-metric="folds-done"]').textContent();
    gaps.push(`| ${label} | ${folds} | ${(wall / 1000).toFixed(1)} | ${f.length} | ${max.toFixed(0)} |`);
    console.log(label, { folds, wall, frames: f.length, maxGap: max });
    await page.close();
  }
} finally {
  await browser.close();
  server.stop();
}

writeSection('model_selection', `## model selection: grid search and cross-validation against scikit-learn

${machineLine()} Load average ${load0.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (a shared machine:
absolute times are noisy; the ratio, measured in the same rounds, is what counts).
\`bench/suites/model_selection.ts\`: ${ROUNDS} interleaved rounds; in each, ours (the best of ${REPS} runs after a warm-up, from
\`number[][]\`), then one Python process with scikit-learn ${sk.version} doing the same search or cross-validation on NumPy arrays
(best of ${REPS} after a warm-up, BLAS limited to one thread, n_jobs unset), so neither side pays start-up. scikit-learn's logistic
regression uses its default lbfgs solver (tol 1e-4); ours solves by Newton's method to its own tolerance, so the fold scores
can differ by a point near the boundary. The "agree" column compares the two runs' scores. The ratio columns compare wall
times (medians over the rounds of each side's best of ${REPS}); the CPU column compares the medians of each side's best
process CPU time (Node: \`process.cpuUsage\`, every thread, so V8's compiler and garbage collector count; Python:
\`time.process_time\`), which the other sessions on this machine inflate far less than wall time.

The logistic row used to miss its target (1.39 on 2 December, load 13). A CPU profile (\`node --cpu-prof\`, 10 folds of
900 × 10) put the time in the solver's arithmetic, not in its tolerance or the input checks (\`toData\` was 4 % of it): the
Hessian took 38 % (its row-by-row update H[a][b] += w·x_a·x_b is a read-modify-write of the 11 × 11 matrix in inner loops
one to eleven entries long), and each Newton iteration scored every row three times (gradient, Hessian, line search), took
the sigmoid twice and summed a log-loss the solver never read. \`NewtonWork\` (core/models/linear/logistic-newton.ts) now
scores the rows once per objective evaluation, hands the accepted trial's scores to the next gradient and Hessian, and
builds the Hessian as dot products down contiguous columns, four entries per pass: the same sums in the same order, so
coefficients and iteration counts are unchanged to the last bit (tests/unit/logistic-newton.test.ts pins them). Still 7
iterations per fold; CPU time per call on 900 × 10: Hessian 106 → 65 µs, gradient 44 → 21 µs, one whole fit 2.04 → 0.89 ms
(best of 9 × 100 fits, old and new code alternated three times at load average 3.5–6). This table's rows, old and new code
back to back (5 rounds each, load average 6–8): 1.11 → 0.80.

On 3 December the solver's stop was the rest (a trace of every fold's iterations): each fold's 7th and last iteration came
after a full Newton step (t = 1) whose decrement was 1e-11 to 5e-11, just above the old bound 1e-12. That iteration's
decrement was ~1e-21, far below the rounding of the objective (~1e-17), so its line search compared rounding noise and
halved the step up to 14 times (127 objective evaluations for 10 fits), then moved the coefficients by ~1e-10. Newton
converges quadratically after a full step (the next decrement is about 4·λ⁴ here), so the stop now accepts a decrement up
to 1e-10 after a full step (1e-12 after a damped one, as before): 6 iterations and 7 objective evaluations per fold
(60 and 70 for the 10 fits), the same fold scores, coefficients within 1e-9 of a run to the rounding floor
(tests/unit/logistic-newton.test.ts), the pinned fits unchanged. CPU per crossValScore call, best of 30, old and new code
alternated twice at load average ~19: 11.2–12.2 → 8.4–9.2 ms.

| task | ours (ms) | scikit-learn (ms) | ratio | ratio per round | CPU ms, ours / scikit-learn = ratio | target (issue 12) | agree |
|---|---|---|---|---|---|---|---|
${table.join('\n')}

In headless Chromium (preview build): the \`#/cv\` widget trains one fold per step through the run contract; the longest gap
between animation frames from Play (after a Reset) until the run finished (target: none over 50 ms). Measured under the
load average above on 2 cores (other sessions building and testing): the gaps include time the page was not scheduled
at all, so they bound nothing; an idle machine is needed to check the 50 ms target.

| state | folds | seconds to finish | frames | longest frame gap (ms) |
|---|---|---|---|---|
${gaps.join('\n')}
`);
