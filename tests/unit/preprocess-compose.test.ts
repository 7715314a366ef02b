// OneHotEncoder, OrdinalEncoder, LabelEncoder, ColumnTransformer and Pipeline against scikit-learn
// (tests/fixtures/make_preprocess.py → preprocess.json), on the Palmer penguins.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  ColumnTransformer, KNNImputer, LabelEncoder, MinMaxScaler, OneHotEncoder, OrdinalEncoder, Pipeline, SimpleImputer, StandardScaler,
} from '../../src/core/preprocess';
import { KNeighborsClassifier, LogisticRegression } from '../../src/core/models';
import { crossValScore } from '../../src/core/model_selection';
import { cloneEstimator } from '../../src/core/base';

const ref = JSON.parse(readFileSync(new URL('../fixtures/preprocess.json', import.meta.url), 'utf8'));
const nan = (M: (number | null)[][]): number[][] => M.map((r) => r.map((v) => (v === null ? NaN : v)));
const X = nan(ref.X);
const NUM: string[] = ref.numNames;
const enc = ref.encoders;

function close(a: number[][], b: (number | null)[][], digits = 9) {
  expect(a.length).toBe(b.length);
  a.forEach((row, i) => {
    expect(row.length).toBe(b[i].length);
    row.forEach((v, j) => (b[i][j] === null ? expect(v).toBeNaN() : expect(v).toBeCloseTo(b[i][j] as number, digits)));
  });
}

describe('OneHotEncoder vs scikit-learn', () => {
  for (const [key, drop] of [['plain', null], ['dropFirst', 'first'], ['ifBinary', 'ifBinary']] as const) {
    it(`drop ${drop}: categories (missing last, as "nan"), names, and an island seen only in the test rows → zeros`, () => {
      const m = new OneHotEncoder({ drop, handleUnknown: 'ignore' }).fit(enc.train);
      expect(m.categories_).toEqual(enc[key].categories);
      expect(m.getFeatureNamesOut(enc.names)).toEqual(enc[key].names);
      expect(m.transform(enc.test)).toEqual(enc[key].test);
    });
  }

  it("drop 'ifBinary' only drops two-category columns; default names x0_…", () => {
    const r = enc.ifBinarySmall;
    const m = new OneHotEncoder({ drop: 'ifBinary' }).fit(r.X);
    expect(m.transform(r.X)).toEqual(r.Z);
    expect(m.getFeatureNamesOut()).toEqual(r.names);
  });

  it("handleUnknown 'error' names the label, the column and the row; given categories keep their order", () => {
    const m = new OneHotEncoder().fit(enc.train);
    expect(() => m.transform(enc.test)).toThrow(/unknown category 'Atlantis' in column 0 \(x0\) at row 0/);
    const g = new OneHotEncoder({ categories: [['b', 'a']] }).fit([['a'], ['b']]);
    expect(g.transform([['a'], ['b']])).toEqual([[0, 1], [1, 0]]);
    expect(() => new OneHotEncoder({ handleUnknown: 'warn' as never })).toThrow(/handleUnknown must be one of/);
  });
});

describe('OrdinalEncoder and LabelEncoder vs scikit-learn', () => {
  it("useEncodedValue −1 for an unknown label; a missing label stays NaN", () => {
    const m = new OrdinalEncoder({ handleUnknown: 'useEncodedValue', unknownValue: -1 }).fit(enc.train);
    close(m.transform(enc.test), enc.ordinal.test);
    expect(m.getFeatureNamesOut(enc.names)).toEqual(enc.ordinal.names);
    expect(m.inverseTransform([[2, 1]])).toEqual([['Torgersen', 'MALE']]);
    expect(() => new OrdinalEncoder({ handleUnknown: 'useEncodedValue', unknownValue: 1 }).fit(enc.train)).toThrow(/already the code/);
  });

  it('LabelEncoder: sorted classes and codes; unseen label is an error', () => {
    const species = ref.C.map((r: string[]) => r[0]);
    const le = new LabelEncoder().fit(species);
    expect(le.classes).toEqual(enc.label.classes);
    expect(le.transform(species)).toEqual(enc.label.codes);
    expect(le.inverseTransform([0, 2])).toEqual(['Adelie', 'Gentoo']);
    expect(() => le.transform(['Emperor'])).toThrow(/previously unseen labels: 'Emperor'/);
    expect(new LabelEncoder().fit([10, 2, 33]).classes).toEqual([2, 10, 33]);
  });
});

