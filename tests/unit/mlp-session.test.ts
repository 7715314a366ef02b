import { describe, it, expect } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/mlp/params';
import { MlpSession, GRID } from '../../src/widgets/mlp/session';

const params = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });

describe('MlpSession', () => {
  it('learns the circle: 40 epochs lower the test loss from ~0.7 to under 0.2, test accuracy over 95 %', () => {
    const s = new MlpSession(params({ dataset: 'circles', lr: 0.1, layers: [6] }));
    const start = s.scores.testLoss;
    expect(start).toBeGreaterThan(0.5);
    for (let i = 0; i < 40; i++) expect(s.step()).toBe(true);
    expect(s.steps).toBe(40);
    expect(s.scores.testLoss).toBeLessThan(0.2);
    expect(s.scores.testScore).toBeGreaterThan(0.95);
    expect(s.history).toHaveLength(41);
    const f = s.frame();
    expect(f.output && 'values' in f.output ? f.output.values.length : 0).toBe(GRID * GRID);
    expect(f.neurons.map((l) => l.length)).toEqual([6]);
    expect(f.weights.map((w) => [w.length, w[0].length])).toEqual([[2, 6], [6, 1]]);
  });

  it('the same params give the same run, epoch for epoch (what a link replays)', () => {
    const p = params({ dataset: 'xor', layers: [5, 3], activation: 'relu', optimizer: 'momentum' });
    const a = new MlpSession(p), b = new MlpSession(p);
    for (let i = 0; i < 4; i++) { a.step(); b.step(); }
    expect(a.frame().weights).toEqual(b.frame().weights);
    expect(a.scores).toEqual(b.scores);
  });

  it('multiclass (three blobs) learns with softmax and cross-entropy; the output map is a class grid', () => {
    const s = new MlpSession(params({ dataset: 'blobs3', layers: [4], lr: 0.1 }));
    for (let i = 0; i < 20; i++) s.step();
    expect(s.scores.testScore).toBeGreaterThan(0.85);
    const out = s.frame().output!;
    expect('classes' in out && new Set(Array.from(out.classes)).size).toBe(3);
  });

  it('a diverging learning rate stops the run and keeps the last finite network', () => {
    const s = new MlpSession(params({ dataset: 'circles', layers: [8, 8, 8], activation: 'linear', lr: 10 }));
    let ran = 0;
    while (ran < 50 && s.step()) ran++;
    expect(s.diverged).toBe(true);
    expect(Number.isFinite(s.scores.trainLoss)).toBe(true);
    expect(s.frame().weights.flat(2).every(Number.isFinite)).toBe(true);
    expect(s.step()).toBe(false);
  });

  it('no input feature: a notice, nothing to run, no network; no hidden layer: says it is logistic regression', () => {
    const none = new MlpSession(params({ features: [] }));
    expect(none.done).toBe(true);
    expect(none.notice).toMatch(/No input feature/);
    expect(none.step()).toBe(false);
    expect(none.frame().output).toBeNull();
    const flat = new MlpSession(params({ layers: [] }));
    expect(flat.notice).toMatch(/logistic regression/);
    expect(flat.step()).toBe(true);
  });
});

describe('MlpSession: regression', () => {
  it('fits the plane with a linear network to R² > 0.95; the output map spans the targets’ range', () => {
    const s = new MlpSession(params({ dataset: 'plane', layers: [], lr: 0.03, noise: 0 }));
    expect(s.problem.task).toBe('regression');
    for (let i = 0; i < 30; i++) s.step();
    expect(s.scores.testScore).toBeGreaterThan(0.95);
    expect(s.scores.testLoss).toBeLessThan(0.01);
    expect(s.notice).toMatch(/linear regression/);
  });

  it('learns the Gaussian bumps with two tanh layers: test MSE falls by more than half', () => {
    const s = new MlpSession(params({ dataset: 'gauss2d', layers: [8, 8], lr: 0.01, optimizer: 'adam' }));
    const start = s.scores.testLoss;
    for (let i = 0; i < 60; i++) s.step();
    expect(s.scores.testLoss).toBeLessThan(start / 2);
    const out = s.frame().output!;
    expect('values' in out && Array.from(out.values).every((v) => Number.isFinite(v))).toBe(true);
  });
});

