import { describe, expect, it } from 'vitest';
import { defaults, defineSchema, isEnabled, isShown, shownChoices, shownParams, type Schema } from '../../src/params';
import { schema as cnn } from '../../src/widgets/cnn/params';
import { schema as confusion } from '../../src/widgets/confusion/params';
import { schema as gini } from '../../src/widgets/gini/params';
import { schema as kmeans } from '../../src/widgets/kmeans/params';
import { schema as knn } from '../../src/widgets/knn/params';
import { schema as logistic } from '../../src/widgets/logistic/params';
import { schema as pca } from '../../src/widgets/pca/params';
import { schema as roc } from '../../src/widgets/roc/params';

describe('visibleIf and enabledIf', () => {
  const s = defineSchema([
    { name: 'metric', affects: 'model', type: 'enum', default: 'l2', options: [{ value: 'l2', label: 'L2' }, { value: 'lp', label: 'Lp' }], label: 'Metric', help: 'h' },
    { name: 'p', affects: 'model', type: 'number', default: 3, min: 1, max: 10, label: 'p', help: 'h', visibleIf: (v) => v.metric === 'lp' },
    { name: 'C', affects: 'model', type: 'number', default: 1, min: 0.1, max: 10, label: 'C', help: 'h', enabledIf: (v) => v.metric === 'lp' },
    { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 9, hidden: true, label: 'Steps', help: 'h' },
    { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: 3, nClasses: 2, label: 'Added', help: 'h' },
  ] as const);

  it('hide a row that does not apply, disable one that has no effect, and never show hidden or plotted rows', () => {
    const names = (v: Record<string, unknown>) => shownParams(s, v).map((p) => p.name);
    expect(names({ metric: 'l2' })).toEqual(['metric', 'C']);
    expect(names({ metric: 'lp' })).toEqual(['metric', 'p', 'C']);
    expect(isEnabled(s[2], { metric: 'l2' })).toBe(false);
    expect(isEnabled(s[2], { metric: 'lp' })).toBe(true);
    expect(isShown(s[3], {})).toBe(false);
    expect(isShown(s[4], {})).toBe(false);
  });

  it('keep a hidden row’s value in the values (and so in the link)', () => {
    expect(defaults(s).p).toBe(3);
  });
});

describe('shownChoices: what an enum control lists', () => {
  const fixed = [{ value: 'none', label: 'none' }, { value: '0-1', label: 'class 0 vs class 1' }, { value: '0-3', label: 'class 0 vs class 3' }];
  it('the schema’s own choices, unless the widget narrows and renames them', () => {
    expect(shownChoices(fixed, undefined)).toEqual(fixed);
    expect(shownChoices(fixed, [{ value: 'none', label: 'none' }, { value: '0-1', label: 'Adelie vs Chinstrap' }])).toEqual([{ value: 'none', label: 'none' }, { value: '0-1', label: 'Adelie vs Chinstrap' }]);
  });
  it('a widget cannot add a value the schema does not have; runtime rows take what the widget supplies', () => {
    expect(shownChoices(fixed, [{ value: '1-2', label: 'Chinstrap vs Gentoo' }, { value: '0-3', label: 'x' }])).toEqual([{ value: '0-3', label: 'x' }]);
    expect(shownChoices('runtime', undefined)).toBeUndefined();
    expect(shownChoices('runtime', [{ value: 'sqrt', label: '√d' }])).toEqual([{ value: 'sqrt', label: '√d' }]);
  });
});

// The controls each widget showed before visibleIf, written out by hand from the `exclude` lists the
// widgets passed to <ParamControls> (e.g. confusion: multiclass hid separation, dataset, noise,
// positiveShare, n and perClass; dist hid mcDataset, k, mcNoise, dataset, noise).
function shown(schema: Schema, overrides: Record<string, unknown>): string[] {
  return shownParams(schema, { ...defaults(schema), ...overrides }).map((p) => p.name);
}

