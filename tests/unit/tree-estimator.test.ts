// Trees and forests on the core estimator base (core/base.ts): options by name, clones, the estimator type and
// the default score, with scikit-learn's defaults (checked by hand against sklearn 1.2's signatures).
import { describe, expect, it } from 'vitest';
import {
  DecisionTreeClassifier, DecisionTreeRegressor, RandomForestClassifier, RandomForestRegressor, cloneEstimator,
  isClassifier, isRegressor, makeMoons,
} from '../../src/core';

const { X, y } = makeMoons({ n: 120, noise: 0.3, seed: 3 });

describe('trees and forests as core estimators', () => {
  it("getParams gives scikit-learn's defaults in camelCase", () => {
    expect(new DecisionTreeClassifier().getParams()).toEqual({
      criterion: 'gini', maxDepth: null, minSamplesSplit: 2, minSamplesLeaf: 1, minWeightFractionLeaf: 0, maxFeatures: null,
      maxLeafNodes: null, minImpurityDecrease: 0, ccpAlpha: 0, classWeight: null, seed: 0,
    });
    expect(new DecisionTreeRegressor().getParams().criterion).toBe('squaredError');
    const rf = new RandomForestClassifier().getParams();
    expect([rf.nEstimators, rf.bootstrap, rf.maxSamples, rf.oobScore, rf.maxFeatures, rf.criterion]).toEqual([100, true, null, false, 'sqrt', 'gini']);
    expect(new RandomForestRegressor().getParams().maxFeatures).toBeNull(); // all features, as scikit-learn's 1.0
  });

  it('cloneEstimator gives an unfitted copy that fits to the same tree; setParams changes one option', () => {
    const a = new DecisionTreeClassifier({ maxDepth: 4, criterion: 'entropy' }).fit(X, y);
    const b = cloneEstimator(a);
    expect(() => b.tree).toThrow(/not fitted yet/);
    expect(b.fit(X, y).tree.threshold).toEqual(a.tree.threshold);
    b.setParams({ maxDepth: 2 }).fit(X, y);
    expect([b.getDepth(), b.criterion, b.getParams().maxDepth]).toEqual([2, 'entropy', 2]);
    const f = cloneEstimator(new RandomForestClassifier({ nEstimators: 7, oobScore: true }), { seed: 5 });
    expect(f.getParams().seed).toBe(5);
    expect(f.fit(X, y).estimators.length).toBe(7);
  });

  it('the option oobScore and the fitted oobScore share a name: the option stays in getParams', () => {
    const f = new RandomForestClassifier({ nEstimators: 5, oobScore: true });
    expect(f.oobScore).toBeNull();
    f.fit(X, y);
    expect(f.getParams().oobScore).toBe(true);
    expect(typeof f.oobScore).toBe('number');
    expect(new RandomForestClassifier({ nEstimators: 5 }).fit(X, y).oobScore).toBeNull();
  });

  it('is a classifier or a regressor, and score is accuracy or R² (weighted on request)', () => {
    const clf = new DecisionTreeClassifier({ maxDepth: 2 }).fit(X, y);
    expect([isClassifier(clf), isRegressor(clf), isRegressor(new RandomForestRegressor())]).toEqual([true, false, true]);
    const pred = clf.predict(X);
    expect(clf.score(X, y)).toBe(pred.filter((p, i) => p === y[i]).length / y.length);
    const w = y.map((_, i) => (i < 60 ? 1 : 0));
    expect(clf.score(X, y, w)).toBe(pred.slice(0, 60).filter((p, i) => p === y[i]).length / 60);
  });
});
