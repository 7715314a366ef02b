// #/forest on a table from the data lab (table mode): every tree may split on every column, named as in the table.
// Reference: tests/fixtures/make_forest_table.py. Our forest draws its own bootstraps and feature orders, so for the
// matched links scikit-learn is given our draws: each of our trees is the tree scikit-learn's DecisionTreeClassifier
// grows on our draw for some random_state (found by search, as make_tree_table.py does for ties), and
// scikit-learn's own RandomForestClassifier.fit with those draws gives the probabilities, accuracies, OOB score and
// importances compared here. The lab's default link (√d features, unlimited depth, 100 trees) cannot be matched
// tree by tree: its forests are compared with scikit-learn's over seeds (as forest-sklearn.test.ts does).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassGrid } from '../../src/charts/types';
import { labelledMatrix } from '../../src/core/data';
import { readTable } from '../../src/core/io/csv';
import { RandomForestClassifier } from '../../src/core/models/ensemble';
import { defaults } from '../../src/params';
import { tableToCsv } from '../../src/widgets/data/output/csv-out';
import { preparedTable } from '../../src/widgets/data/prepare/preparation';
import { forestOptions, maxFeaturesOptions } from '../../src/widgets/forest/options';
import { schema, type Params } from '../../src/widgets/forest/params';
import { ForestSession, GRID } from '../../src/widgets/forest/session';
import { stability } from '../../src/widgets/forest/stability';
import { forestTable } from '../../src/widgets/forest/table';
import { readTableOf } from '../../src/widgets/shared/table-read';
import { PointSet } from '../../src/widgets/shared/trees/points';
import { expectSameMean, mean } from './seed-stats';

