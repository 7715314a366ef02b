// Runs the ```ts examples of the topic-model section of docs/API.md, so the docs stay runnable and true.
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('topics');

describe('docs/API.md examples (CountVectorizer, LDA)', () => {
  it('has the section and its examples', () => expect(blocks.length).toBe(2));
  it('CountVectorizer with English stop words (as scikit-learn)', () => {
    expect(run(blocks[0])).toEqual([[['ate', 'cat', 'dog', 'food', 'mat', 'sat'], [[0, 1, 0, 0, 1, 1], [1, 1, 1, 1, 0, 0]]]]);
  });
  it('Gibbs LDA separates two obvious groups of documents', () => {
    const [[dominant, tokens]] = run(blocks[1]) as [[number[], number]];
    expect(tokens).toBe(32);
    expect(dominant[0]).toBe(dominant[1]);
    expect(dominant[2]).toBe(dominant[3]);
    expect(dominant[0]).not.toBe(dominant[2]);
  });
});
