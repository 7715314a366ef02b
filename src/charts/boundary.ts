// Pure functions behind BoundaryMap: grid geometry, value → RGBA conversion and the decision contour.
// No DOM here, so they are unit-tested and benchmarked in Node.
//
// Cell-centre convention (the widget computes values at these points, the chart only draws):
//   cell (i, j), column i in 0..nx-1, row j in 0..ny-1, is stored at index j * nx + i (row-major);
//   its centre is x = x0 + (i + 0.5) * (x1 - x0) / nx,  y = y1 - (j + 0.5) * (y1 - y0) / ny
//   (row 0 = top = max y), for xDomain = [x0, x1], yDomain = [y0, y1].
import { contours } from 'd3';
import { CLASS_LEVELS, NAN_RGBA, PROBA_LUT, categorical, makeClassLUT, makeProbaLUT } from './palette';
import type { BoundaryGrid, ClassGrid, Domain, ProbaGrid } from './types';

/** Centres of the grid's columns (xs, left → right) and rows (ys, top → bottom, i.e. decreasing y). */
export function gridCenters(nx: number, ny: number, xDomain: Domain, yDomain: Domain): { xs: Float64Array; ys: Float64Array } {
  checkSize(nx, ny);
  const [x0, x1] = xDomain;
  const [y0, y1] = yDomain;
  const xs = new Float64Array(nx);
  const ys = new Float64Array(ny);
  for (let i = 0; i < nx; i++) xs[i] = x0 + ((i + 0.5) * (x1 - x0)) / nx;
  for (let j = 0; j < ny; j++) ys[j] = y1 - ((j + 0.5) * (y1 - y0)) / ny;
  return { xs, ys };
}

/** Evaluate f at every cell centre (row-major, row 0 = top) into a ProbaGrid. */
export function fillGrid(nx: number, ny: number, xDomain: Domain, yDomain: Domain, f: (x: number, y: number) => number): ProbaGrid {
  const { xs, ys } = gridCenters(nx, ny, xDomain, yDomain);
  const values = new Float32Array(nx * ny);
  for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[j * nx + i] = f(xs[i], ys[j]);
  return { nx, ny, values };
}

export function isClassGrid(g: BoundaryGrid): g is ClassGrid {
  return (g as ClassGrid).classes !== undefined;
}

/** Why a grid cannot be drawn, or null when it is fine (the chart draws nothing rather than garbage). */
export function gridProblem(g: BoundaryGrid | null | undefined): string | null {
  if (!g) return 'no grid';
  if (!Number.isInteger(g.nx) || !Number.isInteger(g.ny) || g.nx < 1 || g.ny < 1) return `bad grid size ${g.nx}×${g.ny}`;
  const n = g.nx * g.ny;
  if (isClassGrid(g)) {
    if (g.classes.length !== n) return `classes has ${g.classes.length} cells, expected ${n}`;
    if (g.confidence && g.confidence.length !== n) return `confidence has ${g.confidence.length} cells, expected ${n}`;
  } else if (!g.values || g.values.length !== n) return `values has ${g.values?.length ?? 0} cells, expected ${n}`;
  return null;
}

/**
 * P(class 1) per cell → RGBA bytes through the 256-entry diverging lookup table.
 * Values are clamped to [0, 1]; non-finite values become the neutral grey (never a colour).
 */
export function probaToRGBA(values: ArrayLike<number>, out?: Uint8ClampedArray, lut: Uint8ClampedArray = PROBA_LUT): Uint8ClampedArray {
  const n = values.length;
  const rgba = out && out.length === n * 4 ? out : new Uint8ClampedArray(n * 4);
  const [gr, gg, gb, ga] = NAN_RGBA;
  for (let k = 0, o = 0; k < n; k++, o += 4) {
    const v = values[k];
    if (v !== v || v === Infinity || v === -Infinity) {
      rgba[o] = gr; rgba[o + 1] = gg; rgba[o + 2] = gb; rgba[o + 3] = ga;
      continue;
    }
    const idx = v <= 0 ? 0 : v >= 1 ? 1020 : ((v * 255 + 0.5) | 0) << 2;
    rgba[o] = lut[idx]; rgba[o + 1] = lut[idx + 1]; rgba[o + 2] = lut[idx + 2]; rgba[o + 3] = lut[idx + 3];
  }
  return rgba;
}

