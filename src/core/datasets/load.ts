/**
 * Loaders for the page (and Web Workers): the files come from the app's own origin via Vite's `?raw`/`?url`
 * imports, never from the network at large. Node tests read the files with fs and call ./parse directly.
 * Results are cached per module, so two widgets share one download.
 */
import irisCsv from '../../../datasets/iris.csv?raw';
import digitsPixelsUrl from '../../../datasets/digits8x8.bin?url';
import digitsLabelsUrl from '../../../datasets/digits8x8-labels.bin?url';
import { parseDigits, parseIrisCsv, type LabelledDataset } from './parse';

let irisCache: LabelledDataset | null = null;
let digitsPromise: Promise<LabelledDataset> | null = null;

/** Fisher's iris (150 × 4, three species). Synchronous: the CSV (2.6 kB) is bundled as text. */
export function loadIris(): LabelledDataset {
  irisCache ??= parseIrisCsv(irisCsv);
  return irisCache;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`could not load ${url}: HTTP ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The 8×8 handwritten digits (1,797 × 64, intensities 0..16), fetched once from the app's own files. */
export function loadDigits(): Promise<LabelledDataset> {
  digitsPromise ??= Promise.all([fetchBytes(digitsPixelsUrl), fetchBytes(digitsLabelsUrl)])
    .then(([pixels, labels]) => parseDigits(pixels, labels))
    .catch((err) => {
      digitsPromise = null; // allow a retry after a failed load
      throw err;
    });
  return digitsPromise;
}
