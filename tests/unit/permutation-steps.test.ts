// permutationImportanceSteps: one feature per next(), the same draws as permutationImportance (a page can spread it over frames).
import { describe, expect, it } from 'vitest';
import { DecisionTreeClassifier, makeClassification, permutationImportance, permutationImportanceSteps } from '../../src/core';

describe('permutationImportanceSteps', () => {
  it('yields each feature’s drops in turn and returns permutationImportance’s result', () => {
    const { X, y } = makeClassification({ n: 120, nInformative: 2, nRedundant: 1, nNoise: 2, seed: 3 });
    const tree = new DecisionTreeClassifier({ maxDepth: 3 }).fit(X, y);
    const whole = permutationImportance(tree, X, y, { nRepeats: 4, seed: 7 });
    const steps = permutationImportanceSteps(tree, X, y, { nRepeats: 4, seed: 7 });
    const yielded: number[][] = [];
    let r = steps.next();
    while (!r.done) { yielded.push(r.value); r = steps.next(); }
    expect(yielded).toEqual(whole.importances);
    expect(r.value).toEqual(whole);
    expect(whole.importancesMean[0]).toBeGreaterThan(0); // an informative feature the tree uses
  });
});
