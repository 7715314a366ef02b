// The canvas marks (src/charts/canvas-marks.ts) against a recording 2-D context: what is drawn where and in which
// style, so that a canvas view shows the same points as ScatterMarks would (filled train, hollow test, default radius).
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { drawPoints, drawSegments, scatterRadius } from '../../src/charts/canvas-marks';
import { categorical } from '../../src/charts/palette';
import type { Frame } from '../../src/charts/types';

const frame: Frame = { xScale: scaleLinear([0, 10], [0, 100]), yScale: scaleLinear([0, 10], [100, 0]), width: 100, height: 100, pointer: () => [0, 0] };

/** Records each fill/stroke with the state it was drawn in, and the path's arcs and lines since the last beginPath. */
function recorder() {
  const calls: { op: string; style: string; width: number; alpha: number; path: number[][] }[] = [];
  let path: number[][] = [];
  const ctx = {
    fillStyle: '', strokeStyle: '', lineWidth: 1, globalAlpha: 1,
    beginPath() { path = []; },
    arc(x: number, y: number, r: number) { path.push([x, y, r]); },
    moveTo(x: number, y: number) { path.push([x, y]); },
    lineTo(x: number, y: number) { path.push([x, y]); },
    fill() { calls.push({ op: 'fill', style: ctx.fillStyle, width: ctx.lineWidth, alpha: ctx.globalAlpha, path }); },
    stroke() { calls.push({ op: 'stroke', style: ctx.strokeStyle, width: ctx.lineWidth, alpha: ctx.globalAlpha, path }); },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('canvas marks', () => {
  it('draws train points filled in their class colour, test points hollow, skipping non-finite ones', () => {
    const { ctx, calls } = recorder();
    drawPoints(ctx, frame, [{ x: 1, y: 2, c: 1 }, { x: NaN, y: 0 }, { x: 5, y: 5, c: 0, test: true }, { x: 9, y: 9, c: 1, r: 2.6 }]);
    expect(calls.map((c) => c.op)).toEqual(['fill', 'stroke', 'fill', 'stroke', 'fill', 'stroke']);
    expect(calls[0].path).toEqual([[10, 80, 4.5]]);
    expect(calls[0].style).toBe(categorical[1]);
    expect(calls[1].style).toBe('#fff');
    expect(calls[2].style).toBe('#fff'); // hollow: white fill
    expect(calls[3]).toMatchObject({ style: categorical[0], width: 1.7 });
    expect(calls[4].path[0][2]).toBe(2.6); // a point's own radius wins
  });

  it('uses ScatterMarks’ default radius for the number of points', () => {
    expect([scatterRadius(100), scatterRadius(501), scatterRadius(1501)]).toEqual([4.5, 3, 2.2]);
    const { ctx, calls } = recorder();
    drawPoints(ctx, frame, Array.from({ length: 600 }, (_, i) => ({ x: i / 60, y: 1 })));
    expect(calls[0].path[0][2]).toBe(3);
  });

  it('strokes all segments as one path at the asked opacity, then restores full opacity', () => {
    const { ctx, calls } = recorder();
    drawSegments(ctx, frame, [{ from: [0, 0], to: [10, 10] }, { from: [NaN, 1], to: [2, 2] }, { from: [5, 0], to: [5, 10] }], { width: 1, opacity: 0.5 });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ op: 'stroke', width: 1, alpha: 0.5, style: '#6b7280' });
    expect(calls[0].path).toEqual([[0, 100], [100, 0], [50, 100], [50, 0]]);
    expect(ctx.globalAlpha).toBe(1);
  });
});
