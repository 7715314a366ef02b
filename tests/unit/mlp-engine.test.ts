import { describe, it, expect, beforeAll } from 'vitest';
import { setBackend, ready, memory } from '@tensorflow/tfjs';
import { Mlp, type Activation, type MlpTask } from '../../src/core/models/neural_network/mlp';
import { tfGradient } from './helpers/mlp-tf';
import { Rng } from '../../src/core/random';

beforeAll(async () => {
  await setBackend('cpu');
  await ready();
});

const sig = (z: number) => 1 / (1 + Math.exp(-z));

describe('Mlp: one update checked by hand', () => {
  it('one linear neuron, MSE, plain SGD on a batch of 3: w ← w − η·(2/n)Σ(ŷ−y)x, b ← b − η·(2/n)Σ(ŷ−y)', () => {
    const m = new Mlp({ nIn: 1, hidden: [], activation: 'linear', task: 'regression', learningRate: 0.1, optimizer: 'sgd', seed: 3 });
    const w = m.getWeights().weights[0][0][0], b = 0;
    const x = [1, 2, 3], y = [2, 0, 1];
    const r = x.map((xi, i) => w * xi + b - y[i]);
    const gw = (2 / 3) * r.reduce((s, ri, i) => s + ri * x[i], 0), gb = (2 / 3) * r.reduce((s, ri) => s + ri, 0);
    m.trainEpoch({ n: 3, x, y }, [0, 1, 2], 3);
    const after = m.getWeights();
    expect(after.weights[0][0][0]).toBeCloseTo(w - 0.1 * gw, 12);
    expect(after.biases[0][0]).toBeCloseTo(b - 0.1 * gb, 12);
  });

  it('one sigmoid neuron with L2 on two inputs, batches of 1 in the given order: w ← w − η((σ(z)−y)x + λw)', () => {
    const lr = 0.5, l2 = 0.2;
    const m = new Mlp({ nIn: 2, hidden: [], activation: 'tanh', task: 'binary', learningRate: lr, optimizer: 'sgd', l2, seed: 5 });
    let w = m.getWeights().weights[0].map((r) => r[0]), b = 0;
    const X = [[1, -2], [0.5, 3]], Y = [1, 0];
    for (const i of [1, 0]) {
      const e = sig(w[0] * X[i][0] + w[1] * X[i][1] + b) - Y[i];
      w = w.map((wj, j) => wj - lr * (e * X[i][j] + l2 * wj));
      b -= lr * e;
    }
    m.trainEpoch({ n: 2, x: X.flat(), y: Y }, [1, 0], 1);
    const after = m.getWeights();
    expect(after.weights[0][0][0]).toBeCloseTo(w[0], 12);
    expect(after.weights[0][1][0]).toBeCloseTo(w[1], 12);
    expect(after.biases[0][0]).toBeCloseTo(b, 12);
  });

  it('L1 is a proximal step: a strong penalty puts weights on exact zeros, never the biases', () => {
    const m = new Mlp({ nIn: 2, hidden: [3], activation: 'tanh', task: 'binary', learningRate: 0.1, optimizer: 'sgd', l1: 20, seed: 2 });
    m.trainEpoch({ n: 2, x: [1, 0, 0, 1], y: [1, 0] }, [0, 1], 2);
    const { weights, biases } = m.getWeights();
    expect(weights.flat(2).every((v) => v === 0)).toBe(true);
    expect(biases.flat().some((v) => v !== 0)).toBe(true);
  });

  it('the initial weights are Glorot-uniform from the seed: same seed same weights, within ±√(6/(in+out))', () => {
    const spec = { nIn: 2, hidden: [4], activation: 'relu', task: 'binary', learningRate: 0.1, optimizer: 'sgd', seed: 9 } as const;
    const a = new Mlp(spec), b = new Mlp(spec), c = new Mlp({ ...spec, seed: 10 });
    expect(a.getWeights()).toEqual(b.getWeights());
    expect(a.getWeights()).not.toEqual(c.getWeights());
    for (const row of a.getWeights().weights[0]) for (const v of row) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });
});

describe('Mlp: backpropagation against TF.js automatic differentiation', () => {
  const cases: [MlpTask, Activation, number][] = [
    ['binary', 'tanh', 0], ['binary', 'relu', 0.3], ['binary', 'sigmoid', 0], ['binary', 'linear', 0.1],
    ['multiclass', 'tanh', 0.2], ['multiclass', 'relu', 0], ['regression', 'tanh', 0], ['regression', 'sigmoid', 0.5],
  ];
  for (const [task, activation, l2] of cases) {
    it(`${task}, ${activation}, L2 ${l2}: loss and every gradient agree to float32 precision`, () => {
      const rng = new Rng(42);
      const nIn = 3, n = 7;
      const m = new Mlp({ nIn, hidden: [4, 3], activation, task, nClasses: 3, l2, learningRate: 0.1, optimizer: 'sgd', seed: 7 });
      const x = Array.from({ length: n * nIn }, () => rng.uniform(-2, 2));
      const y = Array.from({ length: n }, (_, i) => (task === 'regression' ? rng.normal() : task === 'binary' ? i % 2 : i % 3));
      const rows = Array.from({ length: n }, (_, i) => i);
      const before = memory().numTensors;
      const ref = tfGradient(m, x, y, n);
      expect(memory().numTensors).toBe(before); // the reference leaks nothing either
      const ours = m.gradient({ n, x, y }, rows);
      // the engine reports the data loss; the objective adds ½λΣw² over the weights
      const penalty = 0.5 * l2 * m.getWeights().weights.flat(2).reduce((t, w) => t + w * w, 0);
      expect(ours.loss + penalty).toBeCloseTo(ref.loss, 5);
      expect(ours.grad.length).toBe(ref.grad.length);
      const scale = Math.max(...ref.grad.map(Math.abs));
      for (let q = 0; q < ours.grad.length; q++) expect(Math.abs(ours.grad[q] - ref.grad[q])).toBeLessThan(1e-5 * Math.max(1, scale));
    });
  }
});

describe('Mlp: optimisers', () => {
  it('momentum, RMSprop and Adam all lower the loss of a small problem; a snapshot restores weights and state exactly', () => {
    const x = [0, 0, 0, 1, 1, 0, 1, 1], y = [0, 1, 1, 0];
    for (const optimizer of ['sgd', 'momentum', 'rmsprop', 'adam'] as const) {
      const m = new Mlp({ nIn: 2, hidden: [6], activation: 'tanh', task: 'binary', learningRate: optimizer === 'sgd' || optimizer === 'momentum' ? 0.3 : 0.03, optimizer, seed: 1 });
      const data = { n: 4, x, y };
      const start = m.evaluate(data).loss;
      for (let e = 0; e < 300; e++) m.trainEpoch(data, [0, 1, 2, 3], 2);
      expect(m.evaluate(data).loss, optimizer).toBeLessThan(start * 0.5);
      const snap = m.snapshot();
      m.trainEpoch(data, [0, 1, 2, 3], 2);
      const moved = m.getWeights();
      m.restore(snap);
      m.trainEpoch(data, [0, 1, 2, 3], 2);
      expect(m.getWeights()).toEqual(moved);
    }
  });
});
