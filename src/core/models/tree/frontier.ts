/**
 * The priority queue of best-first growth (maxLeafNodes): the node with the largest impurity improvement is
 * expanded next. scikit-learn keeps it in a std::vector with std::push_heap / std::pop_heap; which of two equal
 * improvements comes out first depends on those exact algorithms, so this is a port of libstdc++'s
 * (__push_heap, __adjust_heap), not just any binary heap: equal improvements then pop in scikit-learn's order.
 */
export class Frontier<T extends { improvement: number }> {
  private readonly a: T[] = [];

  get size(): number {
    return this.a.length;
  }

  push(rec: T): void {
    this.a.push(rec);
    this.siftUp(this.a.length - 1, 0, rec);
  }

  /** Removes and returns the record with the largest improvement. */
  pop(): T | undefined {
    const a = this.a;
    const n = a.length;
    if (n === 0) return undefined;
    if (n > 1) {
      // std::pop_heap: move the top to the back, re-heap the rest from the old back value
      const value = a[n - 1];
      a[n - 1] = a[0];
      this.adjust(0, n - 1, value);
    }
    return a.pop();
  }

  private less(x: T, y: T): boolean {
    return x.improvement < y.improvement;
  }

  private siftUp(hole: number, top: number, value: T): void {
    const a = this.a;
    let parent = (hole - 1) >> 1;
    while (hole > top && this.less(a[parent], value)) {
      a[hole] = a[parent];
      hole = parent;
      parent = (hole - 1) >> 1;
    }
    a[hole] = value;
  }

  private adjust(hole: number, len: number, value: T): void {
    const a = this.a;
    const top = hole;
    let child = hole;
    while (child < ((len - 1) >> 1)) {
      child = 2 * (child + 1);
      if (this.less(a[child], a[child - 1])) child--;
      a[hole] = a[child];
      hole = child;
    }
    if ((len & 1) === 0 && child === (len - 2) >> 1) {
      child = 2 * (child + 1);
      a[hole] = a[child - 1];
      hole = child - 1;
    }
    this.siftUp(hole, top, value);
  }
}
