// SimpleImputer, KNNImputer and the scalers against scikit-learn (tests/fixtures/make_preprocess.py → preprocess.json),
// on the Palmer penguins' four measurements with 12% of the cells blanked.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KNNImputer, MaxAbsScaler, MinMaxScaler, RobustScaler, SimpleImputer, nanEuclidean } from '../../src/core/preprocess';

const ref = JSON.parse(readFileSync(new URL('../fixtures/preprocess.json', import.meta.url), 'utf8'));
const nan = (M: (number | null)[][]): number[][] => M.map((r) => r.map((v) => (v === null ? NaN : v)));
const X = nan(ref.X);
const train = X.slice(0, 250), test = X.slice(250);
const NUM: string[] = ref.numNames;

function close(a: number[][], b: (number | null)[][], digits = 9) {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    expect(row.length).toBe(b[i].length);
    row.forEach((v, j) => {
      const want = b[i][j];
      if (want === null) expect(v).toBeNaN();
      else expect(v).toBeCloseTo(want, digits);
    });
  });
}

function relClose(a: number[][], b: (number | null)[][], rel = 1e-7) {
  a.forEach((row, i) => row.forEach((v, j) => {
    const want = b[i][j];
    if (want === null) expect(v).toBeNaN();
    else expect(Math.abs(v - want)).toBeLessThanOrEqual(rel * Math.max(1, Math.abs(want)));
  }));
}

describe('SimpleImputer vs scikit-learn', () => {
  const strategies = [['mean', 'mean'], ['median', 'median'], ['mostFrequent', 'most_frequent'], ['constant', 'constant']] as const;
  for (const [ours, theirs] of strategies) {
    it(`${ours}: statistics, train and test transform, indicator columns and names`, () => {
      const r = ref.simpleImputer[theirs];
      const m = new SimpleImputer({ strategy: ours, fillValue: -1, addIndicator: true }).fit(train);
      m.statistics.forEach((s, j) => expect(s).toBeCloseTo(r.statistics[j], 9));
      close(m.transform(train), r.train);
      close(m.transform(test), r.test);
      expect(m.getFeatureNamesOut(NUM)).toEqual(r.names);
      expect(m.getFeatureNamesOut(NUM)[4]).toBe('missingindicator_Beak Length (mm)');
    });
  }

  it('a column with no value in fit is dropped (its indicator kept); most frequent takes the smallest of ties', () => {
    const r = ref.simpleImputer.allMissingColumn;
    const Xs = nan(r.X);
    close(new SimpleImputer().fitTransform(Xs), r.Z);
    const withInd = new SimpleImputer({ addIndicator: true }).fit(Xs);
    close(withInd.transform(Xs), r.indicator);
    expect(withInd.getFeatureNamesOut()).toEqual(r.names);
    close(new SimpleImputer({ strategy: 'mostFrequent' }).fitTransform(Xs), r.mostFrequent);
  });

  it('hand-computed: mean of [1, 3] fills 2; median of [1, 2, 10] fills 2', () => {
    expect(new SimpleImputer().fitTransform([[1], [NaN], [3]])).toEqual([[1], [2], [3]]);
    expect(new SimpleImputer({ strategy: 'median' }).fitTransform([[1], [2], [10], [NaN]])).toEqual([[1], [2], [10], [2]]);
  });

  it('bad input: clear messages', () => {
    expect(() => new SimpleImputer({ strategy: 'mode' as never })).toThrow(/strategy must be one of/);
    expect(() => new SimpleImputer().transform([[1]])).toThrow(/fit first/);
    expect(() => new SimpleImputer().fit([[1, Infinity]])).toThrow(/Infinity at row 0, column 1/);
    expect(() => new SimpleImputer().fit([[1, 2]]).transform([[1]])).toThrow(/expected 2/);
  });
});

