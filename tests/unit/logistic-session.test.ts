import { describe, expect, it } from 'vitest';
import { accuracyScore, expandFeatures, logLoss, StandardScaler, type FeatureName } from '../../src/core';
import { defaults, parseParams } from '../../src/params';
import { schema, type Params } from '../../src/widgets/logistic/params';
import { LogisticSession } from '../../src/widgets/logistic/session';
import { Run } from '../../src/widgets/shared/run.svelte';

const base = defaults(schema) as Params;
/** The params a link opens with (the same parser the app uses). */
const link = (query: string) => parseParams(schema, new URLSearchParams(query)).values as Params;

function trained(p: Params, steps: number): LogisticSession {
  const s = new LogisticSession(p);
  for (let i = 0; i < steps; i++) s.step();
  return s;
}

describe('LogisticSession', () => {
  it('the same params give the same data and the same weights, update for update', () => {
    const a = trained(base, 60);
    const b = trained({ ...base }, 60);
    expect(b.points).toEqual(a.points);
    expect(b.weights).toEqual(a.weights);
    expect(b.intercept).toBe(a.intercept);
    const other = trained({ ...base, seed: 2 }, 60);
    expect(other.points).not.toEqual(a.points);
    expect(other.weights).not.toEqual(a.weights);
    // mini-batches are drawn from the seed too
    const m1 = trained({ ...base, batch: '16' }, 45);
    const m2 = trained({ ...base, batch: '16' }, 45);
    expect(m2.weights).toEqual(m1.weights);
    expect(m1.epoch).toBeCloseTo(45 / Math.ceil(m1.nTrain / 16), 12);
  });

  it('training lowers the training loss from the untrained log(2)', () => {
    const s = new LogisticSession(base);
    // zero weights predict 0.5 everywhere: log loss ln 2, whatever the data
    expect(s.scores.trainLoss).toBeCloseTo(Math.log(2), 12);
    for (let i = 0; i < 100; i++) s.step();
    expect(s.refresh().trainLoss).toBeLessThan(0.4);
    expect(s.history[0].epoch).toBe(0);
    expect(s.history[0].train).toBeCloseTo(Math.log(2), 12);
    expect(s.history[0].test).toBeCloseTo(Math.log(2), 12);
  });

  it('a link’s step count replayed a frame budget at a time ends at the weights of a synchronous replay', () => {
    const p = link('lr=0.1&steps=145&batch=16&optimizer=adam');
    let t = 0;
    const frames: (() => void)[] = [];
    const run = new Run({
      schema,
      params: () => p,
      build: (q: Params) => new LogisticSession(q),
      replayBudgetMs: 1,
      // every clock read moves time on by 0.1 ms: each frame does about ten updates
      now: () => (t += 0.1),
      raf: (cb) => frames.push(cb),
      caf: () => frames.splice(0),
    });
    run.sync();
    expect(run.status).toBe('replaying');
    let n = 0;
    while (frames.length && n++ < 1000) frames.shift()!();
    expect(n).toBeGreaterThan(5);
    expect(run.status).toBe('paused');
    const sync = trained(p, 145);
    expect(run.session!.steps).toBe(145);
    expect(run.session!.weights).toEqual(sync.weights);
    expect(run.session!.intercept).toBe(sync.intercept);
    expect(run.session!.history).toEqual(sync.history);
  });

  it('a huge learning rate is flagged as diverged; the kept model stays finite and no more updates run', () => {
    const s = new LogisticSession(link('penalty=l2&C=0.001&lr=3'));
    let steps = 0;
    while (s.step() && steps < 5000) steps++;
    expect(s.diverged).toBe(true);
    expect(steps).toBeLessThan(5000);
    expect(s.steps).toBe(steps);
    expect(s.weights.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(s.intercept)).toBe(true);
    expect(s.step()).toBe(false);
    expect(s.steps).toBe(steps);
    // a small learning rate on the same data does not diverge
    const calm = new LogisticSession(link('penalty=l2&C=0.001&lr=0.1'));
    for (let i = 0; i < 300; i++) expect(calm.step()).toBe(true);
  });

  it('accuracy and loss agree with the model’s own predict and predictProba on independently built features', () => {
    const p = link('dataset=circles&features=x1,x2,x1%5E2,x2%5E2&noise=0.5&seed=4');
    const s = trained(p, 80);
    const train = s.points.filter((q) => !q.test);
    const test = s.points.filter((q) => q.test);
    const feats = (pts: typeof train) => expandFeatures(pts.map((q) => [q.x, q.y]), p.features as FeatureName[]);
    const scaler = new StandardScaler().fit(feats(train));
    const XTrain = scaler.transform(feats(train));
    const XTest = scaler.transform(feats(test));
    const yTrain = train.map((q) => q.c);
    const yTest = test.map((q) => q.c);
    const scores = s.refresh();
    expect(scores.trainAccuracy).toBe(accuracyScore(yTrain, s.model.predict(XTrain)));
    expect(scores.testAccuracy).toBe(accuracyScore(yTest, s.model.predict(XTest)));
    expect(scores.trainLoss).toBeCloseTo(logLoss(yTrain, s.model.predictProba(XTrain).map((r) => r[1])), 12);
    expect(scores.testLoss).toBeCloseTo(logLoss(yTest, s.model.predictProba(XTest).map((r) => r[1])), 12);
    // the evaluation panel's test scores are predictProba's P(class 1) too
    const { yTrue, yScore } = s.testScores();
    expect(yTrue).toEqual(yTest);
    s.model.predictProba(XTest).forEach((r, i) => expect(yScore[i]).toBeCloseTo(r[1], 12));
    // squares make circles learnable: well above the 50 % of a guess
    expect(scores.testAccuracy).toBeGreaterThan(0.8);
  });

  it('clicked points join the training set with their class', () => {
    const s = new LogisticSession({ ...base, added: [[0.1, 0.2, 1], [-0.3, 0.4, 0]] });
    const plain = new LogisticSession(base);
    expect(s.nTrain).toBe(plain.nTrain + 2);
    expect(s.nTest).toBe(plain.nTest);
    expect(s.points.filter((q) => !q.test).slice(-2)).toEqual([
      { x: 0.1, y: 0.2, c: 1, test: false },
      { x: -0.3, y: 0.4, c: 0, test: false },
    ]);
  });

  it('a frame carries the numbers the views draw, from the model as it is now', () => {
    const s = trained(base, 30);
    const f = s.frame(20);
    expect(f.steps).toBe(30);
    expect(f.grid.values).toHaveLength(400);
    expect(f.weights).toEqual(s.weights);
    expect(f.history.x).toHaveLength(s.history.length);
    expect(f.test.yTrue).toHaveLength(s.nTest);
    for (const v of f.grid.values) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of f.test.yScore) expect(v).toBeLessThanOrEqual(1);
  });
});
