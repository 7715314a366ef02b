/**
 * The state of one Lloyd run of k-means (split from kmeans.ts): KMeans.fit drives it to the end, KMeans.step
 * one half-step at a time. Stopping rules as documented in kmeans.ts.
 */
import { GridState } from './kmeans-grid';
import { assignAndSum, assignLabels, finishUpdate, inertiaOf, updateCenters, type UpdateInfo } from './kmeans-lloyd';

export type Phase = 'assign' | 'update' | 'final-assign' | 'done';
export type StopReason = 'labels-unchanged' | 'tol' | 'max-iter' | null;
/**
 * How fit's iterations find the nearest centres: every distance (plain Lloyd), or the candidate centres of a grid cell
 * (2-D only). Both give the same run bit for bit (tests/unit/kmeans.test.ts). 'auto', what fit uses: the grid where it
 * applies (2-D, k ≤ 64), else plain Lloyd. On 100,000 2-D points, k = 8, the same 12 iterations took 88 ms with the
 * grid against 254 as plain Lloyd (medians of 11 interleaved rounds at load 19 on 2 cores; bench/suites/kmeans.ts).
 * Hamerly's bounds (G. Hamerly, SDM 2010), which fit used before, were removed with the grid's arrival: in the same
 * rounds they took 275 ms at d = 2; at d = 3 and 8 (100,000 points, k = 8) they were 1.6× faster than plain Lloyd,
 * but keeping them next to the grid put #/kmeans 0.5 KB over its bundle budget (docs/PERFORMANCE.md, kmeans).
 */
export type Accel = 'auto' | 'lloyd' | 'grid';

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
    init: Float64Array, readonly maxIter: number, readonly tolScaled: number, readonly accel: Accel = 'auto',
  ) {
    this.labels = new Int32Array(n).fill(-1);
    this.centers = init;
    this.spare = new Float64Array(init.length);
    if (maxIter < 1) this.phase = 'final-assign';
  }
  assign(): number {
    // fit's final assignment uses the grid's cells where it has them; the step API and plain runs assign in full
    const changed = this.grid
      ? this.grid.assign(this.X, this.centers, this.labels)
      : assignLabels(this.X, this.n, this.d, this.centers, this.k, this.labels);
    this.lastChanged = changed;
    this.phase = this.phase === 'final-assign' ? 'done' : 'update';
    return changed;
  }
  update(): { info: UpdateInfo; reason: StopReason } {
    const info = updateCenters(this.X, this.n, this.d, this.labels, this.centers, this.k, this.spare);
    return this.afterUpdate(info);
  }
  private grid: GridState | null = null;
  private weight: Float64Array | null = null;
  /** assign() then update() in one pass over X (same numbers): fit's inner loop. */
  iterate(): void {
    if (this.nIter === 0 && (this.accel === 'auto' || this.accel === 'grid')) {
      this.grid = GridState.create(this.X, this.n, this.d, this.k);
    }
    if (this.grid) {
      const { changed, info } = this.grid.iterate(this.X, this.centers, this.labels, this.spare);
      this.lastChanged = changed;
      this.afterUpdate(info);
      return;
    }
    const weight = (this.weight ??= new Float64Array(this.k));
    this.lastChanged = assignAndSum(this.X, this.n, this.d, this.centers, this.k, this.labels, this.spare, weight);
    this.afterUpdate(finishUpdate(this.X, this.n, this.d, this.labels, this.centers, this.k, this.spare, weight));
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