/** The penguins as rows: the four measurements, then Island and Sex as labels (the fixture's object array). */
const mixed = X.map((r, i) => [...r, ref.C[i][1], ref.C[i][2]]);
const table = {
  name: 'penguins', nRows: X.length,
  columns: [
    ...NUM.map((name, j) => ({ name, kind: 'number' as const, values: Float64Array.from(X, (r) => r[j]) })),
    { name: 'Island', kind: 'category' as const, values: ref.C.map((r: string[]) => r[1]) },
    { name: 'Sex', kind: 'category' as const, values: ref.C.map((r: (string | null)[]) => r[2]) },
  ],
};
const rowsOf = (t: typeof table, a: number, b: number) => ({ ...t, nRows: b - a, columns: t.columns.map((c) => ({ ...c, values: c.values.slice(a, b) })) }) as typeof table;

describe('ColumnTransformer vs scikit-learn', () => {
  const make = () => new ColumnTransformer({
    transformers: [
      ['num', new Pipeline({ steps: [['impute', new SimpleImputer({ strategy: 'median' })], ['scale', new StandardScaler()]] }), [0, 1, 2, 3]],
      ['cat', new OneHotEncoder({ handleUnknown: 'ignore' }), [4, 5]],
    ],
  });

  it('a pipeline on the numbers, one-hot on the labels: values and names (columns by index)', () => {
    const t = rowsOf(table, 0, 250);
    const ct = make().fit({ ...t, columns: t.columns.map((c, j) => ({ ...c, name: `x${j}` })) });
    const test = rowsOf(table, 250, X.length);
    close(ct.transform({ ...test, columns: test.columns.map((c, j) => ({ ...c, name: `x${j}` })) }), ref.columnTransformer.test);
    expect(ct.getFeatureNamesOut()).toEqual(ref.columnTransformer.names);
  });

  it('columns by name in a DataTable give the same numbers, named by the columns', () => {
    const ct = new ColumnTransformer({
      transformers: [
        ['num', new Pipeline({ steps: [['impute', new SimpleImputer({ strategy: 'median' })], ['scale', new StandardScaler()]] }), NUM],
        ['cat', new OneHotEncoder({ handleUnknown: 'ignore' }), ['Island', 'Sex']],
      ],
    }).fit(rowsOf(table, 0, 250));
    close(ct.transform(rowsOf(table, 250, X.length)), ref.columnTransformer.test);
    expect(ct.getFeatureNamesOut().slice(3, 6)).toEqual(['num__Body Mass (g)', 'cat__Island_Biscoe', 'cat__Island_Dream']);
  });

  it("remainder 'passthrough' appends the unselected columns as remainder__…", () => {
    const sub = mixed.map((r) => [r[0], r[4], r[2]]);
    const t3 = {
      name: 't', nRows: sub.length, columns: [
        { name: 'x0', kind: 'number' as const, values: Float64Array.from(sub, (r) => r[0] as number) },
        { name: 'x1', kind: 'category' as const, values: sub.map((r) => r[1] as string) },
        { name: 'x2', kind: 'number' as const, values: Float64Array.from(sub, (r) => r[2] as number) },
      ],
    };
    const ct = new ColumnTransformer({ transformers: [['cat', new OneHotEncoder({ drop: 'first' }), [1]]], remainder: 'passthrough' });
    ct.fit({ ...t3, nRows: 250, columns: t3.columns.map((c) => ({ ...c, values: c.values.slice(0, 250) })) } as never);
    close(ct.transform({ ...t3, nRows: sub.length - 250, columns: t3.columns.map((c) => ({ ...c, values: c.values.slice(250) })) } as never), ref.columnTransformerPassthrough.test);
    expect(ct.getFeatureNamesOut()).toEqual(ref.columnTransformerPassthrough.names);
  });

  it('bad input: an unknown column, labels handed to a scaler', () => {
    expect(() => new ColumnTransformer({ transformers: [['a', new StandardScaler(), ['Beak']]] }).fit(table)).toThrow(/no column 'Beak'/);
    expect(() => new ColumnTransformer({ transformers: [['a', new StandardScaler(), ['Island']]] }).fit(table)).toThrow(/'Island' holds labels.*encode it first/);
  });
});

