// Writes one suite's results into its own section of docs/PERFORMANCE.md, leaving the other sections alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const FILE = 'docs/PERFORMANCE.md';
const HEADER = `# Performance\n\nEvery number here is written by \`npm run bench\` (bench/run.mjs runs each suite in bench/suites/; each suite rewrites only its own section, then bench/summary.mjs rebuilds the summary table from all the sections). Machine and load: see each section's line.\n`;

/** A one-line description of the machine and date, for the record. */
export function machineLine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, Node ${process.version}.`;
}

/** Replace (or append) the section between <!-- bench:name --> markers with `markdown`. */
export function writeSection(name, markdown) {
  let doc = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const start = `<!-- bench:${name} -->`, end = `<!-- /bench:${name} -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const i = doc.indexOf(start), j = doc.indexOf(end);
  doc = i >= 0 && j > i ? doc.slice(0, i) + block + doc.slice(j + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, doc);
}

/** Median of repeated timings (ms) of fn, after warm-up. */
export function timeMedian(fn, { repeat = 30, warmup = 5 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const t = [];
  for (let i = 0; i < repeat; i++) { const s = performance.now(); fn(); t.push(performance.now() - s); }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

/**
 * One figure of a suite against its goal, for the summary table at the top of docs/PERFORMANCE.md (bench/summary.mjs).
 * status: 'met' | 'not met' | 'not judgeable under load'. Kept in the suite's section as a JSON comment, so the summary
 * is rebuilt from what the sections record without re-running any suite.
 * @typedef {{ figure: string, value: string, ratio?: string, goal: string, status: string, load: number }} SummaryRow
 */

/** The machine-readable line a section carries (and the suite prints) for the summary table. */
export function summaryComment(rows) {
  for (const r of rows) console.log(`BENCH-SUMMARY ${JSON.stringify(r)}`);
  return `<!-- summary ${JSON.stringify(rows)} -->`;
}

/**
 * A goal's status from a figure and the load it was measured under. A same-run ratio is judged as it is (load hits both
 * sides); an absolute time that misses its goal while the load average exceeds the cores is 'not judgeable under load'
 * (load only slows it down, so a met absolute goal stays met).
 */
export function judge(met, load, { ratio = false } = {}) {
  if (met) return 'met';
  return ratio || load <= os.cpus().length ? 'not met' : 'not judgeable under load';
}
