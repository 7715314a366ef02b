// A decision map's cells as model rows: shared by the maps that score a grid one row per cell (kNN; logistic
// regression on a table, where each cell of a plane is lifted back to every feature).
import type { Domain } from '../../charts/types';

/**
 * The centres of an nx × ny grid over the domain as model rows, flat and row-major with row 0 at the top (raster
 * order: consecutive cells are neighbours, which a k-d tree's warm start exploits). `toModel` lifts a point of the
 * plane to a row of `dim` numbers the model reads (scaled when the model scales).
 */
export function gridRows(domain: { x: Domain; y: Domain }, nx: number, ny: number, dim: number, toModel: (x: number, y: number) => number[]): Float64Array {
  const Q = new Float64Array(nx * ny * dim);
  const [x0, x1] = domain.x, [y0, y1] = domain.y;
  for (let j = 0; j < ny; j++) {
    const y = y1 - ((j + 0.5) * (y1 - y0)) / ny;
    for (let i = 0; i < nx; i++) Q.set(toModel(x0 + ((i + 0.5) * (x1 - x0)) / nx, y), dim * (j * nx + i));
  }
  return Q;
}
