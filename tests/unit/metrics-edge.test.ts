// Hand-computed cases and edge cases of the metrics: errors, ties, degenerate inputs, the fast sort.
import { describe, expect, it } from 'vitest';
import {
  auc, averagePrecisionScore, balancedAccuracyScore, bestSplit, bestSplitFeatures, confusionMatrix, entropy, evaluateSplit,
  f1Score, fbetaScore, giniImpurity, matthewsCorrcoef, metricsAtThreshold, misclassificationImpurity,
  precisionRecallCurve, precisionRecallFscoreSupport, precisionScore, r2Score, recallScore, rocAucScore, rocCurve,
  specificityScore,
} from '../../src/core/metrics';
import { sortFloat64 } from '../../src/core/metrics/sort';
import { Rng } from '../../src/core/random';

describe('confusionMatrix', () => {
  it('rows are the truth, columns the prediction', () => {
    // truth 1 predicted 0 once (FN), truth 0 predicted 1 twice (FP)
    expect(confusionMatrix([0, 0, 0, 1, 1, 1], [1, 1, 0, 0, 1, 1])).toEqual([[1, 2], [1, 2]]);
    expect(confusionMatrix([0, 0, 1], [1, 1, 1])).toEqual([[0, 2], [0, 1]]);
  });
  it('follows the given label order and ignores unlisted labels', () => {
    expect(confusionMatrix([0, 1, 2, 2], [0, 2, 2, 1], [2, 0])).toEqual([[1, 0], [0, 1]]);
  });
  it('empty input: [] without labels, zeros with labels; bad labels throw', () => {
    expect(confusionMatrix([], [])).toEqual([]);
    expect(confusionMatrix([], [], [0, 1])).toEqual([[0, 0], [0, 0]]);
    expect(() => confusionMatrix([1, 2], [1, 2], [3, 4])).toThrow(/at least one label/i);
    expect(() => confusionMatrix([1, 2], [1, 2], [])).toThrow(/at least one label/i);
    expect(() => confusionMatrix([1, 2], [1])).toThrow(/different lengths/);
  });
});

describe('precision, recall, F, specificity: hand-computed', () => {
  // tp=2 fp=1 fn=1 tn=2
  const yt = [1, 1, 1, 0, 0, 0], yp = [1, 1, 0, 1, 0, 0];
  it('binary', () => {
    expect(precisionScore(yt, yp)).toBeCloseTo(2 / 3, 15);
    expect(recallScore(yt, yp)).toBeCloseTo(2 / 3, 15);
    expect(f1Score(yt, yp)).toBeCloseTo(2 / 3, 15);
    expect(specificityScore(yt, yp)).toBeCloseTo(2 / 3, 15);
    expect(fbetaScore(yt, yp, 2)).toBeCloseTo(2 / 3, 15);
    // P=1, R=1/3: F2 = 5·(1/3)/(4+1/3) = 5/13
    expect(fbetaScore([1, 1, 1, 0], [1, 0, 0, 0], { beta: 2 })).toBeCloseTo(5 / 13, 15);
    expect(fbetaScore([1, 1, 1, 0], [1, 0, 0, 0], { beta: Infinity })).toBeCloseTo(1 / 3, 15);
  });
  it('posLabel 0 swaps the roles', () => {
    expect(precisionScore([1, 1, 0, 0], [1, 0, 0, 0], { posLabel: 0 })).toBeCloseTo(2 / 3, 15);
    expect(specificityScore([1, 1, 0, 0], [1, 0, 0, 0], { posLabel: 0 })).toBeCloseTo(1 / 2, 15);
  });
  it('0/0 gives 0 (zeroDivision=0) or 1 when asked', () => {
    expect(precisionScore([1, 0, 1], [0, 0, 0])).toBe(0);
    expect(precisionScore([1, 0, 1], [0, 0, 0], { zeroDivision: 1 })).toBe(1);
    expect(recallScore([0, 0], [1, 1])).toBe(0);
    expect(f1Score([0, 0], [0, 0])).toBe(0);
  });
  it('average modes on a 3-class case', () => {
    const t = [0, 0, 1, 1, 2, 2, 2], p = [0, 1, 1, 1, 2, 0, 2];
    // per class precision: 1/2, 2/3, 1; recall: 1/2, 1, 2/3
    expect(precisionScore(t, p, { average: null })).toEqual([0.5, 2 / 3, 1]);
    expect(precisionScore(t, p, { average: 'macro' })).toBeCloseTo((0.5 + 2 / 3 + 1) / 3, 15);
    expect(precisionScore(t, p, { average: 'micro' })).toBeCloseTo(5 / 7, 15);
    expect(recallScore(t, p, { average: 'weighted' })).toBeCloseTo((2 * 0.5 + 2 * 1 + 3 * (2 / 3)) / 7, 15);
    const r = precisionRecallFscoreSupport(t, p);
    expect(r.support).toEqual([2, 2, 3]);
    expect(r.labels).toEqual([0, 1, 2]);
  });
  it('errors: multiclass with binary average, invalid posLabel, bad average, empty, mismatched', () => {
    expect(() => precisionScore([0, 1, 2], [0, 1, 1])).toThrow(/multiclass/);
    expect(() => recallScore([0, 1], [0, 1], { posLabel: 5 })).toThrow(/posLabel=5/);
    expect(() => f1Score([0, 1], [0, 1], { average: 'samples' as never })).toThrow(/average/);
    expect(() => precisionScore([], [])).toThrow(/empty/);
    expect(() => precisionScore([0, 1], [0])).toThrow(/different lengths/);
    expect(() => fbetaScore([0, 1], [0, 1], { beta: -1 })).toThrow(/beta/);
  });
});

