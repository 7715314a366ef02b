// Every metric against scikit-learn's own values: tests/fixtures/make_metrics.py → tests/fixtures/metrics.json.
import { describe, expect, it } from 'vitest';
import fixture from '../fixtures/metrics.json';
import {
  accuracyScore, averagePrecisionScore, balancedAccuracyScore, bestSplit, confusionMatrix, f1Score, fbetaScore, logLoss,
  matthewsCorrcoef, meanAbsoluteError, meanSquaredError, precisionRecallCurve, precisionScore, r2Score, recallScore,
  rocAucScore, rocCurve, specificityScore, type Average, type Label,
} from '../../src/core/metrics';

type Num = number | string | null;
/** JSON null → NaN, "Infinity" → Infinity (the fixture's encoding). */
const num = (v: Num): number => (v === null ? NaN : typeof v === 'string' ? Number(v) : v);

function expectClose(actual: ArrayLike<number>, expected: Num[], digits = 12) {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const e = num(expected[i]);
    if (Number.isNaN(e)) expect(actual[i]).toBeNaN();
    else expect(actual[i], `index ${i}`).toBeCloseTo(e, digits);
  }
}

type Prf = Record<string, Record<string, Num | Num[]>>;
interface ClfCase {
  name: string; yTrue: Label[]; yPred: Label[]; labels: Label[] | null; posLabel: Label; binary: boolean;
  confusionMatrix: number[][]; confusionMatrixLabels?: number[][];
  confusionMatrix_true: number[][]; confusionMatrix_pred: number[][]; confusionMatrix_all: number[][];
  accuracy: number; balancedAccuracy: number; balancedAccuracyAdjusted: Num; mcc: number; prf: Prf;
}

describe('label metrics vs scikit-learn ' + fixture.sklearnVersion, () => {
  for (const c of fixture.classification as unknown as ClfCase[]) {
    describe(c.name, () => {
      it('confusionMatrix (default labels, given labels, normalised)', () => {
        expect(confusionMatrix(c.yTrue, c.yPred)).toEqual(c.confusionMatrix);
        if (c.labels && c.confusionMatrixLabels) {
          expect(confusionMatrix(c.yTrue, c.yPred, c.labels)).toEqual(c.confusionMatrixLabels);
          expect(confusionMatrix(c.yTrue, c.yPred, { labels: c.labels })).toEqual(c.confusionMatrixLabels);
        }
        for (const how of ['true', 'pred', 'all'] as const) {
          const got = confusionMatrix(c.yTrue, c.yPred, { normalize: how });
          const want = c[`confusionMatrix_${how}`];
          got.forEach((row, i) => expectClose(row, want[i]));
        }
      });
      it('accuracy, balanced accuracy, MCC', () => {
        expect(accuracyScore(c.yTrue, c.yPred)).toBeCloseTo(c.accuracy, 14);
        expect(balancedAccuracyScore(c.yTrue, c.yPred)).toBeCloseTo(c.balancedAccuracy, 14);
        const adj = num(c.balancedAccuracyAdjusted);
        if (Number.isFinite(adj)) expect(balancedAccuracyScore(c.yTrue, c.yPred, { adjusted: true })).toBeCloseTo(adj, 14);
        else expect(balancedAccuracyScore(c.yTrue, c.yPred, { adjusted: true })).toBe(adj);
        expect(matthewsCorrcoef(c.yTrue, c.yPred)).toBeCloseTo(c.mcc, 14);
      });
      for (const [key, want] of Object.entries(c.prf)) {
        it(`precision/recall/F1/Fβ/specificity, average=${key}`, () => {
          const average = (key === 'none' ? null : key) as Average | null;
          const opts = {
            average,
            ...(average === 'binary' ? { posLabel: c.posLabel } : {}),
            ...(c.labels && average !== 'binary' ? { labels: c.labels } : {}),
          };
          const check = (got: number | number[], w: Num | Num[]) => {
            if (Array.isArray(w)) expectClose(got as number[], w);
            else expect(got as number).toBeCloseTo(num(w), 14);
          };
          check(precisionScore(c.yTrue, c.yPred, opts), want.precision);
          check(recallScore(c.yTrue, c.yPred, opts), want.recall);
          check(f1Score(c.yTrue, c.yPred, opts), want.f1);
          check(fbetaScore(c.yTrue, c.yPred, { ...opts, beta: 0.5 }), want.f05);
          check(fbetaScore(c.yTrue, c.yPred, { ...opts, beta: 2 }), want.f2);
          check(specificityScore(c.yTrue, c.yPred, opts), want.specificity);
        });
      }
    });
  }
});

interface RankCase {
  name: string; yTrue: Label[]; yScore: number[]; posLabel: Label | null;
  roc: { fpr: Num[]; tpr: Num[]; thresholds: Num[] }; rocAll: { fpr: Num[]; tpr: Num[]; thresholds: Num[] };
  pr: { precision: Num[]; recall: Num[]; thresholds: Num[] }; ap: number; auc?: number; aucMaxFpr05?: number;
}

