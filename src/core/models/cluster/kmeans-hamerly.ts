/**
 * Lloyd's iterations for fit(), accelerated by Hamerly's bounds (G. Hamerly, "Making k-means even faster",
 * SDM 2010): for each point an upper bound on the distance to its own centre and a lower bound on the distance
 * to any other centre let most points skip the distance computations once the centres settle. The assignment
 * is exactly Lloyd's: a point skips only when its centre is *strictly* nearer than every other (with a small
 * safety margin against rounding), so the argmin is unique and equals the full scan's; every other point is
 * scanned in full with Lloyd's tie rule. The new centres are summed in point order, as updateCenters does, so
 * the centres are bit-identical to the plain loop's (and the step API's).
 *
 * One pass over the points per iteration: the bounds are moved by the previous update's centre shifts when a
 * point is visited (not in a separate pass after the update), and the point is added to its centre's sum in the
 * same visit. The 2-D case, what the widgets and the benchmark run, has its own loop without an inner loop over
 * features (see docs/PERFORMANCE.md, kmeans, for what each of these saved).
 */
import { finishUpdate, type UpdateInfo } from './kmeans-lloyd';

const MARGIN = 1 + 1e-10; // bounds drift by rounding; a near-tie is always re-checked in full

export class HamerlyState {
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly half: Float64Array; // half the distance from each centre to its nearest other centre
  private readonly weight: Float64Array;
  /** how far each centre moved in the last update, not yet applied to the bounds */
  private shift: Float64Array;
  private readonly noShift: Float64Array;
  /** the largest shift (and its centre) and the second largest: what any *other* centre moved at most */
  private maxShift = 0;
  private maxShiftCentre = -1;
  private secondShift = 0;
  private first = true;

  constructor(readonly n: number, readonly k: number) {
    this.upper = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.half = new Float64Array(k);
    this.weight = new Float64Array(k);
    this.noShift = new Float64Array(k);
    this.shift = this.noShift;
  }

  /**
   * Assigns every point (writing `labels`, returning how many changed), then computes the new centres into
   * `newCenters` exactly as updateCenters does, and keeps their shifts for the bounds of the next pass.
   */
  iterate(
    X: Float64Array, d: number, centers: Float64Array, labels: Int32Array, newCenters: Float64Array,
  ): { changed: number; info: UpdateInfo } {
    const changed = this.pass(X, d, centers, labels, newCenters);
    const info = finishUpdate(X, this.n, d, labels, centers, this.k, newCenters, this.weight);
    this.keepShifts(info.shift);
    return { changed, info };
  }

  /** The assignment alone (the final one after stopping on tol or maxIter): same labels as assignLabels. */
  assign(X: Float64Array, d: number, centers: Float64Array, labels: Int32Array): number {
    return this.pass(X, d, centers, labels, null);
  }

  private pass(X: Float64Array, d: number, centers: Float64Array, labels: Int32Array, sums: Float64Array | null): number {
    this.halfDistances(centers, d);
    if (sums) { sums.fill(0); this.weight.fill(0); }
    const changed = d === 2 ? this.pass2(X, centers, labels, sums) : this.passD(X, d, centers, labels, sums);
    // the shifts are in the bounds now
    this.first = false;
    this.shift = this.noShift;
    this.maxShift = this.secondShift = 0;
    return changed;
  }

  /** Half the distance from each centre to its nearest other centre: a point nearer than that cannot move. */
  private halfDistances(centers: Float64Array, d: number): void {
    const { k, half } = this;
    for (let a = 0; a < k; a++) {
      let m = Infinity;
      for (let b = 0; b < k; b++) {
        if (a === b) continue;
        let s = 0;
        for (let j = 0; j < d; j++) { const t = centers[a * d + j] - centers[b * d + j]; s += t * t; }
        if (s < m) m = s;
      }
      half[a] = Math.sqrt(m) / 2;
    }
  }

