import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import {
  parseDigitsFile, gunzipIfNeeded, isGzip, takeFirst, splitTail, classCounts, imageRow,
} from '../../src/core/nn/digits-file';
import { toMnist, toDigits8x8, inkBox } from '../../src/core/nn/mnist-like';

const mnistBytes = readFileSync('datasets/mnist-subset.bin.gz');

/** A hand-made file: 3 train + 2 test images of 2×2. */
function tinyFile(): Uint8Array {
  const b = new Uint8Array(16 + 5 + 5 * 4);
  b.set([0x4d, 0x4c, 0x50, 0x44, 1, 2, 2, 255]);
  new DataView(b.buffer).setUint32(8, 3, true);
  new DataView(b.buffer).setUint32(12, 2, true);
  b.set([0, 1, 2, 3, 4], 16);
  for (let i = 0; i < 20; i++) b[21 + i] = i * 10;
  return b;
}

describe('digits file', () => {
  it('parses a hand-made file: header, labels, pixel blocks', () => {
    const d = parseDigitsFile(tinyFile());
    expect(d.train.n).toBe(3);
    expect(d.test.n).toBe(2);
    expect([d.train.rows, d.train.cols, d.train.maxValue]).toEqual([2, 2, 255]);
    expect(Array.from(d.train.labels)).toEqual([0, 1, 2]);
    expect(Array.from(d.test.labels)).toEqual([3, 4]);
    expect(Array.from(d.test.images)).toEqual([120, 130, 140, 150, 160, 170, 180, 190]);
    expect(imageRow(d.train, 1)).toEqual([40 / 255, 50 / 255, 60 / 255, 70 / 255]);
    expect(() => imageRow(d.train, 3)).toThrow(/out of range/);
  });

  it('rejects a wrong magic, a truncated file and a label above 9', () => {
    const bad = tinyFile(); bad[0] = 0;
    expect(() => parseDigitsFile(bad)).toThrow(/magic/);
    expect(() => parseDigitsFile(tinyFile().subarray(0, 30))).toThrow(/expected 41/);
    expect(() => parseDigitsFile(new Uint8Array(3))).toThrow(/magic/);
    const lab = tinyFile(); lab[17] = 10;
    expect(() => parseDigitsFile(lab)).toThrow(/label 10/);
  });

  it('gunzips gzip bytes and passes plain bytes through', async () => {
    const plain = tinyFile();
    expect(isGzip(plain)).toBe(false);
    const gz = new Uint8Array(gzipSync(plain));
    expect(isGzip(gz)).toBe(true);
    expect(Array.from(await gunzipIfNeeded(gz))).toEqual(Array.from(plain));
    expect(await gunzipIfNeeded(plain)).toBe(plain);
  });

  it('MNIST subset: 9,000 train + 1,000 test of 28×28, balanced test, balanced training prefix', async () => {
    const d = parseDigitsFile(await gunzipIfNeeded(new Uint8Array(mnistBytes)));
    expect([d.train.n, d.test.n, d.train.rows, d.train.cols]).toEqual([9000, 1000, 28, 28]);
    expect(d.train.images.length).toBe(9000 * 784);
    expect(classCounts(d.test.labels)).toEqual(new Array(10).fill(100));
    expect(classCounts(takeFirst(d.train, 6000).labels)).toEqual(new Array(10).fill(600));
    expect(classCounts(takeFirst(d.train, 7630).labels)).toEqual(new Array(10).fill(763));
    expect(classCounts(d.train.labels)).toEqual([901, 1027, 891, 932, 880, 763, 914, 970, 844, 878]);
    // Real digits: dark background, some full ink, ink roughly centred (MNIST centres the mass).
    const img = d.test.images.subarray(0, 784);
    expect(img[0]).toBe(0);
    expect(Math.max(...img)).toBeGreaterThan(200);
    const [train, val] = splitTail(takeFirst(d.train, 6000), 0.1);
    expect([train.n, val.n]).toEqual([5400, 600]);
    expect(classCounts(val.labels)).toEqual(new Array(10).fill(60));
    expect(() => splitTail(train, 1)).toThrow(/fraction/);
  });

  it('takeFirst clamps to the set size', () => {
    const d = parseDigitsFile(tinyFile());
    expect(takeFirst(d.train, 99).n).toBe(3);
    expect(takeFirst(d.train, -1).n).toBe(0);
  });
});

