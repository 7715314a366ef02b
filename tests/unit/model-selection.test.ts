// src/core/model_selection against scikit-learn (tests/fixtures/make_model_selection.py → model_selection.json).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  GroupKFold, KFold, LeaveOneOut, ShuffleSplit, StratifiedKFold, StratifiedShuffleSplit, crossValScore, crossValidate,
  learningCurve, validationCurve, type CvSplit,
} from '../../src/core/model_selection';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { DecisionTreeClassifier } from '../../src/core/models/tree';
import { LogisticRegression } from '../../src/core/models/linear';
import { buildDataset } from '../../src/core/datasets/build';

const ref = JSON.parse(readFileSync(new URL('../fixtures/model_selection.json', import.meta.url), 'utf8'));
const pairs = (s: CvSplit[]) => s.map((f) => [f.train, f.test]);
const zeros = (n: number) => Array.from({ length: n }, () => [0]);

describe('splitters give scikit-learn’s unshuffled folds, index for index', () => {
  const y: number[] = ref.splits.y;
  for (const [k, f] of Object.entries(ref.splits.kfold)) it(`KFold k=${k}`, () => expect(pairs(new KFold({ nSplits: +k }).split(zeros(23)))).toEqual(f));
  for (const [k, f] of Object.entries(ref.splits.stratified)) {
    it(`StratifiedKFold k=${k} (uneven classes 7/10/6, labels 0, 1, 5)`, () => expect(pairs(new StratifiedKFold({ nSplits: +k }).split(zeros(23), y))).toEqual(f));
  }
  it('StratifiedKFold k=10 on iris', () => expect(pairs(new StratifiedKFold({ nSplits: 10 }).split(ref.iris.X, ref.iris.y))).toEqual(ref.iris.stratified10));
  it('LeaveOneOut', () => expect(pairs(new LeaveOneOut().split(zeros(5)))).toEqual(ref.splits.loo5));
  for (const [k, f] of Object.entries(ref.splits.groupkfold)) {
    it(`GroupKFold k=${k}`, () => expect(pairs(new GroupKFold({ nSplits: +k }).split(zeros(23), null, ref.splits.groups))).toEqual(f));
  }
});

