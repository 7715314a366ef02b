#!/usr/bin/env node
// `npm run bench`: runs every suite in bench/suites/ (or those named on the command line, e.g. `npm run bench -- roc`).
// Each suite measures, prints, and rewrites its own section of docs/PERFORMANCE.md (see bench/lib/report.mjs); then the
// summary table at the top is rebuilt from what all the sections record (bench/summary.mjs). `npm run bench -- --summary`
// rebuilds the summary alone, running no suite.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { writeSummary } from './summary.mjs';

if (process.argv.includes('--summary')) {
  writeSummary();
  process.exit(0);
}
const only = process.argv.slice(2);
const suites = readdirSync(new URL('./suites/', import.meta.url))
  .filter((f) => /\.(mjs|ts)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const f of suites) {
  console.log(`\n=== bench/suites/${f}`);
  const r = spawnSync('npx', ['tsx', `bench/suites/${f}`], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.error(`!!! ${f} failed`); }
}
writeSummary();
process.exit(failed ? 1 : 0);
