// The evaluation sources take any classifier: scores are read through predictProba / decisionFunction / predict,
// and core's other estimators (trees, forests) plug in unchanged. Expected values are worked out by hand.
import { describe, expect, it } from 'vitest';
import { DecisionTreeClassifier } from '../../src/core/models/tree';
import { RandomForestClassifier } from '../../src/core/models/ensemble';
import { positiveScores, type FitClassifier, type FittedClassifier } from '../../src/widgets/shared-eval/classifier';
import { knnClassifier, standardized } from '../../src/widgets/shared-eval/classifiers';
import { evaluateClassifier, multiclassRun } from '../../src/widgets/shared-eval/sources';
import { buildScores, type ScoreModels, type SourceParams } from '../../src/widgets/shared-eval/binary-source.svelte';

const X = [[0], [1], [2], [3]];

describe('positiveScores', () => {
  it('reads the positive class column of predictProba through `classes`', () => {
    const m: FittedClassifier = { classes: [1, 2], predict: () => [], predictProba: () => [[0.2, 0.8], [0.9, 0.1]] };
    expect(positiveScores(m, [[0], [1]], 1)).toEqual([0.2, 0.9]);
    expect(positiveScores(m, [[0], [1]], 2)).toEqual([0.8, 0.1]);
    expect(positiveScores(m, [[0], [1]], 0)).toEqual([0, 0]); // a class the model never saw
    expect(positiveScores({ predict: () => [], predictProba: () => [[0.3, 0.7]] }, [[0]])).toEqual([0.7]); // default [0, 1]
  });
  it('falls back to the decision function, then to 0/1 predictions', () => {
    expect(positiveScores({ predict: () => [], decisionFunction: () => [-2, 3] }, [[0], [1]])).toEqual([-2, 3]);
    expect(positiveScores({ predict: () => [1, 0, 2] }, [[0], [1], [2]])).toEqual([1, 0, 0]);
    expect(() => positiveScores({ predict: () => [], decisionFunction: () => [[1, 2]] }, [[0]])).toThrow(/multiclass/);
    expect(positiveScores({ predict: () => [1] }, [])).toEqual([]);
  });
});

describe('evaluateClassifier with core estimators', () => {
  it('a decision tree: pure leaves give P = 0 or 1 on the held-out rows', () => {
    const fit: FitClassifier = (A, y) => new DecisionTreeClassifier({ seed: 0 }).fit(A, y);
    const r = evaluateClassifier(fit, { XTrain: X, yTrain: [0, 0, 1, 1], XTest: [[0.4], [2.6]], yTest: [0, 1] });
    expect(r.yPred).toEqual([0, 1]);
    expect(r.yScore).toEqual([0, 1]);
  });
  it('a random forest on three classes predicts, with no binary score', () => {
    const fit: FitClassifier = (A, y) => new RandomForestClassifier({ nEstimators: 5, seed: 1 }).fit(A, y);
    const r = evaluateClassifier(fit, { XTrain: [[0], [0.1], [5], [5.1], [10], [10.1]], yTrain: [0, 0, 1, 1, 2, 2], XTest: [[0.05], [10.05]], yTest: [0, 2] });
    expect(r.yPred).toEqual([0, 2]);
    expect(r.yScore).toEqual([]);
  });
  it('kNN caps k at the training rows; standardising rescales what the model sees', () => {
    const one = evaluateClassifier(knnClassifier({ k: 50 }), { XTrain: X, yTrain: [0, 1, 1, 1], XTest: [[0]], yTest: [0] });
    expect(one.yPred).toEqual([1]); // k = 4: three votes for 1
    let seen: number[][] = [];
    const spy: FitClassifier = (A) => { seen = A; return { predict: (Q) => Q.map((r) => (r[0] > 0 ? 1 : 0)) }; };
    const r = evaluateClassifier(standardized(spy), { XTrain: [[10], [20], [30]], yTrain: [0, 0, 1], XTest: [[25], [15]], yTest: [1, 0] });
    // mean 20, population std √(200/3)
    expect(seen.map((q) => q[0])).toEqual([-10, 0, 10].map((v) => v / Math.sqrt(200 / 3)));
    expect(r.yPred).toEqual([1, 0]);
  });
});

describe('sources driven by any model', () => {
  it('multiclassRun holds out a stratified 40 % and uses the given model', () => {
    const always2: FitClassifier = () => ({ predict: (Q) => Q.map(() => 2) });
    const r = multiclassRun({ dataset: 'iris', seed: 3, noise: 0 }, always2);
    expect(r.yTrue).toHaveLength(60);
    expect([0, 1, 2].map((c) => r.yTrue.filter((v) => v === c).length)).toEqual([20, 20, 20]);
    expect(r.yPred).toEqual(new Array(60).fill(2));
    expect(r.classNames).toEqual(['setosa', 'versicolor', 'virginica']);
  });
  it('the model source trains the given model and compares with the other', () => {
    const p: SourceParams = { source: 'model', separation: 1, positiveShare: 0.5, n: 200, dataset: 'moons', noise: 0.2, seed: 1, steps: 0, compare: true };
    let steps = 0;
    const models: ScoreModels = {
      // a "model" that predicts 1 for x₁ > 0.5 and counts its updates
      trained: () => () => ({ step: () => (steps++, true), predict: (Q) => Q.map((r) => (r[0] > 0.5 ? 1 : 0)) }),
      compared: () => (A, y) => new DecisionTreeClassifier({ maxDepth: 1, seed: 0 }).fit(A, y),
    };
    const s = buildScores(p, models);
    if (!('step' in s)) throw new Error('the model source steps');
    s.step();
    s.step();
    expect(steps).toBe(2);
    const f = s.frame();
    expect(f.scores.yTrue).toHaveLength(100);
    expect(f.scores.yScore.every((v) => v === 0 || v === 1)).toBe(true);
    // a depth-1 tree has two leaves: at most two distinct scores
    expect(new Set(f.scoresB!.yScore).size).toBeLessThanOrEqual(2);
  });
});
