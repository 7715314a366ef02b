// The data lab's "copy Python" snippet, checked against pandas and scikit-learn (tests/fixtures/make_python_snippet.py
// ran each snippet verbatim, then fitted the pipeline it built on the lab's own training rows). Here: the snippet the
// lab writes today is the one that ran, the lab's Pipeline predicts exactly scikit-learn's classes on those rows, and
// the snippet reads the lab's rows and cells (missing markers, booleans) into the lab's prepared table.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnKind } from '../../src/core/data/table';
import { readTable } from '../../src/core/io/csv';
import { Pipeline, takeRows } from '../../src/core/preprocess';
import { usableTable } from '../../src/widgets/data/columns';
import { makeModel, targetOf, yFor, type ModelId } from '../../src/widgets/data/prepare/model-data';
import { makePreparation, preparationColumns, preparedTable } from '../../src/widgets/data/prepare/preparation';
import { pythonSnippetFor, snippetFileName } from '../../src/widgets/data/prepare/python-snippet';

interface Case {
  snippet: string; tableName: string; target: string; model: ModelId; seed: number; csv: string;
  train: number[]; test: number[]; printedAccuracy: number; testPredictions: number[]; testAccuracy: number;
  /** The snippet's preparation fitted on all its rows: which rows (the file's, from 0), its column names, its values. */
  prepared: { rows: number[]; names: string[]; values: number[][] };
  /** Kinds set by hand (column index → kind) and ignored columns, as a link's `kinds` and `ignore`. */
  kinds: Record<number, ColumnKind>; ignore: string[];
}
const ref: { trainSize: number; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/python_snippet.json', import.meta.url), 'utf8'));

describe('the Pipeline panel’s Python snippet (pandas + scikit-learn ran it)', () => {
  for (const [name, c] of Object.entries(ref.cases)) {
    const read = readTable(c.csv, { name: c.tableName, kinds: c.kinds });
    if (!read.ok) throw new Error(read.error);
    const { table } = usableTable(read.table, c.ignore, c.target, c.tableName);
    const cols = preparationColumns(table, c.target);

    it(`${name}: the lab still writes the snippet that ran (else rerun make_python_snippet.py)`, () => {
      expect(pythonSnippetFor(table, c.target, c.model, ref.trainSize, c.seed)).toBe(c.snippet);
      expect(c.printedAccuracy).toBeGreaterThan(0.5);
    });

    it(`${name}: the lab's pipeline predicts scikit-learn's classes on the same rows`, () => {
      const t = targetOf(table, c.target);
      if (typeof t === 'string') throw new Error(t);
      const code = new Map(t.keep.map((row, k) => [row, t.y[k]]));
      const y = (rows: number[]) => yFor(c.model, rows.map((r) => code.get(r)!));
      const pipe = new Pipeline({ steps: [['prepare', makePreparation(cols)], ['model', makeModel(c.model)]] });
      pipe.fit(takeRows(table, c.train), y(c.train));
      const ours = pipe.predict(takeRows(table, c.test)) as number[];
      const agree = ours.filter((v, i) => v === c.testPredictions[i]).length;
      expect(agree).toBe(c.test.length);
      // and so the lab's score on those rows is scikit-learn's
      const truth = y(c.test);
      expect(ours.filter((v, i) => v === truth[i]).length / c.test.length).toBeCloseTo(c.testAccuracy, 12);
    });

    it(`${name}: the snippet keeps the lab's rows and prepares them into the lab's prepared table`, () => {
      const t = targetOf(table, c.target);
      if (typeof t === 'string') throw new Error(t);
      // the rows with a target: pandas read the same cells as missing (and the same words as booleans) as the lab
      expect(c.prepared.rows).toEqual(t.keep);
      const lab = preparedTable(takeRows(table, c.prepared.rows), c.target);
      const features = lab.columns.slice(0, -1); // the target comes last
      expect(features.map((col) => col.name)).toEqual(c.prepared.names);
      let worst = 0;
      features.forEach((col, j) => {
        if (col.kind !== 'number') throw new Error(`${col.name} is not a number column`);
        c.prepared.values.forEach((row, i) => { worst = Math.max(worst, Math.abs(col.values[i] - row[j])); });
      });
      expect(worst).toBeLessThan(1e-7);
    });
  }

  it('honours kinds set by hand and ignored columns (the overrides cases)', () => {
    const c = ref.cases['overrides-knn'];
    const read = readTable(c.csv, { name: c.tableName, kinds: c.kinds });
    if (!read.ok) throw new Error(read.error);
    const { table } = usableTable(read.table, c.ignore, c.target, c.tableName);
    // code: digits set to category, so one-hot and read by pandas as text; level: set to number, "high" missing;
    // note: set to text, left out; zip: ignored, left out
    expect(preparationColumns(table, c.target)).toEqual({ numeric: ['level', 'size'], categorical: ['code'] });
    expect(c.snippet).toContain('dtype=dict.fromkeys(categorical + ["kind"], str)');
    expect(c.snippet).toContain('for c in ["level", "size"]:');
    // the lab's own inference would have made code a number and level a category: the overrides changed the snippet
    const inferred = readTable(c.csv, { name: c.tableName });
    if (!inferred.ok) throw new Error(inferred.error);
    expect(pythonSnippetFor(inferred.table, c.target, c.model, ref.trainSize, c.seed)).not.toBe(c.snippet);
    // a header-less file with a column set aside still names every column of the file to pandas
    expect(ref.cases['semicolons-ignored-knn'].snippet).toContain('names=["column 1", "column 2", "column 3", "column 4"]');
  });

  it('reads the lab’s missing markers in any case, and its booleans, as the lab does (the markers cases)', () => {
    const c = ref.cases['markers-knn'];
    expect(c.snippet).toContain('keep_default_na=False');
    expect(c.snippet).toContain('for c in ["member", "flag"]:  # booleans');
    const names = c.prepared.names;
    // `?`, `None`, `N/A`… are missing (one "nan" category), `#N/A` is a category, ` red ` is red
    expect(names.filter((n) => n.startsWith('cat__colour_'))).toEqual(['cat__colour_#N/A', 'cat__colour_blue', 'cat__colour_green', 'cat__colour_red', 'cat__colour_nan']);
    // Yes/YES/no/No and TRUE/t/y/false/F/N are two values each (a stray word and the markers missing)
    expect(names.filter((n) => /^cat__(member|flag)_/.test(n))).toEqual(['cat__member_false', 'cat__member_true', 'cat__member_nan', 'cat__flag_false', 'cat__flag_true', 'cat__flag_nan']);
    // a boolean target: its words are mapped before the rows without one are dropped
    const b = ref.cases['markers-boolean-target-logistic'];
    expect(b.snippet).toContain('for c in ["flag", "member"]:');
    expect(b.prepared.rows.length).toBe(90 - 5);
    // flag inferred (six spellings and a stray word): a category of its spellings, as the lab reads it
    expect(ref.cases['markers-flag-inferred-knn'].prepared.names.filter((n) => n.startsWith('cat__flag_')))
      .toEqual(['cat__flag_F', 'cat__flag_N', 'cat__flag_TRUE', 'cat__flag_false', 'cat__flag_maybe', 'cat__flag_t', 'cat__flag_y']);
  });

  it('reads the table’s own file name, and adds .csv only to a shipped table’s name', () => {
    expect(snippetFileName('penguins')).toBe('penguins.csv');
    expect(snippetFileName('my table.CSV')).toBe('my table.CSV');
    expect(snippetFileName('data.tsv')).toBe('data.tsv');
  });
});
