/**
 * The learner's edits of a 2-D point set, as the links hold them: clicked points in `added` (x, y, class) and dragged
 * generated points in `moved` (x, y, the point's row in the generated set). One place for the rules the point widgets
 * (#/svm, #/tree, #/forest, #/knn, #/pca) share, so that a drag or a click means the same thing everywhere.
 */
import type { Point3 } from '../../params';

/** Where a plotted point came from: a generated row (a drag writes it into `moved`) or a clicked one (`added`). */
export interface PointSource {
  source: 'data' | 'added';
  /** The generated row, or the index into `added`. */
  index: number;
}

export interface PointEditRows {
  added: readonly Point3[];
  moved: readonly Point3[];
}

/** Three decimals: what the link keeps of a coordinate (params/format.ts), so a reload gives the same point. */
export const roundCoord = (v: number) => Number(v.toFixed(3));

/** The generated rows with the dragged ones in their new places (a row beyond the set, from an old link, is skipped). */
export function applyMoves(X: readonly (readonly number[])[], moved: readonly Point3[]): number[][] {
  const out = X.map((r) => r.slice());
  for (const [x, y, row] of moved) if (row < out.length) out[row] = [x, y];
  return out;
}

/**
 * The edit rows after point `p` was dragged to (x, y): a clicked point moves in `added`; a generated one gets (or
 * replaces) its row in `moved`, the latest drag last. Null when `moved` is full (`maxMoved` other rows) and this
 * row is not in it yet: the drag is refused rather than the oldest move dropped.
 */
export function dragEdit(rows: PointEditRows, p: PointSource, x: number, y: number, maxMoved = Infinity): PointEditRows | null {
  const at: Point3 = [roundCoord(x), roundCoord(y), 0];
  if (p.source === 'added') {
    return { added: rows.added.map((a, k) => (k === p.index ? ([at[0], at[1], a[2]] as Point3) : a)), moved: rows.moved };
  }
  const rest = rows.moved.filter((m) => m[2] !== p.index);
  if (rest.length >= maxMoved) return null;
  return { added: rows.added, moved: [...rest, [at[0], at[1], p.index]] };
}

/**
 * `added` with a clicked point of class `cls` (clamped to the set's last class), or null when adding is off
 * (`cls` < 0, the class picker's 'nothing' chip, the default on touch screens) or `added` is full.
 */
export function addEdit(added: readonly Point3[], x: number, y: number, cls: number, nClasses: number, maxAdded: number): Point3[] | null {
  if (cls < 0 || nClasses < 1 || added.length >= maxAdded) return null;
  return [...added, [roundCoord(x), roundCoord(y), Math.min(cls, nClasses - 1)]];
}

/** A click written into a widget's params (nothing happens when adding is off, no model is built yet, or it is full). */
export function addInto(params: { added: Point3[] }, x: number, y: number, cls: number, nClasses: number, maxAdded: number): void {
  const added = addEdit(params.added, x, y, cls, nClasses, maxAdded);
  if (added) params.added = added;
}

/**
 * A drag of point `i` written into a widget's params: only the edit row that changed is assigned, so the link and
 * the rebuild see one change per reported move (the chart reports at most one per animation frame).
 */
export function dragInto(params: { added: Point3[]; moved: Point3[] }, points: readonly PointSource[] | undefined, i: number, x: number, y: number, maxMoved = Infinity): void {
  dragSourceInto(params, points?.[i], x, y, maxMoved);
}

/** The same for a widget whose points say where they came from in their own way (it passes the point's source). */
export function dragSourceInto(params: { added: Point3[]; moved: Point3[] }, p: PointSource | undefined, x: number, y: number, maxMoved = Infinity): void {
  const rows = p && dragEdit(params, p, x, y, maxMoved);
  if (!rows) return;
  if (rows.added !== params.added) params.added = [...rows.added];
  if (rows.moved !== params.moved) params.moved = [...rows.moved];
}
