import { describe, it, expect, beforeAll } from 'vitest';
import { setBackend, ready, memory } from '@tensorflow/tfjs';
import { buildCnn, convOutputShapes, countParams, type CnnSpec } from '../../src/core/nn/cnn';
import { CnnSession } from '../../src/core/nn/session';
import { permutation, makeOptimizer } from '../../src/core/nn/train';
import { Rng } from '../../src/core/random';
import type { DigitSet } from '../../src/core/nn/digits-file';

beforeAll(async () => {
  await setBackend('cpu');
  await ready();
});

const spec28: CnnSpec = {
  inputShape: [28, 28, 1], conv: [{ filters: 8, kernelSize: 5, strides: 2 }, { filters: 16, kernelSize: 3, strides: 2 }],
  pooling: 'none', denseUnits: 32, dropout: 0.25, nClasses: 10, seed: 1,
};

/** A learnable toy set: class c = a bright bar in row band c (8×8 images), with seeded noise. */
function toySet(n: number, seed: number): DigitSet {
  const rng = new Rng(seed);
  const images = new Uint8Array(n * 64), labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i % 4;
    labels[i] = c;
    for (let p = 0; p < 64; p++) {
      const row = p >> 3;
      images[i * 64 + p] = Math.round((row >= 2 * c && row < 2 * c + 2 ? 12 : 0) + rng.uniform(0, 4));
    }
  }
  return { n, rows: 8, cols: 8, maxValue: 16, images, labels };
}
const tinySpec: CnnSpec = {
  inputShape: [8, 8, 1], conv: [{ filters: 4, kernelSize: 3 }], pooling: 'max', denseUnits: 0, dropout: 0, nClasses: 4, seed: 3,
};

