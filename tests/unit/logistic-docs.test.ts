// Runs every ```ts example of the data / preprocessing / logistic section of docs/API.md, so the docs stay runnable.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import * as core from '../../src/core';
import { docExamples, runExample } from './helpers/docs-examples';

const blocks = docExamples('data-preprocess-logistic');
const docsFixture = JSON.parse(readFileSync(new URL('../fixtures/widgets.json', import.meta.url), 'utf8')).docsLogisticL1;
const docsFit: { coef: number[]; intercept: number; score: number } = docsFixture.sklearn;

describe('docs/API.md examples (data, preprocessing, logistic regression, optimisers)', () => {
  it('has one example per part', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
  });

  blocks.forEach((code, i) => {
    it(`example ${i + 1} runs and prints what its comments say`, () => {
      const logs = runExample(code);
      expect(logs.length).toBeGreaterThan(0);
      for (const line of logs) for (const v of line.flat(3)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      // Check the literal values stated after `// ` where they are exact.
      const expected: Record<number, unknown[]> = {
        0: [[200, 100], ['linear blobs moons circles xor spiral'], ['Circles', [-1.5, 1.5], 0.15]],
        1: [[70, 30, 15]],
        2: [[[2, 5], [1, 1], [[-1, 0]]]],
        3: [[[[2, 6, 9]]], [['1', 'x0', 'x1', 'x0^2', 'x0 x1', 'x1^2'], [[1, 2, 3, 4, 6, 9]]]],
        6: [['3.0000']],
      };
      if (expected[i]) expect(logs).toEqual(expected[i]);
      if (i === 5) expect(logs).toEqual([[50, '0.214', 0.98]]);
      if (i === 4) {
        // the L1 fit on the standardised moons: scikit-learn's exact optimum (tests/fixtures/make_widgets.py),
        // computed for this example's data and options
        expect(code).toContain("makeMoons({ n: 200, noise: 0.2, seed: 3 })");
        expect(code).toContain("new LogisticRegression({ penalty: 'l1', C: 0.1 })");
        const moons = core.makeMoons({ n: 200, noise: 0.2, seed: 3 });
        expect([moons.X, moons.y]).toEqual([docsFixture.X, docsFixture.y]);
        const [[coef, intercept, nIter, score], [gridLength]] = logs as [[number[], number, number, number], [number]];
        coef.forEach((c, j) => expect(Math.abs(c - docsFit.coef[j]), `coef[${j}]`).toBeLessThan(1e-4));
        expect(Math.abs(intercept - docsFit.intercept)).toBeLessThan(1e-4);
        expect(score).toBe(docsFit.score);
        expect(Number.isInteger(nIter) && nIter > 0).toBe(true);
        expect(gridLength).toBe(100 * 100);
      }
    });
  });
});
