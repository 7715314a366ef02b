// #/forest on the learner's table: its rows as #/tree takes them (shared/trees/table.ts: every column, the split, the
// plane), nudged when the link says so, with the un-nudged rows kept for the stability card. In the table's chunk.
import type { ReadTable } from '../shared/table-input.svelte';
import { treeTable } from '../shared/trees/table';
import type { Params } from './params';
import type { ForestTable } from './session';

export function forestTable(p: Params, read: ReadTable): ForestTable {
  return { ...treeTable(p, read, p.nudge), original: p.nudge > 0 ? treeTable(p, read) : null };
}
