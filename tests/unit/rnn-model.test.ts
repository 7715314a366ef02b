// The recurrent model on TF.js's cpu backend with tiny networks: numbers a hand or TF.js's own kernels give,
// truncation of the gradient, and no tensor leaks over training.
import { describe, it, expect, beforeAll } from 'vitest';
import { setBackend, ready, memory, tensor2d, matMul, grads, sum, mul, zerosLike } from '@tensorflow/tfjs';
import { RnnModel } from '../../src/core/nn/rnn/model';
import { mm } from '../../src/core/nn/rnn/cells';
import { RnnSession } from '../../src/core/nn/rnn/session';
import { buildTask } from '../../src/core/nn/rnn/tasks';
import { sampleId, sampleTokens, inspectSequence } from '../../src/core/nn/rnn/inspect';
import { memoryBatch } from '../../src/core/nn/rnn/memory-task';
import { Rng } from '../../src/core/random';

beforeAll(async () => {
  await setBackend('cpu');
  await ready();
});

const memorySpec = (cell: 'rnn' | 'lstm' | 'gru', units = 6) => ({ cell, inputSize: 9, units, layers: 1, outputSize: 4, output: 'classes' as const, seed: 2 });

describe('RnnModel', () => {
  it('starts at ln(classes) nats when the output weights are zero (perplexity = vocabulary size)', () => {
    const task = buildTask({ task: 'chars', source: 'the cat sat on the mat. '.repeat(40), seqLen: 8, delay: 0, symbols: 4 });
    const s = new RnnSession(task, { cell: 'gru', inputSize: task.inputSize, units: 5, layers: 2, outputSize: task.outputSize, output: 'classes', seed: 1 },
      { batchSize: 4, tbptt: 8, optimizer: 'adam', learningRate: 0.01, clip: 1, seed: 1, timeLimitSeconds: 0 });
    s.model.Wo.assign(zerosLike(s.model.Wo));
    expect(s.validate().loss).toBeCloseTo(Math.log(task.outputSize), 5); // 11 distinct characters
    expect(task.outputSize).toBe(11);
    s.dispose();
  });

  it('mm has the gradients of matMul', () => {
    const a = tensor2d([1, 2, 3, 4, 5, 6], [2, 3]), b = tensor2d([0.5, -1, 2, 0, 1, 3], [3, 2]), w = tensor2d([1, -2, 3, 0.5], [2, 2]);
    const [ga, gb] = grads((x, y) => sum(mul(mm(x as never, y as never), w)))([a, b]);
    const [ra, rb] = grads((x, y) => sum(mul(matMul(x, y), w)))([a, b]);
    expect(Array.from(ga.dataSync())).toEqual(Array.from(ra.dataSync()));
    expect(Array.from(gb.dataSync())).toEqual(Array.from(rb.dataSync()));
    [a, b, w, ga, gb, ra, rb].forEach((t) => t.dispose());
  });

  it('truncated BPTT stops the gradient: with truncation 1 only the scored last step gets any', () => {
    for (const cell of ['rnn', 'lstm', 'gru'] as const) {
      const m = new RnnModel(memorySpec(cell));
      const b = memoryBatch({ delay: 5, symbols: 4 }, 8, new Rng(1));
      const full = m.gradientProfile(b, 100), cut = m.gradientProfile(b, 1);
      expect(full[0]).toBeGreaterThan(0);
      expect(Array.from(cut.subarray(0, 5))).toEqual([0, 0, 0, 0, 0]);
      expect(cut[5]).toBeCloseTo(full[5], 5);
      m.dispose();
    }
  });

  it('exposes the LSTM gates in (0, 1) and the hidden state in (−1, 1)', () => {
    const m = new RnnModel(memorySpec('lstm', 3));
    const b = memoryBatch({ delay: 4, symbols: 4 }, 1, new Rng(5));
    const inside = inspectSequence(m, b);
    expect(inside.hidden[0]).toHaveLength(5 * 3);
    for (const g of [inside.gates![0].i, inside.gates![0].f, inside.gates![0].o]) for (const v of g) expect(v > 0 && v < 1).toBe(true);
    for (const v of inside.hidden[0]) expect(Math.abs(v)).toBeLessThan(1);
    m.dispose();
  });

  it('samples the most likely token at temperature 0, any token at a high temperature', () => {
    const rng = new Rng(1);
    expect(sampleId([0.1, 2, -1], 0, rng)).toBe(1);
    const seen = new Set(Array.from({ length: 200 }, () => sampleId([0.1, 2, -1], 5, rng)));
    expect(seen.size).toBe(3);
  });

  it('keeps the tensor count flat over training, sampling and inspection', async () => {
    const task = buildTask({ task: 'memory', seqLen: 5, delay: 4, symbols: 4 });
    const before = memory().numTensors;
    const s = new RnnSession(task, memorySpec('lstm', 4), { batchSize: 8, tbptt: 2, optimizer: 'rmsprop', learningRate: 0.01, clip: 1, seed: 1, timeLimitSeconds: 0, maxSteps: 40 });
    const counts: number[] = [];
    const r = await s.run({ reportEveryMs: 0, logEveryMs: 0, onProgress: (p) => counts.push(p.tensors) });
    expect(r.steps).toBe(40);
    expect(r.history.length).toBeGreaterThanOrEqual(2); // the untrained model and the end
    // after the first update the optimiser holds its slots; from then on nothing may pile up
    const steady = counts.slice(Math.floor(counts.length / 2));
    // a report inside a batch also sees the carried state (h and c of the one layer): at most 2 more
    expect(Math.max(...steady) - Math.min(...steady)).toBeLessThanOrEqual(2);
    expect(steady.length).toBeGreaterThan(10);
    sampleTokens(s.model, Int32Array.of(0, 1), 5, 1, 3);
    inspectSequence(s.model, memoryBatch({ delay: 4, symbols: 4 }, 1, new Rng(2)));
    s.dispose();
    expect(memory().numTensors).toBe(before);
  });

  it('stops with a message when the loss diverges', async () => {
    const task = buildTask({ task: 'weather', source: 'date,t\n' + Array.from({ length: 200 }, (_, i) => `2020-01-01,${i}`).map((l, i) => l.replace('2020-01-01', new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10))).join('\n'), seqLen: 10, delay: 0, symbols: 4 });
    const s = new RnnSession(task, { cell: 'rnn', inputSize: 1, units: 4, layers: 1, outputSize: 1, output: 'regression', seed: 1 },
      { batchSize: 4, tbptt: 10, optimizer: 'sgd', learningRate: 1e30, clip: 0, seed: 1, timeLimitSeconds: 0, maxSteps: 50 });
    await expect(s.run({ reportEveryMs: 0 })).rejects.toThrow(/diverged/);
    s.dispose();
  });
});
