#!/usr/bin/env node
// Copies the date and daily maximum temperature columns of vega-datasets' Seattle weather table into
// datasets/seattle-temp-max.csv for the #/rnn widget's forecasting task (provenance: datasets/SOURCES.md).
// Deterministic: the same input gives the same bytes. Run: node scripts/make_seattle_temps.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const src = 'node_modules/vega-datasets/data/seattle-weather.csv';
const lines = readFileSync(src, 'utf8').trim().split(/\r?\n/);
const header = lines[0].split(',');
const d = header.indexOf('date'), t = header.indexOf('temp_max');
if (d < 0 || t < 0) throw new Error(`unexpected header: ${lines[0]}`);
const out = ['date,temp_max', ...lines.slice(1).map((l) => { const c = l.split(','); return `${c[d]},${c[t]}`; })].join('\n') + '\n';
writeFileSync('datasets/seattle-temp-max.csv', out);
console.log(`${lines.length - 1} days, ${out.length} bytes, sha256 ${createHash('sha256').update(out).digest('hex')}`);
