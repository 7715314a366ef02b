// The data lab's Output panel lists the models that train on a table from their schemas (app/table-models.ts; the
// lab's own copy of the list must equal it),
// with a hint when the table's target does not suit one.
import { describe, expect, it } from 'vitest';
import { tableModels, type TableModel } from '../../src/app/table-models';
import { targetHint, targetKind } from '../../src/widgets/data/output/target-hint';
import { TABLE_MODELS } from '../../src/widgets/data/output/table-models';
import type { DataColumn } from '../../src/core/data/table';
import { loadSchema, WIDGETS } from '../../src/app/registry';

const numbers = (name: string, v: number[]): DataColumn => ({ name, kind: 'number', values: Float64Array.from(v), raw: [] }) as unknown as DataColumn;
const labels = (name: string, v: (string | null)[]): DataColumn => ({ name, kind: 'category', values: v, raw: [] }) as unknown as DataColumn;

describe('tableModels', () => {
  it('lists exactly the widgets whose schema has a `table` file row, with what their target must be', async () => {
    const models = await tableModels();
    const names = models.map((m) => m.name);
    expect(names).toContain('knn');
    expect(names).toContain('logistic');
    expect(models.find((m) => m.name === 'knn')!.target).toBe('class');
    expect(models.find((m) => m.name === 'logistic')!.target).toBe('binary');
    // a widget with other file rows (or none) is not a table model
    for (const w of WIDGETS) {
      const hasTable = (await loadSchema(w)).some((p) => p.name === 'table' && p.type === 'file');
      expect(names.includes(w.name), w.name).toBe(hasTable);
    }
    expect(names).not.toContain('kmeans');
    expect(names).not.toContain('data');
  });

  it('the data lab’s own list (it may not import the app) is the registry’s, in gallery order with the same titles', async () => {
    expect([...TABLE_MODELS]).toEqual(await tableModels());
  });
});

describe('targetHint', () => {
  const classifier: TableModel = { name: 'knn', title: 'k-nearest neighbours', target: 'class' };
  const binary: TableModel = { name: 'logistic', title: 'Logistic regression', target: 'binary' };
  const regressor: TableModel = { name: 'linear', title: 'Linear regression', target: 'number' };

  it('a fractional target suits regressors only', () => {
    const y = numbers('price', [1.5, 2, NaN, 3.25]);
    expect(targetKind(y)).toEqual({ kind: 'number' });
    expect(targetHint(classifier, y)).toEqual({ suits: false, text: '“price” holds fractions, a regression target: this model classifies (a regressor suits it).' });
    expect(targetHint(binary, y).suits).toBe(false);
    expect(targetHint(regressor, y)).toEqual({ suits: true, text: '' });
  });

  it('labels suit classifiers; a binary model says it separates two of more; a regressor refuses labels', () => {
    const species = labels('Species', ['Adelie', 'Gentoo', null, 'Chinstrap', 'Adelie']);
    expect(targetKind(species)).toEqual({ kind: 'class', classes: 3 });
    expect(targetHint(classifier, species)).toEqual({ suits: true, text: '' });
    expect(targetHint(binary, species)).toEqual({ suits: true, text: '“Species” has 3 classes and this model separates two: you pick which two.' });
    expect(targetHint(regressor, species).suits).toBe(false);
    expect(targetHint(binary, labels('sex', ['m', 'f', 'f']))).toEqual({ suits: true, text: '' });
    expect(targetHint(classifier, labels('one', ['a', 'a'])).suits).toBe(false);
    // integer codes are classes for a classifier, and numbers for a regressor
    const codes = numbers('y', [0, 1, 1, 2]);
    // a model for both (#/mlp): labels are classes, fractions a number to predict, one class nothing
    const either: TableModel = { name: 'mlp', title: 'Neural network playground', target: 'classOrNumber' };
    expect(targetHint(either, species)).toEqual({ suits: true, text: '' });
    expect(targetHint(either, numbers('price', [1.5, 2, 3.25]))).toEqual({ suits: true, text: '“price” holds fractions: this model predicts it as a number (regression).' });
    expect(targetHint(either, labels('one', ['a', 'a'])).suits).toBe(false);
    expect(targetHint(classifier, codes)).toEqual({ suits: true, text: '' });
    expect(targetHint(regressor, codes)).toEqual({ suits: true, text: '' });
  });
});
