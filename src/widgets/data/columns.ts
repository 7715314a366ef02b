/**
 * The data lab's column settings against a loaded table: the kinds set by hand (`2:category` in the link),
 * the target column, the ignored ones, and the table the preparation sections work on. No DOM.
 */
import { isNumericColumn, type ColumnKind, type DataColumn, type DataTable } from '../../core/data/table';
import { missingCount } from '../../core/data/summary';
import type { Option } from '../../params';
import { shippedTable } from './tables';

export const KINDS: readonly ColumnKind[] = ['number', 'category', 'boolean', 'text', 'date'];
/** The target's option for "no target" (a table explored without a model). */
export const NO_TARGET = '(none)';

/** `['2:category']` → `{ 2: 'category' }` (anything malformed is left out; resolveColumns reports it). */
export function parseKinds(flags: readonly string[]): Record<number, ColumnKind> {
  const out: Record<number, ColumnKind> = {};
  for (const f of flags) {
    const m = /^(\d+):(\w+)$/.exec(f);
    if (m && (KINDS as readonly string[]).includes(m[2])) out[Number(m[1])] = m[2] as ColumnKind;
  }
  return out;
}

export function columnOptions(table: DataTable): Option[] {
  return table.columns.map((c) => ({ value: c.name, label: c.name }));
}

/** The target's choices: the usual one (the link's empty value), every column, or none. */
export function targetOptions(table: DataTable, source: string): Option[] {
  return [{ value: '', label: `Usual (${defaultTarget(table, source)})` }, ...columnOptions(table), { value: NO_TARGET, label: 'None' }];
}

export function kindOptions(table: DataTable): Option[] {
  return table.columns.flatMap((c, j) => KINDS.map((k) => ({ value: `${j}:${k}`, label: `${c.name}: ${k}` })));
}

/** The table's usual target: a shipped table's, else the last column. */
export function defaultTarget(table: DataTable, source: string): string {
  const shipped = shippedTable(source)?.target;
  if (shipped && table.columns.some((c) => c.name === shipped)) return shipped;
  return table.columns[table.columns.length - 1]?.name ?? NO_TARGET;
}

type ColumnParams = { target: string; ignore: string[]; kinds: string[] };

/** The link's column settings checked against the table, with a notice for each that does not fit. */
export function resolveColumns(params: ColumnParams, table: DataTable): ColumnParams & { notices: string[] } {
  const notices: string[] = [];
  const names = table.columns.map((c) => c.name);
  let target = params.target;
  if (target !== '' && target !== NO_TARGET && !names.includes(target)) {
    notices.push(`Target column: this table has no column “${target.slice(0, 60)}”; using its usual target.`);
    target = '';
  }
  // Kept when every name is an option, in the options' order; otherwise none, with a notice (as the params
  // layer's runtime flags; not imported from it, which would pull its formatting code into this route's chunk).
  const flags = (name: 'ignore' | 'kinds', label: string, options: Option[]) => {
    const known = options.map((o) => o.value);
    const given = params[name];
    if (given.every((v) => known.includes(v))) return known.filter((k) => given.includes(k));
    const unknown = given.filter((v) => !known.includes(v)).map((v) => `“${v.slice(0, 40)}”`);
    notices.push(`${label}: this table has no ${unknown.join(', ')}; none used.`);
    return [];
  };
  const ignore = flags('ignore', 'Ignored columns', columnOptions(table));
  const kinds = flags('kinds', 'Kinds set by hand', kindOptions(table));
  return { target, ignore, kinds, notices };
}

/** The table without its ignored columns, the target's name (null for none) and the missing cells left. */
export function usableTable(table: DataTable, ignore: readonly string[], target: string, source: string) {
  const name = target === '' ? defaultTarget(table, source) : target;
  const columns = table.columns.filter((c) => !ignore.includes(c.name) || c.name === name);
  const missing = columns.reduce((s, c) => s + missingCount(c), 0);
  return {
    table: { ...table, columns } satisfies DataTable,
    target: name === NO_TARGET || !columns.some((c) => c.name === name) ? null : name,
    missing,
  };
}