describe('balancedAccuracyScore and matthewsCorrcoef', () => {
  it('hand-computed', () => {
    // recalls 1/2 and 1 → 0.75; MCC = (tp·tn − fp·fn)/√… = (2·1 − 0·1)/√(2·3·1·2)
    expect(balancedAccuracyScore([0, 0, 1, 1], [0, 1, 1, 1])).toBe(0.75);
    expect(matthewsCorrcoef([1, 1, 0, 0], [1, 1, 1, 0])).toBeCloseTo(2 / Math.sqrt(12), 15);
    expect(matthewsCorrcoef([1, 1, 1], [1, 1, 1])).toBe(0);
    expect(matthewsCorrcoef([0, 1, 0, 1], [1, 0, 1, 0])).toBe(-1);
    expect(() => balancedAccuracyScore([], [])).toThrow(/empty/);
  });
});

describe('rocCurve and rocAucScore', () => {
  it('tied scores share one point', () => {
    const r = rocCurve([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5]);
    expect(r.fpr).toEqual([0, 1]);
    expect(r.tpr).toEqual([0, 1]);
    expect(r.thresholds).toEqual([1.5, 0.5]);
    expect(rocAucScore([1, 0, 1, 0], [0.5, 0.5, 0.5, 0.5])).toBe(0.5);
  });
  it('drops collinear points only when asked', () => {
    const y = [1, 1, 1, 0, 0, 0], s = [6, 5, 4, 3, 2, 1];
    // points (fp,tp): (0,1) (0,2) (0,3) (1,3) (2,3) (3,3): the first, the corner (0,3) and the last stay
    expect(rocCurve(y, s).fpr).toEqual([0, 0, 0, 1]);
    expect(rocCurve(y, s).tpr).toEqual([0, 1 / 3, 1, 1]);
    expect(rocCurve(y, s).thresholds).toEqual([7, 6, 4, 1]);
    expect(rocCurve(y, s, { dropIntermediate: false }).fpr).toHaveLength(7);
  });
  it('AUC equals the Mann-Whitney probability P(score+ > score−) + ½ P(tie) on random data', () => {
    const rng = new Rng(3);
    const n = 3000;
    const y = Array.from({ length: n }, () => (rng.random() < 0.2 ? 1 : 0));
    const s = y.map((v) => Math.round((rng.random() + 0.4 * v) * 50) / 50);
    const pos = s.filter((_, i) => y[i] === 1), neg = s.filter((_, i) => y[i] === 0);
    let wins = 0;
    for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
    expect(rocAucScore(y, s)).toBeCloseTo(wins / (pos.length * neg.length), 13);
    const r = rocCurve(y, s);
    expect(auc(r.fpr, r.tpr)).toBeCloseTo(wins / (pos.length * neg.length), 13);
  });
  it('a single class in yTrue throws for the AUC; the curve has NaN rates as scikit-learn', () => {
    expect(() => rocAucScore([1, 1, 1], [0.2, 0.3, 0.4])).toThrow(/Only one class/);
    expect(() => rocAucScore([0, 0], [0.2, 0.3])).toThrow(/Only one class/);
    expect(rocCurve([1, 1], [0.2, 0.3]).fpr.every(Number.isNaN)).toBe(true);
  });
  it('errors: NaN/Infinity scores, unknown labels without posLabel, multiclass without matrix, empty, mismatched', () => {
    expect(() => rocCurve([0, 1], [NaN, 0.1])).toThrow(/non-finite/);
    expect(() => rocAucScore([0, 1], [Infinity, 0.1])).toThrow(/non-finite/);
    expect(() => rocCurve([2, 3], [0.1, 0.2])).toThrow(/posLabel/);
    expect(rocCurve([2, 3], [0.1, 0.2], { posLabel: 3 }).tpr).toEqual([0, 1, 1]);
    expect(() => rocAucScore([0, 1, 2], [0.1, 0.2, 0.3])).toThrow(/multiclass/);
    expect(() => rocCurve([], [])).toThrow(/empty/);
    expect(() => rocAucScore([0, 1], [0.1])).toThrow(/different lengths/);
  });
  it('multiclass: needs multiClass, probabilities and matching columns', () => {
    const y = [0, 1, 2, 1];
    const P = [[0.8, 0.1, 0.1], [0.2, 0.7, 0.1], [0.1, 0.2, 0.7], [0.3, 0.4, 0.3]];
    expect(rocAucScore(y, P, { multiClass: 'ovr' })).toBe(1);
    expect(() => rocAucScore(y, P)).toThrow(/multiClass/);
    expect(() => rocAucScore(y, P.map((r) => r.map((v) => v * 2)), { multiClass: 'ovr' })).toThrow(/sum to 1/);
    expect(() => rocAucScore([0, 1, 1, 0], P, { multiClass: 'ovr' })).toThrow(/Number of classes/);
    expect(() => rocAucScore(y, P, { multiClass: 'ovo', average: 'micro' })).toThrow(/average/);
  });
  it('binary n×2 probability matrix uses the second column', () => {
    expect(rocAucScore([0, 1, 1], [[0.9, 0.1], [0.4, 0.6], [0.2, 0.8]])).toBe(1);
  });
});

