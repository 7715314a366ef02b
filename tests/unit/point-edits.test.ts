import { describe, expect, it } from 'vitest';
import type { Point3 } from '../../src/params';
import { addEdit, addInto, applyMoves, dragEdit, dragInto } from '../../src/widgets/shared/point-edits';
import { buildPoints } from '../../src/widgets/shared/trees/points';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/tree/params';

describe('point edits shared by #/svm, #/tree and #/forest', () => {
  it('a dragged generated point gets its row in moved, a second drag of it replaces that row', () => {
    const rows = { added: [] as Point3[], moved: [[1, 1, 4]] as Point3[] };
    const once = dragEdit(rows, { source: 'data', index: 7 }, 0.12345, -2.0004)!;
    expect(once.moved).toEqual([[1, 1, 4], [0.123, -2, 7]]);
    expect(once.added).toBe(rows.added);
    const twice = dragEdit(once, { source: 'data', index: 4 }, 3, 3)!;
    expect(twice.moved).toEqual([[0.123, -2, 7], [3, 3, 4]]);
  });

  it('a dragged clicked point moves in added and keeps its class', () => {
    const rows = { added: [[0, 0, 2], [1, 1, 1]] as Point3[], moved: [] as Point3[] };
    const out = dragEdit(rows, { source: 'added', index: 1 }, -0.5, 0.25)!;
    expect(out.added).toEqual([[0, 0, 2], [-0.5, 0.25, 1]]);
    expect(out.moved).toBe(rows.moved);
  });

  it('a full moved list refuses a new row but still takes a row already in it', () => {
    const rows = { added: [] as Point3[], moved: [[0, 0, 1], [0, 0, 2]] as Point3[] };
    expect(dragEdit(rows, { source: 'data', index: 3 }, 1, 1, 2)).toBeNull();
    expect(dragEdit(rows, { source: 'data', index: 2 }, 1, 1, 2)!.moved).toEqual([[0, 0, 1], [1, 1, 2]]);
  });

  it('adding: off for the "nothing" chip and when full; the class is clamped to the set', () => {
    expect(addEdit([], 0.1, 0.2, -1, 2, 10)).toBeNull();
    expect(addEdit([[0, 0, 0]], 0.1, 0.2, 0, 2, 1)).toBeNull();
    expect(addEdit([], 0.1111, 0.2, 3, 2, 10)).toEqual([[0.111, 0.2, 1]]);
  });

  it('addInto assigns a new list on a click, and leaves params alone before a model exists or when full', () => {
    const added: Point3[] = [[0, 0, 1]];
    const params = { added };
    addInto(params, 0.5, 0.5, 0, 0, 10);
    addInto(params, 0.5, 0.5, 0, 2, 1);
    expect(params.added).toBe(added);
    addInto(params, 0.5, 0.25, 1, 2, 10);
    expect(params.added).toEqual([[0, 0, 1], [0.5, 0.25, 1]]);
    expect(added).toHaveLength(1);
  });

  it('dragInto assigns only the row that changed, and nothing for a point that is not there', () => {
    const added: Point3[] = [[0, 0, 1]];
    const params = { added, moved: [] as Point3[] };
    const points = [{ source: 'data' as const, index: 9 }, { source: 'added' as const, index: 0 }];
    dragInto(params, points, 0, 1, 2);
    expect(params.added).toBe(added);
    expect(params.moved).toEqual([[1, 2, 9]]);
    const moved = params.moved;
    dragInto(params, points, 1, -1, -2);
    expect(params.moved).toBe(moved);
    expect(params.added).toEqual([[-1, -2, 1]]);
    dragInto(params, points, 7, 5, 5);
    dragInto(params, undefined, 0, 5, 5);
    expect(params.moved).toBe(moved);
  });

  it('applyMoves copies the rows and skips rows beyond the set (an old link)', () => {
    const X = [[0, 0], [1, 1]];
    const out = applyMoves(X, [[5, 5, 1], [9, 9, 2]]);
    expect(out).toEqual([[0, 0], [5, 5]]);
    expect(X[1]).toEqual([1, 1]);
  });

  it('the tree points: a moved row lands where it was dropped (after a nudge) and keeps its split side', () => {
    const base = defaults(schema) as Params;
    const plain = buildPoints(base);
    const p = plain.points[3];
    const moved = buildPoints({ ...base, nudge: 2, moved: [[0.5, -0.25, p.index]] });
    const q = moved.points.find((r) => r.source === 'data' && r.index === p.index)!;
    expect([q.x, q.y, q.c, q.test]).toEqual([0.5, -0.25, p.c, p.test]);
    expect(moved.points.indexOf(q)).toBe(3);
    const clicked = buildPoints({ ...base, added: [[0, 0, 1]] });
    expect(clicked.points[clicked.nTrain - 1]).toMatchObject({ x: 0, y: 0, c: 1, source: 'added', index: 0 });
  });
});
