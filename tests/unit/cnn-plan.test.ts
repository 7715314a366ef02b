import { describe, it, expect } from 'vitest';
import { planFromParams, etaSeconds, digitConfusion } from '../../src/widgets/cnn/plan';
import { schema, type Params } from '../../src/widgets/cnn/params';
import { defaults } from '../../src/params';
import { countParams, convOutputShapes } from '../../src/core/nn/cnn-spec';

const base = defaults(schema) as Params;

describe('CNN widget plan', () => {
  it('the defaults describe conv 16×5×5 s2 → conv 32×3×3 s2 → dropout → 10 on 28×28, Adam with cosine schedule', () => {
    const p = planFromParams(base, 28, 28);
    expect(p.spec.conv).toEqual([{ filters: 16, kernelSize: 5, strides: 2 }, { filters: 32, kernelSize: 3, strides: 2 }]);
    expect(p.spec.pooling).toBe('none');
    expect(p.spec.denseUnits).toBe(0);
    expect(convOutputShapes(p.spec)).toEqual([[14, 14, 16], [7, 7, 32]]);
    // 5·5·16+16 + 3·3·16·32+32 + 7·7·32·10+10
    expect(countParams(p.spec)).toBe(416 + 4640 + 15690);
    expect(p.config).toMatchObject({ epochs: 20, batchSize: 64, optimizer: 'adam', learningRate: 0.003, lrSchedule: 'cosine', augmentShift: 1, timeLimitSeconds: 60, patience: 3 });
    expect([p.trainSize, p.validationFraction]).toEqual([9000, 0.1]);
  });

  it('pooling layers replace strides; layer count picks the first layers; no shift on 8×8; no patience without validation', () => {
    const p = planFromParams({ ...base, pooling: 'max', convLayers: 3, valShare: 0 }, 8, 8);
    expect(p.spec.conv.map((c) => c.strides)).toEqual([1, 1, 1]);
    expect(p.spec.pooling).toBe('max');
    expect(p.spec.inputShape).toEqual([8, 8, 1]);
    expect(p.config.augmentShift).toBe(0);
    expect(p.config.patience).toBe(0);
    expect(planFromParams({ ...base, convLayers: 1 }, 28, 28).spec.conv.length).toBe(1);
    expect(planFromParams({ ...base, schedule: 'step' }, 28, 28).config.lrSchedule).toBe('step');
  });

  it('ETA: remaining batches at the pace so far, capped by the time limit; NaN before the first batch', () => {
    expect(etaSeconds(10, 40, 5000)).toBeCloseTo(15, 10); // 30 batches × 0.5 s
    expect(etaSeconds(10, 40, 5000, 8)).toBeCloseTo(3, 10); // only 3 s of the limit left
    expect(etaSeconds(40, 40, 5000)).toBe(0);
    expect(etaSeconds(0, 40, 5000)).toBeNaN();
    expect(etaSeconds(10, 40, 0)).toBeNaN();
  });

  it('digitConfusion: always 10×10, rows = true digit, columns = predicted; mismatched lengths throw', () => {
    // Hand-counted: (0→0), (0→1), (1→1), (9→9), (9→0); digits 2–8 never occur and still get rows and columns.
    const expected = Array.from({ length: 10 }, () => new Array<number>(10).fill(0));
    expected[0][0] = 1;
    expected[0][1] = 1;
    expected[1][1] = 1;
    expected[9][9] = 1;
    expected[9][0] = 1;
    expect(digitConfusion(Uint8Array.from([0, 0, 1, 9, 9]), Int32Array.from([0, 1, 1, 9, 0]))).toEqual(expected);
    // Only one digit seen: still the full 10×10 layout.
    const only3 = digitConfusion([3, 3], [3, 5]);
    expect(only3).toHaveLength(10);
    expect(only3.every((row) => row.length === 10)).toBe(true);
    expect([only3[3][3], only3[3][5], only3.flat().reduce((a, b) => a + b, 0)]).toEqual([1, 1, 2]);
    expect(() => digitConfusion([1], [])).toThrow(/length/);
  });
});
