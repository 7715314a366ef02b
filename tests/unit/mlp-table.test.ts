// #/mlp on a table from the data lab (table mode): the network's inputs are the table's columns that are switched on,
// standardised on the training rows. Reference: tests/fixtures/make_mlp_table.py (scikit-learn's MLPClassifier from
// the session's initial weights, one partial_fit per epoch on the training rows in the session's order of that
// epoch, shuffle=False, plain SGD or Adam; MLPRegressor with plain SGD for a numeric target): the weights after every
// epoch, the losses, accuracies (R²) and predicted classes (values).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledMatrix, regressionMatrix } from '../../src/core/data';
import { readTable } from '../../src/core/io/csv';
import { defaults } from '../../src/params';
import { tableToCsv } from '../../src/widgets/data/output/csv-out';
import { preparedTable } from '../../src/widgets/data/prepare/preparation';
import { readTableOf } from '../../src/widgets/shared/table-read';
import { weightsJson } from '../../src/widgets/mlp/export';
import { PairSession } from '../../src/widgets/mlp/pair';
import { schema, type Params } from '../../src/widgets/mlp/params';
import { GRID, MlpSession } from '../../src/widgets/mlp/session';
import { chosenColumns, tableProblem } from '../../src/widgets/mlp/table';

interface Scores { loss: number; accuracy?: number; r2?: number; predict: number[] }
interface Epoch { coefs: number[][][]; intercepts: number[][]; train: Scores; test: Scores }
type TableName = 'penguins' | 'seattle' | 'temperature';
interface Case {
  table: TableName; epochs: number; over: Partial<Params>; columns: number[]; train: number[]; test: number[];
  sklearn: { scalerMean: number[]; scalerScale: number[]; epochs: Epoch[] };
}
const fx: { featureNames: Record<string, string[]>; classNames: Record<string, string[]>; sha256: Record<string, string>; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/mlp_table.json', import.meta.url), 'utf8'));

// the tables as the lab prepares them (the same code as tests/fixtures/mlp-table-inputs.mjs)
function prepared(file: string, target: string): string {
  const read = readTable(readFileSync(new URL(`../../datasets/${file}`, import.meta.url), 'utf8'), { name: file });
  if (!read.ok) throw new Error(read.error);
  return tableToCsv(preparedTable(read.table, target));
}
const csv = { penguins: prepared('penguins.csv', 'Species'), seattle: prepared('seattle-weather.csv', 'weather'), temperature: prepared('seattle-weather.csv', 'temp_max') };
const read = (name: TableName) => {
  const t = readTable(csv[name], { name: `${name}-prepared.csv` });
  if (!t.ok) throw new Error(t.error);
  return readTableOf(name === 'temperature' ? regressionMatrix(t.table) : labelledMatrix(t.table, { maxClasses: 8 }));
};
const params = (table: string, over: Partial<Params> = {}): Params => ({ ...defaults(schema), ...over, table: { name: `${table}-prepared.csv`, hash: '00000000' } }) as Params;
const session = (p: Params, table: TableName) => new MlpSession(p, [], tableProblem(p, read(table), GRID));
const maxDiff = (a: readonly number[], b: readonly number[]) => (a.length === b.length ? Math.max(0, ...a.map((v, i) => Math.abs(v - b[i]))) : Infinity);

describe('MlpSession on the data lab’s tables, against scikit-learn', () => {
  it('trains on the bytes the reference was computed on', () => {
    // if this fails the lab's preparation changed: re-run make_mlp_table.py only if that was intended
    for (const name of ['penguins', 'seattle', 'temperature'] as const) expect(createHash('sha256').update(csv[name]).digest('hex'), name).toBe(fx.sha256[name]);
  });

  for (const [name, c] of Object.entries(fx.cases)) {
    it(`${name}: the rows, the scaling, then epoch by epoch scikit-learn's weights, losses and classes`, () => {
      const s = session(params(c.table, c.over), c.table);
      const t = s.problem.table!;
      expect(t.rows.slice(0, s.problem.train.n)).toEqual(c.train);
      expect(t.rows.slice(s.problem.train.n)).toEqual(c.test);
      expect([...t.chosen]).toEqual(c.columns);
      expect(s.problem.features).toEqual(c.columns.map((j) => fx.featureNames[c.table][j]));
      const regression = c.table === 'temperature';
      expect(s.problem.task).toBe(regression ? 'regression' : 'multiclass');
      if (!regression) expect(s.problem.nClasses).toBe(fx.classNames[c.table].length);
      expect(s.model!.sizes[0]).toBe(c.columns.length);
      expect(maxDiff(s.problem.scaler.mean, c.sklearn.scalerMean)).toBeLessThan(1e-12);
      expect(maxDiff(s.problem.scaler.scale, c.sklearn.scalerScale)).toBeLessThan(1e-12);
      c.sklearn.epochs.forEach((ref, e) => {
        expect(s.step(), `epoch ${e + 1}`).toBe(true);
        const { weights, biases } = s.model!.getWeights();
        expect(maxDiff(weights.flat(2), ref.coefs.flat(2)), `weights after epoch ${e + 1}`).toBeLessThan(1e-9);
        expect(maxDiff(biases.flat(), ref.intercepts.flat()), `biases after epoch ${e + 1}`).toBeLessThan(1e-9);
        expect(s.scores.trainLoss).toBeCloseTo(ref.train.loss, 9);
        expect(s.scores.testLoss).toBeCloseTo(ref.test.loss, 9);
        if (regression) {
          expect(s.scores.trainScore).toBeCloseTo(ref.train.r2!, 9);
          expect(s.scores.testScore).toBeCloseTo(ref.test.r2!, 9);
        } else {
          expect(s.scores.trainScore).toBe(ref.train.accuracy);
          expect(s.scores.testScore).toBe(ref.test.accuracy);
        }
      });
      const f = s.frame(), last = c.sklearn.epochs.at(-1)!;
      if (regression) expect(maxDiff(f.test.yPred, last.test.predict)).toBeLessThan(1e-9);
      else expect(f.test.yPred).toEqual(last.test.predict);
      expect(f.epoch).toBe(c.epochs);
    });
  }
});

describe('#/mlp’s table problem', () => {
  it('the maps: one grid over the plane, lifted to every column; the inputs’ squares are the columns over it', () => {
    const p = params('penguins');
    const s = session(p, 'penguins');
    const pr = s.problem, t = pr.table!;
    expect(pr.inputMaps).toHaveLength(t.columns.length);
    expect(pr.gridX).toHaveLength(GRID * GRID * t.chosen.length);
    // cell (row 7, column 31) is the plane's point at its centre, lifted and standardised: the network's input there
    const { x: [x0, x1], y: [y0, y1] } = t.plane.domain;
    const row = t.plane.lift(x0 + (31.5 * (x1 - x0)) / GRID, y1 - (7.5 * (y1 - y0)) / GRID);
    const k = 7 * GRID + 31, n = t.chosen.length;
    const cell = Array.from(pr.gridX.subarray(k * n, (k + 1) * n));
    expect(maxDiff(cell, t.chosen.map((c, j) => (row[c] - pr.scaler.mean[j]) / pr.scaler.scale[j]))).toBeLessThan(1e-12);
    // the output map is the network's class at each cell; the hidden squares come from the same rows
    const f = s.frame();
    const out = s.model!.evaluate({ n: 1, x: cell, y: [0] }).out;
    const best = out.indexOf(Math.max(...out));
    expect(f.output && 'classes' in f.output ? f.output.classes[k] : -1).toBe(best);
    expect(f.neurons.map((l) => l.length)).toEqual(p.layers);
    // the points are the rows' projections, training rows first
    const first = t.rows[0];
    expect([pr.points[0].x, pr.points[0].y]).toEqual(t.plane.project(read('penguins').matrix.X[first]));
  });

  it('columns switched off leave the inputs; all off: a clear notice and no network; a single class: the reader refuses it', () => {
    expect(chosenColumns(5, [1, 3])).toEqual([0, 2, 4]);
    const all = Array.from({ length: fx.featureNames.penguins.length }, (_, j) => j);
    const s = session(params('penguins', { off: all }), 'penguins');
    expect(s.model).toBeNull();
    expect(s.notice).toMatch(/Every column of your table is switched off/);
    expect(s.step()).toBe(false);
    expect(s.frame().output).toBeNull();
    const one = readTable('a,b,label\n1,2,x\n3,4,x\n5,6,x\n', { name: 'one.csv' });
    if (!one.ok) throw new Error(one.error);
    expect(() => labelledMatrix(one.table, { maxClasses: 8 })).toThrow(/only one class/);
  });

  it('compare mode: run B learns A’s very rows; the weights export names the columns and reproduces the first row', () => {
    const p = params('penguins', { compare: 'lr', lrB: 0.3 });
    const pr = tableProblem(p, read('penguins'), GRID);
    const pair = new PairSession(p, [], pr);
    expect(pair.b.problem).toBe(pair.problem);
    pair.step();
    expect(pair.b.steps).toBe(1);
    const doc = JSON.parse(weightsJson(pair));
    expect(doc.inputs).toEqual(fx.featureNames.penguins);
    expect(doc.classes).toEqual(fx.classNames.penguins);
    expect(doc.coefs[0]).toHaveLength(fx.featureNames.penguins.length);
    expect(doc.table).toBe('penguins-prepared.csv@00000000');
    // the worked row, from the note alone: standardise, then the layers
    let h: number[] = doc.check.x.map((v: number, j: number) => (v - doc.inputTransform.mean[j]) / doc.inputTransform.scale[j]);
    doc.coefs.forEach((w: number[][], l: number) => {
      const z = doc.intercepts[l].map((b: number, j: number) => b + h.reduce((s2, v, i) => s2 + v * w[i][j], 0));
      h = l < doc.coefs.length - 1 ? z.map(Math.tanh) : z.map((v: number) => Math.exp(v) / z.reduce((s2: number, u: number) => s2 + Math.exp(u), 0));
    });
    expect(maxDiff(h, doc.check.output)).toBeLessThan(1e-12);
  });
});
