// Runs every ```ts example of the trees / forests section of docs/API.md, so the docs stay runnable and true.
// The single-tree numbers are scikit-learn's (checked with 1.2.1: the example data has a unique tree over seeds);
// the forest's are ours (a forest follows scikit-learn only in distribution, see forest-sklearn.test.ts).
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('trees-forests');

describe('docs/API.md examples (decision trees, random forests, permutation importance)', () => {
  it('has the section and its examples', () => {
    expect(blocks.length).toBe(7);
  });
  it('DecisionTreeClassifier: the fitted tree, predictions, paths (scikit-learn 1.2.1 numbers)', () => {
    expect(run(blocks[0])).toEqual([
      [[1, -1, 3, -1, 5, -1, -1], [0, -2, 1, -2, 0, -2, -2], [1.5, -2, 8.5, -2, 6.5, -2, -2]],
      [[10, 2, 8, 6, 2, 1, 1], [1, 7]],
      [3, 4, [0.8214, 0.1786]],
      [[0, 1], [5, 3], [[0, 2, 4, 5]]],
      [[[0.5, 0.5], [0, 1]]],
    ]);
  });
  it('pruning path and ccpAlpha (scikit-learn: alphas [0, 0.0875, 0.245], impurities [0, 0.175, 0.42])', () => {
    expect(run(blocks[1])).toEqual([[[0, 0.0875, 0.245], [0, 0.175, 0.42]], [2, [0, -2, -2]]]);
  });
  it('the step API in scikit-learn\'s node order', () => {
    expect(run(blocks[2])).toEqual([
      [0, 'x0 <= 1.5', '0.2450', [1, 2]], [2, 'x1 <= 8.5', '0.0750', [3, 4]], [4, 'x0 <= 6.5', '0.1000', [5, 6]], [4],
    ]);
  });
  it('splitCandidates on node 2 (hand-computed: 1 − (1/8)² − (7/8)² = 0.21875; 0.21875 − 2/8·0.5 = 0.09375)', () => {
    expect(run(blocks[3])).toEqual([[0.21875, [3, 4.5, 6, 7.5, 8.5], 4], [0.09375, '0.0750']]);
  });
  it('DecisionTreeRegressor (scikit-learn: threshold 2.5, predictions [1.0333, 3], R² 0.9886)', () => {
    expect(run(blocks[4])).toEqual([[2.5, [1.0333, 3], '0.9886']]);
  });
  it('RandomForestClassifier', () => {
    expect(run(blocks[5])).toEqual([[50, 210], ['0.889', '0.900'], [[0.39, 0.61], [0.36, 0.64]]]);
  });
  it('permutationImportance', () => {
    expect(run(blocks[6])).toEqual([[0, 10]]);
  });
});
