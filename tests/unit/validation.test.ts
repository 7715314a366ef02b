// The one input validator (src/core/validation.ts): every message, word for word, and that the estimators,
// transformers, metrics and generators all answer bad input with these same messages.
import { describe, expect, it } from 'vitest';
import {
  KMeans, KNeighborsClassifier, KNeighborsRegressor, LogisticRegression, PCA, PolynomialFeatures, StandardScaler,
  accuracyScore, checkArray, checkConsistentLength, checkNonEmpty, checkNumber, checkOption, checkTargets, checkXy,
  makeMoons, r2Score,
} from '../../src/core';

/** The error a call throws (its class and message), or null. */
function thrown(f: () => unknown): [string, string] | null {
  try {
    f();
    return null;
  } catch (e) {
    return [(e as Error).constructor.name, (e as Error).message];
  }
}

describe('checkArray (X)', () => {
  it('accepts rectangular finite rows and returns their shape', () => {
    expect(checkArray([[1, 2, 3], [4, 5, 6]])).toEqual({ n: 2, d: 3 });
    expect(checkArray([Float64Array.of(1, 2), [3, 4]])).toEqual({ n: 2, d: 2 });
  });

  it('not an array of rows', () => {
    expect(thrown(() => checkArray('abc'))).toEqual(['TypeError', "X must be an array of rows (number[][]); got 'abc'"]);
    expect(thrown(() => checkArray([[1], 2]))).toEqual(['TypeError', 'X row 1 is not an array of numbers; got 2']);
    expect(thrown(() => checkArray([null]))).toEqual(['TypeError', 'X row 0 is not an array of numbers; got null']);
  });

  it('empty X, too few rows, rows with no features', () => {
    expect(thrown(() => checkArray([]))).toEqual(['RangeError', 'X is empty: it has no rows']);
    expect(thrown(() => checkArray([[1]], { minSamples: 2, minSamplesWhy: 'the variance divides by n − 1' })))
      .toEqual(['RangeError', 'X has 1 row, but at least 2 are needed (the variance divides by n − 1)']);
    expect(thrown(() => checkArray([[1], [2]], { minSamples: 3 }))).toEqual(['RangeError', 'X has 2 rows, but at least 3 are needed']);
    expect(thrown(() => checkArray([[], []]))).toEqual(['RangeError', 'X has rows with no features']);
  });

  it('an empty X is accepted where minSamples is 0 (predicting on an empty test set)', () => {
    expect(checkArray([], { minSamples: 0 })).toEqual({ n: 0, d: 0 });
    expect(checkArray([], { minSamples: 0, nFeatures: 4 })).toEqual({ n: 0, d: 4 });
  });

  it('ragged rows', () => {
    expect(thrown(() => checkArray([[1, 2], [3, 4], [5]])))
      .toEqual(['RangeError', 'X row 2 has 1 features, but row 0 has 2: every row needs the same number']);
  });

  it('NaN, Infinity and non-numbers, with their row and column', () => {
    expect(thrown(() => checkArray([[1, 2], [3, NaN]]))).toEqual(['RangeError', 'X contains NaN at row 1, column 1']);
    expect(thrown(() => checkArray([[Infinity, 2]]))).toEqual(['RangeError', 'X contains Infinity at row 0, column 0']);
    expect(thrown(() => checkArray([[1, 2], [3, 4], [-Infinity, 0]]))).toEqual(['RangeError', 'X contains -Infinity at row 2, column 0']);
    expect(thrown(() => checkArray([[1, '2']]))).toEqual(['RangeError', "X contains a non-number ('2') at row 0, column 1"]);
    expect(thrown(() => checkArray([[1, undefined]]))).toEqual(['RangeError', 'X contains a non-number (undefined) at row 0, column 1']);
  });

  it('the wrong number of features for a fitted model', () => {
    expect(thrown(() => checkArray([[1, 2, 3]], { nFeatures: 2 })))
      .toEqual(['RangeError', 'X has 3 features, expected 2 (as many as the model was fitted on)']);
    expect(thrown(() => checkArray([[1]], { name: 'Z', nFeatures: 2, nFeaturesWhy: 'one per component' })))
      .toEqual(['RangeError', 'Z has 1 features, expected 2 (one per component)']);
  });

  it('says where the check ran', () => {
    expect(thrown(() => checkArray([], { who: 'KMeans.fit' }))).toEqual(['RangeError', 'KMeans.fit: X is empty: it has no rows']);
  });
});

describe('checkConsistentLength, checkNonEmpty', () => {
  it('y of the wrong length', () => {
    expect(() => checkConsistentLength([1, 2], [1, 2])).not.toThrow();
    expect(thrown(() => checkConsistentLength([[1], [2], [3]], [0, 1]))).toEqual(['RangeError', 'X and y have different lengths (3 vs 2)']);
    expect(thrown(() => checkConsistentLength([1], [1, 2], ['yTrue', 'yPred']))).toEqual(['RangeError', 'yTrue and yPred have different lengths (1 vs 2)']);
  });
  it('empty', () => {
    expect(thrown(() => checkNonEmpty([], 'yTrue'))).toEqual(['RangeError', 'yTrue is empty']);
  });
});

