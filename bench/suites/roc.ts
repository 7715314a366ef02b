// `npm run bench -- roc`: rocCurve + rocAucScore on 10^6 scores, beside scikit-learn doing the same work on the same
// numbers in the same run (/usr/bin/python3 with python3-sklearn). Writes the 'roc' section of docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLine, writeSection } from '../lib/report.mjs';
import { rocAucScore, rocCurve } from '../../src/core/metrics';
import { Rng } from '../../src/core/random';

const N = 1_000_000;
const REPEAT = 7;

/** Best and median of `repeat` timings (ms) after warm-up: on a loaded machine the best is the least disturbed run. */
function timeBest(fn: () => unknown, repeat = REPEAT, warmup = 2): { best: number; median: number } {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < repeat; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  return { best: t[0], median: t[Math.floor(t.length / 2)] };
}

interface Timing { best: number; median: number }

interface Case { label: string; yTrue: Float64Array; yScore: Float64Array }
interface SkResult { version: string; numpy: string; curve: Timing; auc: Timing; both: Timing; aucValue: number; points: number }

/** Overlapping classes (30 % positives); `decimals` rounds the scores (many ties) or keeps them continuous. */
function makeCase(label: string, seed: number, decimals: number | null): Case {
  const rng = new Rng(seed);
  const yTrue = new Float64Array(N), yScore = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    yTrue[i] = rng.random() < 0.3 ? 1 : 0;
    const s = rng.random() * 0.7 + 0.3 * yTrue[i];
    yScore[i] = decimals === null ? s : Math.round(s * 10 ** decimals) / 10 ** decimals;
  }
  return { label, yTrue, yScore };
}

const PY = `
import json, sys, time, numpy as np, sklearn
from sklearn.metrics import roc_curve, roc_auc_score
y = np.fromfile(sys.argv[1] + '/y.f64').astype(np.int64); s = np.fromfile(sys.argv[1] + '/s.f64')
def med(f, repeat=${REPEAT}, warmup=2):
    for _ in range(warmup): f()
    t = []
    for _ in range(repeat):
        a = time.perf_counter(); f(); t.append((time.perf_counter() - a) * 1000)
    t.sort()
    return {"best": t[0], "median": t[len(t) // 2]}
def work():
    roc_curve(y, s); return roc_auc_score(y, s)
print(json.dumps({"version": sklearn.__version__, "numpy": np.__version__, "curve": med(lambda: roc_curve(y, s)),
  "auc": med(lambda: roc_auc_score(y, s)), "both": med(work), "aucValue": roc_auc_score(y, s),
  "points": len(roc_curve(y, s)[0])}))
`;

/** scikit-learn on the very same numbers (raw float64 files), timed inside Python with the same median-of-repeats. */
function sklearnRun(c: Case): SkResult | null {
  const dir = mkdtempSync(join(tmpdir(), 'roc-bench-'));
  writeFileSync(join(dir, 'y.f64'), Buffer.from(c.yTrue.buffer));
  writeFileSync(join(dir, 's.f64'), Buffer.from(c.yScore.buffer));
  const res = spawnSync('/usr/bin/python3', ['-c', PY, dir], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true });
  if (res.status === 0) return JSON.parse(res.stdout.trim().split('\n').pop()!);
  console.error('scikit-learn run failed (is python3-sklearn installed?):', res.stderr || res.error);
  return null;
}

const f = (t: Timing) => `${t.best.toFixed(0)} ms`;
const rows: string[] = [];
const notes: string[] = [];
let sk: SkResult | null = null;
let failed = false;
for (const c of [makeCase('4-decimal scores (many ties)', 42, 4), makeCase('continuous scores (no ties)', 43, null)]) {
  const yTrueArr = Array.from(c.yTrue); // the public surface takes number[] labels
  let points = 0, aucValue = 0;
  const work = () => {
    points = rocCurve(yTrueArr, c.yScore).fpr.length;
    aucValue = rocAucScore(yTrueArr, c.yScore);
  };
  const curveMs = timeBest(() => rocCurve(yTrueArr, c.yScore));
  const aucMs = timeBest(() => rocAucScore(yTrueArr, c.yScore));
  const bothMs = timeBest(work);
  sk = sklearnRun(c);
  const ratio = sk ? `${(sk.both.best / bothMs.best).toFixed(2)}× (medians ${(sk.both.median / bothMs.median).toFixed(2)}×)` : '—';
  rows.push(
    `| ${c.label} | ${f(curveMs)} / ${sk ? f(sk.curve) : '—'} | ${f(aucMs)} / ${sk ? f(sk.auc) : '—'} | **${f(bothMs)}** / **${sk ? f(sk.both) : '—'}** | ${ratio} |`,
  );
  notes.push(
    `${c.label}: ${points.toLocaleString('en')} ROC points${sk ? ` (scikit-learn ${sk.points.toLocaleString('en')})` : ''}, AUC ${aucValue.toFixed(12)}${sk ? ` (scikit-learn ${sk.aucValue.toFixed(12)})` : ''}.`,
  );
  if (sk && (Math.abs(sk.aucValue - aucValue) > 1e-9 || sk.points !== points)) {
    console.error(`${c.label}: result differs from scikit-learn`);
    failed = true;
  }
}

const md = `## roc

${machineLine()}${sk ? ` scikit-learn ${sk.version} (numpy ${sk.numpy}) via /usr/bin/python3.` : ''}

Method: \`bench/suites/roc.ts\` draws 10⁶ labels (30 % positive) and overlapping scores with a seeded Rng, times
\`rocCurve\` and \`rocAucScore\` in Node (best of ${REPEAT} runs after 2 warm-ups; the medians' ratio is given too), then writes the same numbers to raw
float64 files and spawns \`/usr/bin/python3\`, which times \`roc_curve\` and \`roc_auc_score\` the same way, in the same run.
Each cell: ml-playground / scikit-learn.

| 10⁶ scores | \`rocCurve\` / \`roc_curve\` | \`rocAucScore\` / \`roc_auc_score\` | both, one after the other | scikit-learn ÷ ours |
|---|---|---|---|---|
${rows.join('\n')}

Same results: ${notes.join(' ')}

Above 1× means ml-playground is faster. Absolute times vary with the load of this shared 2-core machine; both sides run
back to back in the same process tree, so the ratio is the number to compare. How: the positives' and negatives' scores
are copied into two Float64Arrays and sorted by an LSD radix sort on their IEEE-754 bits (src/core/metrics/sort.ts), then
merged from the top into one point per distinct score; the AUC is the exact trapezoid sum in integer counts, accumulated
during the merge (no curve arrays). No index array, no comparator sort, no per-sample objects.
`;
console.log(md);
writeSection('roc', md);
if (failed) process.exit(1);
