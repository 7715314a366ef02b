// src/core/feature_selection against scikit-learn and scipy (tests/fixtures/make_feature_selection.py →
// feature_selection.json) and by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  chi2, chi2Sf, fClassif, fRegression, fSf, Lasso, LinearRegression, LogisticRegression, mutualInfoClassif, RFE,
  SelectFromModel, SelectKBest, VarianceThreshold, mutualInfoScore, DecisionTreeClassifier,
} from '../../src/core';

const ref = JSON.parse(readFileSync(new URL('../fixtures/feature_selection.json', import.meta.url), 'utf8'));
const X: number[][] = ref.X, y: number[] = ref.y;

/** Relative closeness: |a − b| ≤ rtol·|b| (+ a tiny absolute floor for values at 0). */
function close(a: number, b: number, rtol: number, atol = 1e-300): void {
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(rtol * Math.abs(b) + atol);
}

describe('survival functions against scipy.stats', () => {
  it('F: f.sf(f, d1, d2), tails included, to 1e-9 relative', () => {
    for (const [f, d1, d2, p] of ref.fSf) close(fSf(f, d1, d2), p, 1e-9);
  });
  it('chi-squared: chi2.sf(x, k), to 1e-9 relative', () => {
    for (const [x, k, p] of ref.chi2Sf) close(chi2Sf(x, k), p, 1e-9);
  });
  it('hand-checked: F(1, ∞-ish) is the square of a normal; chi2 with 2 dof is exp(−x/2)', () => {
    close(chi2Sf(3, 2), Math.exp(-1.5), 1e-13);
    close(fSf(1, 2, 2), 0.5, 1e-13); // F(2, 2) sf = 1 / (1 + f)
    expect(fSf(Number.NaN, 1, 2)).toBeNaN();
  });
});

describe('univariate scores', () => {
  it('fClassif gives scikit-learn’s F and p-values', () => {
    const r = fClassif(X, y);
    r.scores.forEach((s, j) => close(s, ref.fClassif.scores[j], 1e-9));
    r.pvalues.forEach((p, j) => close(p, ref.fClassif.pvalues[j], 1e-7));
  });
  it('fRegression gives scikit-learn’s F and p-values', () => {
    const r = fRegression(ref.Xr, ref.yr);
    r.scores.forEach((s, j) => close(s, ref.fRegression.scores[j], 1e-9));
    r.pvalues.forEach((p, j) => close(p, ref.fRegression.pvalues[j], 1e-7));
  });
  it('chi2 gives scikit-learn’s statistics and p-values; negative X is refused', () => {
    const r = chi2(ref.Xcounts, ref.ycounts);
    r.scores.forEach((s, j) => close(s, ref.chi2.scores[j], 1e-10));
    r.pvalues.forEach((p, j) => close(p, ref.chi2.pvalues[j], 1e-8));
    expect(() => chi2([[1, -1], [2, 0]], [0, 1])).toThrow(/non-negative/);
  });
  it('a constant column: F is NaN (0/0), as scikit-learn; fRegression forces 0 and p = 1', () => {
    const Xc = X.map((row) => [row[0], 5]);
    const r = fClassif(Xc, y);
    expect(r.scores[1]).toBeNaN();
    expect(Number.isFinite(r.scores[0])).toBe(true);
    const g = fRegression(Xc, X.map((row) => row[0]));
    expect(g.scores[1]).toBe(0);
    expect(g.pvalues[1]).toBe(1);
    expect(g.scores[0]).toBe(Number.MAX_VALUE); // perfectly correlated
  });
  it('one class or no degrees of freedom: a clear message', () => {
    expect(() => fClassif([[1], [2]], [0, 0])).toThrow(/only one class/);
    expect(() => fClassif([[1], [2]], [0, 1])).toThrow(/degrees of freedom/);
  });
});

describe('mutualInfoClassif (Ross 2014, k = 3)', () => {
  it('equals scikit-learn’s estimator on the unperturbed columns (to rounding)', () => {
    mutualInfoClassif(X, y).forEach((v, j) => close(v, ref.mutualInfoExact[j], 1e-12, 1e-12));
  });
  it('is within 1e-6 nats of mutual_info_classif(random_state=0), whose 1e-10 noise only breaks ties', () => {
    mutualInfoClassif(X, y).forEach((v, j) => expect(Math.abs(v - ref.mutualInfo[j])).toBeLessThan(1e-6));
  });
  it('tied values (rounded to 0.1) and k = 5: the noise-free estimator exactly', () => {
    mutualInfoClassif(ref.Xtied, y).forEach((v, j) => close(v, ref.mutualInfoTiedExact[j], 1e-12, 1e-12));
    mutualInfoClassif(ref.Xtied, y, { nNeighbors: 5 }).forEach((v, j) => close(v, ref.mutualInfoTiedK5[j], 1e-12, 1e-12));
  });
  it('a class with one sample is left out, as scikit-learn', () => {
    mutualInfoClassif(X, ref.ySingleton).forEach((v, j) => close(v, ref.mutualInfoSingletonExact[j], 1e-12, 1e-12));
  });
  it('ranks the informative features above the pure noise ones', () => {
    const mi = mutualInfoClassif(X, y);
    expect(Math.min(...mi.slice(0, 3))).toBeGreaterThan(Math.max(...mi.slice(5)));
  });
});

