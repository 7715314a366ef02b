// Runs every ```ts example of the SVM section of docs/API.md and checks the values its comments state (worked out by hand).
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('svm');

describe('docs/API.md examples (SVC)', () => {
  it('has the section and its examples', () => {
    expect(blocks.length).toBe(2);
  });
  it('two points: w, b, α, the decision function and one SMO step', () => {
    expect(run(blocks[0])).toEqual([[[1, 0], -1, [-0.5, 0.5]], [[0, 2], [0, 1]], [0, 1, 0.5, 0.5, null]]);
  });
  it('three classes and maxIter', () => {
    expect(run(blocks[1])).toEqual([[[0, 1, 2], [0, 1, 2], 3], [true, true]]);
  });
});
