// Runs every ```ts example of the k-means / kNN / PCA section of docs/API.md, so the docs stay runnable and true.
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('clustering-neighbours-pca');

describe('docs/API.md examples (k-means, kNN, PCA, data sets)', () => {
  it('has the section and its examples', () => {
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
