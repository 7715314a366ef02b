/**
 * The two half-steps of Lloyd's algorithm on flat row-major arrays, written to mirror scikit-learn's
 * `lloyd_iter_chunked_dense` + `_relocate_empty_clusters_dense` (sklearn/cluster/_k_means_lloyd.pyx, 1.2).
 */

/**
 * E-step: each point goes to its nearest centre (squared Euclidean; ties go to the lower centre index,
 * as scikit-learn's strict `<`). Writes `labels`, returns how many labels differ from what they were.
 */
export function assignLabels(
  X: Float64Array, n: number, d: number, centers: Float64Array, k: number, labels: Int32Array,
): number {
  // one loop for every d: fit's 2-D runs use the grid (kmeans-grid.ts); this serves the step API and predict
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const off = i * d;
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      const coff = c * d;
      let dist = 0;
      for (let j = 0; j < d; j++) {
        const t = X[off + j] - centers[coff + j];
        dist += t * t;
      }
      if (dist < bestD) { bestD = dist; best = c; }
    }
    if (labels[i] !== best) { changed++; labels[i] = best; }
  }
  return changed;
}

/**
 * fit's plain Lloyd iteration: the E-step and the sums of the M-step in one pass over the points (as scikit-learn's
 * lloyd_iter_chunked_dense does chunk by chunk), so X is read once per iteration. The labels equal assignLabels',
 * the sums equal updateCenters' (added in point order); finishUpdate then divides them. Returns how many labels changed.
 */
export function assignAndSum(
  X: Float64Array, n: number, d: number, centers: Float64Array, k: number, labels: Int32Array,
  sums: Float64Array, weight: Float64Array,
): number {
  sums.fill(0);
  weight.fill(0);
  let changed = 0;
  for (let i = 0; i < n; i++) {
    const off = i * d;
    let best = 0;
    let bestD = Infinity;
    for (let c = 0; c < k; c++) {
      const coff = c * d;
      let dist = 0;
      for (let j = 0; j < d; j++) {
        const t = X[off + j] - centers[coff + j];
        dist += t * t;
      }
      if (dist < bestD) { bestD = dist; best = c; }
    }
    if (labels[i] !== best) { changed++; labels[i] = best; }
    weight[best] += 1;
    const coff = best * d;
    for (let j = 0; j < d; j++) sums[coff + j] += X[off + j];
  }
  return changed;
}

/** What one M-step did: per-centre Euclidean shift, and which empty clusters were re-seeded (and from which point). */
export interface UpdateInfo {
  shift: Float64Array;
  relocated: { cluster: number; point: number }[];
}

/**
 * M-step: each centre moves to the mean of its points. A cluster left with no points is re-seeded, as in
 * scikit-learn, at the point farthest from its own (old) centre, which is taken out of its cluster's sum
 * (its label is *not* changed until the next E-step). With several empty clusters they take the farthest
 * points in decreasing order of distance (scikit-learn's argpartition leaves that order unspecified).
 */
export function updateCenters(
  X: Float64Array, n: number, d: number, labels: Int32Array,
  oldCenters: Float64Array, k: number, newCenters: Float64Array,
): UpdateInfo {
  newCenters.fill(0);
  const weight = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const c = labels[i];
    weight[c] += 1;
    const off = i * d, coff = c * d;
    for (let j = 0; j < d; j++) newCenters[coff + j] += X[off + j];
  }
  return finishUpdate(X, n, d, labels, oldCenters, k, newCenters, weight);
}

/** Re-seeds empty clusters, divides the sums by the counts and measures how far each centre moved. */
export function finishUpdate(
  X: Float64Array, n: number, d: number, labels: Int32Array, oldCenters: Float64Array, k: number,
  newCenters: Float64Array, weight: Float64Array,
): UpdateInfo {
  const relocated: { cluster: number; point: number }[] = [];
  const empty: number[] = [];
  for (let c = 0; c < k; c++) if (weight[c] === 0) empty.push(c);
  if (empty.length > 0) {
    const far = farthestPoints(X, n, d, labels, oldCenters, empty.length);
    for (let e = 0; e < empty.length; e++) {
      const c = empty[e], p = far[e], from = labels[p];
      for (let j = 0; j < d; j++) {
        newCenters[from * d + j] -= X[p * d + j];
        newCenters[c * d + j] = X[p * d + j];
      }
      weight[c] = 1;
      weight[from] -= 1;
      relocated.push({ cluster: c, point: p });
    }
  }
  const shift = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    const coff = c * d;
    if (weight[c] > 0) {
      const alpha = 1 / weight[c];
      for (let j = 0; j < d; j++) newCenters[coff + j] *= alpha;
    }
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = newCenters[coff + j] - oldCenters[coff + j];
      s += t * t;
    }
    shift[c] = Math.sqrt(s);
  }
  return { shift, relocated };
}

/** Indices of the `m` points farthest from their assigned centre, farthest first (ties: lower index first). */
function farthestPoints(
  X: Float64Array, n: number, d: number, labels: Int32Array, centers: Float64Array, m: number,
): number[] {
  const dist = new Float64Array(n);
  for (let i = 0; i < n; i++) dist[i] = sqDist(X, i * d, centers, labels[i] * d, d);
  const idx = Array.from({ length: n }, (_, i) => i);
  idx.sort((a, b) => dist[b] - dist[a] || a - b);
  return idx.slice(0, m);
}

export function sqDist(a: ArrayLike<number>, aOff: number, b: ArrayLike<number>, bOff: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) {
    const t = a[aOff + j] - b[bOff + j];
    s += t * t;
  }
  return s;
}

/** Sum of squared distances of points to the centre of their label (scikit-learn's `_inertia_dense`). */
export function inertiaOf(
  X: Float64Array, n: number, d: number, centers: Float64Array, labels: Int32Array,
): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += sqDist(X, i * d, centers, labels[i] * d, d);
  return s;
}

/** scikit-learn's `_tolerance`: `tol` times the mean of the features' (population) variances. */
export function scaledTolerance(X: Float64Array, n: number, d: number, tol: number): number {
  if (tol === 0) return 0;
  let total = 0;
  for (let j = 0; j < d; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += X[i * d + j];
    mean /= n;
    let v = 0;
    for (let i = 0; i < n; i++) {
      const t = X[i * d + j] - mean;
      v += t * t;
    }
    total += v / n;
  }
  return (total / d) * tol;
}