describe('MlpSession: an activation per layer and dropout', () => {
  it('the diagram’s per-layer choices reach the network (a missing layer uses the Activation setting, dropout 0)', () => {
    const p = params({ dataset: 'xor', layers: [4, 3, 2], activation: 'tanh', acts: ['relu', 'sigmoid'], dropout: [0.3] });
    const s = new MlpSession(p);
    expect(s.model!.acts).toEqual(['relu', 'sigmoid', 'tanh']);
    expect(s.model!.dropout).toEqual([0.3, 0, 0]);
  });

  it('dropout trains a different but reproducible run, and still learns the circle', () => {
    const base = params({ dataset: 'circles', layers: [8], lr: 0.1 });
    const a = new MlpSession({ ...base, dropout: [0.2] }), b = new MlpSession({ ...base, dropout: [0.2] }), c = new MlpSession(base);
    for (let i = 0; i < 30; i++) { a.step(); b.step(); c.step(); }
    expect(a.frame().weights).toEqual(b.frame().weights);
    expect(a.frame().weights).not.toEqual(c.frame().weights);
    expect(a.scores.testScore).toBeGreaterThan(0.8); // 0.856 here: dropout slows a net of 8 neurons down
  });
});

describe('MlpSession: early stopping and the stop condition', () => {
  // a 16 × 16 ReLU network on 200 noisy circle points: the validation loss bottoms out at epoch 78 here
  const overfit = params({ dataset: 'circles', n: 200, noise: 0.4, layers: [16, 16], activation: 'relu', lr: 0.1, earlyStop: true, valShare: 0.3, patience: 10 });

  it('holds out valShare of the training rows, trains on the rest, and never on the validation rows', () => {
    const s = new MlpSession(overfit);
    const train = s.problem.train.n;
    expect(s.val!.n).toBe(Math.round(train * 0.3));
    expect(s.fit.n + s.val!.n).toBe(train);
    expect(Number.isFinite(s.scores.valLoss)).toBe(true);
    expect(Number.isNaN(new MlpSession(params()).scores.valLoss)).toBe(true);
  });

  it('stops `patience` epochs after the best validation loss and restores that epoch’s weights, saying which', () => {
    const s = new MlpSession(overfit);
    let n = 0;
    while (n < 2000 && s.step()) n++;
    expect(s.stopReason).toBe('early');
    expect(s.done).toBe(true);
    expect(s.step()).toBe(false);
    const best = s.bestEpoch;
    expect(best).toBeGreaterThan(20); // a real minimum, not the untrained network
    expect(s.steps - best).toBe(10);
    // the restored network has the best validation loss the run recorded
    const bestVal = s.history.find((h) => h.epoch === best)!.val;
    expect(s.scores.valLoss).toBeCloseTo(bestVal, 12);
    expect(Math.min(...s.history.map((h) => h.val))).toBeGreaterThanOrEqual(bestVal - 1e-4);
    expect(s.notice).toContain(`restored the weights of epoch ${best}`);
    // a link's count replays to the same restored network
    const again = new MlpSession(overfit);
    for (let i = 0; i < s.steps; i++) again.step();
    expect(again.frame().weights).toEqual(s.frame().weights);
    expect(again.frame().bestEpoch).toBe(best);
  });

  it('the stop condition ends the run at its epoch', () => {
    const s = new MlpSession(params({ maxEpochs: 20 }));
    while (s.step());
    expect(s.steps).toBe(20);
    expect(s.stopReason).toBe('max');
    expect(s.notice).toMatch(/Stopped at epoch 20/);
    expect(s.frame().stopped).toBe(true);
  });
});