  private keepShifts(shift: Float64Array): void {
    let m1 = -1, m1c = -1, m2 = -1;
    for (let c = 0; c < this.k; c++) {
      const s = shift[c];
      if (s > m1) { m2 = m1; m1 = s; m1c = c; }
      else if (s > m2) m2 = s;
    }
    this.shift = shift;
    this.maxShift = m1;
    this.maxShiftCentre = m1c;
    this.secondShift = Math.max(m2, 0);
  }

  /** One pass for d = 2: the coordinates in locals, no loop over features. */
  private pass2(X: Float64Array, centers: Float64Array, labels: Int32Array, sums: Float64Array | null): number {
    const { n, k, upper, lower, half, shift, weight, maxShift, maxShiftCentre, secondShift, first } = this;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const x0 = X[2 * i], x1 = X[2 * i + 1];
      let best = labels[i];
      scan: {
        if (!first) {
          // move the bounds by the last update: own centre by its shift, any other by at most the largest other shift
          const u = upper[i] + shift[best];
          const l = lower[i] - (best === maxShiftCentre ? secondShift : maxShift);
          lower[i] = l;
          const bound = half[best] > l ? half[best] : l;
          if (u * MARGIN < bound) { upper[i] = u; break scan; }
          // tighten the upper bound and test again
          const t0 = x0 - centers[2 * best], t1 = x1 - centers[2 * best + 1];
          const tight = Math.sqrt(t0 * t0 + t1 * t1);
          upper[i] = tight;
          if (tight * MARGIN < bound) break scan;
        }
        // full scan: nearest (first of equals, as Lloyd) and second nearest
        let bestD = Infinity, secondD = Infinity;
        best = 0;
        for (let c = 0; c < k; c++) {
          const t0 = x0 - centers[2 * c], t1 = x1 - centers[2 * c + 1];
          const s = t0 * t0 + t1 * t1;
          if (s < bestD) { secondD = bestD; bestD = s; best = c; }
          else if (s < secondD) secondD = s;
        }
        if (labels[i] !== best) { changed++; labels[i] = best; }
        upper[i] = Math.sqrt(bestD);
        lower[i] = Math.sqrt(secondD);
      }
      if (sums) {
        weight[best] += 1;
        sums[2 * best] += x0;
        sums[2 * best + 1] += x1;
      }
    }
    return changed;
  }

  /** One pass for any d (same steps as pass2). */
  private passD(X: Float64Array, d: number, centers: Float64Array, labels: Int32Array, sums: Float64Array | null): number {
    const { n, k, upper, lower, half, shift, weight, maxShift, maxShiftCentre, secondShift, first } = this;
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const off = i * d;
      let best = labels[i];
      scan: {
        if (!first) {
          const u = upper[i] + shift[best];
          const l = lower[i] - (best === maxShiftCentre ? secondShift : maxShift);
          lower[i] = l;
          const bound = Math.max(half[best], l);
          if (u * MARGIN < bound) { upper[i] = u; break scan; }
          let s = 0;
          for (let j = 0; j < d; j++) { const t = X[off + j] - centers[best * d + j]; s += t * t; }
          const tight = Math.sqrt(s);
          upper[i] = tight;
          if (tight * MARGIN < bound) break scan;
        }
        let bestD = Infinity, secondD = Infinity;
        best = 0;
        for (let c = 0; c < k; c++) {
          let s = 0;
          const coff = c * d;
          for (let j = 0; j < d; j++) { const t = X[off + j] - centers[coff + j]; s += t * t; }
          if (s < bestD) { secondD = bestD; bestD = s; best = c; }
          else if (s < secondD) secondD = s;
        }
        if (labels[i] !== best) { changed++; labels[i] = best; }
        upper[i] = Math.sqrt(bestD);
        lower[i] = Math.sqrt(secondD);
      }
      if (sums) {
        weight[best] += 1;
        const coff = best * d;
        for (let j = 0; j < d; j++) sums[coff + j] += X[off + j];
      }
    }
    return changed;
  }
}
