import { describe, it, expect } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/mlp/params';
import { MlpSession } from '../../src/widgets/mlp/session';
import { PairSession, variant } from '../../src/widgets/mlp/pair';
import { writeEdits } from '../../src/widgets/mlp/edits';

const params = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });
const weightsOf = (s: MlpSession) => s.model!.getWeights();

describe('#/mlp compare mode (PairSession)', () => {
  it('B is A with the one setting changed, from the same initial weights; each side is the run it would be alone', () => {
    const p = params({ dataset: 'xor', layers: [4, 3], compare: 'lr', lr: 0.03, lrB: 0.3 });
    expect(variant(p)).toEqual({ ...p, lr: 0.3 });
    const pair = new PairSession(p);
    expect(weightsOf(pair.b)).toEqual(weightsOf(pair));
    for (let e = 0; e < 5; e++) expect(pair.step()).toBe(true);
    const alone = { a: new MlpSession(p), b: new MlpSession({ ...p, lr: 0.3 }) };
    for (let e = 0; e < 5; e++) { alone.a.step(); alone.b.step(); }
    expect(weightsOf(pair)).toEqual(weightsOf(alone.a));
    expect(weightsOf(pair.b)).toEqual(weightsOf(alone.b));
    expect(weightsOf(pair.b)).not.toEqual(weightsOf(pair));
    const f = pair.frame();
    expect([f.epoch, f.twin!.epoch, f.twin!.history.x.length]).toEqual([5, 5, 6]);
    expect(f.twin!.scores.trainLoss).toBe(alone.b.scores.trainLoss);
  });

  it('with B’s setting equal to A’s the two runs are identical epoch for epoch: nothing but the setting differs', () => {
    for (const o of [{ compare: 'lr', lrB: 0.03 }, { compare: 'activation', activation: 'relu', activationB: 'relu' }, { compare: 'penalty', penalty: 'l2', rate: 0.01, penaltyB: 'l2', rateB: 0.01 }] as Partial<Params>[]) {
      const pair = new PairSession(params({ dataset: 'circles', layers: [5], dropout: [0.2], ...o }));
      for (let e = 0; e < 4; e++) pair.step();
      expect(weightsOf(pair.b)).toEqual(weightsOf(pair));
    }
  });

  it('activation and regularisation: B’s layers all use B’s activation, B’s penalty its own; the initial weights are A’s', () => {
    const p = params({ layers: [3, 2], acts: ['relu', 'sigmoid'], compare: 'activation', activationB: 'tanh' });
    expect(variant(p).acts).toEqual([]);
    expect(variant(p).activation).toBe('tanh');
    const pair = new PairSession(p);
    expect(weightsOf(pair.b)).toEqual(weightsOf(pair));
    expect(variant(params({ compare: 'penalty', penaltyB: 'l1', rateB: 0.05 }))).toMatchObject({ penalty: 'l1', rate: 0.05 });
  });

  it('a B that diverges freezes on its last finite epoch with a notice; A goes on and the count is A’s', () => {
    const pair = new PairSession(params({ dataset: 'circles', layers: [8, 8, 8], activation: 'linear', compare: 'lr', lr: 0.01, lrB: 10 }));
    for (let e = 0; e < 30; e++) expect(pair.step()).toBe(true);
    expect(pair.steps).toBe(30);
    expect(pair.b.diverged).toBe(true);
    expect(pair.b.steps).toBeLessThan(30);
    expect(pair.notice).toMatch(/Run B's loss stopped being a finite number after epoch \d+/);
    const f = pair.frame();
    expect(Number.isFinite(f.twin!.scores.trainLoss)).toBe(true);
    expect(f.twin!.weights.flat(2).every(Number.isFinite)).toBe(true);
  });

  it('a typed weight goes into both runs, live and when the link replays it at its epoch', () => {
    const p = params({ dataset: 'circles', layers: [3], compare: 'activation', activationB: 'relu' });
    const live = new PairSession(p);
    live.step(); live.step();
    live.setWeight(0, 1, 2, 1.75);
    expect([weightsOf(live).weights[0][1][2], weightsOf(live.b).weights[0][1][2]]).toEqual([1.75, 1.75]);
    live.step();
    const replay = new PairSession({ ...p, edits: writeEdits(live.edits) });
    for (let e = 0; e < 3; e++) replay.step();
    expect(weightsOf(replay)).toEqual(weightsOf(live));
    expect(weightsOf(replay.b)).toEqual(weightsOf(live.b));
    expect(replay.b.edits).toHaveLength(1);
  });
});
