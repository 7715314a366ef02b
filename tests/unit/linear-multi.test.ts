// #/linear's several-features view: coefficients fitted on the features as measured and standardised, on shipped
// tables and on the data lab's prepared table. References: tests/fixtures/make_linear_multi.py (scikit-learn's
// LinearRegression / Ridge and StandardScaler on the rows the view splits each matrix into).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { regressionMatrix, TableShapeError, type DataTable, type RegressionMatrix } from '../../src/core/data';
import { readTable } from '../../src/core/io/csv';
import { defaults } from '../../src/params';
import { readRegression } from '../../src/widgets/shared/table-read';
import { fitMulti, multiState } from '../../src/widgets/linear/multi';
import { MULTI_SPECS } from '../../src/widgets/linear/multi-specs';
import { LinearSession } from '../../src/widgets/linear/session';
import { schema, type Params } from '../../src/widgets/linear/params';

interface Fit { coef: number[]; intercept: number; testR2: number; testRmse: number }
interface Case { table: string; model: 'ols' | 'ridge'; alpha: number; seed: number; train: number[]; test: number[]; sklearn: { mean: number[]; scale: number[]; raw: Fit; std: Fit } }
interface Table { rows: number; dropped: number; featureNames: string[]; targetName: string; sumX: number; sumY: number }
const fx: { preparedCsv: string; tables: Record<string, Table>; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/linear_multi.json', import.meta.url), 'utf8'));

const table = (csv: string): DataTable => {
  const r = readTable(csv, { name: 't.csv' });
  if (!r.ok) throw new Error(r.error);
  return r.table;
};
const ok = (m: RegressionMatrix | Error): RegressionMatrix => {
  if (m instanceof Error) throw m;
  return m;
};
const shipped = (name: 'penguins' | 'weather') => {
  const s = MULTI_SPECS[name];
  return ok(readRegression(s.file, readFileSync(`datasets/${s.file}`), { target: s.target, features: s.features, dropMissing: true }));
};
const matrices: Record<string, RegressionMatrix> = {
  penguins: shipped('penguins'),
  weather: shipped('weather'),
  prepared: ok(readRegression('seattle-weather-prepared.csv', new TextEncoder().encode(fx.preparedCsv))),
};

// Relative to the largest |coefficient| of the fit (the prepared table's collinear one-hot columns have a
// minimum-norm answer, whose digits both sides reach through different factorisations).
function close(ours: number[], ref: number[], tol: number) {
  const top = Math.max(...ref.map(Math.abs), 1);
  expect(ours.length).toBe(ref.length);
  ours.forEach((v, j) => expect(Math.abs(v - ref[j]) / top, `coefficient ${j}`).toBeLessThan(tol));
}

describe('regressionMatrix', () => {
  it.each(Object.keys(matrices))('reads %s as scikit-learn got it (rows, columns, gaps left out)', (name) => {
    const m = matrices[name], t = fx.tables[name];
    expect(m.y.length).toBe(t.rows);
    expect(m.dropped).toBe(t.dropped);
    expect(m.featureNames).toEqual(t.featureNames);
    expect(m.targetName).toBe(t.targetName);
    expect(m.X.flat().reduce((a, b) => a + b, 0)).toBeCloseTo(t.sumX, 6);
    expect(m.y.reduce((a, b) => a + b, 0)).toBeCloseTo(t.sumY, 8);
  });

  it('takes a fractional target (what a classifier refuses) and every other column as a feature', () => {
    const m = regressionMatrix(table('a,b,y\n1,5,0.5\n2,6,1.25\n3,8,2\n'));
    expect(m.X).toEqual([[1, 5], [2, 6], [3, 8]]);
    expect(m.y).toEqual([0.5, 1.25, 2]);
    expect(m.dropped).toBe(0);
  });

  it.each([
    ['a text target', 'a,y\n1,p\n2,q\n', /“y” holds labels: a regression needs a number/],
    ['a text feature', 'name,y\nann,1\nbob,2\n', /“name” holds labels, not numbers/],
    ['a missing feature value', 'a,y\n1,2\n,3\n4,5\n', /“a” has 1 missing value \(first in row 2\)/],
    ['a missing target', 'a,y\n1,2\n2,\n4,5\n', /target “y” is missing in row 2/],
    ['one column', 'y\n1\n2\n', /at least two columns/],
  ])('refuses %s with what to do', (_, csv, message) => {
    expect(() => regressionMatrix(table(csv))).toThrow(TableShapeError);
    expect(() => regressionMatrix(table(csv))).toThrow(message);
  });

  it('drops the rows with a gap only when asked, and says how many', () => {
    const m = regressionMatrix(table('a,b,y\n1,5,1\n,6,2\n3,7,\n4,8,4\n'), { dropMissing: true });
    expect(m.X).toEqual([[1, 5], [4, 8]]);
    expect(m.dropped).toBe(2);
    expect(() => regressionMatrix(table('a,y\n1,1\n,2\n'), { dropMissing: true })).toThrow(/1 complete row/);
  });
});

describe('fitMulti against scikit-learn', () => {
  it.each(Object.keys(fx.cases))('%s: the split, the scaler, both fits and their held-out scores', (name) => {
    const c = fx.cases[name];
    const f = fitMulti(matrices[c.table], c.table, c);
    expect(f.trainRows).toEqual(c.train);
    expect(f.testRows).toEqual(c.test);
    close(f.mean, c.sklearn.mean, 1e-12);
    close(f.sd, c.sklearn.scale, 1e-12);
    // the prepared table is rank-deficient (its one-hot columns sum to 1): least squares' minimum-norm answer
    const tol = c.table === 'prepared' && c.model === 'ols' ? 1e-6 : 1e-8;
    for (const k of ['raw', 'std'] as const) {
      close(f[k].coef, c.sklearn[k].coef, tol);
      expect(Math.abs(f[k].intercept - c.sklearn[k].intercept) / Math.max(1, Math.abs(c.sklearn[k].intercept))).toBeLessThan(tol);
      expect(f[k].test.r2).toBeCloseTo(c.sklearn[k].testR2, 8);
      expect(f[k].test.rmse).toBeCloseTo(c.sklearn[k].testRmse, 7);
    }
  });

  it('least squares: standardised coefficients are the raw ones times the sd, and the predictions agree', () => {
    const f = fitMulti(matrices.penguins, 'penguins', { model: 'ols', alpha: 1, seed: 1 });
    f.raw.coef.forEach((w, j) => expect(f.std.coef[j]).toBeCloseTo(w * f.sd[j], 9));
    expect(f.std.test.rmse).toBeCloseTo(f.raw.test.rmse, 9);
    // the point of the view: body mass (grams) has the smallest raw coefficient and the largest standardised one
    const mass = f.featureNames.indexOf('Body Mass (g)');
    expect(Math.abs(f.raw.coef[mass])).toBeLessThan(Math.min(...f.raw.coef.filter((_, j) => j !== mass).map(Math.abs)));
    expect(Math.abs(f.std.coef[mass])).toBeGreaterThan(Math.max(...f.std.coef.filter((_, j) => j !== mass).map(Math.abs)));
  });

  it('ridge: standardising changes the fit itself, not only its units', () => {
    const f = fitMulti(matrices.penguins, 'penguins', { model: 'ridge', alpha: 100, seed: 7 });
    expect(Math.abs(f.std.test.rmse - f.raw.test.rmse)).toBeGreaterThan(1e-3);
  });

  it('says so when there are fewer training rows than features', () => {
    const m = regressionMatrix(table('a,b,c,y\n1,2,3,1\n2,1,5,2\n3,3,1,4\n'));
    expect(fitMulti(m, 't', { model: 'ols', alpha: 1, seed: 1 }).notice).toMatch(/Only 2 training rows for 3 features/);
  });
});

describe('LinearSession', () => {
  const p = (over: Partial<Params>): Params => ({ ...defaults(schema), ...over });
  it('keeps the several-features fits when only gradient descent changed, refits when the model did', () => {
    const source = { kind: 'ready', matrix: matrices.penguins, label: 'Palmer penguins', fit: multiState } as const;
    const a = new LinearSession(p({ multi: 'penguins' }), null, source);
    const b = new LinearSession(p({ multi: 'penguins', lr: 0.5 }), a, source);
    const c = new LinearSession(p({ multi: 'penguins', fit: 'ridge' }), b, source);
    expect(a.multi.kind).toBe('ready');
    expect(b.multi).toBe(a.multi);
    expect(c.multi).not.toBe(a.multi);
  });
  it('passes on why a table cannot be fitted, and the 1-D part still builds', () => {
    const s = new LinearSession(p({}), null, { kind: 'error', message: 'no' });
    expect(s.multi).toEqual({ kind: 'error', message: 'no' });
    expect(s.ls).not.toBeNull();
  });
});