describe('Pipeline vs scikit-learn', () => {
  const y: number[] = ref.pipeline.y;
  const tr = X.slice(0, 250), te = X.slice(250);
  const logistic = () => new Pipeline({ steps: [['impute', new SimpleImputer()], ['scale', new StandardScaler()], ['model', new LogisticRegression({ tol: 1e-10, maxIter: 1000 })]] });

  it('impute → scale → logistic regression: fitted on the training rows, probabilities and score on the rest', () => {
    const p = logistic().fit(tr, y.slice(0, 250));
    const proba = p.predictProba(te) as number[][] | number[];
    const p1 = (proba as (number | number[])[]).map((v) => (Array.isArray(v) ? v[1] : v));
    // 4 decimals: scikit-learn's lbfgs stops near, not at, the optimum that the core's Newton solver reaches
    p1.forEach((v, i) => expect(v).toBeCloseTo(ref.pipeline.logistic.proba[i], 4));
    expect(p.predict(te)).toEqual(ref.pipeline.logistic.pred);
    expect(p.score(te, y.slice(250))).toBeCloseTo(ref.pipeline.logistic.score, 12);
  });

  it('cross-validation fits each fold\'s clone of every step on that fold only: the same 5 scores as cross_val_score', () => {
    crossValScore(logistic(), X, y, { cv: 5 }).forEach((s, k) => expect(s).toBeCloseTo(ref.pipeline.logistic.cv[k], 12));
    const knn = new Pipeline({ steps: [['impute', new KNNImputer({ nNeighbors: 3 })], ['scale', new MinMaxScaler()], ['model', new KNeighborsClassifier({ nNeighbors: 5 })]] });
    expect(knn.fit(tr, y.slice(0, 250)).predict(te)).toEqual(ref.pipeline.knn.pred);
    crossValScore(knn, X, y, { cv: 5 }).forEach((s, k) => expect(s).toBeCloseTo(ref.pipeline.knn.cv[k], 12));
  });

  it('names through the steps; a clone shares no fitted step', () => {
    const p = new Pipeline({ steps: [['impute', new SimpleImputer({ addIndicator: true })], ['scale', new MinMaxScaler()]] }).fit(tr);
    expect(p.getFeatureNamesOut(NUM)).toEqual(ref.pipeline.transformOnly.names);
    const c = cloneEstimator(p);
    expect(c.steps[0][1]).not.toBe(p.steps[0][1]);
    expect(() => c.transform(tr)).toThrow(/fit first/);
    expect(p.transform(tr)[0]).toHaveLength(8);
  });

  it('bad steps: a non-transformer in the middle, a repeated name', () => {
    expect(() => new Pipeline({ steps: [['m', new LogisticRegression()], ['s', new StandardScaler()]] })).toThrow(/must be a transformer/);
    expect(() => new Pipeline({ steps: [['a', new StandardScaler()], ['a', new MinMaxScaler()]] })).toThrow(/unique/);
  });
});
