import { defineSchema, type Values } from '../../params';

/*
 * The data lab's settings. The table is a shipped table's name or, for a table loaded in this browser, its
 * name and fingerprint (`my.csv@1a2b3c4d5e6f7a8b`, the first 16 hex digits of the SHA-256 of its bytes):
 * a link never carries the data. Columns exist only once the table is read, so the target, the ignored
 * columns and the kind overrides are runtime options (checked against the table when it is loaded).
 */
export const TABS = ['load', 'missing', 'encoding', 'scaling', 'pipeline', 'recordio', 'output'] as const;

export const HEADER_OPTIONS = [
  { value: 'auto', label: 'Detect' },
  { value: 'yes', label: 'Header (column names)' },
  { value: 'no', label: 'Data (no header)' },
] as const;

export const schema = defineSchema([
  { name: 'table', affects: 'data', type: 'enum', default: 'penguins', options: 'runtime', hidden: true, label: 'Table', help: 'A shipped table, or one kept in this browser (name@fingerprint).', group: 'Table' },
  { name: 'header', affects: 'data', type: 'enum', default: 'auto', options: HEADER_OPTIONS, label: 'First row', help: 'Whether the first row names the columns. Detect: a first row with a number in it is data.', group: 'Reading' },
  { name: 'ragged', affects: 'data', type: 'enum', default: 'keep', options: [{ value: 'keep', label: 'Keep (missing fields empty)' }, { value: 'skip', label: 'Skip them' }], label: 'Rows with a wrong field count', help: 'A row with fewer fields than the header is kept with missing values (extra fields are dropped), or left out of the table.', group: 'Reading' },
  { name: 'target', affects: 'data', type: 'enum', default: '', options: 'runtime', label: 'Target column', help: 'The column a model predicts (the label). Empty: the table’s usual target.', group: 'Columns' },
  { name: 'ignore', affects: 'data', type: 'flags', default: [], options: 'runtime', minSelected: 0, label: 'Ignored columns', help: 'Columns left out of the prepared table (an id, a free-text note).', group: 'Columns' },
  { name: 'kinds', affects: 'data', type: 'flags', default: [], options: 'runtime', minSelected: 0, hidden: true, label: 'Kinds set by hand', help: 'Kinds chosen by hand, as column number:kind (2:category).', group: 'Columns' },
  { name: 'tab', affects: 'view', type: 'enum', default: 'load', options: TABS.map((t) => ({ value: t, label: t })), hidden: true, label: 'Section', help: 'The section of the data lab on screen.' },
] as const);

export type Params = Values<typeof schema>;
