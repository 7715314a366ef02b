/**
 * Weights typed on the network diagram (TensorFlow Playground's "click a link, type a value"), kept in the link as
 * the `edits` row: five numbers per edit, [epoch, layer, from unit, to unit, value]. The session applies each one
 * when its run reaches that epoch, so a shared link replays the typed weights where they were typed.
 */
import { MAX_EDITS } from './params';

export interface WeightEdit {
  /** Applied once the run has trained this many epochs (0: to the initial weights). */
  epoch: number;
  /** The weight from unit i of layer l (layer 0: the chosen inputs) to unit j of layer l + 1. */
  l: number;
  i: number;
  j: number;
  value: number;
}

/** The link's flat list as edits; a group that is not whole numbers where they must be is skipped. */
export function readEdits(flat: readonly number[]): WeightEdit[] {
  const out: WeightEdit[] = [];
  for (let k = 0; k + 5 <= flat.length; k += 5) {
    const [epoch, l, i, j, value] = flat.slice(k, k + 5);
    if ([epoch, l, i, j].every((v) => Number.isInteger(v) && v >= 0) && Number.isFinite(value)) out.push({ epoch, l, i, j, value });
  }
  return out;
}

/** The edits as the link's flat list, keeping the newest MAX_EDITS. */
export function writeEdits(edits: readonly WeightEdit[]): number[] {
  return edits.slice(-MAX_EDITS).flatMap((e) => [e.epoch, e.l, e.i, e.j, e.value]);
}
