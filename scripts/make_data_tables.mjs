// Writes the data lab's shipped tables (#/data) from the copies in the `vega-datasets` package:
//   datasets/penguins.csv        Palmer penguins, 344 rows × 7 columns (missing values, categories)
//   datasets/seattle-weather.csv Seattle daily weather 2012–2015, 1,461 rows × 6 columns (a regression table)
// Deterministic: the same package version gives the same bytes (the SHA-256 is printed for SOURCES.md).
// Run: node scripts/make_data_tables.mjs
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { csvFormatRows } from 'd3-dsv';

const pkg = new URL('../node_modules/vega-datasets/', import.meta.url);
const version = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8')).version;

function write(name, text) {
  writeFileSync(new URL(`../datasets/${name}`, import.meta.url), text);
  const sha = createHash('sha256').update(text).digest('hex');
  console.log(`${name}: ${Buffer.byteLength(text)} bytes, sha256 ${sha}`);
}

// Penguins: the JSON's records in their order and key order; a null (not recorded) becomes an empty cell.
// The one Sex value "." in the original data is kept as it is: the loader reads it as missing.
const penguins = JSON.parse(readFileSync(new URL('data/penguins.json', pkg), 'utf8'));
const keys = Object.keys(penguins[0]);
const rows = penguins.map((r) => keys.map((k) => (r[k] === null || r[k] === undefined ? '' : String(r[k]))));
write('penguins.csv', csvFormatRows([keys, ...rows]) + '\n');

// Seattle weather: already CSV; line endings normalised to \n.
const weather = readFileSync(new URL('data/seattle-weather.csv', pkg), 'utf8').replace(/\r\n/g, '\n');
write('seattle-weather.csv', weather.endsWith('\n') ? weather : weather + '\n');
console.log(`from vega-datasets ${version}`);
