import { describe, it, expect } from 'vitest';
import { EarlyStopping } from '../../src/core/models/neural_network/early-stopping';

describe('EarlyStopping', () => {
  it('keeps the best epoch, waits `patience` epochs without an improvement larger than tol, then stops', () => {
    const es = new EarlyStopping<string>({ patience: 3, tol: 0.01 });
    const losses = [1, 0.8, 0.7, 0.695, 0.72, 0.69];
    const verdicts = losses.map((l, e) => es.update(e, l, () => `w${e}`));
    // 0.695 and 0.69 are within tol of 0.7: not improvements
    expect(verdicts).toEqual(['improved', 'improved', 'improved', 'wait', 'wait', 'stop']);
    expect(es.best).toEqual({ epoch: 2, loss: 0.7, snapshot: 'w2' });
  });

  it('takes snapshots only of new bests; a NaN loss never counts as one; patience must be ≥ 1', () => {
    let taken = 0;
    const es = new EarlyStopping<number>({ patience: 2 });
    es.update(0, 0.5, () => ++taken);
    expect(es.update(1, NaN, () => ++taken)).toBe('wait');
    expect(es.update(2, 0.4, () => ++taken)).toBe('improved');
    expect(taken).toBe(2);
    expect(() => new EarlyStopping({ patience: 0 })).toThrow(/at least 1/);
  });
});