const classLutCache = new Map<readonly string[], Uint8ClampedArray>();
function classLut(colors: readonly string[]): Uint8ClampedArray {
  let lut = classLutCache.get(colors);
  if (!lut) classLutCache.set(colors, (lut = makeClassLUT(colors)));
  return lut;
}

/**
 * Class index per cell → RGBA: hue = class colour, lightness = confidence (1 = full map colour,
 * 0 = nearly white). Class < 0, non-integer or non-finite, or non-finite confidence → grey.
 * Classes beyond the palette cycle through it.
 */
export function classesToRGBA(
  classes: ArrayLike<number>,
  confidence?: ArrayLike<number>,
  colors: readonly string[] = categorical,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  const n = classes.length;
  const rgba = out && out.length === n * 4 ? out : new Uint8ClampedArray(n * 4);
  const lut = classLut(colors);
  const nc = colors.length;
  const top = CLASS_LEVELS - 1;
  const [gr, gg, gb, ga] = NAN_RGBA;
  for (let k = 0, o = 0; k < n; k++, o += 4) {
    const c = classes[k];
    const conf = confidence ? confidence[k] : 1;
    if (!(c >= 0) || c !== Math.floor(c) || !Number.isFinite(c) || !Number.isFinite(conf)) {
      rgba[o] = gr; rgba[o + 1] = gg; rgba[o + 2] = gb; rgba[o + 3] = ga;
      continue;
    }
    const level = conf <= 0 ? 0 : conf >= 1 ? top : (conf * top + 0.5) | 0;
    const idx = ((c % nc) * CLASS_LEVELS + level) << 2;
    rgba[o] = lut[idx]; rgba[o + 1] = lut[idx + 1]; rgba[o + 2] = lut[idx + 2]; rgba[o + 3] = lut[idx + 3];
  }
  return rgba;
}

/** Any grid → RGBA bytes of length nx * ny * 4, in the same row-major order as ImageData. */
export function gridToRGBA(g: BoundaryGrid, colors: readonly string[] = categorical, out?: Uint8ClampedArray): Uint8ClampedArray {
  if (isClassGrid(g)) return classesToRGBA(g.classes, g.confidence, colors, out);
  return probaToRGBA(g.values, out, colors === categorical ? PROBA_LUT : probaLut(colors));
}

const probaLutCache = new Map<readonly string[], Uint8ClampedArray>();
function probaLut(colors: readonly string[]): Uint8ClampedArray {
  let lut = probaLutCache.get(colors);
  if (!lut) {
    lut = makeProbaLUT(colors);
    probaLutCache.set(colors, lut);
  }
  return lut;
}

/** A closed ring of [gx, gy] points in grid coordinates: (0, 0) = top-left corner, (nx, ny) = bottom-right. */
export type Ring = [number, number][];

/**
 * Rings of the level set {value ≥ threshold} (d3-contour, linear interpolation), in grid coordinates.
 * d3-contour samples value k at the centre of its cell (k + 0.5), which is exactly our convention.
 * The grid is padded by one linearly extrapolated cell on each side first, so a boundary line runs straight
 * to the plot's edge instead of bending into the half-cell margin; the rings' border pieces then lie
 * outside [0, nx] × [0, ny] (contourPath drops them, the chart clips to the plot area).
 * NaN cells count as below every threshold (d3-contour 4); ±Infinity are clamped.
 */
export function contourRings(values: ArrayLike<number>, nx: number, ny: number, threshold = 0.5): Ring[] {
  checkSize(nx, ny);
  if (values.length !== nx * ny) throw new Error(`contourRings: ${values.length} values for a ${nx}×${ny} grid`);
  const rings: Ring[] = [];
  if (!Number.isFinite(threshold)) return rings;
  const px = nx + 2;
  const py = ny + 2;
  const padded = new Float64Array(px * py);
  const at = (i: number, j: number) => {
    const v = values[j * nx + i];
    return v === Infinity ? 1e300 : v === -Infinity ? -1e300 : v;
  };
  // Inner cells, then linear extrapolation into the padding (rows, then columns) so lines stay straight.
  for (let j = 0; j < ny; j++) {
    const o = (j + 1) * px;
    for (let i = 0; i < nx; i++) padded[o + i + 1] = at(i, j);
    padded[o] = nx > 1 ? 2 * padded[o + 1] - padded[o + 2] : padded[o + 1];
    padded[o + nx + 1] = nx > 1 ? 2 * padded[o + nx] - padded[o + nx - 1] : padded[o + nx];
  }
  for (let i = 0; i < px; i++) {
    padded[i] = ny > 1 ? 2 * padded[px + i] - padded[2 * px + i] : padded[px + i];
    const last = (ny + 1) * px + i;
    padded[last] = ny > 1 ? 2 * padded[last - px] - padded[last - 2 * px] : padded[last - px];
  }
  const [mp] = contours().size([px, py]).thresholds([threshold])(padded as unknown as number[]);
  for (const polygon of mp.coordinates) {
    for (const ring of polygon) rings.push(ring.map(([x, y]) => [x - 1, y - 1]) as Ring);
  }
  return rings;
}