describe('precisionRecallCurve and averagePrecisionScore', () => {
  it('hand-computed step sum (no interpolation)', () => {
    // sorted desc: 0.9(+), 0.8(−), 0.7(+): AP = ½·1 + ½·⅔
    expect(averagePrecisionScore([1, 0, 1], [0.9, 0.8, 0.7])).toBeCloseTo(0.5 + 1 / 3, 15);
    const c = precisionRecallCurve([1, 0, 1], [0.9, 0.8, 0.7]);
    expect(c.precision).toEqual([2 / 3, 0.5, 1, 1]);
    expect(c.recall).toEqual([1, 0.5, 0.5, 0]);
    expect(c.thresholds).toEqual([0.7, 0.8, 0.9]);
  });
  it('no positives gives AP 0; all positives gives 1', () => {
    expect(averagePrecisionScore([0, 0], [0.1, 0.2])).toBe(0);
    expect(averagePrecisionScore([1, 1], [0.1, 0.2])).toBe(1);
  });
  it('one-vs-rest on a score matrix', () => {
    const y = [0, 1, 2];
    expect(averagePrecisionScore(y, [[1, 0, 0], [0, 1, 0], [0, 0, 1]])).toBe(1);
  });
});

describe('impurity', () => {
  it('Gini, entropy (bits), misclassification', () => {
    expect(giniImpurity([5, 5])).toBe(0.5);
    expect(giniImpurity([10, 0])).toBe(0);
    expect(giniImpurity([1, 1, 1])).toBeCloseTo(2 / 3, 15);
    expect(giniImpurity([0.25, 0.75])).toBeCloseTo(0.375, 15);
    expect(entropy([5, 5])).toBe(1);
    expect(entropy([1, 1, 1, 1])).toBe(2);
    expect(entropy([7, 0])).toBe(0);
    expect(entropy([1, 3])).toBeCloseTo(-(0.25 * Math.log2(0.25) + 0.75 * Math.log2(0.75)), 15);
    expect(misclassificationImpurity([1, 3])).toBe(0.25);
    expect(giniImpurity([])).toBe(0);
    expect(giniImpurity([0, 0])).toBe(0);
    expect(() => giniImpurity([1, -1])).toThrow(/≥ 0/);
  });
  it('bestSplit: midpoint threshold, decrease, first of equal splits, null when constant', () => {
    const s = bestSplit([1, 2, 3, 4], [0, 0, 1, 1])!;
    expect(s.threshold).toBe(2.5);
    expect(s.impurityDecrease).toBe(0.5);
    expect(bestSplit([5, 5, 5], [0, 1, 0])).toBeNull();
    // splitting at 1.5 or 3.5 isolates one pure sample on either side: equal decrease, the lower wins
    expect(bestSplit([1, 2, 3, 4], [0, 1, 1, 0])!.threshold).toBe(1.5);
    expect(() => bestSplit([], [])).toThrow(/empty/);
  });
  it('evaluateSplit matches bestSplit at the best threshold', () => {
    const x = [0.1, 0.4, 0.35, 0.8, 0.9, 0.6], y = [0, 0, 0, 1, 1, 0];
    const best = bestSplit(x, y, { criterion: 'entropy' })!;
    const e = evaluateSplit(x, y, best.threshold, { criterion: 'entropy' });
    expect(e.impurityDecrease).toBeCloseTo(best.impurityDecrease, 15);
    expect(e.left.counts).toEqual([4, 0]);
  });
  it('bestSplitFeatures picks the informative column', () => {
    const X = [[0, 5], [1, 1], [0, 6], [1, 2]], y = [1, 0, 1, 0];
    const s = bestSplitFeatures(X, y)!;
    expect(s.feature).toBe(0);
    expect(s.threshold).toBe(0.5);
  });
});

