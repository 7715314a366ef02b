import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDigits, parseIrisCsv } from '../../src/core/datasets/parse';
import { readDigits, readIris } from '../../src/core/datasets/node';

const file = (name: string) => new URL(`../../datasets/${name}`, import.meta.url);

describe('shipped iris', () => {
  const iris = parseIrisCsv(readFileSync(file('iris.csv'), 'utf8'));
  it('150 × 4, 50 per species, with scikit-learn\'s first and last rows', () => {
    expect(iris.X.length).toBe(150);
    expect(iris.X.every((r) => r.length === 4)).toBe(true);
    expect([0, 1, 2].map((c) => iris.y.filter((v) => v === c).length)).toEqual([50, 50, 50]);
    expect(iris.X[0]).toEqual([5.1, 3.5, 1.4, 0.2]);
    expect(iris.X[149]).toEqual([5.9, 3, 5.1, 1.8]);
    expect(iris.targetNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(iris.featureNames[0]).toBe('sepal_length');
  });
  it('column means match scikit-learn\'s load_iris', () => {
    const fx = JSON.parse(readFileSync(new URL('../fixtures/clustering.json', import.meta.url), 'utf8'));
    const mean = fx.pca.find((c: { name: string }) => c.name === 'iris-all').mean;
    for (let j = 0; j < 4; j++) expect(iris.X.reduce((s, r) => s + r[j], 0) / 150).toBeCloseTo(mean[j], 12);
  });
  it('rejects malformed text', () => {
    expect(() => parseIrisCsv('a,b,c,d,e\n')).toThrow(/no data/);
    expect(() => parseIrisCsv('a,b,c,d,e\n1,2,3,x,0\n')).toThrow(/bad row 1/);
    expect(() => parseIrisCsv('a,b\n1,2\n')).toThrow(/5 columns/);
  });
});

describe('shipped 8×8 digits', () => {
  const d = parseDigits(new Uint8Array(readFileSync(file('digits8x8.bin'))), new Uint8Array(readFileSync(file('digits8x8-labels.bin'))));
  it('1,797 × 64 intensities in 0..16, labels 0..9 with scikit-learn\'s counts', () => {
    expect(d.X.length).toBe(1797);
    expect(d.X.every((r) => r.length === 64 && r.every((v) => v >= 0 && v <= 16))).toBe(true);
    const counts = Array.from({ length: 10 }, (_, c) => d.y.filter((v) => v === c).length);
    expect(counts).toEqual([178, 182, 177, 183, 181, 182, 181, 179, 174, 180]);
    // scikit-learn's first image is a 0 whose top row is 0 0 5 13 9 1 0 0
    expect(d.y[0]).toBe(0);
    expect(d.X[0].slice(0, 8)).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
  });
  it('rejects mismatched files', () => {
    expect(() => parseDigits(new Uint8Array(63), new Uint8Array(1))).toThrow(/do not match/);
  });
});

describe('Node readers', () => {
  it('read the same data as the parsers', () => {
    expect(readIris().X).toEqual(parseIrisCsv(readFileSync(file('iris.csv'), 'utf8')).X);
    const d = readDigits();
    expect(d.X.length).toBe(1797);
    expect(d.y.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
