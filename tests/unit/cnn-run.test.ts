import { describe, expect, it } from 'vitest';
import { LiveCurves } from '../../src/widgets/cnn/live-curves.svelte';
import { batchProgress } from '../../src/widgets/cnn/worker-run';
import type { BatchProgress } from '../../src/core/nn/session';

const batch = (epoch: number, b: number, loss: number): BatchProgress => ({
  epoch, epochs: 4, batch: b, batches: 10, loss, accuracy: 1 - loss, elapsedMs: 0, imagesPerSecond: 0, tensors: 0,
});

describe('CNN worker run', () => {
  it('progress counts batches over the whole run: epoch 3, batch 4 of 10, 4 epochs = 24 / 40', () => {
    expect(batchProgress(batch(3, 4, 0.5))).toEqual({ done: 24, total: 40, unit: 'batches' });
    expect(batchProgress({ ...batch(1, 0, 0), batches: 0 })).toEqual({ done: 0, total: 0, unit: 'batches' });
  });

  it('chart points reach the charts at most once a second, at each epoch end (flush) and on clear', () => {
    let t = 0;
    const curves = new LiveCurves(1000, () => t);
    t = 1500;
    curves.add(batch(1, 5, 0.9)); // first point after > 1 s: drawn
    expect(curves.points.x).toEqual([0.5]);
    t = 1800;
    curves.add(batch(1, 10, 0.7)); // 0.3 s later: buffered
    expect(curves.points.x).toEqual([0.5]);
    curves.flush(); // the epoch ended
    expect(curves.points).toEqual({ x: [0.5, 1], loss: [0.9, 0.7], acc: [1 - 0.9, 1 - 0.7] });
    t = 2900;
    curves.add(batch(2, 5, 0.5)); // 1.1 s after the flush
    expect(curves.points.x).toEqual([0.5, 1, 1.5]);
    curves.clear();
    expect(curves.points).toEqual({ x: [], loss: [], acc: [] });
  });
});
