import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/pca/params';
import { analyseCloud, makeCloud, project, reconstruct } from '../../src/widgets/pca/compute';
import { parseDigits } from '../../src/core/datasets/parse';

const base = defaults(schema) as Params;
const digits = parseDigits(
  new Uint8Array(readFileSync(new URL('../../datasets/digits8x8.bin', import.meta.url))),
  new Uint8Array(readFileSync(new URL('../../datasets/digits8x8-labels.bin', import.meta.url))),
);

describe('PCA widget computations', () => {
  it('the cloud follows angle and moved points; PC1 points along the angle', () => {
    const X = makeCloud({ ...base, n: 400, angle: 60, ratio: 0.2 } as Params);
    const c = analyseCloud(X)!;
    const angle = (Math.atan2(c.components[0][1], c.components[0][0]) * 180) / Math.PI;
    expect(Math.abs(((angle + 360) % 180) - 60)).toBeLessThan(5);
    const moved = makeCloud({ ...base, moved: [[4, -4, 2]] } as Params);
    expect(moved[2]).toEqual([4, -4]);
  });
  it('reconstruction error from PC1 = the variance left on PC2 (population form)', () => {
    const X = makeCloud(base);
    const c = analyseCloud(X)!;
    const n = X.length;
    expect(c.reconstructionError).toBeCloseTo((c.variance[1] * (n - 1)) / n, 10);
    expect(c.ratio[0] + c.ratio[1]).toBeCloseTo(1, 12);
  });
  it('digits: all 64 components rebuild exactly; fewer lose detail; standardising is undone', () => {
    for (const standardize of [false, true]) {
      const p = project(digits, standardize);
      for (const i of [0, 100, 1796]) {
        reconstruct(p, i, 64).forEach((v, j) => expect(v).toBeCloseTo(digits.X[i][j], 8));
      }
      const err = (m: number) => reconstruct(p, 5, m).reduce((s, v, j) => s + (v - digits.X[5][j]) ** 2, 0);
      expect(err(2)).toBeGreaterThan(err(30));
    }
    expect(project(digits, false).cumulative[1]).toBeCloseTo(0.28509365, 6); // scikit-learn's value
  });
});
