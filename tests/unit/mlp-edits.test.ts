import { describe, it, expect } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/mlp/params';
import { MlpSession } from '../../src/widgets/mlp/session';
import { readEdits, writeEdits } from '../../src/widgets/mlp/edits';
import { parseWeight } from '../../src/widgets/mlp/typed-weight';
import { nextLink } from '../../src/widgets/mlp/link-keys';
import { lossCsv, weightsJson } from '../../src/widgets/mlp/export';
import { MLPClassifier } from '../../src/core/models/neural_network/multilayer-perceptron';

const params = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });

describe('#/mlp typed weights', () => {
  it('a typed weight changes the network, its loss and the next epochs; the link replays it at its epoch', () => {
    const p = params({ dataset: 'xor', layers: [4], lr: 0.1 });
    const live = new MlpSession(p), plain = new MlpSession(p);
    for (let e = 0; e < 3; e++) { live.step(); plain.step(); }
    const before = live.scores.trainLoss;
    live.setWeight(0, 1, 2, 5);
    expect(live.model!.getWeights().weights[0][1][2]).toBe(5);
    expect(live.scores.trainLoss).not.toBeCloseTo(before, 6);
    expect(live.history.at(-1)).toMatchObject({ epoch: 3, train: live.scores.trainLoss });
    for (let e = 0; e < 4; e++) { live.step(); plain.step(); }
    expect(live.frame().weights).not.toEqual(plain.frame().weights);

    const replay = new MlpSession({ ...p, edits: writeEdits(live.edits) });
    for (let e = 0; e < 7; e++) replay.step();
    expect(replay.frame().weights).toEqual(live.frame().weights);
    expect(replay.scores).toEqual(live.scores);
    expect(replay.edits).toEqual(live.edits);
  });

  it('an edit at epoch 0 applies at once; a stale edit (no such weight) is dropped, not a crash', () => {
    const s = new MlpSession(params({ layers: [2], edits: [0, 0, 0, 0, -2.5, 0, 5, 9, 9, 1] }));
    expect(s.model!.getWeights().weights[0][0][0]).toBe(-2.5);
    expect(s.edits).toHaveLength(1);
    expect(() => s.setWeight(3, 0, 0, 1)).toThrow(/no such weight/);
  });

  it('typed text: numbers (with a Unicode minus) pass, rounded to what a link keeps; others get a message', () => {
    expect(parseWeight(' −0.25 ')).toEqual({ value: -0.25 });
    expect(parseWeight('1/3')).toEqual({ error: expect.stringMatching(/not a number/) });
    expect(parseWeight('')).toEqual({ error: expect.stringMatching(/not a number/) });
    expect(parseWeight('1e3')).toEqual({ error: expect.stringMatching(/between/) });
    expect(parseWeight(String(1 / 3))).toEqual({ value: 0.333333333333 });
    expect(readEdits([1, 0, 0, 0, 2, 1.5, 0, 0, 0, 2, 4])).toEqual([{ epoch: 1, l: 0, i: 0, j: 0, value: 2 }]);
  });
});

describe('#/mlp stop condition', () => {
  it('a new cap moves the end of the run without restarting it', () => {
    const s = new MlpSession(params({ maxEpochs: 3 }));
    while (s.step());
    expect([s.steps, s.stopReason]).toEqual([3, 'max']);
    s.setMaxEpochs(5);
    expect(s.done).toBe(false);
    while (s.step());
    expect(s.steps).toBe(5);
    s.setMaxEpochs(0);
    s.step();
    s.setMaxEpochs(4);
    expect([s.steps, s.stopReason, s.done]).toEqual([6, 'max', true]);
    expect(s.notice).toMatch(/Stop at epoch 4/);
  });
});

describe('#/mlp export', () => {
  it('the weights JSON rebuilds the same network in MLPClassifier; the loss CSV has one row per recorded epoch', () => {
    const s = new MlpSession(params({ dataset: 'circles', layers: [3], earlyStop: true }));
    for (let e = 0; e < 5; e++) s.step();
    const doc = JSON.parse(weightsJson(s));
    expect(doc.epoch).toBe(5);
    expect(doc.coefs.map((w: number[][]) => [w.length, w[0].length])).toEqual([[2, 3], [3, 1]]);
    // scikit-learn's layout: the same weights give the same probabilities
    const x = Array.from({ length: s.fit.n }, (_, r) => [s.fit.x[2 * r], s.fit.x[2 * r + 1]]);
    const clf = new MLPClassifier({ hiddenLayerSizes: [3], activation: 'tanh', coefs: doc.coefs, intercepts: doc.intercepts, solver: 'sgd', learningRateInit: 1e-300, momentum: 0, maxIter: 1, alpha: 0 });
    clf.partialFit(x.slice(0, 2), [0, 1], [0, 1]);
    const p = clf.predictProba(x).map((q) => q[1]);
    const ours = s.model!.evaluate(s.fit).out;
    expect(Math.max(...p.map((v, i) => Math.abs(v - ours[i])))).toBeLessThan(1e-12);
    const csv = lossCsv(s).trim().split('\n');
    expect(csv[0]).toBe('epoch,train_loss,test_loss,validation_loss');
    expect(csv).toHaveLength(7);
    expect(csv[6].split(',').map(Number)).toEqual([5, s.scores.trainLoss, s.scores.testLoss, s.scores.valLoss]);
  });
});

describe('#/mlp link keys', () => {
  // layer 0: 4 links, layer 1: 2, layer 2: 3
  const links = [0, 0, 0, 0, 1, 1, 2, 2, 2].map((l) => ({ l }));
  it('Up/Down walk the list, Left/Right keep the place in the next layer (or its last link), Home/End; other keys do not move', () => {
    expect([nextLink(links, 0, 'ArrowDown'), nextLink(links, 0, 'ArrowUp'), nextLink(links, 8, 'ArrowDown')]).toEqual([1, 0, 8]);
    expect(nextLink(links, 1, 'ArrowRight')).toBe(5);
    expect(nextLink(links, 3, 'ArrowRight')).toBe(5);
    expect(nextLink(links, 5, 'ArrowRight')).toBe(7);
    expect(nextLink(links, 5, 'ArrowLeft')).toBe(1);
    expect([nextLink(links, 7, 'ArrowRight'), nextLink(links, 1, 'ArrowLeft')]).toEqual([7, 1]);
    expect([nextLink(links, 4, 'Home'), nextLink(links, 4, 'End')]).toEqual([0, 8]);
    expect([nextLink(links, 4, 'Tab'), nextLink(links, 4, 'a'), nextLink([], 0, 'ArrowDown')]).toEqual([null, null, null]);
  });
});
