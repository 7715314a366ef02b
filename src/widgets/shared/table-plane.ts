// The map of a model trained on a table's every feature: which plane the link chose (table-params.ts's rows).
// Shared by the models that accept a table (kNN, logistic regression); in the table's lazy chunk (table-read.ts),
// reached through the ReadTable, so a route without a table does not carry it.
import { featurePlane, pcaPlane, type Plane } from './plane';
import type { TableMatrix } from './table-input.svelte';

export interface PlaneChoice {
  plane: string;
  fx: string;
  fy: string;
}

/**
 * The plane the params choose through rows `X` of the table (every row unless a model uses some: `rowsKey` names
 * which). Kept in the ReadTable, so a rebuild that changes only the model (k, a penalty…) does not refit its PCA.
 */
export function chosenPlane(p: PlaneChoice, read: { matrix: TableMatrix; planes: Map<string, Plane> }, X: readonly (readonly number[])[] = read.matrix.X, rowsKey = 'all'): Plane {
  const names = read.matrix.featureNames;
  const index = (name: string, fallback: number) => {
    const i = names.indexOf(name);
    return i >= 0 ? i : Math.min(fallback, names.length - 1);
  };
  const features = p.plane === 'features';
  const [i, j] = features ? [index(p.fx, 0), index(p.fy, 1)] : [-1, -1];
  const key = `${rowsKey}|${features ? `${i},${j}` : 'pca'}`;
  let plane = read.planes.get(key);
  if (!plane) {
    plane = features ? featurePlane(X, names, i, j) : pcaPlane(X);
    read.planes.set(key, plane);
  }
  return plane;
}
