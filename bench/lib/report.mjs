// Writes one suite's results into its own section of docs/PERFORMANCE.md, leaving the other sections alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const FILE = 'docs/PERFORMANCE.md';
const HEADER = `# Performance\n\nEvery number here is written by \`npm run bench\` (bench/run.mjs runs each suite in bench/suites/; each suite rewrites only its own section). Machine: see each section's line.\n`;

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
