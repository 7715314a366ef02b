/** The tables shipped under datasets/ (see datasets/SOURCES.md): plain data, the gallery may load it. */
export interface ShippedTable {
  /** URL value: never rename. */
  name: string;
  label: string;
  /** The column a model predicts by default. */
  target: string;
  task: 'classification' | 'regression';
}

export const SHIPPED_TABLES: readonly ShippedTable[] = [
  { name: 'penguins', label: 'Palmer penguins (344 × 7, gaps, categories)', target: 'Species', task: 'classification' },
  { name: 'seattle-weather', label: 'Seattle weather 2012–2015 (1,461 × 6, regression)', target: 'temp_max', task: 'regression' },
];

export const shippedTable = (name: string): ShippedTable | undefined => SHIPPED_TABLES.find((t) => t.name === name);

/** `name@hash16` of a table kept in this browser, or null for anything else. */
export function parseLocalRef(value: string): { name: string; hash: string } | null {
  const m = /^(.+)@([0-9a-f]{16})$/.exec(value);
  return m ? { name: m[1], hash: m[2] } : null;
}

export const formatLocalRef = (name: string, hash: string): string => `${cleanName(name)}@${hash.slice(0, 16)}`;

/** A file name fit for a link: no control characters, no commas, at most 60 characters. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const s = name.replace(/[\u0000-\u001f\u007f,@]/g, '').trim().slice(0, 60);
  return s || 'table';
}
