// The #/imbalance widget's computation (src/widgets/imbalance/compare.ts): hand-checked pieces and the claims the
// widget's notes make, on its default data.
import { describe, expect, it } from 'vitest';
import { bestF1Threshold, majorityAccuracy, makeProblem, REMEDIES, runRemedy } from '../../src/widgets/imbalance/compare';

const opts = { n: 1000, share: 0.05, separation: 2, seed: 1 };

describe('imbalance widget computation', () => {
  it('makes the asked share of positives, at least 4, and a stratified 70/30 split', () => {
    const p = makeProblem(opts);
    expect(p.yTrain.length + p.yTest.length).toBe(1000);
    expect(p.yTest.length).toBe(300);
    expect(p.yTest.filter((v) => v === 1).length).toBe(15); // 5 % of 300: stratified
    expect(p.yTrain.filter((v) => v === 1).length).toBe(35);
    const tiny = makeProblem({ ...opts, n: 200, share: 0.01 });
    expect([...tiny.yTrain, ...tiny.yTest].filter((v) => v === 1).length).toBe(4);
    expect(tiny.yTest.some((v) => v === 1) && tiny.yTrain.some((v) => v === 1)).toBe(true);
  });

  it('majority accuracy and the F1-best threshold, by hand', () => {
    expect(majorityAccuracy([0, 0, 0, 1])).toBe(0.75);
    // scores 0.1 0.4 0.35 0.8 for labels 0 0 1 1: cut at 0.35 → P = 2/3, R = 1, F1 = 0.8; at 0.8 → F1 = 2/3; at 0.4 → 0.5
    expect(bestF1Threshold([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.35);
  });

  it('every remedy is scored on the same untouched test set; only the training rows change', () => {
    const p = makeProblem(opts);
    const rs = REMEDIES.map((r) => runRemedy(p, r, { kNeighbors: 5, seed: 1 }));
    for (const r of rs) {
      expect(r.m.tp + r.m.fn).toBe(15);
      expect(r.m.tp + r.m.fn + r.m.fp + r.m.tn).toBe(300);
      expect(r.error).toBe('');
    }
    const by = Object.fromEntries(rs.map((r) => [r.remedy, r]));
    expect(by.over.train.y.filter((v) => v === 1).length).toBe(665);
    expect(by.under.train.y.length).toBe(70);
    expect(by.smote.synthetic.length).toBe(630);
    // the notes' claims: the remedies trade precision for recall; the ranking (ROC AUC) barely moves
    for (const r of ['weights', 'over', 'under', 'smote'] as const) {
      expect(by[r].m.recall).toBeGreaterThan(by.none.m.recall);
      expect(by[r].m.precision).toBeLessThan(by.none.m.precision);
      expect(Math.abs(by[r].rocAuc - by.none.rocAuc)).toBeLessThan(0.03);
    }
    expect(by.threshold.threshold).toBeLessThan(0.5);
  });

  it('SMOTE with too few training positives says why and falls back to the data as it is', () => {
    const p = makeProblem({ ...opts, n: 200, share: 0.01 });
    const r = runRemedy(p, 'smote', { kNeighbors: 5, seed: 1 });
    expect(r.error).toMatch(/kNeighbors = 5 needs at least 6/);
    expect(r.train.X.length).toBe(p.XTrain.length);
    expect(Number.isFinite(r.m.accuracy)).toBe(true);
  });
});