describe('selectors', () => {
  it('SelectKBest keeps scikit-learn’s k best (f_classif and chi2), transform and names follow', () => {
    for (const [k, support] of Object.entries(ref.selectKBest)) {
      expect(new SelectKBest({ k: Number(k) }).fit(X, y).getSupport()).toEqual(support);
    }
    const s = new SelectKBest({ scoreFunc: chi2, k: 2 }).fit(ref.Xcounts, ref.ycounts);
    expect(s.getSupport()).toEqual(ref.selectKBestChi2);
    const kept = s.getSupport(true);
    expect(s.transform(ref.Xcounts)[3]).toEqual(kept.map((j) => ref.Xcounts[3][j]));
    expect(s.getFeatureNamesOut()).toEqual(kept.map((j) => `x${j}`));
    expect(s.getFeatureNamesOut(['a', 'b', 'c', 'd', 'e'])).toEqual(kept.map((j) => 'abcde'[j]));
    expect(new SelectKBest({ k: 'all' }).fitTransform(X, y)).toEqual(X);
  });
  it('SelectKBest: k larger than the number of features is a clear message; NaN scores rank last', () => {
    expect(() => new SelectKBest({ k: 9 }).fit(X, y)).toThrow(/k = 9 is larger than the number of features \(8\)/);
    const Xc = X.map((row) => [5, row[0], row[7]]);
    expect(new SelectKBest({ k: 2 }).fit(Xc, y).getSupport()).toEqual([false, true, true]);
    const mi = new SelectKBest({ scoreFunc: mutualInfoScore, k: 3 }).fit(X, y);
    expect(mi.pvalues).toBeNull();
    expect(mi.scores).toEqual(mutualInfoClassif(X, y));
  });
  it('VarianceThreshold: variances and support as scikit-learn; all-constant is a message', () => {
    const v = ref.variance;
    const t = new VarianceThreshold({ threshold: 0.1 }).fit(v.X);
    t.variances.forEach((x, j) => close(x, v.variances[j], 1e-12, 1e-15));
    expect(t.getSupport()).toEqual(v.support01);
    expect(new VarianceThreshold().fit(v.X).getSupport()).toEqual(v.support0);
    expect(() => new VarianceThreshold().fit([[1, 2], [1, 2]])).toThrow(/every feature is constant/);
  });
  it('SelectFromModel(Lasso): the L1 default threshold 1e-5 keeps scikit-learn’s features', () => {
    const s = new SelectFromModel({ estimator: new Lasso({ alpha: 5, tol: 1e-10, maxIter: 100000 }) }).fit(ref.Xr, ref.yr);
    expect(s.thresholdValue).toBe(ref.sfmLasso.threshold);
    expect(s.getSupport()).toEqual(ref.sfmLasso.support);
    s.importances.forEach((v, j) => expect(Math.abs(v - Math.abs(ref.sfmLasso.coef[j]))).toBeLessThan(1e-6));
  });
  it('SelectFromModel: median, a scaled mean and maxFeatures', () => {
    const med = new SelectFromModel({ estimator: new LinearRegression(), threshold: 'median' }).fit(ref.Xr, ref.yr);
    close(med.thresholdValue, ref.sfmMedian.threshold, 1e-8);
    expect(med.getSupport()).toEqual(ref.sfmMedian.support);
    const mx = new SelectFromModel({ estimator: new LinearRegression(), threshold: '0.5*mean', maxFeatures: 2 }).fit(ref.Xr, ref.yr);
    close(mx.thresholdValue, ref.sfmMax.threshold, 1e-8);
    expect(mx.getSupport()).toEqual(ref.sfmMax.support);
    expect(() => new SelectFromModel({ estimator: new LinearRegression(), threshold: 'max' as never })).toThrow(/threshold 'max'/);
  });
  it('SelectFromModel reads a tree’s featureImportances', () => {
    const s = new SelectFromModel({ estimator: new DecisionTreeClassifier({ maxDepth: 3 }) }).fit(X, y);
    const mean = s.importances.reduce((a, b) => a + b, 0) / s.importances.length;
    expect(s.thresholdValue).toBeCloseTo(mean, 12);
    expect(s.getSupport()).toEqual(s.importances.map((v) => v >= mean));
  });
  it('RFE: scikit-learn’s ranking and support for several nFeaturesToSelect and steps', () => {
    for (const [key, want] of Object.entries(ref.rfe) as [string, { ranking: number[]; support: boolean[] }][]) {
      const [n, step] = key.split(',').map(Number);
      const r = new RFE({ estimator: new LinearRegression(), nFeaturesToSelect: n, step }).fit(ref.Xr, ref.yr);
      expect(r.ranking, key).toEqual(want.ranking);
      expect(r.getSupport(), key).toEqual(want.support);
    }
  });
  it('RFE with a logistic regression: scikit-learn’s ranking', () => {
    const keep = y.map((v, i) => (v < 2 ? i : -1)).filter((i) => i >= 0);
    const r = new RFE({ estimator: new LogisticRegression({ C: 1, tol: 1e-10 }), nFeaturesToSelect: 3 }).fit(keep.map((i) => X[i]), keep.map((i) => y[i]));
    expect(r.ranking).toEqual(ref.rfeLogistic.ranking);
  });
  it('RFE: too many features to select is a clear message', () => {
    expect(() => new RFE({ estimator: new LinearRegression(), nFeaturesToSelect: 7 }).fit(ref.Xr, ref.yr)).toThrow(/larger than the number of features \(6\)/);
  });
});
