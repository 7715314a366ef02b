import { describe, it, expect, beforeAll } from 'vitest';
import { setBackend, ready, memory } from '@tensorflow/tfjs';
import { Mlp, type Activation, type MlpTask } from '../../src/core/models/neural_network/mlp';
import { dropoutMask } from '../../src/core/models/neural_network/mlp-math';
import { Rng } from '../../src/core/random';
import { tfGradient } from './helpers/mlp-tf';

beforeAll(async () => {
  await setBackend('cpu');
  await ready();
});

const problem = (task: MlpTask, n: number, nIn: number, seed = 42) => {
  const rng = new Rng(seed);
  const x = Array.from({ length: n * nIn }, () => rng.uniform(-2, 2));
  const y = Array.from({ length: n }, (_, i) => (task === 'regression' ? rng.normal() : task === 'binary' ? i % 2 : i % 3));
  return { n, x, y };
};

describe('Mlp: an activation per layer and dropout, against TF.js automatic differentiation (masks fixed)', () => {
  const cases: [MlpTask, Activation[], number[], number][] = [
    ['binary', ['relu', 'tanh'], [0.5, 0.2], 0],
    ['binary', ['sigmoid', 'linear'], [0, 0.3], 0.1],
    ['multiclass', ['tanh', 'relu'], [0.25, 0.25], 0.2],
    ['regression', ['linear', 'sigmoid'], [0.4, 0], 0],
  ];
  for (const [task, activation, dropout, l2] of cases) {
    it(`${task}, ${activation.join('/')}, dropout ${dropout.join('/')}, L2 ${l2}: loss and every gradient agree`, () => {
      const nIn = 3, data = problem(task, 9, nIn);
      const m = new Mlp({ nIn, hidden: [5, 4], activation, dropout, task, nClasses: 3, l2, learningRate: 0.1, optimizer: 'sgd', seed: 7 });
      expect(m.acts).toEqual(activation);
      const masks = m.drawMasks(data.n);
      // the masks really drop something where the rate is above 0 (else the check would not cover dropout)
      masks.forEach((mk, l) => expect(mk === null).toBe(dropout[l] === 0));
      for (const mk of masks) if (mk) expect(mk.some((v) => v === 0)).toBe(true);
      const before = memory().numTensors;
      const ref = tfGradient(m, data.x, data.y, data.n, masks);
      expect(memory().numTensors).toBe(before);
      const ours = m.gradient(data, Array.from({ length: data.n }, (_, i) => i), masks);
      const penalty = 0.5 * l2 * m.getWeights().weights.flat(2).reduce((t, w) => t + w * w, 0);
      expect(ours.loss + penalty).toBeCloseTo(ref.loss, 5);
      const scale = Math.max(...ref.grad.map(Math.abs));
      for (let q = 0; q < ours.grad.length; q++) expect(Math.abs(ours.grad[q] - ref.grad[q])).toBeLessThan(1e-5 * Math.max(1, scale));
      // and the masked gradient is not the unmasked one: dropout changed what was checked
      const plain = m.gradient(data, Array.from({ length: data.n }, (_, i) => i));
      expect(Math.max(...plain.grad.map((g, q) => Math.abs(g - ours.grad[q])))).toBeGreaterThan(1e-3);
    });
  }
});

describe('Mlp: inverted dropout', () => {
  it('a mask drops a share ≈ rate of the units and scales the kept ones by 1/(1 − rate), so its mean is ≈ 1', () => {
    const rng = new Rng(3);
    const m = dropoutMask(0.3, 2000, 10, () => rng.random());
    const zeros = m.filter((v) => v === 0).length / m.length;
    expect(zeros).toBeGreaterThan(0.28);
    expect(zeros).toBeLessThan(0.32);
    expect(m.every((v) => v === 0 || Math.abs(v - 1 / 0.7) < 1e-15)).toBe(true);
    expect(Math.abs(m.reduce((s, v) => s + v, 0) / m.length - 1)).toBeLessThan(0.03);
  });

  it('only at training time: evaluating is deterministic and equals the same weights without dropout', () => {
    const spec = { nIn: 2, hidden: [6, 3], activation: 'tanh', task: 'binary', learningRate: 0.1, optimizer: 'sgd', seed: 4 } as const;
    const drop = new Mlp({ ...spec, dropout: 0.5 }), plain = new Mlp(spec);
    const data = problem('binary', 20, 2);
    expect(drop.getWeights()).toEqual(plain.getWeights()); // dropout leaves the initial weights alone
    expect(drop.evaluate(data)).toEqual(plain.evaluate(data));
    expect(drop.evaluate(data)).toEqual(drop.evaluate(data));
  });

  it('is seeded: the same spec trains to the same weights; dropout changes the run; snapshot/restore replays the masks', () => {
    const spec = { nIn: 2, hidden: [8], activation: 'relu', task: 'binary', learningRate: 0.1, optimizer: 'sgd', seed: 5, dropout: [0.3] } as const;
    const data = problem('binary', 30, 2), order = Array.from({ length: 30 }, (_, i) => i);
    const a = new Mlp(spec), b = new Mlp(spec), c = new Mlp({ ...spec, dropout: [0] });
    for (const m of [a, b, c]) for (let e = 0; e < 3; e++) m.trainEpoch(data, order, 5);
    expect(a.getWeights()).toEqual(b.getWeights());
    expect(a.getWeights()).not.toEqual(c.getWeights());
    const snap = a.snapshot();
    a.trainEpoch(data, order, 5);
    const moved = a.getWeights();
    a.restore(snap);
    a.trainEpoch(data, order, 5);
    expect(a.getWeights()).toEqual(moved);
  });

  it('refuses a list of the wrong length, an unknown activation and a rate of 1 with a clear message', () => {
    const spec = { nIn: 2, hidden: [4, 2], activation: 'tanh', task: 'binary', learningRate: 0.1, optimizer: 'sgd', seed: 1 } as const;
    expect(() => new Mlp({ ...spec, activation: ['relu'] })).toThrow(/one activation per hidden layer \(2\), not 1/);
    expect(() => new Mlp({ ...spec, activation: ['relu', 'softplus' as Activation] })).toThrow(/an activation is one of/);
    expect(() => new Mlp({ ...spec, dropout: [0, 1] })).toThrow(/below 1/);
    expect(() => new Mlp({ ...spec, dropout: -0.1 })).toThrow(/at least 0/);
  });
});
