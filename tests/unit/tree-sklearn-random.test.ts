// The random feature draws (maxFeatures, and the random feature order our forests' trees use) are scikit-learn's
// algorithm: fed scikit-learn's own random numbers, our builder makes scikit-learn's trees exactly.
//
// scikit-learn's splitter draws with a xorshift generator (our_rand_r in sklearn/tree/_utils.pyx) seeded with
// RandomState(random_state).randint(0, 2³¹ − 1); the fixture stores that seed per tree. Below is that generator,
// used only here: the estimators draw from our own seeded Rng, so their trees follow the same distribution
// without being the same trees (tests/unit/forest-sklearn.test.ts compares those distributions).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readDigits } from '../../src/core/datasets/node';
import { binFeatures } from '../../src/core/models/tree/bins';
import { Grower } from '../../src/core/models/tree/grower';
import { toFloat32Columns } from '../../src/core/models/tree/input';
import { checkTreeParams, resolveGrowerParams, TREE_DEFAULTS } from '../../src/core/models/tree/options';
import { presort } from '../../src/core/models/tree/presort';
import type { CriterionKind } from '../../src/core/models/tree/criterion';

const fx = JSON.parse(readFileSync(new URL('../fixtures/trees.json', import.meta.url), 'utf8'));

/** scikit-learn's rand_int(0, n): our_rand_r (xorshift32, result mod 2³¹) mod n. */
class SklearnRandR {
  constructor(private state: number) {}
  int(n: number): number {
    let s = this.state >>> 0 || 1;
    s = (s ^ (s << 13)) >>> 0;
    s = (s ^ (s >>> 17)) >>> 0;
    s = (s ^ (s << 5)) >>> 0;
    this.state = s;
    return (s % 0x80000000) % n;
  }
}

describe("with scikit-learn's random numbers, the trees are scikit-learn's", () => {
  const digits = readDigits();
  for (const c of fx.sklearnRandom) {
    it(c.name, () => {
      const { X, y } = c.data === 'digits' ? digits : fx.data[c.data];
      const { cols, n, d } = toFloat32Columns(X, 'test');
      const classes = [...new Set<number>(y)].sort((a, b) => a - b);
      const data = c.estimator === 'classifier'
        ? { cols, n, d, yClass: Int32Array.from(y as number[], (v) => classes.indexOf(v)), nClasses: classes.length, yValue: null, weight: null }
        : { cols, n, d, yClass: null, nClasses: 1, yValue: Float64Array.from(y), weight: null };
      const criterion = (c.params.criterion ?? (c.estimator === 'classifier' ? 'gini' : 'squaredError')) as CriterionKind;
      const options = checkTreeParams({ ...TREE_DEFAULTS, ...c.params }, 'test');
      const params = { ...resolveGrowerParams(options, criterion, n, d, n, 'test'), randomFeatureOrder: true };
      // both splitters: the sorted orders, and (classes on features of few values: iris, digits) the counts per value
      const bins = c.estimator === 'classifier' ? binFeatures(cols, n, d) : null;
      if (c.data === 'iris' || c.data === 'digits') expect(bins, 'iris and digits have few distinct values').not.toBeNull();
      for (const prepared of bins ? [presort(cols, n, d), bins] : [presort(cols, n, d)]) {
        for (const ref of c.trees) {
          const g = new Grower(data, prepared, params, new SklearnRandR(ref.randRSeed));
          while (g.step());
          const t = g.finalTree().tree;
          expect([t.childrenLeft, t.childrenRight, t.feature, t.threshold, t.nNodeSamples], `rand_r seed ${ref.randRSeed}, ${bins === prepared ? 'value counts' : 'sorted orders'}`)
            .toEqual([ref.childrenLeft, ref.childrenRight, ref.feature, ref.threshold, ref.nNodeSamples]);
        }
      }
    });
  }
});
