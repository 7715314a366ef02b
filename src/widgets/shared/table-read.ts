// What reading a learner's table for a model needs: the CSV reader, the shape checks and the map planes (PCA).
// Its own chunk, loaded when a table is first used, so a widget's route does not carry it (table-input.svelte.ts).
import { labelledMatrix, regressionMatrix, type LabelledMatrix, type RegressionMatrix, type RegressionOptions } from '../../core/data';
import type { DataTable } from '../../core/data/table';
import { binaryError, readTable } from '../../core/io/csv';

export { featurePlane, pcaPlane } from './plane';

/** The bytes as features and class labels, or the reason they cannot train a classifier. */
export function readLabelled(name: string, bytes: Uint8Array, maxClasses: number): LabelledMatrix | Error {
  return readAs(name, bytes, (t) => labelledMatrix(t, { maxClasses }));
}

/** The bytes as features and a numeric target, or the reason they cannot train a regressor. */
export function readRegression(name: string, bytes: Uint8Array, options: RegressionOptions = {}): RegressionMatrix | Error {
  return readAs(name, bytes, (t) => regressionMatrix(t, options));
}

function readAs<M>(name: string, bytes: Uint8Array, shape: (t: DataTable) => M): M | Error {
  const binary = binaryError(bytes);
  if (binary) return new Error(binary);
  const read = readTable(new TextDecoder('utf-8').decode(bytes), { name });
  if (!read.ok) return new Error(read.error);
  try {
    return shape(read.table);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
