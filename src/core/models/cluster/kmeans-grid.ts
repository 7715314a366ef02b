/**
 * Lloyd's iterations for fit() on 2-D data, accelerated by a grid over the points' bounding box: before each
 * assignment, every cell lists the centres that can be nearest to some point inside it (a centre is dropped when
 * its nearest possible distance to the cell exceeds another centre's farthest). Points in a cell with one candidate
 * take it without computing a distance; the others compare only their cell's candidates. With 100,000 points,
 * k = 8 and a 64×64 grid, most cells have one candidate, and a pass costs about a third of plain Lloyd's
 * (bench/suites/kmeans.ts; docs/PERFORMANCE.md, kmeans).
 *
 * The result is exactly Lloyd's: the test is conservative (cells padded against rounding, a relative margin on
 * the squared distances), so a dropped centre is strictly farther than a kept one for every point of the cell;
 * candidates are compared in index order with `<`, so ties go to the lower index as in the full scan. Points are
 * visited in their own order and summed into their centre as updateCenters does, so the centres are bit-identical.
 */
import { finishUpdate, type UpdateInfo } from './kmeans-lloyd';

const MARGIN = 1 + 1e-9;

export class GridState {
  private readonly g: number; // cells per side
  private readonly lo: [number, number];
  private readonly w: [number, number]; // cell width per axis
  private readonly pad: [number, number]; // cells are widened by this against rounding in the cell index
  private readonly cell: Uint16Array;
  private readonly count: Uint8Array;
  private readonly cand: Uint8Array; // the candidates of cell c: cand[c·k … c·k + count[c]), in index order
  private readonly weight: Float64Array;

  /** The grid for X, or null where it does not apply: not 2-D, more than 64 centres, or values beyond ±1e100. */
  static create(X: Float64Array, n: number, d: number, k: number): GridState | null {
    if (d !== 2 || k > 64) return null;
    let lo0 = Infinity, lo1 = Infinity, hi0 = -Infinity, hi1 = -Infinity;
    for (let i = 0; i < n; i++) {
      const a = X[2 * i], b = X[2 * i + 1];
      if (a < lo0) lo0 = a;
      if (a > hi0) hi0 = a;
      if (b < lo1) lo1 = b;
      if (b > hi1) hi1 = b;
    }
    const lo: [number, number] = [lo0, lo1], hi: [number, number] = [hi0, hi1];
    // squared distances across the box must not overflow
    return Math.max(-lo[0], -lo[1], hi[0], hi[1]) > 1e100 ? null : new GridState(X, n, k, lo, hi);
  }

  private constructor(X: Float64Array, readonly n: number, readonly k: number, lo: [number, number], hi: [number, number]) {
    // about 24 points per cell: enough that classifying the cells costs little next to the pass over the points
    const g = (this.g = Math.max(1, Math.min(128, Math.round(Math.sqrt(n / 24)))));
    this.lo = lo;
    this.w = [(hi[0] - lo[0]) / g || 1, (hi[1] - lo[1]) / g || 1];
    this.pad = [0, 1].map((j) => this.w[j] * 1e-6 + (Math.abs(lo[j]) + Math.abs(hi[j])) * 1e-14) as [number, number];
    this.cell = new Uint16Array(n); // g ≤ 128: at most 16,384 cells
    // the cell index by a multiplication: its rounding is within the cells' padding
    const [lo0, lo1] = lo, i0 = 1 / this.w[0], i1 = 1 / this.w[1], cell = this.cell;
    for (let i = 0; i < n; i++) {
      const a = Math.min(g - 1, Math.floor((X[2 * i] - lo0) * i0));
      const b = Math.min(g - 1, Math.floor((X[2 * i + 1] - lo1) * i1));
      cell[i] = b * g + a;
    }
    this.count = new Uint8Array(g * g);
    this.cand = new Uint8Array(g * g * k);
    this.weight = new Float64Array(k);
  }

  /** Assigns every point, then computes the new centres into `newCenters` exactly as updateCenters does. */
  iterate(
    X: Float64Array, centers: Float64Array, labels: Int32Array, newCenters: Float64Array,
  ): { changed: number; info: UpdateInfo } {
    const changed = this.pass(X, centers, labels, newCenters);
    return { changed, info: finishUpdate(X, this.n, 2, labels, centers, this.k, newCenters, this.weight) };
  }

  /** The assignment alone (the final one after stopping on tol or maxIter): same labels as assignLabels. */
  assign(X: Float64Array, centers: Float64Array, labels: Int32Array): number {
    return this.pass(X, centers, labels, null);
  }

  /** Lists each cell's candidate centres for these centres. */
  private classify(C: Float64Array): void {
    const { g, k, lo, w, pad, count, cand } = this;
    for (let b = 0; b < g; b++) {
      const y0 = lo[1] + b * w[1] - pad[1], y1 = lo[1] + (b + 1) * w[1] + pad[1];
      for (let a = 0; a < g; a++) {
        const x0 = lo[0] + a * w[0] - pad[0], x1 = lo[0] + (a + 1) * w[0] + pad[0];
        // the smallest farthest distance: some centre is at least this near to every point of the cell
        let m = Infinity;
        for (let c = 0; c < k; c++) {
          const fx = Math.max(C[2 * c] - x0, x1 - C[2 * c]), fy = Math.max(C[2 * c + 1] - y0, y1 - C[2 * c + 1]);
          const far = fx * fx + fy * fy;
          if (far < m) m = far;
        }
        m *= MARGIN;
        const cellIdx = b * g + a, off = cellIdx * k;
        let cnt = 0;
        for (let c = 0; c < k; c++) {
          const cx = C[2 * c], cy = C[2 * c + 1];
          const dx = cx < x0 ? x0 - cx : cx > x1 ? cx - x1 : 0, dy = cy < y0 ? y0 - cy : cy > y1 ? cy - y1 : 0;
          if (dx * dx + dy * dy <= m) cand[off + cnt++] = c;
        }
        count[cellIdx] = cnt;
      }
    }
  }

  private pass(X: Float64Array, C: Float64Array, labels: Int32Array, sums: Float64Array | null): number {
    this.classify(C);
    const { n, k, cell, count, cand, weight } = this;
    if (sums) { sums.fill(0); weight.fill(0); }
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const x0 = X[2 * i], x1 = X[2 * i + 1], ce = cell[i];
      let best = cand[ce * k];
      if (count[ce] > 1) {
        let bestD = Infinity;
        for (let q = ce * k, end = q + count[ce]; q < end; q++) {
          const c = cand[q], t0 = x0 - C[2 * c], t1 = x1 - C[2 * c + 1];
          const s = t0 * t0 + t1 * t1;
          if (s < bestD) { bestD = s; best = c; }
        }
      }
      if (labels[i] !== best) { changed++; labels[i] = best; }
      if (sums) {
        weight[best] += 1;
        sums[2 * best] += x0;
        sums[2 * best + 1] += x1;
      }
    }
    return changed;
  }
}