interface SkTree { nodeCount: number; childrenLeft: number[]; childrenRight: number[]; feature: number[]; threshold: number[]; impurity: number[]; nNodeSamples: number[] }
interface Matched { randomStates: number[]; trees: SkTree[]; testProba: number[][]; testAccuracy: number; trainAccuracy: number; oobScore: number; featureImportances: number[] }
interface Runs { runs: { testAccuracy: number; oobScore: number; featureImportances: number[] }[] }
interface Case { table: 'penguins' | 'seattle'; over: Partial<Params>; match: boolean; train: number[]; test: number[]; samples: number[][]; sklearn: Matched & Runs }
const fx: { featureNames: Record<string, string[]>; classNames: Record<string, string[]>; sha256: Record<string, string>; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/forest_table.json', import.meta.url), 'utf8'));

// the tables as the lab prepares them (the same code as tests/fixtures/forest-table-inputs.mjs)
function prepared(file: string, target: string): string {
  const read = readTable(readFileSync(new URL(`../../datasets/${file}`, import.meta.url), 'utf8'), { name: file });
  if (!read.ok) throw new Error(read.error);
  return tableToCsv(preparedTable(read.table, target));
}
const csv = { penguins: prepared('penguins.csv', 'Species'), seattle: prepared('seattle-weather.csv', 'weather') };
const read = (name: 'penguins' | 'seattle') => {
  const t = readTable(csv[name], { name: `${name}-prepared.csv` });
  if (!t.ok) throw new Error(t.error);
  return readTableOf(labelledMatrix(t.table, { maxClasses: 8 }));
};
const params = (c: Pick<Case, 'table' | 'over'>, more: Partial<Params> = {}): Params =>
  ({ ...defaults(schema), ...c.over, ...more, table: { name: `${c.table}-prepared.csv`, hash: '00000000' } }) as Params;
const session = (c: Pick<Case, 'table' | 'over'>, more: Partial<Params> = {}) => {
  const p = params(c, more);
  return new ForestSession(p, forestTable(p, read(c.table)));
};
const grow = (s: ForestSession) => {
  while (s.step());
  return s;
};

describe('ForestSession on the data lab’s tables', () => {
  it('trains on the bytes the reference was computed on', () => {
    // if this fails the lab's preparation changed: re-run make_forest_table.py only if that was intended
    for (const name of ['penguins', 'seattle'] as const) expect(createHash('sha256').update(csv[name]).digest('hex'), name).toBe(fx.sha256[name]);
  });

  for (const [name, c] of Object.entries(fx.cases).filter(([, c]) => c.match)) {
    it(`${name}: on our bootstrap draws, scikit-learn grows each of our trees, and its forest's numbers are ours`, () => {
      const s = grow(session(c));
      const rows = (test: boolean) => s.data.points.filter((q) => q.test === test).map((q) => q.index);
      expect(rows(false)).toEqual(c.train);
      expect(rows(true)).toEqual(c.test);
      expect(s.featureNames).toEqual(fx.featureNames[c.table]);
      expect(s.train.X[0]).toHaveLength(fx.featureNames[c.table].length);
      const m = s.model!, sk = c.sklearn;
      expect(m.estimatorsSamples.map((a) => Array.from(a))).toEqual(c.samples);
      m.estimators.forEach(({ tree: t }, k) => {
        const ref = sk.trees[k], what = `tree ${k + 1} (scikit-learn random_state ${sk.randomStates[k]})`;
        expect([t.childrenLeft, t.childrenRight, t.feature, t.nNodeSamples], what).toEqual([ref.childrenLeft, ref.childrenRight, ref.feature, ref.nNodeSamples]);
        t.threshold.forEach((v, i) => expect(Math.abs(v - ref.threshold[i]), what).toBeLessThan(1e-12));
        t.impurity.forEach((v, i) => expect(v, what).toBeCloseTo(ref.impurity[i], 12));
      });
      const v = s.view();
      expect(v.testAccuracy).toBe(sk.testAccuracy);
      expect(v.trainAccuracy).toBe(sk.trainAccuracy);
      expect(v.oobScore).toBe(sk.oobScore);
      v.impurity.forEach((x, f) => expect(x, fx.featureNames[c.table][f]).toBeCloseTo(sk.featureImportances[f], 12));
      m.predictProba(s.test.X).forEach((row, i) => row.forEach((p, k) => expect(p).toBeCloseTo(sk.testProba[i][k], 12)));
      // the curve ends on the forest's score; permutation importances: one per column, finite
      expect(v.curve.test.at(-1)).toBe(sk.testAccuracy);
      expect(v.permutation.mean).toHaveLength(fx.featureNames[c.table].length);
      expect(v.permutation.mean.every(Number.isFinite)).toBe(true);
    });
  }

  it('the lab’s default link (√d of 10, 100 deep trees): our forests and scikit-learn’s agree over seeds on these rows', () => {
    const c = fx.cases['penguins-defaults'], sk = c.sklearn.runs;
    const s = grow(session(c));
    expect(s.data.points.slice(0, s.data.nTrain).map((q) => q.index)).toEqual(c.train);
    const o = forestOptions(params(c), s.nFeatures);
    expect(o.maxFeatures).toBe('sqrt');
    const runs = Array.from({ length: 20 }, (_, seed) => new RandomForestClassifier({ ...o, seed }).fit(s.train.X, s.train.y));
    const floor = 1 / s.test.X.length;
    expectSameMean(runs.map((f) => f.score(s.test.X, s.test.y)), sk.map((r) => r.testAccuracy), floor, 'test accuracy');
    expectSameMean(runs.map((f) => f.oobScore!), sk.map((r) => r.oobScore), floor, 'OOB score');
    fx.featureNames.penguins.forEach((name, f) =>
      expectSameMean(runs.map((r) => r.featureImportances[f]), sk.map((r) => r.featureImportances[f]), 0.02, `importance of ${name}`));
    // the widget's own forest (the link's seed) scores within scikit-learn's range over its 30 seeds
    const v = s.view(), acc = sk.map((r) => r.testAccuracy);
    expect(v.testAccuracy).toBeGreaterThanOrEqual(Math.min(...acc));
    expect(v.testAccuracy).toBeLessThanOrEqual(Math.max(...acc));
    expect(Math.abs(v.testAccuracy - mean(acc))).toBeLessThan(0.05);
  });

  it('the vote map: the forest’s class at each cell of the plane, the cell lifted to every column', () => {
    const s = grow(session(fx.cases['penguins-bagging']));
    const g = s.view().grid as ClassGrid;
    const plane = s.table!.plane;
    const { x: [x0, x1], y: [y0, y1] } = plane.domain;
    for (const [row, col] of [[5, 9], [40, 33], [60, 2]]) {
      const cell = plane.lift(x0 + ((col + 0.5) * (x1 - x0)) / GRID, y1 - ((row + 0.5) * (y1 - y0)) / GRID);
      expect(cell).toHaveLength(fx.featureNames.penguins.length);
      expect(g.classes[row * GRID + col]).toBe(s.model!.predict([cell])[0]);
    }
    expect(new Set(Array.from(g.classes)).size).toBeGreaterThan(1);
    // one tree's map (the small multiples, the one-tree view) is that tree's class at the same lifted cells
    const t = s.treeMap(3, 8), cells = s.cells(8);
    const tree = s.model!.estimators[3];
    expect(Array.from(t.classes)).toEqual(tree.predict(cells));
  });
});

describe('features per split on a table', () => {
  it('offers √d, log₂ d, fractions, every count below d and all, each with its count of features', () => {
    const o = maxFeaturesOptions(9);
    expect(o.map((x) => x.value)).toEqual(['sqrt', 'log2', '0.25', '0.5', '0.75', '1', '2', '3', '4', '5', '6', '7', '8', 'all']);
    expect(o.map((x) => x.label.match(/(\d+) of 9/)?.[1])).toEqual(['3', '3', '2', '4', '6', '1', '2', '3', '4', '5', '6', '7', '8', undefined]);
    expect(o.at(-1)!.label).toBe('all 9 (plain bagging)');
    // the 2-D sets keep their two choices
    expect(maxFeaturesOptions(2).map((x) => x.value)).toEqual(['sqrt', 'all']);
  });

  it('maps each choice to scikit-learn’s max_features; a count the table lacks falls back to √d with a notice', () => {
    const c = fx.cases['penguins-bagging'];
    expect(forestOptions(params(c, { maxFeatures: '0.5' }), 10).maxFeatures).toBe(0.5);
    expect(forestOptions(params(c, { maxFeatures: '4' }), 10).maxFeatures).toBe(4);
    expect(forestOptions(params(c, { maxFeatures: '11' }), 10).maxFeatures).toBe('sqrt');
    expect(forestOptions(params(c, { maxFeatures: 'all' }), 10).maxFeatures).toBeNull();
    const s = session(c, { maxFeatures: '12' });
    expect(s.model!.getParams().maxFeatures).toBe('sqrt');
    expect(s.notice).toMatch(/“12” is not a choice for 10 features: using √d/);
  });
});

describe('the table’s stability card and its clicks', () => {
  it('a nudge moves 5 % of the rows in every column; the tree and the forest are refitted on the rows before it', () => {
    const c = { table: 'seattle' as const, over: { nudge: 2, nEstimators: 30 } };
    const s = session(c), plain = session(c, { nudge: 0 });
    const changed = s.train.X.filter((r, i) => r.some((v, f) => v !== plain.train.X[i][f])).length;
    expect(changed).toBeGreaterThan(0);
    expect(s.data.nudged).toBe(Math.round((s.train.X.length + s.test.X.length) * 0.05));
    expect(s.table!.original!.train.X).toEqual(plain.train.X);
    const before = new PointSet(params(c, { nudge: 0 }), s.table!.original!);
    const r = stability(params(c), s, null, { before, cells: s.cells(48) })!;
    // on Seattle's weather a deep tree redraws a third of the plane, the forest far less (on the penguins, whose
    // species the plane separates cleanly, both move little and the forest is not the steadier: the card just says so)
    expect(r.tree.flipped).toBeGreaterThan(0.1);
    expect(r.forest.flipped).toBeLessThan(r.tree.flipped / 2);
    // the session's own job is the same comparison
    const job = grow(s).stability!;
    job.advance(Infinity);
    expect(job.result!.forest.flipped).toBe(stability(params(c), s, s.model, { before, cells: s.cells(48) })!.forest.flipped);
  });

  it('clicked points are not rows of the table: the forest trains on the table’s rows only', () => {
    const c = fx.cases['penguins-bagging'];
    const s = session(c, { added: [[0, 0, 1], [1, 1, 0]] });
    expect(s.train.X).toHaveLength(c.train.length);
  });
});
