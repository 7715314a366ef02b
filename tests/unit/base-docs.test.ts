// Runs every ```ts example of the estimator-base section of docs/API.md and checks what its comments say.
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('base');

describe('docs/API.md examples (estimator base, validation)', () => {
  it('has the section and its examples', () => {
    expect(blocks.length).toBe(4);
  });
  it('getParams / setParams / an unknown name', () => {
    expect(run(blocks[0])).toEqual([
      [{ nNeighbors: 3, weights: 'uniform', metric: 'minkowski', p: 2, algorithm: 'auto', leafSize: 16 }],
      ['distance'],
      ["Invalid parameter 'k' for KNeighborsClassifier; valid parameters are: algorithm, leafSize, metric, nNeighbors, p, weights"],
    ]);
  });
  it('cloneEstimator over a grid of k (scores worked out by hand in the docs)', () => {
    expect(run(blocks[1])).toEqual([[1, 0.5], [3, 1], [8, 0.25], [5, null]]);
  });
  it('a Steppable driver (one logistic step by hand; k-means to convergence)', () => {
    expect(run(blocks[2])).toEqual([[1, [0.5], '0.4741'], [4, 'update', 'labels-unchanged']]);
  });
  it('validation messages', () => {
    expect(run(blocks[3])).toEqual([
      [{ n: 3, d: 2 }, [0, 1]],
      ["LogisticRegression: penalty must be one of 'none', 'l1', 'l2'; got 'l3'"],
      ['LogisticRegression.fit: y contains only one class (1), but at least 2 are needed'],
      ['KMeans.fit: X contains NaN at row 1, column 1'],
    ]);
  });
});
