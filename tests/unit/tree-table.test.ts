// #/tree on a table from the data lab (table mode): the tree may split on every column, named as in the table.
// Reference: tests/fixtures/make_tree_table.py (scikit-learn's DecisionTreeClassifier on exactly the rows the session
// splits the prepared penguins and Seattle weather into; scikit-learn breaks ties between features at random and core
// by the lowest index, so the reference is the first random_state whose tree makes the widget's splits: the
// penguins' default tree is the 107th distinct tree scikit-learn grows, at random_state 169).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledMatrix } from '../../src/core/data';
import { readTable } from '../../src/core/io/csv';
import { defaults } from '../../src/params';
import { tableToCsv } from '../../src/widgets/data/output/csv-out';
import { preparedTable } from '../../src/widgets/data/prepare/preparation';
import { readTableOf } from '../../src/widgets/shared/table-read';
import { trainingProblems } from '../../src/widgets/shared/trees/problems';
import { schema, type Params } from '../../src/widgets/tree/params';
import { TreeSession } from '../../src/widgets/tree/session';
import { treeGrid, treeTable } from '../../src/widgets/shared/trees/table';

interface SkTree {
  nodeCount: number; childrenLeft: number[]; childrenRight: number[]; feature: number[]; threshold: number[]; impurity: number[]; nNodeSamples: number[];
  depth: number; nLeaves: number; trainAccuracy: number; testAccuracy: number; randomState: number; distinctTrees: number;
}
interface Case { table: 'penguins' | 'seattle'; over: Partial<Params>; train: number[]; test: number[]; sklearn: SkTree }
const fx: { featureNames: Record<string, string[]>; classNames: Record<string, string[]>; sha256: Record<string, string>; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/tree_table.json', import.meta.url), 'utf8'));

// the tables as the lab prepares them (the same code as tests/fixtures/tree-table-inputs.mjs)
function prepared(file: string, target: string): string {
  const read = readTable(readFileSync(new URL(`../../datasets/${file}`, import.meta.url), 'utf8'), { name: file });
  if (!read.ok) throw new Error(read.error);
  return tableToCsv(preparedTable(read.table, target));
}
const csv = { penguins: prepared('penguins.csv', 'Species'), seattle: prepared('seattle-weather.csv', 'weather') };
const matrix = (name: 'penguins' | 'seattle') => {
  const t = readTable(csv[name], { name: `${name}-prepared.csv` });
  if (!t.ok) throw new Error(t.error);
  return labelledMatrix(t.table, { maxClasses: 8 });
};
const params = (c: Case): Params => ({ ...defaults(schema), ...c.over, table: { name: `${c.table}-prepared.csv`, hash: '00000000' } }) as Params;
const near = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]) < 1e-12);

describe('TreeSession on the data lab’s tables', () => {
  it('trains on the bytes the reference was computed on', () => {
    // if this fails the lab's preparation changed: re-run make_tree_table.py only if that was intended
    for (const name of ['penguins', 'seattle'] as const) expect(createHash('sha256').update(csv[name]).digest('hex'), name).toBe(fx.sha256[name]);
  });

  for (const [name, c] of Object.entries(fx.cases)) {
    it(`${name}: the rows it splits, and split by split scikit-learn's tree on every column`, () => {
      const p = params(c);
      const s = new TreeSession(p, null, treeTable(p, readTableOf(matrix(c.table))));
      const rows = (test: boolean) => s.data.points.filter((q) => q.test === test).map((q) => q.index);
      expect(rows(false)).toEqual(c.train);
      expect(rows(true)).toEqual(c.test);
      expect(s.featureNames).toEqual(fx.featureNames[c.table]);
      expect(s.classNames).toEqual(fx.classNames[c.table]);
      expect(s.train.X[0]).toHaveLength(fx.featureNames[c.table].length);
      while (s.step());
      const t = s.model!.tree, v = s.view();
      const ref = c.sklearn;
      expect(t.feature).toEqual(ref.feature);
      expect(near(t.threshold, ref.threshold), 'thresholds').toBe(true);
      expect(t.nodeCount).toBe(ref.nodeCount);
      expect(t.childrenLeft).toEqual(ref.childrenLeft);
      expect(t.childrenRight).toEqual(ref.childrenRight);
      expect(t.nNodeSamples).toEqual(ref.nNodeSamples);
      t.impurity.forEach((g, i) => expect(g).toBeCloseTo(ref.impurity[i], 12));
      expect(v.nLeaves).toBe(ref.nLeaves);
      expect(v.depth).toBe(ref.depth);
      expect(v.trainAccuracy).toBe(ref.trainAccuracy);
      expect(v.testAccuracy).toBe(ref.testAccuracy);
      // the candidate view weighs every column, and names the root's split as the tree took it
      const root = s.candidatesAt(v, 0)!;
      expect(root.features).toHaveLength(fx.featureNames[c.table].length);
      expect(root.chosen).toMatchObject({ feature: t.feature[0], threshold: t.threshold[0] });
      // every point's path ends in the leaf the tree puts its row in
      const leaves = s.model!.apply([...s.train.X, ...s.test.X]);
      v.paths.forEach((path, i) => expect(path.at(-1)).toBe(leaves[i]));
    });
  }

  it('the map: the tree’s class at each cell of the plane, the cell lifted to every column', () => {
    const c = fx.cases['penguins-defaults'];
    const p = params(c);
    const s = new TreeSession(p, null, treeTable(p, readTableOf(matrix('penguins'))));
    while (s.step());
    const plane = s.table!.plane;
    const g = treeGrid(s.model!, plane, 12);
    expect(g.classes).toHaveLength(144);
    // cell (row 3, column 7) is the plane's point at its centre, lifted: the tree's prediction there
    const { x: [x0, x1], y: [y0, y1] } = plane.domain;
    const cell = plane.lift(x0 + (7.5 * (x1 - x0)) / 12, y1 - (3.5 * (y1 - y0)) / 12);
    expect(g.classes[3 * 12 + 7]).toBe(s.model!.predict([cell])[0]);
    expect(Math.max(...s.model!.predictProba([cell])[0])).toBeCloseTo(g.confidence[3 * 12 + 7], 6);
    // on the PCA plane the map shows more than one class
    expect(new Set(g.classes).size).toBeGreaterThan(1);
  });
});

describe('trainingProblems on many columns', () => {
  it('names the constant columns, and counts rows that agree on every column but not on the class', () => {
    const X = [[1, 0, 5], [2, 0, 5], [1, 0, 5], [3, 0, 5]];
    const out = trainingProblems(X, [0, 1, 1, 0], ['a', 'b', 'c']);
    expect(out).toContain('“b”, “c” have the same value on every training point: the tree never splits on them.');
    expect(out.some((m) => m.startsWith('2 training points share their exact position'))).toBe(true);
    // the 2-D sentences are unchanged
    expect(trainingProblems([[1, 2], [1, 3]], [0, 1], ['x₁', 'x₂'])).toEqual(['x₁ has the same value on every training point: the tree can only split on x₂.']);
  });
});
