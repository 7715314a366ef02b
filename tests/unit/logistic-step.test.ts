import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LogisticRegression, logLoss, makeLinearlySeparable } from '../../src/core';
import type { LogisticRegressionOptions } from '../../src/core';

const ref = JSON.parse(readFileSync(new URL('../fixtures/logistic.json', import.meta.url), 'utf8')).logistic;
const blobs = ref.datasets.blobs as { X: number[][]; y: number[] };
const sparse = ref.datasets.sparse6 as { X: number[][]; y: number[] };

/** The per-sample objective J = mean logloss + R(w)/(C·n), computed from the public surface. */
function objective(m: LogisticRegression, X: number[][], y: number[]): number {
  const p = m.predictProba(X).map((r) => r[1]);
  const R = m.penalty === 'l2' ? 0.5 * m.coef.reduce((s, w) => s + w * w, 0) : m.penalty === 'l1' ? m.coef.reduce((s, w) => s + Math.abs(w), 0) : 0;
  return logLoss(y, p) + R / (m.C * X.length);
}

function train(opts: LogisticRegressionOptions, X: number[][], y: number[], steps: number): LogisticRegression {
  const m = new LogisticRegression(opts).start(X, y);
  for (let i = 0; i < steps; i++) m.step();
  return m;
}

describe('step API: the objective it reports', () => {
  it('starts at log 2 from zero weights and reports J = mean logloss + penalty/(C·n) after each step', () => {
    const m = new LogisticRegression({ penalty: 'l2', C: 0.5, learningRate: 0.3 }).start(blobs.X, blobs.y);
    expect(m.trainingState!.loss).toBeCloseTo(Math.LN2, 12);
    expect(m.coef).toEqual([0, 0]);
    for (let i = 0; i < 5; i++) {
      const r = m.step();
      expect(r.loss).toBeCloseTo(objective(m, blobs.X, blobs.y), 10);
      expect(r.logLoss).toBeCloseTo(logLoss(blobs.y, m.predictProba(blobs.X).map((p) => p[1])), 10);
    }
  });

  it('full-batch gradient descent: the loss falls at every step on a separable problem', () => {
    const { X, y } = makeLinearlySeparable({ n: 200, seed: 3 });
    const m = new LogisticRegression({ penalty: 'none', learningRate: 1 }).start(X, y);
    let prev = m.trainingState!.loss;
    for (let i = 0; i < 200; i++) {
      const r = m.step();
      expect(r.loss).toBeLessThan(prev);
      prev = r.loss;
    }
    expect(prev).toBeLessThan(0.2);
    expect(m.score(X, y)).toBeGreaterThan(0.97);
  });

  it('one sgd step by hand: w ← w − lr·∇J', () => {
    const X = [[1, 2], [-1, 0], [0, 1]], y = [1, 0, 0];
    const m = new LogisticRegression({ penalty: 'l2', C: 2, learningRate: 0.5 }).start(X, y);
    m.step();
    // At θ = 0 every p = 0.5: ∇w = mean((p − y)·x) = ((−0.5)(1,2) + 0.5(−1,0) + 0.5(0,1)) / 3 = (−1, −0.5)/3; ∇b = 0.5/3.
    expect(m.coef[0]).toBeCloseTo(0.5 / 3, 12);
    expect(m.coef[1]).toBeCloseTo(0.25 / 3, 12);
    expect(m.intercept).toBeCloseTo(-0.25 / 3, 12);
    // Second step adds the L2 gradient w/(C·n) to the data gradient.
    const w = m.coef, b = m.intercept;
    const p = X.map((x) => 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + b))));
    const g = [0, 1].map((j) => X.reduce((s, x, i) => s + (p[i] - y[i]) * x[j], 0) / 3 + w[j] / (2 * 3));
    const gb = X.reduce((s, _, i) => s + p[i] - y[i], 0) / 3;
    m.step();
    expect(m.coef[0]).toBeCloseTo(w[0] - 0.5 * g[0], 12);
    expect(m.coef[1]).toBeCloseTo(w[1] - 0.5 * g[1], 12);
    expect(m.intercept).toBeCloseTo(b - 0.5 * gb, 12);
  });
});

