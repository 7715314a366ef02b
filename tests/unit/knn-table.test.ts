// #/knn on a table from the data lab (table mode): the model trains on every feature, the map shows a plane.
// References: tests/fixtures/make_knn_table.py (scikit-learn's KNeighborsClassifier on the rows the session splits
// the prepared penguins into, and PCA on every row), and hand-made tables for the shape checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledMatrix, TableShapeError, type DataTable } from '../../src/core/data';
import { readTable } from '../../src/core/io/csv';
import { defaults } from '../../src/params';
import { featurePlane, pcaPlane } from '../../src/widgets/shared/plane';
import { readTableOf } from '../../src/widgets/shared/table-read';
import { KnnSession } from '../../src/widgets/knn/session';
import { schema, type Params } from '../../src/widgets/knn/params';

interface Case { over: Partial<Params>; train: number[]; test: number[]; sklearn: { train: number; test: number; curveTrain: number[]; curveTest: number[] } }
const fx: { csv: string; featureNames: string[]; classNames: string[]; pca: { components: number[][]; mean: number[]; ratio: number[] }; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/knn_table.json', import.meta.url), 'utf8'));

const table = (csv: string): DataTable => {
  const r = readTable(csv, { name: 't.csv' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};
const penguins = labelledMatrix(table(fx.csv));
const read = readTableOf(penguins);
const params = (over: Partial<Params>): Params => ({ ...defaults(schema), ...over, table: { name: 'penguins-prepared.csv', hash: '00000000' } });

describe('labelledMatrix', () => {
  it('reads the prepared penguins: every column but the last is a feature, the species are the sorted classes', () => {
    expect(penguins.featureNames).toEqual(fx.featureNames);
    expect(penguins.classNames).toEqual(fx.classNames);
    expect(penguins.X.length).toBe(344);
    expect(penguins.targetName).toBe('Species');
  });

  it('numbers as labels are classes sorted by value; a named target can sit anywhere', () => {
    const m = labelledMatrix(table('a,label,b\n1,10,5\n2,2,6\n3,10,7\n'), { target: 'label' });
    expect(m.classNames).toEqual(['2', '10']);
    expect(m.y).toEqual([1, 0, 1]);
    expect(m.X).toEqual([[1, 5], [2, 6], [3, 7]]);
  });

  it.each([
    ['a text feature', 'name,y\nann,0\nbob,1\n', /“name” holds labels, not numbers: encode it first/],
    ['a missing value', 'a,b,y\n1,2,0\n,3,1\n4,5,1\n', /“a” has 1 missing value \(first in row 2\)/],
    ['one class', 'a,y\n1,x\n2,x\n', /only one class \(x\)/],
    ['a regression target', 'a,y\n1,0.5\n2,1.5\n', /holds fractions \(0\.5\): that is a regression target/],
    ['one column', 'y\n1\n2\n', /at least two columns/],
    ['a missing label', 'a,y\n1,p\n2,\n3,q\n', /missing in row 2/],
  ])('refuses %s with what to do', (_, csv, message) => {
    expect(() => labelledMatrix(table(csv))).toThrow(TableShapeError);
    expect(() => labelledMatrix(table(csv))).toThrow(message);
  });

  it('refuses more classes than the view can draw, naming the count', () => {
    expect(() => labelledMatrix(table('a,y\n1,p\n2,q\n3,r\n'), { maxClasses: 2 })).toThrow(/has 3 classes; this view draws at most 2/);
  });
});

describe('the map plane', () => {
  it('PCA: scikit-learn’s first two components (up to sign) and mean, fitted on every row', () => {
    const plane = pcaPlane(penguins.X);
    const { components, mean, ratio } = fx.pca;
    // a row's coordinates are its projections on scikit-learn's components (each axis may be flipped)
    const row = penguins.X[17];
    const sk = components.map((c) => c.reduce((s, v, j) => s + v * (row[j] - mean[j]), 0));
    const ours = plane.project(row);
    expect(Math.abs(ours[0])).toBeCloseTo(Math.abs(sk[0]), 10);
    expect(Math.abs(ours[1])).toBeCloseTo(Math.abs(sk[1]), 10);
    expect(plane.labels[0]).toContain(`${(100 * ratio[0]).toFixed(0)} %`);
    // lifting a point of the plane and projecting it again gives the point back
    const [u, v] = plane.project(plane.lift(1.25, -0.5));
    expect(u).toBeCloseTo(1.25, 10);
    expect(v).toBeCloseTo(-0.5, 10);
  });

  it('two features: the axes are those features, every other feature held at its mean', () => {
    const X = [[0, 10, 100], [2, 20, 300], [4, 60, 200]];
    const plane = featurePlane(X, ['a', 'b', 'c'], 2, 0);
    expect(plane.labels).toEqual(['c', 'a']);
    expect(plane.project(X[1])).toEqual([300, 2]);
    expect(plane.lift(7, 8)).toEqual([8, 30, 7]);
    expect(plane.domain.x[0]).toBeLessThan(100);
    expect(plane.domain.x[1]).toBeGreaterThan(300);
  });
});

describe('KnnSession on the prepared penguins', () => {
  for (const [name, c] of Object.entries(fx.cases)) {
    it(`${name}: the rows, train and test accuracy and the accuracy-against-k curve are scikit-learn’s`, () => {
      const s = new KnnSession(params(c.over), null, read);
      expect(s.points.filter((q) => !q.test).map((q) => q.src)).toEqual(c.train);
      expect(s.nFeatures).toBe(fx.featureNames.length);
      const sc = s.scores();
      expect(sc.train).toBeCloseTo(c.sklearn.train, 12);
      expect(sc.test).toBeCloseTo(c.sklearn.test, 12);
      const curve = s.curve;
      expect(curve.train.length).toBe(c.sklearn.curveTrain.length);
      expect(curve.test.length).toBe(c.sklearn.curveTest.length);
      curve.train.forEach((v, i) => expect(v).toBeCloseTo(c.sklearn.curveTrain[i], 12));
      curve.test.forEach((v, i) => expect(v).toBeCloseTo(c.sklearn.curveTest[i], 12));
    });
  }

  it('the map colours the plane with the model on every feature: a lifted grid cell votes as predict on that row', () => {
    const s = new KnnSession(params({ plane: 'features', fx: 'num__Flipper Length (mm)', fy: 'num__Beak Length (mm)' }), null, read);
    expect(s.axisLabels).toEqual(['num__Flipper Length (mm)', 'num__Beak Length (mm)']);
    const g = s.grid(8, 8);
    const [x0, x1] = s.domain.x, [y0, y1] = s.domain.y;
    const cell = 8 * 3 + 5; // row 3 from the top, column 5
    const row = s.plane!.lift(x0 + (5.5 * (x1 - x0)) / 8, y1 - (3.5 * (y1 - y0)) / 8);
    expect(g.classes[cell]).toBe(s.model.predict([row])[0]);
    // added points and dragged points are a 2-D problem's: a table's rows are not moved or joined
    const edited = new KnnSession(params({ added: [[0, 0, 1]], moved: [[5, 5, 0]] }), null, read);
    expect(edited.nTrain).toBe(s.nTrain);
    expect(edited.points[0].src).toBe(s.points[0].src);
  });
});
