/**
 * The shipped data sets read from disk, for Node (tests, benchmarks, scripts). The app never imports this file:
 * it loads the same files from its own origin through ./load.ts.
 */
import { readFileSync } from 'node:fs';
import { parseDigits, parseIrisCsv, type LabelledDataset } from './parse';

const DATASETS = new URL('../../../datasets/', import.meta.url);

/** Fisher's iris (150 × 4) from datasets/iris.csv. */
export function readIris(): LabelledDataset {
  return parseIrisCsv(readFileSync(new URL('iris.csv', DATASETS), 'utf8'));
}

/** The 8×8 digits (1,797 × 64) from datasets/digits8x8.bin and digits8x8-labels.bin. */
export function readDigits(): LabelledDataset {
  return parseDigits(
    new Uint8Array(readFileSync(new URL('digits8x8.bin', DATASETS))),
    new Uint8Array(readFileSync(new URL('digits8x8-labels.bin', DATASETS))),
  );
}