describe('MNIST-like preprocessing of drawings', () => {
  /** A w×h raster with a filled rectangle. */
  function rect(w: number, h: number, x0: number, y0: number, x1: number, y1: number) {
    const data = new Float32Array(w * h);
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * w + x] = 1;
    return { width: w, height: h, data };
  }

  it('a blank drawing gives a blank image', () => {
    expect(inkBox({ width: 3, height: 3, data: new Float32Array(9) })).toBeNull();
    expect(Math.max(...toMnist({ width: 10, height: 10, data: new Float32Array(100) }))).toBe(0);
    expect(() => toMnist({ width: 10, height: 10, data: new Float32Array(5) })).toThrow(/length/);
  });

  it('scales the bounding box to 20 pixels on its long side and centres the mass at (14, 14)', () => {
    // A tall bar in the top-left corner of a 280×280 pad: 40 wide, 200 tall.
    const out = toMnist(rect(280, 280, 10, 5, 50, 205));
    let m = 0, mx = 0, my = 0, rows = new Set<number>(), cols = new Set<number>();
    for (let y = 0; y < 28; y++) for (let x = 0; x < 28; x++) {
      const v = out[y * 28 + x];
      if (v > 0) { rows.add(y); cols.add(x); }
      m += v; mx += v * (x + 0.5); my += v * (y + 0.5);
    }
    expect(rows.size).toBe(20); // 200 px → 20
    expect(cols.size).toBe(4); // 40 px → 4
    expect(mx / m).toBeCloseTo(14, 5);
    expect(my / m).toBeCloseTo(14, 5);
    expect(m).toBeCloseTo(80, 5); // 4 × 20 full-ink pixels: area averaging keeps the ink
  });

  it('a small drawing is enlarged the same way', () => {
    const out = toMnist(rect(100, 100, 40, 40, 45, 50)); // 5×10 → 10×20
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(200, 5);
  });

  it('8×8 UCI style: a full square fills all 64 blocks with 16/16', () => {
    const out = toDigits8x8(rect(64, 64, 8, 8, 40, 40));
    expect(Array.from(out).every((v) => Math.abs(v - 1) < 1e-6)).toBe(true);
    const bar = toDigits8x8(rect(64, 64, 30, 0, 34, 64)); // a thin vertical bar: centred columns only
    const colSums = Array.from({ length: 8 }, (_, c) => Array.from({ length: 8 }, (_, r) => bar[r * 8 + c]).reduce((a, b) => a + b));
    expect(colSums[0]).toBe(0);
    expect(colSums[7]).toBe(0);
    // 4 px wide → 2 px of 32, at columns 15 and 16 (centred): one ink column in block 3 and one in block 4,
    // so each of their 8 blocks holds 4 of 16 ink pixels.
    expect(colSums[3]).toBeCloseTo(8 * 0.25, 6);
    expect(colSums[4]).toBeCloseTo(8 * 0.25, 6);
  });
});

describe('splitBalanced (the UCI 8×8 digits)', () => {
  it('puts testPerClass of each class in the test set, the rest in a balanced-prefix training set', async () => {
    const { splitBalanced } = await import('../../src/core/nn/digits-file');
    const images = new Uint8Array(readFileSync('datasets/digits8x8.bin'));
    const labels = new Uint8Array(readFileSync('datasets/digits8x8-labels.bin'));
    const d = splitBalanced(images, labels, 8, 8, 16, 30, 1);
    expect(d.test.n).toBe(300);
    expect(d.train.n).toBe(1797 - 300);
    expect(classCounts(d.test.labels)).toEqual(new Array(10).fill(30));
    expect(classCounts(takeFirst(d.train, 1000).labels)).toEqual(new Array(10).fill(100));
    expect(Math.max(...d.train.images)).toBe(16);
    // every image keeps its own label: the multiset of (image, label) pairs is unchanged
    const key = (im: Uint8Array, l: number) => `${l}:${Array.from(im).join(',')}`;
    const orig = new Map<string, number>();
    for (let i = 0; i < 1797; i++) { const k = key(images.subarray(i * 64, i * 64 + 64), labels[i]); orig.set(k, (orig.get(k) ?? 0) + 1); }
    for (const s of [d.train, d.test]) for (let i = 0; i < s.n; i++) {
      const k = key(s.images.subarray(i * 64, i * 64 + 64), s.labels[i]);
      expect(orig.get(k)).toBeGreaterThan(0);
      orig.set(k, orig.get(k)! - 1);
    }
    expect(() => splitBalanced(images, labels.subarray(0, 10), 8, 8, 16, 30, 1)).toThrow(/labels/);
  });
});