describe('KNNImputer vs scikit-learn (rows jittered by up to ±0.5 so that no two donors tie)', () => {
  const XK = nan(ref.knnImputer.X), ktrain = XK.slice(0, 250), ktest = XK.slice(250);
  for (const key of ['3-uniform', '5-distance', '1-uniform']) {
    it(`nNeighbors/weights ${key}: train and test rows`, () => {
      const r = ref.knnImputer[key];
      const m = new KNNImputer({ nNeighbors: r.nNeighbors, weights: r.weights }).fit(ktrain);
      // 'distance': relative 1e-5, as scikit-learn's expanded distance formula (‖x‖² − 2x·y + ‖y‖²) cancels on
      // values in the thousands (body mass), which moves its inverse-distance weights in the 7th digit
      const rel = r.weights === 'distance' ? 1e-5 : 1e-10;
      relClose(m.transform(ktest), r.test, rel);
      relClose(m.transform(ktrain), r.train, rel);
    });
  }

  it('addIndicator and feature names; an all-missing column dropped', () => {
    const m = new KNNImputer({ nNeighbors: 2, addIndicator: true }).fit(ktrain);
    relClose(m.transform(ktest), ref.knnImputer.indicator.test);
    expect(m.getFeatureNamesOut(NUM)).toEqual(ref.knnImputer.indicator.names);
    close(new KNNImputer({ nNeighbors: 2 }).fitTransform(nan(ref.simpleImputer.allMissingColumn.X)), ref.knnImputer.allMissingColumn.Z, 8);
  });

  it('hand-computed nan-Euclidean distance: sqrt(3/2 · (1² + 2²)) with one coordinate missing', () => {
    expect(nanEuclidean([1, NaN, 3], [2, 5, 5])).toBeCloseTo(Math.sqrt(1.5 * 5), 12);
    expect(nanEuclidean([NaN, 1], [2, NaN])).toBeNaN();
  });
});

describe('MinMaxScaler, RobustScaler, MaxAbsScaler vs scikit-learn (NaN ignored in fit, kept in transform)', () => {
  const sc = ref.scalers;
  const cases: [string, () => { fit(X: number[][]): unknown; transform(X: number[][]): number[][]; inverseTransform(X: number[][]): number[][] }][] = [
    ['minmax', () => new MinMaxScaler()],
    ['minmaxRange', () => new MinMaxScaler({ featureRange: [-1, 2] })],
    ['robust', () => new RobustScaler()],
    ['robustRange', () => new RobustScaler({ quantileRange: [10, 90] })],
    ['robustNoCenter', () => new RobustScaler({ withCentering: false })],
    ['robustNoScale', () => new RobustScaler({ withScaling: false })],
    ['maxabs', () => new MaxAbsScaler()],
  ];
  for (const [key, make] of cases) {
    it(`${key}: transform and inverse transform of held-out rows`, () => {
      const m = make();
      m.fit(train);
      close(m.transform(test), sc[key].test);
      close(m.inverseTransform(m.transform(test)), sc[key].inverse, 7);
    });
  }

  it('fitted attributes: dataMin, dataMax, scale, min, center, maxAbs', () => {
    const mm = new MinMaxScaler({ featureRange: [-1, 2] }).fit(train);
    expect(mm.dataMin).toEqual(sc.minmaxRange.attrs.data_min);
    expect(mm.dataMax).toEqual(sc.minmaxRange.attrs.data_max);
    mm.scale.forEach((v, j) => expect(v).toBeCloseTo(sc.minmaxRange.attrs.scale[j], 12));
    mm.min.forEach((v, j) => expect(v).toBeCloseTo(sc.minmaxRange.attrs.min[j], 9));
    const rb = new RobustScaler({ quantileRange: [10, 90] }).fit(train);
    rb.center!.forEach((v, j) => expect(v).toBeCloseTo(sc.robustRange.attrs.center[j], 9));
    rb.scale!.forEach((v, j) => expect(v).toBeCloseTo(sc.robustRange.attrs.scale[j], 9));
    const ma = new MaxAbsScaler().fit(train);
    expect(ma.maxAbs).toEqual(sc.maxabs.attrs.max_abs);
    expect(ma.scale).toEqual(sc.maxabs.attrs.scale);
  });

  it('a constant column gets scale 1 (no division by zero)', () => {
    const C = nan(sc.constant.X);
    close(new MinMaxScaler().fitTransform(C), sc.constant.minmax, 12);
    close(new RobustScaler().fitTransform(C), sc.constant.robust, 12);
    close(new MaxAbsScaler().fitTransform(C), sc.constant.maxabs, 12);
  });

  it('hand-computed: min–max of [2, 4, 6] is [0, .5, 1]; clip keeps a new 10 at 1', () => {
    const m = new MinMaxScaler({ clip: true }).fit([[2], [4], [6]]);
    expect(m.transform([[2], [4], [6], [10]])).toEqual([[0], [0.5], [1], [1]]);
    expect(() => new MinMaxScaler({ featureRange: [1, 0] })).toThrow(/featureRange/);
    expect(() => new RobustScaler({ quantileRange: [80, 20] })).toThrow(/quantileRange/);
  });
});