describe('metricsAtThreshold agrees with the label metrics', () => {
  it('at several thresholds', () => {
    const rng = new Rng(11);
    const y = Array.from({ length: 200 }, () => (rng.random() < 0.35 ? 1 : 0));
    const s = y.map((v) => rng.random() * 0.7 + 0.3 * v);
    for (const t of [0, 0.2, 0.5, 0.77, 1.1]) {
      const m = metricsAtThreshold(y, s, t);
      const pred = s.map((v) => (v >= t ? 1 : 0));
      expect(m.precision).toBeCloseTo(precisionScore(y, pred), 15);
      expect(m.recall).toBeCloseTo(recallScore(y, pred), 15);
      expect(m.f1).toBeCloseTo(f1Score(y, pred), 15);
      expect(m.specificity).toBeCloseTo(specificityScore(y, pred), 15);
      expect(m.balancedAccuracy).toBeCloseTo(balancedAccuracyScore(y, pred), 15);
      expect(m.mcc).toBeCloseTo(matthewsCorrcoef(y, pred), 15);
    }
    expect(metricsAtThreshold(y, s, 0).recall).toBe(1);
  });
});

describe('r2Score', () => {
  it('constant yTrue: 1 if perfect else 0; too few samples throw', () => {
    expect(r2Score([2, 2], [2, 2])).toBe(1);
    expect(r2Score([2, 2], [2, 3])).toBe(0);
    expect(() => r2Score([1], [1])).toThrow(/two samples/);
  });
});

describe('sortFloat64 (radix path) orders like the native sort', () => {
  it('random values with negatives, ties, zeros and extremes', () => {
    const rng = new Rng(5);
    const a = new Float64Array(20000);
    for (let i = 0; i < a.length; i++) {
      const r = rng.random();
      a[i] = r < 0.1 ? Math.round(r * 100) / 10 : r < 0.2 ? -0 : r < 0.3 ? 0 : (rng.random() - 0.5) * 10 ** Math.floor(rng.random() * 20 - 10);
    }
    a[7] = Number.MAX_VALUE; a[8] = -Number.MAX_VALUE; a[9] = Number.MIN_VALUE;
    const native = a.slice().sort();
    expect(Array.from(sortFloat64(a.slice()))).toEqual(Array.from(native));
  });
});

describe('split criterion as a string, unknown criterion', () => {
  it('bestSplit(x, y, "entropy") equals the options form; an unknown criterion throws', () => {
    const x = [1, 2, 3, 4, 5, 6], y = [0, 0, 1, 0, 1, 1];
    expect(bestSplit(x, y, 'entropy')).toEqual(bestSplit(x, y, { criterion: 'entropy' }));
    expect(evaluateSplit(x, y, 3.5, 'misclassification').impurityDecrease).toBeCloseTo(0.5 - 1 / 3, 15);
    expect(() => bestSplit(x, y, 'variance' as never)).toThrow(/criterion/);
  });
});
