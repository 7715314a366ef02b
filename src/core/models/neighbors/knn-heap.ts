/**
 * The bounded max-heap of the k nearest (reduced distance, index) pairs that every search in knn-index.ts
 * fills (split from knn-index.ts). Ordered by (distance, index), so ties go to the lower training index.
 */

/**
 * Places (r, i) into the max-heap dist/idx[0, size) starting from the root (whose old pair has been removed):
 * moves the larger child up until (r, i) is no smaller than both children. Shared by push (replace the root)
 * and sort (heapsort's restore step).
 */
function siftDown(dist: Float64Array, idx: Int32Array, size: number, r: number, i: number): void {
  let pos = 0;
  for (;;) {
    const l = 2 * pos + 1;
    if (l >= size) break;
    let c = l;
    const rr = l + 1;
    if (rr < size && (dist[rr] > dist[l] || (dist[rr] === dist[l] && idx[rr] > idx[l]))) c = rr;
    if (dist[c] < r || (dist[c] === r && idx[c] < i)) break;
    dist[pos] = dist[c];
    idx[pos] = idx[c];
    pos = c;
  }
  dist[pos] = r;
  idx[pos] = i;
}

/**
 * The best k (reduced distance, index) pairs seen so far, in a binary max-heap ordered by (distance, index):
 * the root is the current k-th neighbour. `member` marks the indices held (stamped with the query number), so a
 * warm-start seed met again in the tree is not added twice. sorted() orders them nearest first.
 */
export class TopK {
  dist: Float64Array;
  idx: Int32Array;
  size = 0;
  private stamp = 0;
  private readonly member: Int32Array;
  constructor(readonly k: number, n: number) {
    this.dist = new Float64Array(k);
    this.idx = new Int32Array(k);
    this.member = new Int32Array(n).fill(-1);
  }
  reset(): void {
    this.size = 0;
    this.stamp++;
  }
  /** Worst kept distance, or +∞ while not full. */
  worst(): number {
    return this.size < this.k ? Infinity : this.dist[0];
  }
  push(r: number, i: number): void {
    if (this.member[i] === this.stamp) return;
    const { dist, idx, k } = this;
    if (this.size < k) {
      // sift up
      let pos = this.size++;
      while (pos > 0) {
        const parent = (pos - 1) >> 1;
        const pd = dist[parent];
        if (pd > r || (pd === r && idx[parent] > i)) break;
        dist[pos] = pd;
        idx[pos] = idx[parent];
        pos = parent;
      }
      dist[pos] = r;
      idx[pos] = i;
      this.member[i] = this.stamp;
      return;
    }
    const wd = dist[0];
    if (r > wd || (r === wd && i > idx[0])) return;
    this.member[idx[0]] = -1;
    this.member[i] = this.stamp;
    // replace the root and sift down
    siftDown(dist, idx, k, r, i);
  }
  /** Sorts the kept pairs nearest first (ties: lower index first) in place, by heapsort; the heap is spent. */
  sort(): void {
    const { dist, idx } = this;
    for (let end = this.size - 1; end > 0; end--) {
      // move the current maximum to the end, then restore the heap on [0, end)
      const r = dist[end], i = idx[end];
      dist[end] = dist[0];
      idx[end] = idx[0];
      siftDown(dist, idx, end, r, i);
    }
  }
}
