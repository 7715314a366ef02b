// The data lab's "copy Python" snippet, checked against pandas and scikit-learn (tests/fixtures/make_python_snippet.py
// ran each snippet verbatim, then fitted the pipeline it built on the lab's own training rows). Here: the snippet the
// lab writes today is the one that ran, and the lab's Pipeline predicts exactly scikit-learn's classes on those rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/core/io/csv';
import { Pipeline, takeRows } from '../../src/core/preprocess';
import { makeModel, targetOf, yFor, type ModelId } from '../../src/widgets/data/prepare/model-data';
import { makePreparation, preparationColumns } from '../../src/widgets/data/prepare/preparation';
import { pythonSnippetFor, snippetFileName } from '../../src/widgets/data/prepare/python-snippet';

interface Case {
  snippet: string; tableName: string; target: string; model: ModelId; seed: number; csv: string;
  train: number[]; test: number[]; printedAccuracy: number; testPredictions: number[];
}
const ref: { trainSize: number; cases: Record<string, Case> } =
  JSON.parse(readFileSync(new URL('../fixtures/python_snippet.json', import.meta.url), 'utf8'));

describe('the Pipeline panel’s Python snippet (pandas + scikit-learn ran it)', () => {
  for (const [name, c] of Object.entries(ref.cases)) {
    const read = readTable(c.csv, { name: c.tableName });
    if (!read.ok) throw new Error(read.error);
    const table = read.table;
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
    });
  }

  it('reads the table’s own file name, and adds .csv only to a shipped table’s name', () => {
    expect(snippetFileName('penguins')).toBe('penguins.csv');
    expect(snippetFileName('my table.CSV')).toBe('my table.CSV');
    expect(snippetFileName('data.tsv')).toBe('data.tsv');
  });
});
