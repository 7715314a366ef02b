// What reading a learner's table for a model needs: the CSV reader, the shape checks and the map planes (PCA).
// Its own chunk, loaded when a table is first used, so a widget's route does not carry it (table-input.svelte.ts).
import { classPair, labelledMatrix, regressionMatrix, type LabelledMatrix, type RegressionMatrix, type RegressionOptions } from '../../core/data';
import type { DataTable } from '../../core/data/table';
import { binaryError, readTable } from '../../core/io/csv';
import type { ReadTable, TableMatrix } from './table-input.svelte';
import { chosenPlane } from './table-plane';

/** A table read for a model, with what its map and a two-class model need (this chunk's, so they load with it). */
export function readTableOf<M extends TableMatrix>(matrix: M): ReadTable<M> {
  const read: ReadTable<M> = { matrix, planes: new Map(), plane: (p, X, rowsKey) => chosenPlane(p, read, X, rowsKey), classPair };
  return read;
}

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