describe('shuffled splitters: seeded, disjoint, the right sizes and shares', () => {
  const y = Array.from({ length: 100 }, (_, i) => (i < 80 ? 0 : 1));
  it('KFold shuffle: every sample tested exactly once; same seed, same folds; another seed, other folds', () => {
    const a = new KFold({ nSplits: 4, shuffle: true, seed: 3 }).split(zeros(100));
    expect(a.flatMap((f) => f.test).sort((p, q) => p - q)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(new KFold({ nSplits: 4, shuffle: true, seed: 3 }).split(zeros(100))).toEqual(a);
    expect(new KFold({ nSplits: 4, shuffle: true, seed: 4 }).split(zeros(100))).not.toEqual(a);
  });
  it('StratifiedKFold shuffle keeps 16 + 4 per fold', () => {
    for (const f of new StratifiedKFold({ nSplits: 5, shuffle: true, seed: 1 }).split(zeros(100), y)) {
      expect(f.test.filter((i) => y[i] === 1)).toHaveLength(4);
      expect(f.test).toHaveLength(20);
    }
  });
  it('ShuffleSplit: 10 splits of 90/10 by default; StratifiedShuffleSplit keeps 20 % positives', () => {
    const s = new ShuffleSplit({ seed: 2 }).split(zeros(100));
    expect(s).toHaveLength(10);
    for (const f of s) expect([f.train.length, f.test.length, new Set([...f.train, ...f.test]).size]).toEqual([90, 10, 100]);
    for (const f of new StratifiedShuffleSplit({ nSplits: 3, testSize: 0.25, seed: 2 }).split(zeros(100), y)) {
      expect(f.test.filter((i) => y[i] === 1)).toHaveLength(5);
      expect(f.train.filter((i) => y[i] === 1)).toHaveLength(15);
    }
  });
});

describe('cross-validated scores equal scikit-learn’s fractions', () => {
  const { X, y } = ref.clf;
  it('the trap: unshuffled KFold on class-sorted iris tests on a class it never saw (0 %), StratifiedKFold ~98 %', () => {
    const knn = new KNeighborsClassifier({ nNeighbors: 5 });
    const kf = crossValScore(knn, ref.iris.X, ref.iris.y, { cv: new KFold({ nSplits: 3 }) });
    const sk = crossValScore(knn, ref.iris.X, ref.iris.y, { cv: 3 });
    expect(kf).toEqual(ref.iris.kfold3);
    expect(sk).toEqual(ref.iris.stratified3);
    expect(Math.max(...kf)).toBe(0);
    expect(crossValScore(knn, ref.iris.X, ref.iris.y, { cv: new KFold({ nSplits: 5 }) })).toEqual(ref.iris.kfold5);
    expect(crossValScore(knn, ref.iris.X, ref.iris.y)).toEqual(ref.iris.stratified5);
  });
  it('the shipped iris is scikit-learn’s, row for row', () => {
    const iris = buildDataset('iris');
    expect(iris.y).toEqual(ref.iris.y);
    iris.X.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(ref.iris.X[i][j], 12)));
  });
  it('kNN (k = 7), 5 stratified folds and 4 plain folds', () => {
    expect(crossValScore(new KNeighborsClassifier({ nNeighbors: 7 }), X, y)).toEqual(ref.clf.knn7_cv5);
    expect(crossValScore(new KNeighborsClassifier({ nNeighbors: 7 }), X, y, { cv: new KFold({ nSplits: 4 }) })).toEqual(ref.clf.knn7_kfold4);
  });
  it('a depth-2 decision tree', () => {
    expect(crossValScore(new DecisionTreeClassifier({ maxDepth: 2 }), X, y, { cv: 5 })).toEqual(ref.clf.tree2_cv5);
  });
  it('logistic regression, 5 and 10 folds', () => {
    expect(crossValScore(new LogisticRegression({ C: 1 }), X, y, { cv: 5 })).toEqual(ref.clf.logit_cv5);
    expect(crossValScore(new LogisticRegression({ C: 1 }), X, y, { cv: 10 })).toEqual(ref.clf.logit_cv10);
  });
  it('crossValidate: train and test scores, times in seconds', () => {
    const r = crossValidate(new KNeighborsClassifier({ nNeighbors: 3 }), X, y, { cv: 4, returnTrainScore: true, returnEstimator: true });
    expect(r.testScore).toEqual(ref.clf.knn3_validate.test);
    expect(r.trainScore).toEqual(ref.clf.knn3_validate.train);
    expect(r.fitTime.every((t) => t >= 0 && t < 5)).toBe(true);
    expect(r.estimators).toHaveLength(4);
  });
  it('validationCurve over k', () => {
    const v = ref.clf.validation_curve;
    const r = validationCurve(new KNeighborsClassifier(), X, y, { paramName: 'nNeighbors', paramRange: v.range, cv: 5 });
    expect(r.trainScores).toEqual(v.train);
    expect(r.testScores).toEqual(v.test);
  });
  it('learningCurve trains each fold on the first n of its training indices', () => {
    const l = ref.clf.learning_curve;
    const r = learningCurve(new KNeighborsClassifier({ nNeighbors: 3 }), X, y, { cv: 5, trainSizes: [0.1, 0.325, 0.55, 0.775, 1] });
    expect(r.trainSizesAbs).toEqual(l.sizes);
    expect(r.trainScores).toEqual(l.train);
    expect(r.testScores).toEqual(l.test);
  });
});

describe('bad input: clear errors', () => {
  const X = zeros(10);
  it('k > n, k < 2', () => {
    expect(() => new KFold({ nSplits: 11 }).split(X)).toThrow(/cannot make nSplits=11 folds from only 10 samples/);
    expect(() => new KFold({ nSplits: 1 })).toThrow(/at least 2/);
  });
  it('stratified k larger than a class, and a class of one sample', () => {
    const y = [0, 0, 0, 0, 0, 0, 0, 1, 1, 1];
    expect(() => new StratifiedKFold({ nSplits: 4 }).split(X, y)).toThrow(/class 1 has only 3 members, fewer than nSplits=4/);
    expect(() => new StratifiedKFold({ nSplits: 2 }).split(X, [0, 0, 0, 0, 0, 0, 0, 0, 0, 7])).toThrow(/class 7 has only 1 member,/);
    expect(() => crossValScore(new KNeighborsClassifier({ nNeighbors: 1 }), X, y, { cv: 4 })).toThrow(/crossValidate: StratifiedKFold: class 1 has only 3/);
  });
  it('GroupKFold with fewer groups than folds; splitters that need y or groups', () => {
    expect(() => new GroupKFold({ nSplits: 3 }).split(X, null, [1, 1, 1, 1, 1, 2, 2, 2, 2, 2])).toThrow(/only 2 groups/);
    expect(() => new GroupKFold().split(X)).toThrow(/needs the groups/);
    expect(() => new StratifiedKFold().split(X)).toThrow(/needs the labels y/);
  });
  it('a NaN score names the fold', () => {
    const y = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1];
    const nan = () => NaN;
    expect(() => crossValScore(new KNeighborsClassifier({ nNeighbors: 1 }), X, y, { cv: 2, scoring: nan })).toThrow(/fold 1: the test score is NaN/);
  });
});
