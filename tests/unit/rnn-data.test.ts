// The recurrent widget's data, without TF.js: the memory task generator, the character vocabulary and its
// bad-input messages, the daily series with gaps and the "tomorrow = today" baseline (hand-computed numbers).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { memoryBatch, memoryInputSize } from '../../src/core/nn/rnn/memory-task';
import { buildVocab, encode, decode, bytesToText, textProblem, looksBinary } from '../../src/core/nn/rnn/text';
import { parseDailySeries, runs, naiveMae, forecastMae, SeriesWindows, standardiser } from '../../src/core/nn/rnn/series';
import { chunks, sliceSteps } from '../../src/core/nn/rnn/batch';
import { buildTask } from '../../src/core/nn/rnn/tasks';
import { Rng } from '../../src/core/random';
import { perplexity, rankUnits, transpose, planFromParams } from '../../src/widgets/rnn/plan';
import { defaults } from '../../src/params';
import { schema } from '../../src/widgets/rnn/params';

describe('memory task', () => {
  it('puts the answer delay steps back, scores only the last step, and is seeded', () => {
    const spec = { delay: 7, symbols: 4 };
    const b = memoryBatch(spec, 50, new Rng(3));
    expect(memoryInputSize(spec)).toBe(9);
    expect(b.steps).toBe(8);
    for (let i = 0; i < 50; i++) {
      const row = Array.from(b.ids!.subarray(i * 8, i * 8 + 8));
      expect(row[0]).toBeLessThan(4); // a signal symbol
      for (let t = 1; t < 7; t++) expect(row[t] >= 4 && row[t] < 8).toBe(true); // noise
      expect(row[7]).toBe(8); // the question
      expect(b.targets[i * 8 + 7]).toBe(row[0]);
      expect(Array.from(b.mask.subarray(i * 8, i * 8 + 8))).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    }
    expect(Array.from(memoryBatch(spec, 50, new Rng(3)).ids!)).toEqual(Array.from(b.ids!));
    // every symbol shows up (chance is 1/4)
    expect(new Set(Array.from({ length: 50 }, (_, i) => b.ids![i * 8])).size).toBe(4);
  });
});