describe('checkTargets (y)', () => {
  it('continuous targets: any finite number', () => {
    expect(checkTargets([0.5, -2, 3])).toEqual([]);
    expect(thrown(() => checkTargets([0.5, NaN]))).toEqual(['RangeError', 'y contains NaN at index 1']);
    expect(thrown(() => checkTargets([Infinity]))).toEqual(['RangeError', 'y contains Infinity at index 0']);
    expect(thrown(() => checkTargets('01'))).toEqual(['TypeError', "y must be an array of numbers; got '01'"]);
  });

  it('class labels: the sorted distinct classes', () => {
    expect(checkTargets([20, 10, 20, 30], { kind: 'classes' })).toEqual([10, 20, 30]);
    expect(checkTargets(Int32Array.of(1, 0, 1), { kind: 'classes', minClasses: 2 })).toEqual([0, 1]);
  });

  it('non-integer class labels', () => {
    expect(thrown(() => checkTargets([0, 1, 0.5], { kind: 'classes' }))).toEqual([
      'RangeError', 'y contains 0.5 at index 2, which is not an integer class label (for a continuous target use a regressor)',
    ]);
  });

  it('labels outside the accepted set', () => {
    expect(thrown(() => checkTargets([0, 1, -1], { kind: 'classes', labels: [0, 1] }))).toEqual([
      'RangeError', 'y contains -1 at index 2, but only the labels 0 and 1 are accepted (map your classes onto them first)',
    ]);
  });

  it('one class where two are needed', () => {
    expect(thrown(() => checkTargets([1, 1, 1], { kind: 'classes', minClasses: 2 })))
      .toEqual(['RangeError', 'y contains only one class (1), but at least 2 are needed']);
    expect(thrown(() => checkTargets([0, 1, 1], { kind: 'classes', minClasses: 3 })))
      .toEqual(['RangeError', 'y contains 2 classes, but at least 3 are needed']);
  });
});

describe('checkXy', () => {
  it('checks X, then the lengths, then y', () => {
    expect(checkXy([[1], [2]], [1, 0], { kind: 'classes' })).toEqual({ n: 2, d: 1, classes: [0, 1] });
    expect(thrown(() => checkXy([], []))).toEqual(['RangeError', 'X is empty: it has no rows']);
    expect(thrown(() => checkXy([[1], [NaN]], [0]))).toEqual(['RangeError', 'X contains NaN at row 1, column 0']);
    expect(thrown(() => checkXy([[1], [2]], [0]))).toEqual(['RangeError', 'X and y have different lengths (2 vs 1)']);
    expect(thrown(() => checkXy([[1], [2]], 5))).toEqual(['TypeError', 'y must be an array of numbers; got 5']);
    expect(thrown(() => checkXy([[1], [2]], [0, NaN], { who: 'f' }))).toEqual(['RangeError', 'f: y contains NaN at index 1']);
  });
});

describe('checkOption, checkNumber', () => {
  it('an unknown option value lists the allowed ones', () => {
    expect(checkOption('penalty', 'l1', ['none', 'l1', 'l2'])).toBe('l1');
    expect(thrown(() => checkOption('penalty', 'l3', ['none', 'l1', 'l2'])))
      .toEqual(['RangeError', "penalty must be one of 'none', 'l1', 'l2'; got 'l3'"]);
    expect(thrown(() => checkOption('whiten', 1, [true, false], 'PCA'))).toEqual(['RangeError', 'PCA: whiten must be one of true, false; got 1']);
  });

  it('numbers out of range say the rule', () => {
    expect(checkNumber('C', 0.5, { min: 0, minExclusive: true })).toBe(0.5);
    expect(thrown(() => checkNumber('C', 0, { min: 0, minExclusive: true }))).toEqual(['RangeError', 'C must be a finite number > 0; got 0']);
    expect(thrown(() => checkNumber('maxIter', 2.5, { integer: true, min: 1 }))).toEqual(['RangeError', 'maxIter must be an integer ≥ 1; got 2.5']);
    expect(thrown(() => checkNumber('beta2', 1, { min: 0, max: 1, maxExclusive: true }))).toEqual(['RangeError', 'beta2 must be a finite number in [0, 1); got 1']);
    expect(thrown(() => checkNumber('tol', NaN, { min: 0 }))).toEqual(['RangeError', 'tol must be a finite number ≥ 0; got NaN']);
    expect(thrown(() => checkNumber('x', '3'))).toEqual(['RangeError', "x must be a finite number; got '3'"]);
    expect(thrown(() => checkNumber('x', Infinity, { max: 3 }))).toEqual(['RangeError', 'x must be a finite number ≤ 3; got Infinity']);
    expect(checkNumber('p', Infinity, { min: 1, allowInfinity: true })).toBe(Infinity);
    expect(thrown(() => checkNumber('p', 0.5, { min: 1, allowInfinity: true }))).toEqual(['RangeError', 'p must be a number ≥ 1; got 0.5']);
  });
});

