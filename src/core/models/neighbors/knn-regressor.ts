// KNeighborsRegressor: the (weighted) mean of the neighbours' targets; search and weights in knn-base.ts.
import { RegressorMixin } from '../../base';
import { checkXy } from '../../validation';
import { DEFAULTS, NeighborsBase, type KNeighborsOptions } from './knn-base';

export class KNeighborsRegressor extends RegressorMixin(NeighborsBase) {
  private yFit: Float64Array = new Float64Array(0);

  constructor(options: KNeighborsOptions = {}) {
    super('KNeighborsRegressor', DEFAULTS, options);
  }

  fit(X: number[][], y: number[]): this {
    const { n, d } = checkXy(X, y, { who: 'KNeighborsRegressor.fit' });
    this.fitIndex(X, n, d);
    this.yFit = Float64Array.from(y);
    return this;
  }

  /** (Weighted) mean of the neighbours' targets. */
  predict(X: number[][]): number[] {
    const q = this.checkQuery(X, 'predict');
    const res = this.kneighborsFlat(q.data, q.n);
    const k = res.k;
    const w = new Float64Array(k);
    const out = new Array<number>(q.n);
    for (let i = 0; i < q.n; i++) {
      this.neighbourWeights(res.distances, i * k, k, w);
      let s = 0, tw = 0;
      for (let j = 0; j < k; j++) {
        s += w[j] * this.yFit[res.indices[i * k + j]];
        tw += w[j];
      }
      out[i] = s / tw;
    }
    return out;
  }
}