describe('step API: each optimiser converges near fit()\'s optimum', () => {
  const exact = new LogisticRegression({ penalty: 'l2', C: 1 }).fit(blobs.X, blobs.y);
  const cases: [string, LogisticRegressionOptions, number][] = [
    ['sgd', { optimizer: 'sgd', learningRate: 2 }, 800],
    ['momentum', { optimizer: 'momentum', learningRate: 0.3, momentum: 0.9 }, 800],
    ['adam', { optimizer: 'adam', learningRate: 0.02 }, 3000],
  ];
  for (const [name, opts, steps] of cases) {
    it(`${name} (full batch) reaches the fit() coefficients within 1e-3`, () => {
      const m = train({ penalty: 'l2', C: 1, ...opts }, blobs.X, blobs.y, steps);
      expect(m.lastStep!.diverged).toBe(false);
      m.coef.forEach((c, j) => expect(Math.abs(c - exact.coef[j])).toBeLessThan(1e-3));
      expect(Math.abs(m.intercept - exact.intercept)).toBeLessThan(1e-3);
    });
  }

  it('mini-batch sgd (batch 20) gets the objective within 1e-3 of the optimum', () => {
    const m = train({ penalty: 'l2', C: 1, learningRate: 0.2, batchSize: 20, seed: 1 }, blobs.X, blobs.y, 3000);
    expect(m.lastStep!.loss - objective(exact, blobs.X, blobs.y)).toBeLessThan(1e-3);
    expect(m.lastStep!.loss).toBeGreaterThanOrEqual(objective(exact, blobs.X, blobs.y) - 1e-12);
  });

  it('L1 with a proximal step: exact zeros on the irrelevant features, the same support as fit()', () => {
    const fitL1 = new LogisticRegression({ penalty: 'l1', C: 0.1 }).fit(sparse.X, sparse.y);
    for (const opts of [{ optimizer: 'sgd', learningRate: 1 }, { optimizer: 'adam', learningRate: 0.01 }] as LogisticRegressionOptions[]) {
      const m = train({ penalty: 'l1', C: 0.1, ...opts }, sparse.X, sparse.y, 4000);
      fitL1.coef.forEach((c, j) => {
        if (c === 0) expect(m.coef[j]).toBe(0);
        else expect(Math.abs(m.coef[j] - c)).toBeLessThan(2e-3);
      });
      expect(fitL1.coef.filter((c) => c === 0).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('stochastic (batchSize 1) with a strong L1 penalty also produces exact zeros', () => {
    // λ = 1/(C·n) = 1.67 exceeds almost every single-sample gradient, so the soft-threshold keeps the weights at 0.
    const m = train({ penalty: 'l1', C: 0.002, learningRate: 0.05, batchSize: 1, seed: 2 }, sparse.X, sparse.y, 3000);
    expect(m.coef.filter((c) => c === 0).length).toBeGreaterThanOrEqual(4);
  });
});

describe('step API: divergence, determinism, counters', () => {
  for (const penalty of ['none', 'l2', 'l1'] as const) {
    it(`learning rate 1e3 (${penalty}) is detected as divergence; weights stay the last finite ones`, () => {
      const m = new LogisticRegression({ penalty, C: 1, learningRate: 1e3 }).start(blobs.X, blobs.y);
      let r = m.step();
      for (let i = 0; i < 50 && !r.diverged; i++) r = m.step();
      expect(r.diverged).toBe(true);
      expect([...m.coef, m.intercept].every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(r.loss)).toBe(true);
      expect(r.loss).toBeCloseTo(objective(m, blobs.X, blobs.y), 8);
      const before = [...m.coef, m.intercept];
      const again = m.step();
      expect(again.diverged).toBe(true);
      expect([...m.coef, m.intercept]).toEqual(before);
      // Re-initialising clears the flag.
      m.start(blobs.X, blobs.y);
      expect(m.trainingState!.diverged).toBe(false);
    });
  }

  it('adam and momentum at lr 1e3 diverge without NaN too', () => {
    for (const optimizer of ['adam', 'momentum'] as const) {
      const m = train({ optimizer, learningRate: 1e3, penalty: 'l2' }, blobs.X, blobs.y, 50);
      expect(m.lastStep!.diverged).toBe(true);
      m.predictProba(blobs.X).flat().forEach((p) => expect(Number.isFinite(p)).toBe(true));
    }
  });

  it('same seed → identical trajectory; another seed → another one (mini-batches)', () => {
    const run = (seed: number) => {
      const m = new LogisticRegression({ learningRate: 0.1, batchSize: 16, optimizer: 'adam', seed }).start(blobs.X, blobs.y);
      return Array.from({ length: 40 }, () => m.step().loss);
    };
    expect(run(7)).toEqual(run(7));
    expect(run(8)).not.toEqual(run(7));
  });

  it('epoch and batch counters: 100 samples in batches of 32 → 4 batches per epoch, the last one smaller', () => {
    const X = blobs.X.slice(0, 100), y = blobs.y.slice(0, 100);
    const m = new LogisticRegression({ batchSize: 32 }).start(X, y);
    const rs = Array.from({ length: 9 }, () => m.step());
    expect(rs.map((r) => r.batch)).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0]);
    expect(rs.map((r) => r.epoch)).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2]);
    expect(rs.map((r) => r.epochEnd)).toEqual([false, false, false, true, false, false, false, true, false]);
    expect(rs[8].iteration).toBe(9);
    expect(rs[0].batchesPerEpoch).toBe(4);
    expect(m.nIter).toBe(2);
    const full = new LogisticRegression().start(X, y);
    expect(full.step()).toMatchObject({ epoch: 1, batch: 0, epochEnd: true, batchesPerEpoch: 1 });
    // A batch larger than the data is a full batch.
    expect(new LogisticRegression({ batchSize: 1000 }).start(X, y).step().batchesPerEpoch).toBe(1);
  });

  it('partialFit runs one epoch and continues on the same data', () => {
    const m = new LogisticRegression({ batchSize: 50, learningRate: 0.5 });
    m.partialFit(blobs.X, blobs.y);
    expect(m.lastStep).toMatchObject({ epoch: 1, iteration: 4, epochEnd: true });
    const l1 = m.lastStep!.loss;
    m.partialFit(blobs.X, blobs.y);
    expect(m.lastStep).toMatchObject({ epoch: 2, iteration: 8 });
    expect(m.lastStep!.loss).toBeLessThan(l1);
    expect(m.nIter).toBe(2);
    // New data of the same width keeps the weights (warm start) and restarts the counters.
    const w = m.coef;
    const half = { X: blobs.X.slice(0, 100), y: blobs.y.slice(0, 100) };
    const m2 = m.partialFit(half.X, half.y);
    expect(m2).toBe(m);
    expect(m.lastStep).toMatchObject({ epoch: 1, iteration: 2 });
    expect(m.coef).not.toEqual([0, 0]);
    expect(Math.abs(m.coef[0] - w[0])).toBeLessThan(1);
  });

  it('fitIntercept = false keeps the intercept at 0 while training', () => {
    const m = train({ fitIntercept: false, learningRate: 0.5 }, blobs.X, blobs.y, 20);
    expect(m.intercept).toBe(0);
    expect(m.coef[0]).toBeGreaterThan(0);
  });

  it('fit after training replaces the step state', () => {
    const m = train({ learningRate: 0.5 }, blobs.X, blobs.y, 3);
    m.fit(blobs.X, blobs.y);
    expect(m.trainingState).toBeNull();
    expect(() => m.step()).toThrow(/call start\(X, y\) first/);
  });
});