describe('every estimator answers bad input with these messages', () => {
  const X = [[0, 0], [1, 1], [2, 2], [3, 3]];
  const cases: [string, () => unknown, string][] = [
    ['LogisticRegression.fit NaN', () => new LogisticRegression().fit([[0], [NaN]], [0, 1]), 'LogisticRegression.fit: X contains NaN at row 1, column 0'],
    ['LogisticRegression.start one class', () => new LogisticRegression().start(X, [1, 1, 1, 1]), 'LogisticRegression.start: y contains only one class (1), but at least 2 are needed'],
    ['LogisticRegression.partialFit y length', () => new LogisticRegression().partialFit(X, [0, 1]), 'LogisticRegression.partialFit: X and y have different lengths (4 vs 2)'],
    ['LogisticRegression penalty', () => new LogisticRegression({ penalty: 'l3' as never }), "LogisticRegression: penalty must be one of 'none', 'l1', 'l2'; got 'l3'"],
    ['KNeighborsClassifier.fit empty', () => new KNeighborsClassifier().fit([], []), 'KNeighborsClassifier.fit: X is empty: it has no rows'],
    ['KNeighborsClassifier.fit non-integer labels', () => new KNeighborsClassifier({ nNeighbors: 1 }).fit(X, [0, 1, 0.5, 1]), 'KNeighborsClassifier.fit: y contains 0.5 at index 2, which is not an integer class label'],
    ['KNeighborsClassifier weights', () => new KNeighborsClassifier({ weights: 'gaussian' as never }), "KNeighborsClassifier: weights must be one of 'uniform', 'distance'; got 'gaussian'"],
    ['KNeighborsRegressor.fit y NaN', () => new KNeighborsRegressor({ nNeighbors: 1 }).fit(X, [0, 1, NaN, 1]), 'KNeighborsRegressor.fit: y contains NaN at index 2'],
    ['KNeighborsRegressor.predict ragged', () => new KNeighborsRegressor({ nNeighbors: 1 }).fit(X, [0, 1, 2, 3]).predict([[0, 0], [1]]), 'KNeighborsRegressor.predict: X row 1 has 1 features, but row 0 has 2'],
    ['KMeans.fit Infinity', () => new KMeans({ nClusters: 2 }).fit([[0, 0], [Infinity, 1]]), 'KMeans.fit: X contains Infinity at row 1, column 0'],
    ['KMeans init', () => new KMeans({ init: 'kmeans++' as never }), "KMeans: init must be one of 'k-means++', 'random'; got 'kmeans++'"],
    ['PCA.fit ragged', () => new PCA().fit([[0, 0], [1]]), 'PCA.fit: X row 1 has 1 features, but row 0 has 2'],
    ['StandardScaler.fit empty', () => new StandardScaler().fit([]), 'StandardScaler.fit: X is empty: it has no rows'],
    ['StandardScaler.transform width', () => new StandardScaler().fit(X).transform([[1]]), 'StandardScaler.transform: X has 1 features, expected 2'],
    ['PolynomialFeatures.fit NaN', () => new PolynomialFeatures().fit([[NaN]]), 'PolynomialFeatures.fit: X contains NaN at row 0, column 0'],
    ['accuracyScore lengths', () => accuracyScore([0], [0, 1]), 'yTrue and yPred have different lengths (1 vs 2)'],
    ['r2Score lengths', () => r2Score([0, 1, 2], [0, 1]), 'yTrue and yPred have different lengths (3 vs 2)'],
    ['makeMoons n', () => makeMoons({ n: -1 }), 'n must be an integer ≥ 0; got -1'],
    ['makeMoons noise', () => makeMoons({ noise: NaN }), 'noise must be a finite number ≥ 0; got NaN'],
  ];
  for (const [what, f, message] of cases) {
    it(what, () => expect(f).toThrow(message));
  }

  it('predicting on an empty X gives an empty answer', () => {
    expect(new KNeighborsClassifier({ nNeighbors: 1 }).fit(X, [0, 1, 0, 1]).predict([])).toEqual([]);
    expect(new LogisticRegression().fit(X, [0, 0, 1, 1]).predict([])).toEqual([]);
    expect(new KMeans({ nClusters: 2, nInit: 1 }).fit(X).predict([])).toEqual([]);
    expect(new StandardScaler().fit(X).transform([])).toEqual([]);
  });
});