describe('buildCnn', () => {
  it('has the layer shapes the spec describes (same padding, stride 2 halves, 2×2 pooling halves)', () => {
    expect(convOutputShapes(spec28)).toEqual([[14, 14, 8], [7, 7, 16]]);
    const pooled = { ...spec28, conv: [{ filters: 8, kernelSize: 3 }, { filters: 16, kernelSize: 3 }], pooling: 'max' as const };
    expect(convOutputShapes(pooled)).toEqual([[14, 14, 8], [7, 7, 16]]);
    const m = buildCnn(spec28);
    expect(m.outputs[0].shape).toEqual([null, 10]);
    expect(m.getLayer('conv1').outputShape).toEqual([null, 14, 14, 8]);
    expect(m.getLayer('conv2').outputShape).toEqual([null, 7, 7, 16]);
    // Hand count: conv1 5·5·1·8+8 = 208, conv2 3·3·8·16+16 = 1168, hidden 784·32+32 = 25120, out 32·10+10 = 330.
    expect(countParams(spec28)).toBe(208 + 1168 + 25120 + 330);
    expect(m.countParams()).toBe(countParams(spec28));
    m.dispose();
  });

  it('is reproducible: the same seed gives the same weights, another seed others', () => {
    const a = buildCnn(spec28), b = buildCnn(spec28), c = buildCnn({ ...spec28, seed: 2 });
    const w = (m: ReturnType<typeof buildCnn>) => Array.from(m.getLayer('conv1').getWeights()[0].dataSync().slice(0, 20));
    expect(w(a)).toEqual(w(b));
    expect(w(a)).not.toEqual(w(c));
    [a, b, c].forEach((m) => m.dispose());
  });

  it('rejects specs it cannot build', () => {
    expect(() => buildCnn({ ...spec28, conv: [{ filters: 0, kernelSize: 3 }] })).toThrow(/filters/);
    expect(() => buildCnn({ ...spec28, conv: [{ filters: 4, kernelSize: 3, strides: 3 }] })).toThrow(/strides/);
    expect(() => buildCnn({ ...spec28, dropout: 1 })).toThrow(/dropout/);
    expect(() => buildCnn({ ...spec28, nClasses: 1 })).toThrow(/nClasses/);
    const deep = { ...tinySpec, conv: new Array(5).fill({ filters: 2, kernelSize: 3 }) };
    expect(() => convOutputShapes(deep)).toThrow(/1×1/);
    expect(() => makeOptimizer('adam', 0)).toThrow(/learning rate/);
  });

  it('permutation is a seeded shuffle of 0..n-1', () => {
    const p = permutation(50, new Rng(4));
    expect(Array.from(p).sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(Array.from(permutation(50, new Rng(4)))).toEqual(Array.from(p));
    expect(permutation(0, new Rng(1)).length).toBe(0);
  });
});

describe('CnnSession (cpu backend)', () => {
  it('learns a toy problem and leaks no tensors: numTensors is flat across epochs', async () => {
    const before = memory().numTensors;
    const s = new CnnSession(tinySpec, { batchSize: 16, epochs: 6, optimizer: 'adam', learningRate: 0.02, seed: 5, patience: 0 },
      toySet(160, 1), toySet(40, 2), toySet(40, 3));
    const perEpoch: number[] = [];
    const batches: number[] = [];
    const r = await s.run({ onEpoch: () => perEpoch.push(memory().numTensors), onBatch: (p) => batches.push(p.batch), reportEveryMs: 0 });
    expect(perEpoch.length).toBe(6);
    expect(new Set(perEpoch).size).toBe(1); // flat
    expect(batches.filter((b) => b === 10).length).toBe(6); // 160 / 16 batches reported each epoch
    expect(r.history[5].loss).toBeLessThan(r.history[0].loss);
    expect(r.test.accuracy).toBeGreaterThan(0.9); // chance is 0.25
    expect(r.test.predictions.length).toBe(40);
    expect(r.bestEpoch).toBe(6);
    s.dispose();
    expect(memory().numTensors).toBe(before);
  });

  it('same seed, same run', async () => {
    const cfg = { batchSize: 20, epochs: 2, optimizer: 'sgd' as const, learningRate: 0.1, seed: 9, patience: 0 };
    const runOnce = async () => {
      const s = new CnnSession(tinySpec, cfg, toySet(80, 1), null, toySet(20, 3));
      const r = await s.run();
      s.dispose();
      return r.history.map((h) => h.loss);
    };
    const [a, b] = [await runOnce(), await runOnce()];
    expect(a).toEqual(b);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('early stopping stops after `patience` epochs without a better validation loss and restores the best weights', async () => {
    // A learning rate this high makes the validation loss jump around, so the best epoch is early.
    const s = new CnnSession(tinySpec, { batchSize: 8, epochs: 30, optimizer: 'sgd', learningRate: 3, seed: 2, patience: 2 },
      toySet(80, 1), toySet(40, 2), toySet(40, 3));
    const before = memory().numTensors;
    const r = await s.run();
    const vl = r.history.map((h) => h.valLoss!);
    const bestIdx = vl.indexOf(Math.min(...vl));
    expect(r.bestEpoch).toBe(bestIdx + 1);
    expect(r.stoppedEarly).toBe(true); // with this seed: best at epoch 3, stopped after epoch 5
    expect(r.history.length).toBe(r.bestEpoch + 2);
    expect(r.bestEpoch).toBeLessThan(r.history.length);
    expect(memory().numTensors).toBe(before); // the saved best weights were released
    const again = await s.evaluateTest();
    expect(again.accuracy).toBeCloseTo(r.test.accuracy, 10);
    s.dispose();
  });

  it('cancel stops between batches and still reports', async () => {
    let n = 0;
    const s = new CnnSession(tinySpec, { batchSize: 8, epochs: 5, optimizer: 'adam', learningRate: 0.01, seed: 1, patience: 0 },
      toySet(80, 1), null, toySet(20, 3));
    const r = await s.run({ isCancelled: () => ++n > 3 });
    expect(r.cancelled).toBe(true);
    expect(r.history.length).toBe(0);
    s.dispose();
  });

  it('rejects images of the wrong size and bad settings', () => {
    expect(() => new CnnSession(spec28, { batchSize: 8, epochs: 1, optimizer: 'adam', learningRate: 0.01, seed: 1, patience: 0 },
      toySet(8, 1), null, toySet(8, 1))).toThrow(/8×8 but the model expects 28×28/);
    expect(() => new CnnSession(tinySpec, { batchSize: 0, epochs: 1, optimizer: 'adam', learningRate: 0.01, seed: 1, patience: 0 },
      toySet(8, 1), null, toySet(8, 1))).toThrow(/batchSize/);
    expect(() => new CnnSession(tinySpec, { batchSize: 4, epochs: 1, optimizer: 'adam', learningRate: 0.01, seed: 1, patience: 0 },
      toySet(0, 1), null, toySet(8, 1))).toThrow(/empty/);
  });
});


describe('conv that trains without Conv2DBackpropFilter (for wasm)', () => {
  it('conv2dFilterGrad equals TF.js own filter gradient (stride 1 and 2, 1 and 3 input channels)', async () => {
    const { conv2dFilterGrad } = await import('../../src/core/nn/conv-layer');
    const tf = await import('@tensorflow/tfjs');
    for (const [k, s, cin] of [[3, 1, 1], [5, 2, 1], [3, 2, 3]]) {
      const rng = new Rng(k * 10 + s);
      const x = tf.tensor4d(Array.from({ length: 2 * 9 * 9 * cin }, () => rng.normal()), [2, 9, 9, cin]);
      const f = tf.tensor4d(Array.from({ length: k * k * cin * 4 }, () => rng.normal()), [k, k, cin, 4]);
      const out = Math.ceil(9 / s);
      const dy = tf.tensor4d(Array.from({ length: 2 * out * out * 4 }, () => rng.normal()), [2, out, out, 4]);
      const ref = tf.grad((ff: import('@tensorflow/tfjs').Tensor) => tf.sum(tf.mul(tf.conv2d(x, ff as import('@tensorflow/tfjs').Tensor4D, s, 'same'), dy)))(f);
      const mine = conv2dFilterGrad(x, dy, k, s);
      expect(mine.shape).toEqual(ref.shape);
      const diff = tf.max(tf.abs(tf.sub(mine, ref))).dataSync()[0];
      expect(diff).toBeLessThan(1e-4);
      [x, f, dy, ref, mine].forEach((t) => t.dispose());
    }
  });

  it("a model built with convImpl 'patches' gives the same losses as 'native'", async () => {
    const cfg = { batchSize: 20, epochs: 2, optimizer: 'adam' as const, learningRate: 0.01, seed: 9, patience: 0 };
    const losses = async (convImpl: 'native' | 'patches') => {
      const s = new CnnSession({ ...tinySpec, conv: [{ filters: 3, kernelSize: 3, strides: 2 }, { filters: 4, kernelSize: 3 }], convImpl }, cfg, toySet(60, 1), null, toySet(20, 3));
      const r = await s.run();
      s.dispose();
      return r.history.map((h) => h.loss);
    };
    const a = await losses('native'), b = await losses('patches');
    a.forEach((v, i) => expect(b[i]).toBeCloseTo(v, 4));
  });
});

describe('conv input gradient as a forward conv', () => {
  it('conv2dInputGrad equals TF.js own input gradient (odd/even sizes, k 3/5, stride 1/2)', async () => {
    const { conv2dInputGrad } = await import('../../src/core/nn/conv-layer');
    const tf = await import('@tensorflow/tfjs');
    for (const [n, k, s, cin] of [[9, 3, 1, 2], [8, 3, 2, 3], [9, 3, 2, 1], [28, 5, 2, 1], [14, 3, 2, 4], [7, 5, 1, 2], [10, 5, 2, 2]]) {
      const rng = new Rng(n * 100 + k * 10 + s);
      const x = tf.tensor4d(Array.from({ length: 2 * n * n * cin }, () => rng.normal()), [2, n, n, cin]);
      const f = tf.tensor4d(Array.from({ length: k * k * cin * 3 }, () => rng.normal()), [k, k, cin, 3]);
      const out = Math.ceil(n / s);
      const dy = tf.tensor4d(Array.from({ length: 2 * out * out * 3 }, () => rng.normal()), [2, out, out, 3]);
      const ref = tf.grad((xx: import('@tensorflow/tfjs').Tensor) => tf.sum(tf.mul(tf.conv2d(xx as import('@tensorflow/tfjs').Tensor4D, f, s, 'same'), dy)))(x);
      const mine = conv2dInputGrad(dy, f, [2, n, n, cin], s);
      expect(mine.shape).toEqual(ref.shape);
      expect(tf.max(tf.abs(tf.sub(mine, ref))).dataSync()[0]).toBeLessThan(1e-4);
      [x, f, dy, ref, mine].forEach((t) => t.dispose());
    }
  });
});

describe('augmentation and learning-rate decay', () => {
  it('shiftIndices cuts every image out of its padded copy at an offset within ±pad', async () => {
    const { shiftIndices } = await import('../../src/core/nn/train');
    const rows = 3, cols = 2, pad = 1, R = 5, C = 4;
    const out = shiftIndices(Int32Array.from([0, 2]), rows, cols, pad, new Rng(1));
    expect(out.length).toBe(2 * 6);
    for (let b = 0; b < 2; b++) {
      const img = [0, 2][b], first = out[b * 6] - img * R * C;
      const dy = Math.floor(first / C), dx = first % C;
      expect(dx).toBeGreaterThanOrEqual(0); expect(dx).toBeLessThanOrEqual(2);
      expect(dy).toBeGreaterThanOrEqual(0); expect(dy).toBeLessThanOrEqual(2);
      // the crop is a contiguous rows × cols window
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) expect(out[b * 6 + r * cols + c]).toBe(img * R * C + (dy + r) * C + dx + c);
    }
  });

  it('the padded copy for shift augmentation reproduces the images exactly at zero offset', async () => {
    const { toDevice, disposeDevice } = await import('../../src/core/nn/train');
    const set = toySet(3, 1);
    const d = toDevice(set, 2);
    const flat = d.padded!.flat.dataSync();
    expect(flat.length).toBe(3 * 12 * 12);
    expect(flat[1 * 144 + (2 + 4) * 12 + 2 + 5]).toBeCloseTo(set.images[64 + 4 * 8 + 5] / 16, 6);
    expect(flat[0]).toBe(0);
    disposeDevice(d);
  });

  it('setLearningRate changes Adam and SGD step sizes; bad decay or shift is rejected', async () => {
    const { makeOptimizer, setLearningRate } = await import('../../src/core/nn/train');
    const a = makeOptimizer('adam', 0.01), s = makeOptimizer('momentum', 0.01);
    setLearningRate(a, 0.001); setLearningRate(s, 0.002);
    expect((a as unknown as { learningRate: number }).learningRate).toBe(0.001);
    expect((s as unknown as { learningRate: number }).learningRate).toBe(0.002);
    a.dispose(); s.dispose();
    const base = { batchSize: 8, epochs: 1, optimizer: 'adam' as const, learningRate: 0.01, seed: 1, patience: 0 };
    expect(() => new CnnSession(tinySpec, { ...base, lrDecay: 0 }, toySet(8, 1), null, toySet(8, 1))).toThrow(/lrDecay/);
    expect(() => new CnnSession(tinySpec, { ...base, augmentShift: 1.5 }, toySet(8, 1), null, toySet(8, 1))).toThrow(/augmentShift/);
  });

  it('an augmented, decayed run still learns and leaks nothing', async () => {
    const before = memory().numTensors;
    const s = new CnnSession(tinySpec, { batchSize: 16, epochs: 4, optimizer: 'adam', learningRate: 0.02, seed: 5, patience: 0, lrDecay: 0.8, augmentShift: 1 },
      toySet(160, 1), null, toySet(40, 3));
    const r = await s.run();
    expect(r.test.accuracy).toBeGreaterThan(0.5);
    s.dispose();
    expect(memory().numTensors).toBe(before);
  });
});

describe('time limit', () => {
  it('stops at a batch boundary once the time is up, and says so', async () => {
    let t = 0;
    const s = new CnnSession(tinySpec, { batchSize: 8, epochs: 50, optimizer: 'adam', learningRate: 0.01, seed: 1, patience: 0, timeLimitSeconds: 1 },
      toySet(80, 1), toySet(16, 2), toySet(20, 3));
    // A fake clock: every reading advances 10 ms, so ~100 readings reach the 1 s limit.
    const r = await s.run({ now: () => (t += 10) });
    expect(r.timeUp).toBe(true);
    expect(r.history.length).toBeLessThan(50);
    expect(r.history.length).toBeGreaterThan(0);
    expect(r.test.predictions.length).toBe(20);
    s.dispose();
  });
});

describe('responsiveness of the training loop', () => {
  it('yields to the event loop during training, so a timer (like a pause message) fires mid-run', async () => {
    let paused = false, sawPause = false, batchesAfterPause = 0, release: (() => void) | null = null;
    const s = new CnnSession(tinySpec, { batchSize: 4, epochs: 3, optimizer: 'adam', learningRate: 0.01, seed: 1, patience: 0 },
      toySet(80, 1), null, toySet(20, 3));
    setTimeout(() => { paused = true; }, 5); // a macrotask, as a worker message is
    const r = await s.run({
      yieldEveryMs: 0,
      gate: () => {
        if (!paused) return;
        if (!sawPause) {
          sawPause = true;
          return new Promise<void>((res) => { release = res; setTimeout(() => { paused = false; release!(); }, 20); });
        }
      },
      onBatch: () => { if (sawPause) batchesAfterPause++; },
      reportEveryMs: 0,
    });
    expect(sawPause).toBe(true);
    expect(batchesAfterPause).toBeGreaterThan(0); // resumed and finished
    expect(r.history.length).toBe(3);
    s.dispose();
  });
});

describe('cosine learning-rate schedule', () => {
  it('goes from lr to 2 % of lr, half-way at progress 0.5, clamped outside [0, 1]', async () => {
    const { cosineRate } = await import('../../src/core/nn/session');
    expect(cosineRate(0.01, 0)).toBeCloseTo(0.01, 12);
    expect(cosineRate(0.01, 1)).toBeCloseTo(0.0002, 12);
    expect(cosineRate(0.01, 0.5)).toBeCloseTo(0.01 * (0.02 + 0.49), 12);
    expect(cosineRate(0.01, 2)).toBeCloseTo(0.0002, 12);
    expect(cosineRate(0.01, -1)).toBeCloseTo(0.01, 12);
  });

  it('a cosine run learns and differs from a step run with the same seed', async () => {
    const base = { batchSize: 16, epochs: 3, optimizer: 'adam' as const, learningRate: 0.02, seed: 5, patience: 0 };
    const go = async (lrSchedule: 'step' | 'cosine') => {
      const s = new CnnSession(tinySpec, { ...base, lrSchedule }, toySet(96, 1), null, toySet(40, 3));
      const r = await s.run();
      s.dispose();
      return r;
    };
    const [a, b] = [await go('cosine'), await go('step')];
    expect(a.history[0].loss).toBeCloseTo(b.history[0].loss, 1); // same start, slightly smaller steps
    expect(a.history[2].loss).not.toBe(b.history[2].loss);
    expect(a.test.accuracy).toBeGreaterThan(0.5);
  });
});

describe('looking inside (inspect.ts)', () => {
  it('probabilities sum to 1, feature maps have each conv layer’s shape, filters are [k, k, 1, n]; nothing leaks', async () => {
    const { predictImage, featureMaps, firstLayerFilters } = await import('../../src/core/nn/inspect');
    const spec: CnnSpec = { ...tinySpec, conv: [{ filters: 3, kernelSize: 3, strides: 2 }, { filters: 5, kernelSize: 3 }], pooling: 'none' };
    const m = buildCnn(spec);
    const before = memory().numTensors;
    const img = new Float32Array(64).map((_, i) => (i % 9) / 8);
    const p = predictImage(m, img, 8, 8);
    expect(p.length).toBe(4);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    const maps = featureMaps(m, ['conv1', 'conv2'], img, 8, 8);
    expect(maps.map((x) => [x.layer, x.rows, x.cols, x.channels])).toEqual([['conv1', 4, 4, 3], ['conv2', 4, 4, 5]]);
    expect(maps[0].data.length).toBe(4 * 4 * 3);
    expect(Math.min(...maps[1].data)).toBeGreaterThanOrEqual(0); // after ReLU
    const f = firstLayerFilters(m)!;
    expect([f.kernelSize, f.count, f.data.length]).toEqual([3, 3, 27]);
    expect(memory().numTensors).toBe(before);
    expect(() => predictImage(m, new Float32Array(10), 8, 8)).toThrow(/expected 8×8/);
    expect(firstLayerFilters(m, 'nope')).toBeNull();
    m.dispose();
  });
});
