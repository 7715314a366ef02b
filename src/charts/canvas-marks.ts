// Scatter points and segments drawn into a 2-D canvas context (marks/CanvasLayer), in the same styles as the SVG marks
// (ScatterMarks: filled = train with a white rim, hollow = test ringed in its class colour; Segments: thin grey lines),
// for views that redraw a thousand or more of them at every slider change. Not interactive: a view that needs clicks or
// drags on single points keeps ScatterMarks.
import { categorical, classColor } from './palette';
import type { Frame, ScatterPoint, Segment } from './types';

const BG = '#fff';
const MUTED = '#6b7280';

/** ScatterMarks' default radius for this many points (smaller dots for denser plots). */
export const scatterRadius = (n: number) => (n > 1500 ? 2.2 : n > 500 ? 3 : 4.5);

/** Training points first, then test points on top, as ScatterMarks draws them (in the order given). */
export function drawPoints(ctx: CanvasRenderingContext2D, { xScale, yScale }: Frame, points: readonly ScatterPoint[], colors: readonly string[] = categorical, radius?: number): void {
  const r0 = radius ?? scatterRadius(points.length);
  for (const p of points) {
    const x = xScale(p.x), y = yScale(p.y);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const col = classColor(p.c ?? 0, colors);
    ctx.beginPath();
    ctx.arc(x, y, p.r ?? r0, 0, 2 * Math.PI);
    ctx.fillStyle = p.test ? BG : col;
    ctx.fill();
    ctx.strokeStyle = p.test ? col : BG;
    ctx.lineWidth = p.test ? 1.7 : 0.9;
    ctx.stroke();
  }
}

/** All segments in one path (one stroke call), at the given width and opacity. */
export function drawSegments(ctx: CanvasRenderingContext2D, { xScale, yScale }: Frame, segments: readonly Segment[], o: { color?: string; width?: number; opacity?: number } = {}): void {
  ctx.beginPath();
  for (const s of segments) {
    const x1 = xScale(s.from[0]), y1 = yScale(s.from[1]), x2 = xScale(s.to[0]), y2 = yScale(s.to[1]);
    if (!Number.isFinite(x1 + y1 + x2 + y2)) continue;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
  }
  ctx.strokeStyle = o.color ?? MUTED;
  ctx.lineWidth = o.width ?? 1.2;
  ctx.globalAlpha = o.opacity ?? 0.8;
  ctx.stroke();
  ctx.globalAlpha = 1;
}
