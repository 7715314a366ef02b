// Widget-side logic of the evaluation widgets: score sources (seeded, exact class balance), curve picking.
import { describe, expect, it } from 'vitest';
import { precisionRecallCurve, rocAucScore, rocCurve } from '../../src/core/metrics';
import { binormalScores, ModelRun, multiclassRun } from '../../src/widgets/shared-eval/sources';
import { knnClassifier, quadraticLogistic, standardized } from '../../src/widgets/shared-eval/classifiers';
import { thresholdFromPr, thresholdFromRoc } from '../../src/widgets/shared-eval/pick';
import { makeSplitData } from '../../src/widgets/gini/data';

describe('binormalScores', () => {
  it('is deterministic in the seed, has the exact positive count, scores in (0, 1)', () => {
    const a = binormalScores({ n: 500, separation: 2, positiveShare: 0.1, seed: 4 });
    const b = binormalScores({ n: 500, separation: 2, positiveShare: 0.1, seed: 4 });
    expect(a).toEqual(b);
    expect(a.yTrue.filter((v) => v === 1)).toHaveLength(50);
    expect(a.yScore.every((s) => s > 0 && s < 1)).toBe(true);
  });
  it('AUC grows with the separation (binormal AUC = Φ(d′/√2): 0.5, 0.76, 0.92 for d′ = 0, 1, 2)', () => {
    const auc = (d: number) => {
      const s = binormalScores({ n: 20000, separation: d, positiveShare: 0.5, seed: 1 });
      return rocAucScore(s.yTrue, s.yScore);
    };
    expect(auc(0)).toBeCloseTo(0.5, 1);
    expect(auc(1)).toBeCloseTo(0.760, 1);
    expect(auc(2)).toBeCloseTo(0.921, 1);
  });
  it('keeps at least one sample of each class at extreme shares', () => {
    const s = binormalScores({ n: 10, separation: 1, positiveShare: 0.001, seed: 1 });
    expect(s.yTrue.filter((v) => v === 1)).toHaveLength(1);
  });
});

describe('ModelRun (the live quadratic logistic regression + a kNN to compare)', () => {
  it('training improves the test AUC; the same seed replays the same scores', () => {
    const run = new ModelRun({ dataset: 'moons', n: 300, noise: 0.4, seed: 2, positiveShare: 0.5 }, quadraticLogistic({ seed: 2 }));
    for (let i = 0; i < 300; i++) run.step();
    const s = run.scores();
    expect(s.yTrue.length).toBe(s.yScore.length);
    expect(rocAucScore(s.yTrue, s.yScore)).toBeGreaterThan(0.85);
    const again = new ModelRun({ dataset: 'moons', n: 300, noise: 0.4, seed: 2, positiveShare: 0.5 }, quadraticLogistic({ seed: 2 }));
    for (let i = 0; i < 300; i++) again.step();
    expect(again.scores()).toEqual(s);
    const knn = run.compareScores(knnClassifier({ k: 15, weights: 'distance' }));
    expect(rocAucScore(knn.yTrue, knn.yScore)).toBeGreaterThan(0.8);
  });
  it('subsamples to the requested positive share', () => {
    const run = new ModelRun({ dataset: 'blobs', n: 400, noise: 0.5, seed: 1, positiveShare: 0.1 }, quadraticLogistic({ seed: 1 }));
    const y = run.scores().yTrue;
    const share = y.filter((v) => v === 1).length / y.length;
    expect(share).toBeGreaterThan(0.07);
    expect(share).toBeLessThan(0.13);
  });
});

describe('multiclassRun', () => {
  it('iris with kNN: three classes, 40 % held out, high accuracy', () => {
    const r = multiclassRun({ dataset: 'iris', seed: 1, noise: 0 }, standardized(knnClassifier({ k: 5 })));
    expect(r.classNames).toHaveLength(3);
    expect(r.yTrue).toHaveLength(60);
    const acc = r.yTrue.filter((v, i) => v === r.yPred[i]).length / r.yTrue.length;
    expect(acc).toBeGreaterThan(0.85);
  });
});

describe('threshold picking on a curve', () => {
  const y = [0, 0, 1, 1, 0, 1], s = [0.1, 0.4, 0.35, 0.8, 0.6, 0.9];
  it('the nearest ROC point gives its threshold; the start (0, 0) clamps to the slider top', () => {
    const roc = rocCurve(y, s, { dropIntermediate: false });
    expect(thresholdFromRoc(roc, 0, 0.34)).toBe(0.9); // (0, 1/3)
    expect(thresholdFromRoc(roc, 1, 1)).toBe(0.1);
    expect(thresholdFromRoc(roc, 0, 0)).toBe(1);
  });
  it('the nearest PR point gives its threshold (the final (recall 0, precision 1) point has none)', () => {
    const pr = precisionRecallCurve(y, s);
    expect(thresholdFromPr(pr, 1, 0.5)).toBe(0.1);
    expect(thresholdFromPr(pr, 1 / 3, 1)).toBe(0.9);
  });
});

describe('gini split data', () => {
  it('exact class counts, inside the domain, deterministic', () => {
    const d = makeSplitData({ dims: 2, n: 50, overlap: 0.3, share: 0.3, seed: 9 });
    expect(d.y.filter((v) => v === 1)).toHaveLength(15);
    expect(d.X.flat().every((v) => v > d.domain[0] && v < d.domain[1])).toBe(true);
    expect(makeSplitData({ dims: 2, n: 50, overlap: 0.3, share: 0.3, seed: 9 })).toEqual(d);
  });
});
