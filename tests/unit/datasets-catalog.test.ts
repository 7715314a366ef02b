import { describe, expect, it } from 'vitest';
import {
  DATASETS, DATASET_NAMES, datasetNamed, datasetOptions, datasetsFor, isDatasetName, isGenerated, noiseAt, type DatasetName,
} from '../../src/core/datasets/catalog';
import { buildDataset, loadDataset } from '../../src/core/datasets/build';
import { makeAnisoBlobs, makeBlobs, makeFriedman1, makeLine, makeSine, makeUniformSquare, makeVariedBlobs } from '../../src/core/data';
import { defaults, parseParams } from '../../src/params';
import { schema as logisticSchema } from '../../src/widgets/logistic/params';
import { schema as knnSchema } from '../../src/widgets/knn/params';
import { schema as kmeansSchema } from '../../src/widgets/kmeans/params';
import { schema as confusionSchema } from '../../src/widgets/confusion/params';
import { schema as pcaSchema } from '../../src/widgets/pca/params';
import { ModelRun, multiclassRun } from '../../src/widgets/shared-eval/sources';
import { knnClassifier, quadraticLogistic } from '../../src/widgets/shared-eval/classifiers';

const optionsOf = (schema: readonly { name: string; options?: unknown }[], name: string) =>
  (schema.find((r) => r.name === name)!.options as { value: string }[]).map((o) => o.value);

