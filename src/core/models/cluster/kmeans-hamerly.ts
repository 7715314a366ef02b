/**
 * Lloyd's iterations for fit(), accelerated by Hamerly's bounds (G. Hamerly, "Making k-means even faster",
 * SDM 2010): for each point an upper bound on the distance to its own centre and a lower bound on the distance
 * to any other centre let most points skip the distance computations once the centres settle. The assignment
 * is exactly Lloyd's: a point skips only when its centre is *strictly* nearer than every other (with a small
 * safety margin against rounding), so the argmin is unique and equals the full scan's; every other point is
 * scanned in full with Lloyd's tie rule. The new centres are summed in the same order as updateCenters, so the
 * centres are bit-identical to the plain loop's (and the step API's).
 */
import { finishUpdate, type UpdateInfo } from './kmeans-lloyd';

const MARGIN = 1 + 1e-10; // bounds drift by rounding; a near-tie is always re-checked in full

export class HamerlyState {
  private readonly upper: Float64Array;
  private readonly lower: Float64Array;
  private readonly half: Float64Array; // half the distance from each centre to its nearest other centre
  private first = true;

  constructor(readonly n: number, readonly k: number) {
    this.upper = new Float64Array(n);
    this.lower = new Float64Array(n);
    this.half = new Float64Array(k);
  }

  /**
   * Assigns every point (writing `labels`, returning how many changed), then computes the new centres into
   * `newCenters` exactly as updateCenters does, and moves the bounds by how far the centres moved.
   */
  iterate(
    X: Float64Array, d: number, centers: Float64Array, labels: Int32Array, newCenters: Float64Array,
  ): { changed: number; info: UpdateInfo } {
    const { n, k, upper, lower, half } = this;
    // half distances between centres
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
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const off = i * d;
      if (!this.first) {
        const a = labels[i];
        const bound = Math.max(half[a], lower[i]);
        if (upper[i] * MARGIN < bound) continue;
        // tighten the upper bound and test again
        let s = 0;
        if (d === 2) {
          const t0 = X[off] - centers[2 * a], t1 = X[off + 1] - centers[2 * a + 1];
          s = t0 * t0 + t1 * t1;
        } else {
          for (let j = 0; j < d; j++) { const t = X[off + j] - centers[a * d + j]; s += t * t; }
        }
        upper[i] = Math.sqrt(s);
        if (upper[i] * MARGIN < bound) continue;
      }
      // full scan: nearest (first of equals, as Lloyd) and second nearest
      let best = 0, bestD = Infinity, secondD = Infinity;
      if (d === 2) {
        // the 2-D case (the widgets, the benchmark) unrolled
        const x0 = X[off], x1 = X[off + 1];
        for (let c = 0; c < k; c++) {
          const t0 = x0 - centers[2 * c], t1 = x1 - centers[2 * c + 1];
          const s = t0 * t0 + t1 * t1;
          if (s < bestD) { secondD = bestD; bestD = s; best = c; }
          else if (s < secondD) secondD = s;
        }
      } else {
        for (let c = 0; c < k; c++) {
          let s = 0;
          const coff = c * d;
          for (let j = 0; j < d; j++) { const t = X[off + j] - centers[coff + j]; s += t * t; }
          if (s < bestD) { secondD = bestD; bestD = s; best = c; }
          else if (s < secondD) secondD = s;
        }
      }
      if (labels[i] !== best) { changed++; labels[i] = best; }
      upper[i] = Math.sqrt(bestD);
      lower[i] = Math.sqrt(secondD);
    }
    this.first = false;
    // M-step, summed in point order exactly as updateCenters
    newCenters.fill(0);
    const weight = new Float64Array(k);
    if (d === 2) {
      for (let i = 0; i < n; i++) {
        const c = labels[i];
        weight[c] += 1;
        newCenters[2 * c] += X[2 * i];
        newCenters[2 * c + 1] += X[2 * i + 1];
      }
    } else {
      for (let i = 0; i < n; i++) {
        const c = labels[i];
        weight[c] += 1;
        const off = i * d, coff = c * d;
        for (let j = 0; j < d; j++) newCenters[coff + j] += X[off + j];
      }
    }
    const info = finishUpdate(X, n, d, labels, centers, k, newCenters, weight);
    // move the bounds: own centre moved by shift[a]; any other by at most the largest (other) shift
    let m1 = -1, m1c = -1, m2 = -1;
    for (let c = 0; c < k; c++) {
      const s = info.shift[c];
      if (s > m1) { m2 = m1; m1 = s; m1c = c; }
      else if (s > m2) m2 = s;
    }
    for (let i = 0; i < n; i++) {
      const a = labels[i];
      upper[i] += info.shift[a];
      lower[i] -= a === m1c ? Math.max(m2, 0) : m1;
    }
    return { changed, info };
  }
}