describe('characters', () => {
  it('builds a sorted vocabulary and encodes and decodes', () => {
    const v = buildVocab('hello');
    expect(v.chars).toEqual(['e', 'h', 'l', 'o']);
    expect(Array.from(encode(v, 'hello'))).toEqual([1, 0, 2, 2, 3]);
    expect(decode(v, [3, 2, 0])).toBe('ole');
    expect(buildVocab('a😀b').chars).toEqual(['a', 'b', '😀']); // a surrogate pair stays one character
  });
  it('turns bad text into a message', () => {
    expect(textProblem('', 64)).toMatch(/empty/);
    expect(textProblem('   \n ', 64)).toMatch(/empty/);
    expect(textProblem('aaaaaaaaaa'.repeat(100), 64)).toMatch(/single character/);
    expect(textProblem('abc def '.repeat(50), 64)).toMatch(/400 characters, too short.*at least 650/);
    expect(textProblem('abc def '.repeat(100), 64)).toBe('');
    expect(bytesToText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toBeNull(); // a PNG header
    expect(bytesToText(new Uint8Array([0xc3, 0x28]))).toBeNull(); // invalid UTF-8
    expect(bytesToText(new TextEncoder().encode('a\r\nb'))).toBe('a\nb');
    expect(looksBinary('\u0001\u0002\u0003abc')).toBe(true);
  });
  it('splits the shipped text 90 / 10 into windows and their next characters', () => {
    const text = readFileSync('datasets/coriolanus.txt', 'utf8');
    const t = buildTask({ task: 'chars', source: text, seqLen: 32, delay: 0, symbols: 4 });
    expect(t.inputSize).toBe(t.outputSize);
    const b = t.batch(4, new Rng(1));
    for (let i = 0; i < 4; i++) for (let s = 0; s + 1 < 32; s++) expect(b.targets[i * 32 + s]).toBe(b.ids![i * 32 + s + 1]);
    expect(t.validation.batch).toBe(64);
    expect(decode(t.vocab!, t.validation.ids!.subarray(0, 32))).toBe(text.slice(Math.floor(text.length * 0.9), Math.floor(text.length * 0.9) + 32));
  });
});

describe('daily series', () => {
  const csv = 'date,temp\n2020-01-01,10\n2020-01-02,12\n2020-01-03,11\n2020-01-05,15\n2020-01-06,14\n2020-01-07,\n2020-01-08,9\n';
  it('finds the missing day and the missing value', () => {
    const s = parseDailySeries(csv);
    expect(s.dates).toHaveLength(8);
    expect(s.dates[3]).toBe('2020-01-04');
    expect(Array.from(s.values)).toEqual([10, 12, 11, NaN, 15, 14, NaN, 9]);
    expect(runs(s.values)).toEqual([[0, 3], [4, 6], [7, 8]]);
  });
  it('computes "tomorrow = today" only where yesterday is known', () => {
    const v = parseDailySeries(csv).values;
    expect(naiveMae(v, 0, 8)).toBeCloseTo((2 + 1 + 1) / 3, 12);
    // a forecast pred[i] of day i + 1: perfect on the known pairs except one miss by 3
    const pred = [12, 11, NaN, 15, 11, NaN, NaN, NaN];
    expect(forecastMae(v, pred, 0, 8)).toBeCloseTo(3 / 4, 12);
  });
  it('cuts windows only inside unbroken stretches, or says why it cannot', () => {
    const v = parseDailySeries(csv).values;
    const w = new SeriesWindows(v, standardiser(v, 0, 8), 2, 0, 8);
    expect(w.count).toBe(1); // only days 0–2 hold 3 consecutive values
    expect(() => new SeriesWindows(v, standardiser(v, 0, 8), 3, 0, 8)).toThrow(/no 4 consecutive days/);
  });
  it('holds out the last quarter of the shipped Seattle series', () => {
    const t = buildTask({ task: 'weather', source: readFileSync('datasets/seattle-temp-max.csv', 'utf8'), seqLen: 30, delay: 0, symbols: 4 });
    expect(t.series!.data.dates).toHaveLength(1461);
    expect(t.series!.data.dates[t.series!.testFrom]).toBe('2014-12-31');
    expect(Number.isFinite(naiveMae(t.series!.data.values, t.series!.testFrom, 1461))).toBe(true);
  });
});

describe('batches and helpers', () => {
  it('chunks a sequence for truncated BPTT', () => {
    expect(chunks(10, 4)).toEqual([[0, 4], [4, 8], [8, 10]]);
    expect(chunks(5, 50)).toEqual([[0, 5]]);
    const b = memoryBatch({ delay: 5, symbols: 2 }, 2, new Rng(1));
    const s = sliceSteps(b, 4, 6, 5);
    expect(Array.from(s.ids!)).toEqual([b.ids![4], b.ids![5], b.ids![10], b.ids![11]]);
  });
  it('perplexity is exp of the mean loss in nats', () => {
    expect(perplexity(Math.log(60))).toBeCloseTo(60, 10);
    expect(perplexity(0)).toBe(1);
  });
  it('ranks units by activation inside the range minus outside', () => {
    // 4 steps × 2 units: unit 1 fires at steps 2–3, unit 0 everywhere
    const h = [0.5, 0, 0.5, 0, 0.5, 0.9, 0.5, 0.7];
    expect(rankUnits(h, 4, 2, 2, 3)).toEqual([{ unit: 1, score: 0.8 }, { unit: 0, score: 0 }]);
    expect(Array.from(transpose([1, 2, 3, 4, 5, 6], 3, 2))).toEqual([1, 3, 5, 2, 4, 6]);
  });
  it('refuses a pasted text shorter than the windows before any run', () => {
    const p = { ...defaults(schema) };
    expect(() => planFromParams(p, 'too short')).toThrow(/too short/);
    expect(() => planFromParams(p, '')).toThrow(/empty/);
    expect(planFromParams(p, null).task.source).toBeUndefined();
    expect(planFromParams({ ...p, task: 'memory', delay: 30 }, null).task.seqLen).toBe(31);
  });
});
