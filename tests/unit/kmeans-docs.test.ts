// Runs every ```ts example of the k-means / kNN / PCA section of docs/API.md, so the docs stay runnable and true.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import * as core from '../../src/core';

const doc = readFileSync(new URL('../../docs/API.md', import.meta.url), 'utf8');
const start = doc.indexOf('<!-- api:clustering-neighbours-pca -->');
const end = doc.indexOf('<!-- /api:clustering-neighbours-pca -->');
const blocks = [...doc.slice(start, end).matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

function run(code: string): unknown[][] {
  const names = Object.keys(core);
  const body = code.split('\n').filter((l) => !l.startsWith('import ')).join('\n');
  const logs: unknown[][] = [];
  const log = vi.fn((...a: unknown[]) => { logs.push(a); });
  new Function('console', ...names, body)({ log }, ...names.map((n) => (core as Record<string, unknown>)[n]));
  return logs;
}

describe('docs/API.md examples (k-means, kNN, PCA, data sets)', () => {
  it('has the section and its examples', () => {
    expect(start).toBeGreaterThanOrEqual(0);
    expect(blocks.length).toBe(5);
  });
  it('KMeans with an explicit init', () => {
    expect(run(blocks[0])).toEqual([
      [[0, 0, 0, 1, 1, 1], [[1, 2], [10, 2]], 16, 2],
      [[0, 1], '0.713'],
    ]);
  });
  it('the step API ending in a local minimum', () => {
    expect(run(blocks[1])).toEqual([
      ['assign', 4], ['update', ['2.00', '2.00']], ['assign', 0], ['update', ['0.00', '0.00']],
      [[0, 1, 0, 1], 2, 16],
    ]);
  });
  it('kNN classifier and regressor', () => {
    const logs = run(blocks[2]);
    expect(logs[0][0]).toEqual([0]);
    const p = logs[0][1] as number[][];
    expect(p[0][0]).toBeCloseTo(2 / 3, 12);
    expect(logs.slice(1)).toEqual([[[[1, 2, 0]], [[0.1, 0.9, 1.1]]], [[[0, 1]]], [[5, 25]]]);
  });
  it('PCA (numbers from scikit-learn)', () => {
    expect(run(blocks[3])).toEqual([
      [[-0.6779, -0.7352], 1.284, 0.9632],
      [[-0.828, 1.7776], [2.371, 2.519]],
    ]);
  });
  it('parsing iris', () => {
    expect(run(blocks[4])).toEqual([[2, 'petal_length', 'versicolor']]);
  });
});