describe('MlpSession: the live evaluation on the test points', () => {
  const diag = (c: number[][]) => c.reduce((s, row, i) => s + row[i], 0);
  it('binary: P(class 1) per test point and a 2 × 2 confusion matrix whose diagonal is the test accuracy', () => {
    const s = new MlpSession(params({ lr: 0.1 }));
    for (let i = 0; i < 10; i++) s.step();
    const t = s.frame().test;
    expect(t.yScore).toHaveLength(s.problem.test.n);
    expect(t.yScore.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(t.confusion.flat().reduce((a, b) => a + b, 0)).toBe(s.problem.test.n);
    expect(diag(t.confusion) / s.problem.test.n).toBeCloseTo(s.scores.testScore, 12);
  });

  it('multiclass: the arg-max class and a K × K matrix; regression: the predictions, whose R² is the score shown', () => {
    const m = new MlpSession(params({ dataset: 'blobs3', layers: [4], lr: 0.1 }));
    for (let i = 0; i < 5; i++) m.step();
    const t = m.frame().test;
    expect(t.confusion.map((r) => r.length)).toEqual([3, 3, 3]);
    expect(diag(t.confusion) / m.problem.test.n).toBeCloseTo(m.scores.testScore, 12);
    const r = new MlpSession(params({ dataset: 'plane', layers: [], noise: 0 }));
    for (let i = 0; i < 5; i++) r.step();
    const { yTrue, yPred } = r.frame().test;
    const mean = yTrue.reduce((a, b) => a + b, 0) / yTrue.length;
    const r2 = 1 - yTrue.reduce((s, y, i) => s + (y - yPred[i]) ** 2, 0) / yTrue.reduce((s, y) => s + (y - mean) ** 2, 0);
    expect(r2).toBeCloseTo(r.scores.testScore, 12);
  });
});

describe('MlpSession frame: the diagram’s maps', () => {
  // An independent forward pass written out here from the frame's weights and biases, at the grid's cell centres
  // (row 0 at the top), on x₁ and x₂ standardised with the problem's scaler: what every map cell must show.
  function reference(s: MlpSession, f: ReturnType<MlpSession['frame']>, g: number) {
    const { domain, scaler } = s.problem, hidden: number[][][] = f.weights.slice(0, -1).map((w) => w[0].map(() => []));
    const output: number[] = [];
    for (let r = 0; r < g; r++) for (let c = 0; c < g; c++) {
      const x1 = domain.x[0] + ((c + 0.5) * (domain.x[1] - domain.x[0])) / g, x2 = domain.y[1] - ((r + 0.5) * (domain.y[1] - domain.y[0])) / g;
      let h = [(x1 - scaler.mean[0]) / scaler.scale[0], (x2 - scaler.mean[1]) / scaler.scale[1]];
      f.weights.forEach((w, l) => {
        const z = f.biases[l].map((b, j) => b + h.reduce((sum, v, i) => sum + v * w[i][j], 0));
        if (l < f.weights.length - 1) hidden[l].forEach((cells, j) => cells.push((h = z.map(Math.tanh), h[j])));
        else output.push(1 / (1 + Math.exp(-z[0])));
      });
    }
    // each hidden map is scaled by its own largest |value|
    const scaled = hidden.map((layer) => layer.map((cells) => { const top = Math.max(...cells.map(Math.abs)); return cells.map((v) => v / top); }));
    return { scaled, output };
  }
  const maxDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i])), 0);

  it('each neuron’s map is that neuron’s output at the grid points (scaled), the output square 2p − 1; refilled by the next frame', () => {
    const s = new MlpSession(params({ dataset: 'circles', layers: [3, 2], activation: 'tanh', lr: 0.1 }));
    for (let i = 0; i < 5; i++) s.step();
    const f = s.frame(), g = Math.sqrt(f.outputs[0].length);
    expect(g).toBe(GRID);
    const ref = reference(s, f, g);
    expect(f.neurons.map((l) => l.length)).toEqual([3, 2]);
    f.neurons.forEach((layer, l) => layer.forEach((map, j) => expect(maxDiff(map, ref.scaled[l][j])).toBeLessThan(1e-6))); // Float32 cells
    expect(maxDiff(f.outputs[0], ref.output.map((p) => 2 * p - 1))).toBeLessThan(1e-6);
    const shown = f.output && 'values' in f.output ? f.output.values : new Float32Array(0);
    expect(shown).toHaveLength(GRID * GRID);
    expect(maxDiff(shown, ref.output)).toBeLessThan(1e-6);
    // the maps are the session's buffers: the next frame refills them with the trained network's, and says so
    const before = Float32Array.from(f.neurons[1][0]);
    for (let i = 0; i < 5; i++) s.step();
    const next = s.frame();
    expect(next.mapsVersion).toBe(f.mapsVersion + 1);
    expect(maxDiff(next.neurons[1][0], before)).toBeGreaterThan(1e-3);
    expect(maxDiff(next.neurons[1][0], reference(s, next, g).scaled[1][0])).toBeLessThan(1e-6);
  });
});
