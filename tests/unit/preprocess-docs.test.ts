// Runs the ```ts examples of the data-preparation section of docs/API.md, so the docs stay runnable and true.
import { describe, expect, it } from 'vitest';
import { docExamples, runExample as run } from './helpers/docs-examples';

const blocks = docExamples('data-preparation');

describe('docs/API.md examples (data preparation)', () => {
  it('has the section and its examples', () => expect(blocks.length).toBe(2));
  it('ColumnTransformer: impute (mean 5, with an indicator), scale, one-hot with the first category dropped', () => {
    // mass → [3, 5, 5, 7] (mean 5): z = [−√2, 0, 0, √2]; indicator [0, 1, 0, 0] → z = [−1/√3, √3, −1/√3, −1/√3]
    // island categories: Biscoe, Dream, nan → drop Biscoe: [Dream, nan]
    const [[Z, names]] = run(blocks[0]) as [[number[][], string[]]];
    expect(names).toEqual(['num__mass', 'num__missingindicator_mass', 'cat__island_Dream', 'cat__island_nan']);
    expect(Z).toEqual([[-1.414, -0.577, 1, 0], [0, 1.732, 0, 0], [0, -0.577, 0, 1], [1.414, -0.577, 1, 0]]);
  });
  it('Pipeline in cross-validation: two clean clusters, perfect on both folds', () => {
    expect(run(blocks[1])).toEqual([[[1, 1]]]);
  });
});
