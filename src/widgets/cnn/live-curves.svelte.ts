import type { BatchProgress } from '../../core/nn/session';

export interface CurvePoints {
  /** Position in epochs (2.5 = half way through the third epoch). */
  x: number[];
  loss: number[];
  acc: number[];
}

/**
 * The per-batch loss and accuracy points of a run. Points collect in a buffer and reach the charts at most
 * once a second (and at every epoch end): redrawing two charts for every progress message is main-thread
 * work the page does not need while the worker trains.
 */
export class LiveCurves {
  points = $state.raw<CurvePoints>({ x: [], loss: [], acc: [] });
  private buffer: CurvePoints = { x: [], loss: [], acc: [] };
  private lastFlush = 0;

  constructor(
    private readonly everyMs = 1000,
    private readonly now: () => number = () => performance.now(),
  ) {}

  add(p: BatchProgress): void {
    this.buffer.x.push(p.epoch - 1 + p.batch / p.batches);
    this.buffer.loss.push(p.loss);
    this.buffer.acc.push(p.accuracy);
    if (this.now() - this.lastFlush > this.everyMs) this.flush();
  }

  flush(): void {
    this.points = { x: [...this.buffer.x], loss: [...this.buffer.loss], acc: [...this.buffer.acc] };
    this.lastFlush = this.now();
  }

  clear(): void {
    this.buffer = { x: [], loss: [], acc: [] };
    this.flush();
  }
}
