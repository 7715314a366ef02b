import { Rng } from '../random';

/**
 * Reads the compact digit files under datasets/ (written by scripts/make_mnist_subset.mjs):
 * a 16-byte header, the labels, then uint8 pixels. Pure TypeScript: runs in Node, the page and workers.
 *
 *   0 'MLPD' | 4 u8 version | 5 u8 rows | 6 u8 cols | 7 u8 maxValue | 8 u32 nTrain | 12 u32 nTest
 *   16 labels (nTrain + nTest bytes) | pixels ((nTrain + nTest) · rows · cols bytes)
 */

/** Images as one flat uint8 block (n · rows · cols, row-major) with their labels. */
export interface DigitSet {
  n: number;
  rows: number;
  cols: number;
  /** Value of full ink (255 for MNIST, 16 for the UCI 8×8 digits). */
  maxValue: number;
  images: Uint8Array;
  labels: Uint8Array;
}
export interface DigitsData {
  train: DigitSet;
  test: DigitSet;
}

const MAGIC = [0x4d, 0x4c, 0x50, 0x44]; // 'MLPD'

/** True when bytes start with the gzip magic number (1f 8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Gunzips with the platform's DecompressionStream (browsers, workers, Node ≥ 18) when the bytes are
 * gzip'd; returns them unchanged otherwise (a server that sent Content-Encoding: gzip already did it).
 */
export async function gunzipIfNeeded(bytes: Uint8Array): Promise<Uint8Array> {
  if (!isGzip(bytes)) return bytes;
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Parses an (uncompressed) digits file; throws a clear Error on a wrong or truncated file. */
export function parseDigitsFile(bytes: Uint8Array): DigitsData {
  if (bytes.length < 16 || MAGIC.some((m, i) => bytes[i] !== m)) throw new Error('not a digits file (bad magic)');
  if (bytes[4] !== 1) throw new Error(`unsupported digits file version ${bytes[4]}`);
  const rows = bytes[5], cols = bytes[6], maxValue = bytes[7];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nTrain = view.getUint32(8, true), nTest = view.getUint32(12, true);
  const n = nTrain + nTest, pix = rows * cols;
  if (rows === 0 || cols === 0 || maxValue === 0) throw new Error('digits file has an empty image size');
  const expected = 16 + n + n * pix;
  if (bytes.length !== expected) throw new Error(`digits file is ${bytes.length} bytes, expected ${expected}`);
  const labels = bytes.subarray(16, 16 + n);
  for (const l of labels) if (l > 9) throw new Error(`digits file has label ${l} outside 0–9`);
  const pixels = bytes.subarray(16 + n);
  const set = (from: number, count: number): DigitSet => ({
    n: count, rows, cols, maxValue,
    images: pixels.subarray(from * pix, (from + count) * pix),
    labels: labels.subarray(from, from + count),
  });
  return { train: set(0, nTrain), test: set(nTrain, nTest) };
}

/** Fetches (the app's own asset URL) and parses a digits file. */
export async function loadDigitsFile(url: string | URL, fetchFn: typeof fetch = fetch): Promise<DigitsData> {
  const res = await fetchFn(url);
  if (!res.ok) throw new Error(`could not load ${String(url)}: HTTP ${res.status}`);
  return parseDigitsFile(await gunzipIfNeeded(new Uint8Array(await res.arrayBuffer())));
}

/** The first n images of a set (the shipped training sets are ordered so every prefix is balanced). */
export function takeFirst(set: DigitSet, n: number): DigitSet {
  const k = Math.max(0, Math.min(set.n, Math.floor(n)));
  const pix = set.rows * set.cols;
  return { ...set, n: k, images: set.images.subarray(0, k * pix), labels: set.labels.subarray(0, k) };
}

/** Splits a set into its first (1 − fraction) and last fraction, e.g. training and validation. */
export function splitTail(set: DigitSet, fraction: number): [DigitSet, DigitSet] {
  if (!(fraction >= 0 && fraction < 1)) throw new Error(`validation fraction must be in [0, 1), got ${fraction}`);
  const nTail = Math.round(set.n * fraction), nHead = set.n - nTail, pix = set.rows * set.cols;
  const part = (from: number, count: number): DigitSet => ({
    ...set, n: count,
    images: set.images.subarray(from * pix, (from + count) * pix),
    labels: set.labels.subarray(from, from + count),
  });
  return [part(0, nHead), part(nHead, nTail)];
}

/** Images per class (index = digit). */
export function classCounts(labels: ArrayLike<number>, nClasses = 10): number[] {
  const c = new Array<number>(nClasses).fill(0);
  for (let i = 0; i < labels.length; i++) c[labels[i]]++;
  return c;
}

/** One image as a float row in [0, 1] (for the public number[] surface and the drawing views). */
export function imageRow(set: DigitSet, i: number): number[] {
  const pix = set.rows * set.cols;
  if (!(i >= 0 && i < set.n)) throw new Error(`image index ${i} out of range 0–${set.n - 1}`);
  return Array.from(set.images.subarray(i * pix, (i + 1) * pix), (v) => v / set.maxValue);
}

/**
 * Builds a train/test split from raw images and labels (e.g. the 1,797 UCI 8×8 digits): `testPerClass`
 * images of every class go to the test set (seeded choice), the rest to training, ordered round-robin
 * over the classes so every prefix is balanced, as in the MNIST file.
 */
export function splitBalanced(
  images: Uint8Array, labels: Uint8Array, rows: number, cols: number, maxValue: number, testPerClass: number, seed: number,
): DigitsData {
  const pix = rows * cols;
  if (images.length !== labels.length * pix) throw new Error(`${labels.length} labels but ${images.length / pix} images`);
  const rng = new Rng(seed);
  const byClass: number[][] = Array.from({ length: 10 }, () => []);
  labels.forEach((l, i) => {
    if (l > 9) throw new Error(`label ${l} outside 0–9`);
    byClass[l].push(i);
  });
  byClass.forEach((c) => rng.shuffle(c));
  const test: number[] = [], rest = byClass.map((c) => c.slice(Math.min(testPerClass, c.length)));
  byClass.forEach((c) => test.push(...c.slice(0, Math.min(testPerClass, c.length))));
  rng.shuffle(test);
  const train: number[] = [];
  for (let r = 0; rest.some((c) => r < c.length); r++) for (const c of rest) if (r < c.length) train.push(c[r]);
  const gather = (idx: number[]): DigitSet => {
    const im = new Uint8Array(idx.length * pix), lb = new Uint8Array(idx.length);
    idx.forEach((j, k) => {
      im.set(images.subarray(j * pix, (j + 1) * pix), k * pix);
      lb[k] = labels[j];
    });
    return { n: idx.length, rows, cols, maxValue, images: im, labels: lb };
  };
  return { train: gather(train), test: gather(test) };
}