/**
 * Class borders of a class grid as one SVG path scaled to width × height, in a single pass of
 * marching squares over the class labels: each 2×2 block of cell centres whose classes differ gets
 * segments between the midpoints of its differing edges (through the block centre when 3 or 4 edges
 * differ). Blocks reach half a cell beyond the grid (replicated classes), so borders run to the edge.
 * O(nx·ny): far cheaper than one d3-contour per class. Cells with class < 0 count as a class of their own.
 */
export function classBorderPath(classes: ArrayLike<number>, nx: number, ny: number, width: number, height: number): string {
  checkSize(nx, ny);
  if (classes.length !== nx * ny) throw new Error(`classBorderPath: ${classes.length} classes for a ${nx}×${ny} grid`);
  const sx = width / nx;
  const sy = height / ny;
  const r = (v: number) => Math.round(v * 10) / 10;
  const at = (i: number, j: number) => {
    const c = classes[Math.min(ny - 1, Math.max(0, j)) * nx + Math.min(nx - 1, Math.max(0, i))];
    return c >= 0 ? c : -1;
  };
  const parts: string[] = [];
  // Block (i, j) spans cell centres (i, j) … (i + 1, j + 1); its corners in pixels are at (k + 0.5)·s.
  for (let j = -1; j < ny; j++) {
    for (let i = -1; i < nx; i++) {
      const a = at(i, j); // top-left
      const b = at(i + 1, j); // top-right
      const c = at(i + 1, j + 1); // bottom-right
      const d = at(i, j + 1); // bottom-left
      if (a === b && b === c && c === d) continue;
      const x0 = (i + 0.5) * sx, x1 = (i + 1.5) * sx, xm = (i + 1) * sx;
      const y0 = (j + 0.5) * sy, y1 = (j + 1.5) * sy, ym = (j + 1) * sy;
      const mids: [number, number][] = [];
      if (a !== b) mids.push([xm, y0]); // top edge
      if (b !== c) mids.push([x1, ym]); // right edge
      if (c !== d) mids.push([xm, y1]); // bottom edge
      if (d !== a) mids.push([x0, ym]); // left edge
      if (mids.length === 2) parts.push(`M${r(mids[0][0])},${r(mids[0][1])}L${r(mids[1][0])},${r(mids[1][1])}`);
      else for (const [mx, my] of mids) parts.push(`M${r(mx)},${r(my)}L${r(xm)},${r(ym)}`);
    }
  }
  return parts.join('');
}

/**
 * SVG path of the rings scaled to a width × height plot, leaving out the pieces that run along the
 * grid's border (they are the edge of the map, not a decision boundary). Empty string if nothing.
 */
export function contourPath(rings: Ring[], nx: number, ny: number, width: number, height: number): string {
  const sx = width / nx;
  const sy = height / ny;
  // Pieces outside the grid (the padding's border, see contourRings) are the edge of the map, not a boundary.
  const onSameEdge = (a: [number, number], b: [number, number]) =>
    (a[0] < 0 && b[0] < 0) || (a[0] > nx && b[0] > nx) || (a[1] < 0 && b[1] < 0) || (a[1] > ny && b[1] > ny);
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (const ring of rings) {
    let pen = false;
    for (let k = 1; k < ring.length; k++) {
      const a = ring[k - 1];
      const b = ring[k];
      if (!Number.isFinite(a[0] + a[1] + b[0] + b[1]) || onSameEdge(a, b)) {
        pen = false;
        continue;
      }
      if (!pen) d += `M${r(a[0] * sx)},${r(a[1] * sy)}`;
      d += `L${r(b[0] * sx)},${r(b[1] * sy)}`;
      pen = true;
    }
  }
  return d;
}

function checkSize(nx: number, ny: number): void {
  if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 1 || ny < 1) throw new Error(`grid size must be positive integers, got ${nx}×${ny}`);
}
