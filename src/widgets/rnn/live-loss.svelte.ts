/**
 * The live training-loss points (seconds, loss) of a run. They collect in a buffer and reach the chart at most
 * once a second: redrawing for every progress message is main-thread work the page does not need.
 */
export class LiveLoss {
  points = $state.raw<{ x: number[]; y: number[] }>({ x: [], y: [] });
  private buf = { x: [] as number[], y: [] as number[] };
  private last = 0;

  constructor(private readonly everyMs = 1000, private readonly now: () => number = () => performance.now()) {}

  add(seconds: number, loss: number): void {
    if (!Number.isFinite(loss)) return;
    this.buf.x.push(seconds);
    this.buf.y.push(loss);
    if (this.now() - this.last > this.everyMs) this.flush();
  }

  flush(): void {
    this.points = { x: [...this.buf.x], y: [...this.buf.y] };
    this.last = this.now();
  }

  clear(): void {
    this.buf = { x: [], y: [] };
    this.flush();
  }
}
