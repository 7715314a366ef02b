// #/logistic on a table from the data lab (table mode): every feature, two classes of the label, the map on a
// plane. Reference: tests/fixtures/make_logistic_table.py (scikit-learn's LogisticRegression, L2, on exactly the
// rows the session splits the prepared penguins into, two species at a time).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classPair, labelledMatrix, TableShapeError } from '../../src/core/data';
import { readTable } from '../../src/core/io/csv';
import { LogisticRegression } from '../../src/core/models';
import { defaults } from '../../src/params';
import { readTableOf } from '../../src/widgets/shared/table-read';
import { LogisticSession } from '../../src/widgets/logistic/session';
import { schema, type Params } from '../../src/widgets/logistic/params';

interface Reference { coef: number[]; intercept: number; trainAccuracy: number; testAccuracy: number; trainLoss: number; testLoss: number }
interface Case { over: Partial<Params>; classes: string[]; train: number[]; test: number[]; sklearn: Reference }
const fx: { featureNames: string[]; classNames: string[]; cases: Record<string, Case> } = JSON.parse(readFileSync(new URL('../fixtures/logistic_table.json', import.meta.url), 'utf8'));
const knnFx: { csv: string } = JSON.parse(readFileSync(new URL('../fixtures/knn_table.json', import.meta.url), 'utf8'));

const parsed = readTable(knnFx.csv, { name: 'penguins-prepared.csv' });
if (!parsed.ok) throw new Error(parsed.error);
const penguins = labelledMatrix(parsed.table);
const read = () => readTableOf(penguins);
const params = (over: Partial<Params>): Params => ({ ...defaults(schema), ...over, table: { name: 'penguins-prepared.csv', hash: '00000000' } });

describe('classPair', () => {
  it('keeps the rows of two classes in table order, the second as class 1', () => {
    const m = { X: [[1], [2], [3], [4]], y: [0, 2, 1, 2], featureNames: ['a'], classNames: ['p', 'q', 'r'], targetName: 't' };
    const { matrix, rows } = classPair(m, 'r', 'q');
    expect(rows).toEqual([1, 2, 3]);
    expect(matrix.X).toEqual([[2], [3], [4]]);
    expect(matrix.y).toEqual([0, 1, 0]);
    expect(matrix.classNames).toEqual(['r', 'q']);
    expect(() => classPair(m, 'p', 'p')).toThrow(TableShapeError);
    expect(() => classPair(m, 'p', 'z')).toThrow(/two different classes of “t” \(p, q, r\)/);
  });
});

describe('LogisticSession on the prepared penguins', () => {
  for (const [name, c] of Object.entries(fx.cases)) {
    it(`${name}: the rows it splits, and gradient descent reaches scikit-learn's coefficients, accuracy and log loss`, () => {
      const s = new LogisticSession(params(c.over), read());
      expect(s.classNames).toEqual(c.classes);
      expect(s.trainRows.map((i) => s.table!.rows[i])).toEqual(c.train);
      expect(s.testRows.map((i) => s.table!.rows[i])).toEqual(c.test);
      expect(s.featureLabels).toEqual(fx.featureNames);
      const sk = c.sklearn;
      // the rows as the model reads them (scaled on the training rows) minimise scikit-learn's objective: core's
      // exact solver on them gives scikit-learn's optimum
      const exact = new LogisticRegression({ penalty: 'l2', C: params(c.over).C, tol: 1e-12, maxIter: 200 }).fit(s.XTrain, s.yTrain);
      exact.coef.forEach((w, j) => expect(w).toBeCloseTo(sk.coef[j], 9));
      expect(exact.intercept).toBeCloseTo(sk.intercept, 9);
      // the widget's own training, full-batch gradient descent from zero weights, gets there: slowly along the
      // one-hot columns (each group sums to one, so only the penalty pins their common shift), hence 1e-4
      for (let i = 0; i < 20000 && s.step(); i++);
      s.model.coef.forEach((w, j) => expect(w).toBeCloseTo(sk.coef[j], 4));
      expect(s.model.intercept).toBeCloseTo(sk.intercept, 4);
      const sc = s.refresh();
      expect(sc.trainAccuracy).toBe(sk.trainAccuracy);
      expect(sc.testAccuracy).toBe(sk.testAccuracy);
      expect(sc.trainLoss).toBeCloseTo(sk.trainLoss, 7);
      expect(sc.testLoss).toBeCloseTo(sk.testLoss, 7);
    });
  }

  it('a label of three classes: the first two by default, with a notice naming them all and what to do', () => {
    const s = new LogisticSession(params({}), read());
    expect(s.classNames).toEqual(['Adelie', 'Chinstrap']);
    expect(s.nTrain + s.nTest).toBe(penguins.y.filter((c) => c < 2).length);
    expect(s.table!.notice).toMatch(/“Species” has 3 classes \(Adelie, Chinstrap, Gentoo\).*Pick two classes here, or open the table in k-nearest neighbours/);
    // a class the table lacks falls back; the same class twice takes the next one
    expect(new LogisticSession(params({ class0: 'Gentoo', class1: 'Gentoo' }), read()).classNames).toEqual(['Gentoo', 'Adelie']);
    expect(new LogisticSession(params({ class0: 'Emperor', class1: 'Gentoo' }), read()).classNames).toEqual(['Adelie', 'Gentoo']);
  });

  it('the map is the model on every feature: a grid cell is P(class 1) of its lifted, scaled row', () => {
    const s = new LogisticSession(params({ penalty: 'l2', plane: 'features', fx: 'num__Flipper Length (mm)', fy: 'num__Beak Depth (mm)' }), read());
    for (let i = 0; i < 50; i++) s.step();
    expect(s.axisLabels).toEqual(['num__Flipper Length (mm)', 'num__Beak Depth (mm)']);
    const g = s.probabilityGrid(8, 8);
    const [x0, x1] = s.domain.x, [y0, y1] = s.domain.y;
    const row = s.table!.plane.lift(x0 + (5.5 * (x1 - x0)) / 8, y1 - (2.5 * (y1 - y0)) / 8);
    // the session standardises on its training rows: undo nothing, compare with predictProba on the same scaling
    const train = s.trainRows.map((i) => s.table!.matrix.X[i]);
    const mean = train[0].map((_, j) => train.reduce((a, r) => a + r[j], 0) / train.length);
    const sd = train[0].map((_, j) => Math.sqrt(train.reduce((a, r) => a + (r[j] - mean[j]) ** 2, 0) / train.length) || 1);
    const p = s.model.predictProba([row.map((v, j) => (v - mean[j]) / sd[j])])[0][1];
    expect(g[8 * 2 + 5]).toBeCloseTo(p, 6);
    // a changed model on the same table and plane reuses the plane (no PCA refit per rebuild)
    const r = read();
    const a = new LogisticSession(params({}), r), b = new LogisticSession(params({ penalty: 'l2', C: 3 }), r);
    expect(b.table!.plane).toBe(a.table!.plane);
    expect(new LogisticSession(params({ class1: 'Gentoo' }), r).table!.plane).not.toBe(a.table!.plane);
  });
});