describe('the data-set table', () => {
  it('builds every synchronous entry with its number of features and classes', () => {
    for (const name of DATASET_NAMES) {
      const info = DATASETS[name] as (typeof DATASETS)[DatasetName] & { async?: boolean };
      if (info.async) continue;
      // a cluster count only where the table has no fixed classes (blobs has two, or as many as asked: below)
      const d = buildDataset(name, { n: 120, seed: 3, clusters: 'clusters' in info && info.nClasses === 0 ? 4 : undefined });
      expect(d.X.length, name).toBe(d.y.length);
      if (info.origin === 'generated') expect(d.X.length, name).toBe(120);
      expect(d.X.every((r) => r.length === info.nFeatures), name).toBe(true);
      expect(d.featureNames, name).toHaveLength(info.nFeatures);
      expect(d.X.flat().every(Number.isFinite) && d.y.every(Number.isFinite), name).toBe(true);
      if (info.nClasses > 0) {
        expect(new Set(d.y).size, name).toBe(info.nClasses);
        expect(d.targetNames, name).toHaveLength(info.nClasses);
      }
      expect(info.minNoise <= info.defaultNoise && info.defaultNoise <= info.maxNoise, name).toBe(true);
    }
    expect(new Set(buildDataset('blobs', { n: 120, clusters: 5 }).y).size).toBe(5);
  });

  it('keeps the clean points and most default-noise points inside each fixed domain', () => {
    for (const name of DATASET_NAMES) {
      const info = datasetNamed(name)!;
      if (!info.domain) continue;
      const { x, y } = info.domain;
      // 2-D sets: the two features; 1-D regression: the feature and the target
      const xy = (d: { X: number[][]; y: number[] }) => d.X.map((r, i) => (r.length === 2 ? r : [r[0], d.y[i]]));
      const inside = (p: number[]) => p[0] >= x[0] && p[0] <= x[1] && p[1] >= y[0] && p[1] <= y[1];
      const clean = xy(buildDataset(name, { n: 400, noise: info.minNoise, seed: 1 }));
      const noisy = xy(buildDataset(name, { n: 400, noise: info.defaultNoise, seed: 1 }));
      if (info.minNoise === 0) expect(clean.every(inside), name).toBe(true);
      expect(noisy.filter(inside).length / 400, name).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('builds the shipped sets: iris at once, digits only through loadDataset', async () => {
    const iris = buildDataset('iris', { n: 5, noise: 9, seed: 4 });
    expect(iris.X).toHaveLength(150);
    expect(iris.targetNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(() => buildDataset('digits')).toThrow(/loadDataset/);
    expect((await loadDataset('moons', { n: 10 })).X).toHaveLength(10);
  });

  it('refuses an unknown name and a cluster count a set does not take, instead of falling back to another set', () => {
    expect(() => buildDataset('bogus')).toThrow(/unknown data set “bogus”/);
    expect(() => buildDataset('toString')).toThrow(/unknown data set/);
    expect(() => buildDataset('moons', { clusters: 3 })).toThrow(/cluster count/);
    expect(isDatasetName('constructor')).toBe(false);
    expect(datasetNamed('bogus')).toBeUndefined();
    expect(() => new ModelRun({ dataset: 'bogus', n: 100, noise: 0.2, seed: 1 }, quadraticLogistic({ seed: 1 }))).toThrow(/bogus/);
    expect(() => new ModelRun({ dataset: 'blobs3', n: 100, noise: 0.2, seed: 1 }, quadraticLogistic({ seed: 1 }))).toThrow(/binary/);
    expect(() => multiclassRun({ dataset: 'sin1d', seed: 1, noise: 0 }, knnClassifier({ k: 3 }))).toThrow(/classes/);
  });

  it('maps a slider in [0, 1] onto the noise range', () => {
    expect(noiseAt(DATASETS.moons, 0.5)).toBe(0.25);
    expect(noiseAt(DATASETS.blobs3, 0)).toBe(0.3);
    expect(noiseAt(DATASETS.blobs3, 1)).toBeCloseTo(1.7, 12);
    expect(isGenerated('moons')).toBe(true);
    expect(isGenerated('iris')).toBe(false);
    expect(isGenerated('clicks')).toBe(false);
  });

  it('lists what a query asks for, in table order, with per-widget labels', () => {
    expect(datasetsFor({ kind: 'classification', nClasses: 2, nFeatures: 2 })).toEqual(['linear', 'blobs', 'moons', 'circles', 'xor', 'spiral']);
    expect(datasetsFor({ kind: 'regression' })).toEqual(['sin1d', 'line1d', 'plane', 'gauss2d', 'friedman1']);
    expect(datasetsFor({ kind: 'regression', nFeatures: 2 })).toEqual(['plane', 'gauss2d']);
    expect(datasetsFor({ kind: 'regression', nFeatures: 1 })).toEqual(['sin1d', 'line1d']);
    expect(datasetsFor({ kind: ['classification', 'tabular'], nClasses: 3 })).toEqual(['blobs3', 'spiral3', 'iris']);
    expect(datasetsFor({ kind: ['tabular', 'images'], syncOnly: true })).toEqual(['iris']);
    expect(datasetOptions({ kind: 'tabular' }, { iris: 'Iris petals' })).toEqual([{ value: 'iris', label: 'Iris petals' }]);
  });
});

describe('each widget offers only the data sets it can use', () => {
  it('logistic and the evaluation widgets: binary 2-D problems', () => {
    expect(optionsOf(logisticSchema, 'dataset')).toEqual(['linear', 'blobs', 'moons', 'circles', 'xor', 'spiral']);
    expect(optionsOf(confusionSchema, 'dataset')).toEqual(['linear', 'blobs', 'moons', 'circles', 'xor', 'spiral']);
    expect(optionsOf(confusionSchema, 'mcDataset')).toEqual(['blobs3', 'spiral3', 'blobs4', 'iris']);
  });
  it('kNN: 2-D problems with up to three classes, and iris; k-means: point sets without regression or images; PCA: tables and images', () => {
    expect(optionsOf(knnSchema, 'dataset')).toEqual(['linear', 'blobs', 'moons', 'circles', 'xor', 'spiral', 'blobs3', 'spiral3', 'iris']);
    const km = optionsOf(kmeansSchema, 'dataset');
    expect(km).toEqual(expect.arrayContaining(['blobs', 'aniso', 'varied', 'moons', 'uniform', 'iris', 'clicks']));
    expect(km.some((n) => ['sin1d', 'friedman1', 'digits'].includes(n))).toBe(false);
    expect(optionsOf(pcaSchema, 'data')).toEqual(['iris', 'digits']);
  });
  it('an unknown name in a link falls back to the default with the usual notice', () => {
    const r = parseParams(logisticSchema, new URLSearchParams('dataset=blobs3'));
    expect(r.values.dataset).toBe(defaults(logisticSchema).dataset);
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toMatch(/^Data set: “blobs3” is not one of/);
  });
});

describe('generators behind the table', () => {
  it('regression targets follow their formulas exactly without noise', () => {
    makeSine({ n: 50, seed: 2 }).X.forEach((r, i, X) => expect(makeSine({ n: 50, seed: 2 }).y[i]).toBe(Math.sin(X[i][0])));
    const line = makeLine({ n: 30, seed: 1, slope: 2, intercept: -1 });
    line.X.forEach(([x], i) => expect(line.y[i]).toBeCloseTo(2 * x - 1, 12));
    const f = makeFriedman1({ n: 40, seed: 5 });
    // scikit-learn's make_friedman1 formula, written out by hand
    f.X.forEach(([a, b, c, d, e], i) => expect(f.y[i]).toBeCloseTo(10 * Math.sin(Math.PI * a * b) + 20 * (c - 0.5) ** 2 + 10 * d + 5 * e, 12));
    expect(f.X.flat().every((v) => v >= 0 && v < 1)).toBe(true);
    expect(() => makeFriedman1({ nFeatures: 4 })).toThrow(RangeError);
  });
  it('cluster shapes: the anisotropic blobs are the sheared blobs; unequal spreads and the square are seeded', () => {
    const blobs = makeBlobs({ n: 60, centers: 3, noise: 0.7, seed: 9, centerBox: [-5, 5] });
    const aniso = makeAnisoBlobs({ n: 60, clusters: 3, seed: 9 });
    aniso.X.forEach((r, i) => {
      const [a, b] = blobs.X[i];
      expect(r).toEqual([0.6 * a - 0.41 * b, -0.64 * a + 0.85 * b]);
    });
    expect(makeVariedBlobs({ n: 9, clusters: 3, seed: 1 }).y).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
    expect(makeVariedBlobs({ n: 20, seed: 4 })).toEqual(makeVariedBlobs({ n: 20, seed: 4 }));
    expect(() => makeVariedBlobs({ clusters: 9 })).toThrow(RangeError);
    expect(makeUniformSquare({ n: 100, seed: 2 }).X.flat().every((v) => v >= -1 && v < 1)).toBe(true);
  });
});
