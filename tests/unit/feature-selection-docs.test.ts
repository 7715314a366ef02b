// Runs the ```ts example of the feature-selection section of docs/API.md, so the docs stay runnable and true.
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('feature-selection');

describe('docs/API.md examples (feature selection)', () => {
  it('has the section and its example', () => expect(blocks.length).toBe(1));
  it('SelectKBest: F = 8 for the shifted column (SS_between 4 on 1 dof over SS_within 1 on 2 dof), 0 for the other', () => {
    expect(run(blocks[0])).toEqual([[[8, 0], [0], [[0], [1], [2], [3]]]]);
  });
});
