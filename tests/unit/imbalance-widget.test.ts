// The #/imbalance widget's computation (src/widgets/imbalance/compare.ts): hand-checked pieces and the claims the
// widget's notes make, on its default data.
import { beforeAll, describe, expect, it } from 'vitest';
import { bestF1Threshold, fitAndScore, majorityAccuracy, makeProblem, REMEDIES, RemedyFits, runRemedy, type Remedy } from '../../src/widgets/imbalance/compare';
import { loadModel, makeModel, modelLoaded, MODELS, positiveScores, type ModelKind } from '../../src/widgets/imbalance/models';
import ref from '../fixtures/imbalance.json';

const opts = { n: 1000, share: 0.05, separation: 2, seed: 1 };

// Before anything loads them: kNN and the tree are loaded on demand (their code is not in the route's first chunk).
describe('imbalance widget models, loaded on demand', () => {
  it('makes logistic regression at once; kNN and the tree only after loadModel, with a message before', async () => {
    expect(modelLoaded('logistic')).toBe(true);
    expect(makeModel({ model: 'logistic', k: 5, depth: 4 }, false).constructor.name).toBe('LogisticRegression');
    for (const model of ['knn', 'tree'] as const) {
      expect(modelLoaded(model)).toBe(false);
      expect(() => makeModel({ model, k: 5, depth: 4 }, false)).toThrow(/not loaded yet/);
      const once = loadModel(model);
      expect(loadModel(model)).toBe(once); // one import per kind, however often asked
      await once;
      expect(modelLoaded(model)).toBe(true);
    }
    expect(makeModel({ model: 'tree', k: 5, depth: 4 }, true).constructor.name).toBe('DecisionTreeClassifier');
  });
});

describe('imbalance widget computation', () => {
  beforeAll(() => Promise.all([loadModel('knn'), loadModel('tree')]));
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

  it('kNN and the tree: every remedy on the same untouched test set; kNN’s class-weights row says why it has none', () => {
    const p = makeProblem(opts);
    for (const model of ['knn', 'tree'] as const) {
      const rs = REMEDIES.map((r) => runRemedy(p, r, { kNeighbors: 5, seed: 1, model: { model, k: 5, depth: 4 } }));
      for (const r of rs) {
        expect(r.m.tp + r.m.fn + r.m.fp + r.m.tn).toBe(300);
        expect(r.m.tp + r.m.fn).toBe(15);
      }
      const weights = rs.find((r) => r.remedy === 'weights')!;
      if (model === 'knn') {
        expect(weights.unsupported).toMatch(/kNN has no class weights/);
        // the views fall back to the plain model: the same numbers as no remedy, never a made-up weighting
        expect(weights.m).toEqual(rs[0].m);
      } else {
        expect(weights.unsupported).toBe('');
        expect(weights.m.recall).toBeGreaterThan(rs[0].m.recall);
      }
    }
    expect(() => makeModel({ model: 'knn', k: 5, depth: 4 }, true)).toThrow(/kNN has no class weights/);
  });
});

// tests/fixtures/make_imbalance.py, `remedies`: scikit-learn's models on imbalanced-learn's resampled training sets.
describe('imbalance widget models against scikit-learn', () => {
  const d = ref.remedyData;
  const sets: Record<string, { X: number[][]; y: number[] }> = { ...d.resampled, none: { X: d.XTrain, y: d.yTrain } };
  const choice = (model: ModelKind) => ({ model, k: 5, depth: 4 });
  it('covers every model, and every remedy but kNN’s class weights', () => {
    expect(new Set(ref.remedies.map((r) => r.model))).toEqual(new Set(MODELS));
    expect(ref.remedies.length).toBe(17);
  });
  for (const r of ref.remedies) {
    it(`${r.model}, ${r.remedy}: scores, counts at the threshold, ROC AUC and PR AUC`, () => {
      const remedy = r.remedy as Remedy;
      const t = sets[remedy] ?? sets.none;
      const train = { X: t.X, y: t.y, source: t.X.map((_, i) => i) };
      const got = fitAndScore(train, d.XTest, d.yTest, choice(r.model as ModelKind), { balanced: remedy === 'weights', moveThreshold: remedy === 'threshold' });
      // kNN votes and leaf fractions are exact; logistic regression agrees to its solver's tolerance
      const tol = r.model === 'logistic' ? 9 : 12;
      const scores = positiveScores(got.model, d.XTest);
      scores.forEach((s, i) => expect(s).toBeCloseTo(r.scores[i], tol));
      expect(got.threshold).toBeCloseTo(r.threshold, tol);
      expect({ tp: got.m.tp, fp: got.m.fp, fn: got.m.fn, tn: got.m.tn }).toEqual({ tp: r.tp, fp: r.fp, fn: r.fn, tn: r.tn });
      expect(got.rocAuc).toBeCloseTo(r.rocAuc, tol);
      expect(got.prAuc).toBeCloseTo(r.prAuc, tol);
    });
  }
});

describe('RemedyFits: the shown remedy at once, the other five when the page is idle', () => {
  const setting = (share: number) => ({ problem: makeProblem({ ...opts, share }), choice: { model: 'logistic' as const, k: 5, depth: 4 }, kNeighbors: 5, seed: 1 });
  it('fits what is asked, as runRemedy does, once; the rows not fitted yet show the previous setting’s values, pending', () => {
    const a = new RemedyFits(setting(0.05));
    expect(REMEDIES.map((r) => a.row(r).result)).toEqual(REMEDIES.map(() => null));
    const smote = a.fit('smote');
    expect(smote).toEqual(runRemedy(a.setting.problem, 'smote', { kNeighbors: 5, seed: 1 }));
    expect(a.fit('smote')).toBe(smote);
    expect(a.row('smote')).toEqual({ remedy: 'smote', result: smote, pending: false });
    expect(a.row('none').pending).toBe(true);
    // idle slices: at most as many fits as `more` allows, then the rest
    let budget = 2;
    expect(a.fillSome(() => budget-- > 0)).toBe(false);
    expect(REMEDIES.filter((r) => !a.row(r).pending)).toEqual(['none', 'weights', 'smote']);
    expect(a.fillSome(() => true)).toBe(true);
    const b = new RemedyFits(setting(0.2), a);
    const under = b.fit('under');
    expect(b.row('under')).toEqual({ remedy: 'under', result: under, pending: false });
    expect(b.row('none')).toEqual({ remedy: 'none', result: a.row('none').result, pending: true });
    expect(b.row('none').result!.m.recall).not.toBe(runRemedy(b.setting.problem, 'none', { kNeighbors: 5, seed: 1 }).m.recall);
  });
});