describe('each widget shows the same controls as with its old exclude lists', () => {
  it('k-means: points for generated data, true clusters for blob data', () => {
    const all = ['dataset', 'n', 'blobs', 'seed', 'k', 'init', 'speed'];
    for (const dataset of ['blobs', 'aniso', 'varied']) expect(shown(kmeans, { dataset }), dataset).toEqual(all);
    for (const dataset of ['moons', 'uniform']) expect(shown(kmeans, { dataset }), dataset).toEqual(['dataset', 'n', 'seed', 'k', 'init', 'speed']);
    for (const dataset of ['iris', 'clicks']) expect(shown(kmeans, { dataset }), dataset).toEqual(['dataset', 'seed', 'k', 'init', 'speed']);
  });

  it('kNN: p only for Minkowski; points and noise not for iris', () => {
    const base = ['table', 'dataset', 'n', 'noise', 'trainShare', 'seed', 'k', 'weights', 'metric', 'p', 'stretch', 'standardize'];
    const without = (...names: string[]) => base.filter((n) => !names.includes(n));
    for (const metric of ['euclidean', 'manhattan', 'chebyshev']) {
      expect(shown(knn, { metric }), metric).toEqual(without('p'));
      expect(shown(knn, { metric, dataset: 'iris' }), metric).toEqual(without('p', 'n', 'noise'));
    }
    expect(shown(knn, { metric: 'minkowski' })).toEqual(base);
    expect(shown(knn, { metric: 'minkowski', dataset: 'iris' })).toEqual(without('n', 'noise'));
    for (const dataset of ['blobs3', 'moons', 'circles', 'xor', 'spiral']) expect(shown(knn, { dataset }), dataset).toEqual(without('p'));
    // the learner's table: its map plane instead of the generated data's rows (the data set, points, noise, stretch)
    const table = { table: { name: 't.csv', hash: '00000000' } };
    expect(shown(knn, table)).toEqual(['table', 'plane', 'trainShare', 'seed', 'k', 'weights', 'metric', 'standardize']);
  });

  it('Gini: the split feature only for 2-D data', () => {
    expect(shown(gini, { data: '1d' })).toEqual(['data', 'n', 'overlap', 'share', 'seed', 'criterion', 'split']);
    expect(shown(gini, { data: '2d' })).toEqual(['data', 'n', 'overlap', 'share', 'seed', 'criterion', 'feature', 'split']);
  });

  it('ROC: distribution rows or model rows by source; the second model’s row only when comparing', () => {
    expect(shown(roc, { source: 'dist', compare: true })).toEqual(['source', 'seed', 'separation', 'separationB', 'positiveShare', 'n', 'compare']);
    expect(shown(roc, { source: 'dist', compare: false })).toEqual(['source', 'seed', 'separation', 'positiveShare', 'n', 'compare']);
    expect(shown(roc, { source: 'model', compare: true })).toEqual(['source', 'seed', 'positiveShare', 'n', 'dataset', 'noise', 'compare', 'k']);
    expect(shown(roc, { source: 'model', compare: false })).toEqual(['source', 'seed', 'positiveShare', 'n', 'dataset', 'noise', 'compare']);
  });

  it('confusion: binary rows by source, multiclass rows only for the multiclass source', () => {
    expect(shown(confusion, { source: 'dist' })).toEqual(['source', 'seed', 'separation', 'positiveShare', 'n', 'normalize', 'perClass']);
    expect(shown(confusion, { source: 'model' })).toEqual(['source', 'seed', 'positiveShare', 'n', 'dataset', 'noise', 'normalize', 'perClass']);
    expect(shown(confusion, { source: 'multiclass' })).toEqual(['source', 'seed', 'mcDataset', 'k', 'mcNoise', 'normalize']);
  });

  it('logistic: without a table every row with a control is shown; with one, the table’s plane in place of the generated data and its features', () => {
    const all = (logistic as Schema).filter((p) => !p.hidden && p.type !== 'points' && p.name !== 'plane').map((p) => p.name);
    expect(shown(logistic, {})).toEqual(all);
    expect(shown(logistic, { table: { name: 't.csv', hash: '00000000' } })).toEqual(['table', 'plane', 'trainShare', 'seed', 'standardize', 'penalty', 'C', 'lr', 'batch', 'optimizer', 'speed']);
  });

  it('PCA and CNN never hid rows: every row with a control is shown', () => {
    for (const schema of [pca, cnn] as Schema[]) {
      expect(schema.some((p) => p.visibleIf)).toBe(false);
      expect(shown(schema, {})).toEqual(schema.filter((p) => !p.hidden && p.type !== 'points').map((p) => p.name));
    }
  });
});