describe('score metrics vs scikit-learn', () => {
  for (const c of fixture.ranking as unknown as RankCase[]) {
    describe(c.name, () => {
      const posLabel = c.posLabel ?? undefined;
      it('rocCurve with and without dropIntermediate (thresholds, first threshold = max + 1)', () => {
        const r = rocCurve(c.yTrue, c.yScore, { posLabel });
        expectClose(r.fpr, c.roc.fpr);
        expectClose(r.tpr, c.roc.tpr);
        expectClose(r.thresholds, c.roc.thresholds);
        const all = rocCurve(c.yTrue, c.yScore, { posLabel, dropIntermediate: false });
        expectClose(all.fpr, c.rocAll.fpr);
        expectClose(all.tpr, c.rocAll.tpr);
        expectClose(all.thresholds, c.rocAll.thresholds);
      });
      it('precisionRecallCurve and averagePrecisionScore', () => {
        const p = precisionRecallCurve(c.yTrue, c.yScore, { posLabel });
        expectClose(p.precision, c.pr.precision);
        expectClose(p.recall, c.pr.recall);
        expectClose(p.thresholds, c.pr.thresholds);
        expect(averagePrecisionScore(c.yTrue, c.yScore, { posLabel: posLabel ?? 1 })).toBeCloseTo(c.ap, 13);
      });
      if (c.auc !== undefined) {
        it('rocAucScore (full and maxFpr=0.5)', () => {
          expect(rocAucScore(c.yTrue, c.yScore)).toBeCloseTo(c.auc!, 13);
          expect(rocAucScore(c.yTrue, c.yScore, { maxFpr: 0.5 })).toBeCloseTo(c.aucMaxFpr05!, 13);
        });
      }
    });
  }
  it('binary rocAucScore takes the greater label as positive', () => {
    const e = fixture.aucGreaterLabel;
    expect(rocAucScore(e.yTrue, e.yScore)).toBeCloseTo(e.auc, 14);
  });
});

describe('multiclass rocAucScore vs scikit-learn', () => {
  for (const c of fixture.multiclassAuc as unknown as (Record<string, number> & { name: string; yTrue: Label[]; yScore: number[][]; labels?: Label[] })[]) {
    for (const key of ['ovr_macro', 'ovr_weighted', 'ovr_micro', 'ovo_macro', 'ovo_weighted']) {
      if (c[key] === undefined) continue;
      it(`${c.name}: ${key}`, () => {
        const [multiClass, average] = key.split('_') as ['ovr' | 'ovo', 'macro' | 'weighted' | 'micro'];
        expect(rocAucScore(c.yTrue, c.yScore, { multiClass, average, labels: c.labels })).toBeCloseTo(c[key], 13);
      });
    }
    for (const average of ['macro', 'weighted', 'micro'] as const) {
      if (c[`ap_${average}`] === undefined) continue;
      it(`${c.name}: one-vs-rest averagePrecisionScore, ${average}`, () => {
        expect(averagePrecisionScore(c.yTrue, c.yScore, { average })).toBeCloseTo(c[`ap_${average}`], 13);
      });
    }
  }
});

describe('bestSplit vs scikit-learn DecisionTreeClassifier(max_depth=1)', () => {
  for (const c of fixture.splits as unknown as {
    name: string; x: number[]; y: number[]; criterion: 'gini' | 'entropy'; threshold: number; parentImpurity: number;
    leftImpurity: number; rightImpurity: number; leftN: number; rightN: number; leftCounts: number[]; rightCounts: number[];
  }[]) {
    it(c.name, () => {
      const s = bestSplit(c.x, c.y, { criterion: c.criterion })!;
      expect(s.threshold).toBeCloseTo(c.threshold, 6);
      expect(s.left.counts).toEqual(c.leftCounts);
      expect(s.right.counts).toEqual(c.rightCounts);
      expect(s.left.n).toBe(c.leftN);
      expect(s.right.n).toBe(c.rightN);
      expect(s.parentImpurity).toBeCloseTo(c.parentImpurity, 12);
      expect(s.left.impurity).toBeCloseTo(c.leftImpurity, 12);
      expect(s.right.impurity).toBeCloseTo(c.rightImpurity, 12);
      const weighted = (c.leftN * c.leftImpurity + c.rightN * c.rightImpurity) / (c.leftN + c.rightN);
      expect(s.impurityDecrease).toBeCloseTo(c.parentImpurity - weighted, 12);
    });
  }
});

describe('logLoss and regression metrics vs scikit-learn', () => {
  const m = fixture.misc;
  it('logLoss binary and multiclass', () => {
    expect(logLoss(m.logLossBinary.yTrue, m.logLossBinary.yProba)).toBeCloseTo(m.logLossBinary.value, 12);
    expect(logLoss(m.logLossMulti.yTrue, m.logLossMulti.yProba)).toBeCloseTo(m.logLossMulti.value, 12);
  });
  it('meanSquaredError, meanAbsoluteError, r2Score', () => {
    const r = m.regression;
    expect(meanSquaredError(r.yTrue, r.yPred)).toBeCloseTo(r.mse, 13);
    expect(meanAbsoluteError(r.yTrue, r.yPred)).toBeCloseTo(r.mae, 13);
    expect(r2Score(r.yTrue, r.yPred)).toBeCloseTo(r.r2, 13);
  });
});
