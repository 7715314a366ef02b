/**
 * The state of one Lloyd run of k-means (split from kmeans.ts): KMeans.fit drives it to the end, KMeans.step
 * one half-step at a time. Stopping rules as documented in kmeans.ts.
 */
import { HamerlyState } from './kmeans-hamerly';
import { assignLabels, inertiaOf, updateCenters, type UpdateInfo } from './kmeans-lloyd';

export type Phase = 'assign' | 'update' | 'final-assign' | 'done';
export type StopReason = 'labels-unchanged' | 'tol' | 'max-iter' | null;

/** The state of one Lloyd run; fit() drives it directly, step() wraps it with copies for the caller. */
export class LloydRun {
  readonly labels: Int32Array;
  centers: Float64Array;
  private spare: Float64Array;
  phase: Phase = 'assign';
  nIter = 0;
  lastChanged = -1;
  constructor(
    readonly X: Float64Array, readonly n: number, readonly d: number, readonly k: number,
    init: Float64Array, readonly maxIter: number, readonly tolScaled: number,
  ) {
    this.labels = new Int32Array(n).fill(-1);
    this.centers = init;
    this.spare = new Float64Array(init.length);
    if (maxIter < 1) this.phase = 'final-assign';
  }
  assign(): number {
    const changed = assignLabels(this.X, this.n, this.d, this.centers, this.k, this.labels);
    this.lastChanged = changed;
    this.phase = this.phase === 'final-assign' ? 'done' : 'update';
    return changed;
  }
  update(): { info: UpdateInfo; reason: StopReason } {
    const info = updateCenters(this.X, this.n, this.d, this.labels, this.centers, this.k, this.spare);
    return this.afterUpdate(info);
  }
  private hamerly: HamerlyState | null = null;
  /** assign() then update(), with Hamerly's bounds skipping most distances (same numbers): fit's inner loop. */
  iterate(): void {
    this.hamerly ??= new HamerlyState(this.n, this.k);
    const { changed, info } = this.hamerly.iterate(this.X, this.d, this.centers, this.labels, this.spare);
    this.lastChanged = changed;
    this.afterUpdate(info);
  }
  private afterUpdate(info: UpdateInfo): { info: UpdateInfo; reason: StopReason } {
    [this.centers, this.spare] = [this.spare, this.centers];
    this.nIter++;
    let reason: StopReason = null;
    if (this.lastChanged === 0) {
      reason = 'labels-unchanged';
      this.phase = 'done';
    } else {
      let tot = 0;
      for (let c = 0; c < this.k; c++) tot += info.shift[c] * info.shift[c];
      if (tot <= this.tolScaled) reason = 'tol';
      else if (this.nIter >= this.maxIter) reason = 'max-iter';
      this.phase = reason ? 'final-assign' : 'assign';
    }
    return { info, reason };
  }
  runToEnd(): void {
    while (this.phase !== 'done') {
      if (this.phase === 'assign') this.iterate();
      else if (this.phase === 'update') this.update();
      else this.assign();
    }
  }
  inertia(): number {
    return inertiaOf(this.X, this.n, this.d, this.centers, this.labels);
  }
}
