// `npm run bench -- roc`: rocCurve + rocAucScore on 10^6 scores, beside scikit-learn doing the same work on the same
// numbers in the same run (/usr/bin/python3 with python3-sklearn). Writes the 'roc' section of docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { machineLine, timeMedian, writeSection } from '../lib/report.mjs';
import { rocAucScore, rocCurve } from '../../src/core/metrics';
import { Rng } from '../../src/core/random';

const N = 1_000_000;
const REPEAT = 7;
const rng = new Rng(42);
const yTrue = new Float64Array(N);
const yScore = new Float64Array(N);
for (let i = 0; i < N; i++) {
  yTrue[i] = rng.random() < 0.3 ? 1 : 0;
  // a realistic classifier output: overlapping classes, rounded to 4 decimals so there are many ties
  yScore[i] = Math.round((rng.random() * 0.7 + 0.3 * yTrue[i]) * 1e4) / 1e4;
}
const yTrueArr = Array.from(yTrue); // the public surface takes number[] labels

let points = 0, aucValue = 0;
const work = () => {
  const r = rocCurve(yTrueArr, yScore);
  aucValue = rocAucScore(yTrueArr, yScore);
  points = r.fpr.length;
};
const tsCurveMs = timeMedian(() => rocCurve(yTrueArr, yScore), { repeat: REPEAT, warmup: 2 });
const tsAucMs = timeMedian(() => rocAucScore(yTrueArr, yScore), { repeat: REPEAT, warmup: 2 });
const tsMs = timeMedian(work, { repeat: REPEAT, warmup: 2 });

// scikit-learn on the very same numbers (raw float64 files), timed inside Python with the same median-of-repeats.
const dir = mkdtempSync(join(tmpdir(), 'roc-bench-'));
writeFileSync(join(dir, 'y.f64'), Buffer.from(yTrue.buffer));
writeFileSync(join(dir, 's.f64'), Buffer.from(yScore.buffer));
const py = `
import json, sys, time, numpy as np, sklearn
from sklearn.metrics import roc_curve, roc_auc_score
y = np.fromfile(sys.argv[1] + '/y.f64').astype(np.int64); s = np.fromfile(sys.argv[1] + '/s.f64')
def med(f, repeat=${REPEAT}, warmup=2):
    for _ in range(warmup): f()
    t = []
    for _ in range(repeat):
        a = time.perf_counter(); f(); t.append((time.perf_counter() - a) * 1000)
    return sorted(t)[len(t) // 2]
def work():
    roc_curve(y, s); return roc_auc_score(y, s)
print(json.dumps({"version": sklearn.__version__, "numpy": np.__version__, "curve": med(lambda: roc_curve(y, s)),
  "auc": med(lambda: roc_auc_score(y, s)), "both": med(work), "aucValue": roc_auc_score(y, s),
  "points": len(roc_curve(y, s)[0])}))
`;
const res = spawnSync('/usr/bin/python3', ['-c', py, dir], { encoding: 'utf8' });
rmSync(dir, { recursive: true, force: true });
let sk: { version: string; numpy: string; curve: number; auc: number; both: number; aucValue: number; points: number } | null = null;
if (res.status === 0) sk = JSON.parse(res.stdout.trim().split('\n').pop()!);
else console.error('scikit-learn run failed (is python3-sklearn installed?):', res.stderr || res.error);

const f = (ms: number) => `${ms.toFixed(0)} ms`;
const ratio = sk ? (sk.both / tsMs).toFixed(2) : '—';
const rows = [
  '| work (10⁶ scores, 30 % positives, 4-decimal ties) | ml-playground (Node) | scikit-learn |',
  '|---|---|---|',
  `| \`rocCurve\` / \`roc_curve\` | ${f(tsCurveMs)} | ${sk ? f(sk.curve) : 'not run'} |`,
  `| \`rocAucScore\` / \`roc_auc_score\` | ${f(tsAucMs)} | ${sk ? f(sk.auc) : 'not run'} |`,
  `| both, one after the other | **${f(tsMs)}** | **${sk ? f(sk.both) : 'not run'}** |`,
];
const md = `## roc

${machineLine()}${sk ? ` scikit-learn ${sk.version} (numpy ${sk.numpy}) via /usr/bin/python3.` : ''}

Method: \`bench/suites/roc.ts\` draws 10⁶ labels (30 % positive) and scores with a seeded Rng, times
\`rocCurve\` and \`rocAucScore\` (median of ${REPEAT} runs after 2 warm-ups), then writes the same numbers to raw
float64 files and spawns \`/usr/bin/python3\`, which times \`roc_curve\` and \`roc_auc_score\` the same way in the same
run. Both produce ${points.toLocaleString('en')} ROC points${sk ? ` (scikit-learn: ${sk.points.toLocaleString('en')})` : ''}; AUC ${aucValue.toFixed(12)}${sk ? ` vs ${sk.aucValue.toFixed(12)}` : ''}.

${rows.join('\n')}

scikit-learn time / ours: **${ratio}×** (above 1 means ml-playground is faster). Absolute times vary with the load of this
shared 2-core machine; both sides run back to back in the same process tree, so the ratio is the number to compare. How: the positives' and negatives'
scores are copied into two Float64Arrays and sorted by an LSD radix sort on their IEEE-754 bits
(src/core/metrics/sort.ts), then merged from the top into one point per distinct score; the AUC is the exact
trapezoid sum in integer counts, accumulated during the merge (no curve arrays). No index array, no comparator sort, no per-sample objects.
`;
console.log(md);
writeSection('roc', md);
if (sk && Math.abs(sk.aucValue - aucValue) > 1e-9) { console.error('AUC differs from scikit-learn'); process.exit(1); }
if (sk && sk.points !== points) { console.error('ROC point count differs from scikit-learn'); process.exit(1); }
