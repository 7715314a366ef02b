// The rows of a classifier's schema for the learner's own table (docs/ADDING_A_WIDGET.md): the file, and the plane
// its map shows. One definition, so every model that accepts a table reads and links it the same way; the data
// lab's Output panel finds those models by their `table` row (app/table-models.ts). Plain data: the gallery
// may load it.
type Row = Readonly<Record<string, unknown>>;

/** The rows apply while no table is chosen (a widget's generated data). */
export const noTable = (v: Row) => !v.table;

/**
 * The learner's CSV: numbers with the target last (what the data lab prepares). `help` says what this model does
 * with it; `target` what the target must be (the lab's Output panel lists the models and says which suit a table).
 */
export function tableRow<H extends string, T extends 'class' | 'binary' | 'number' | 'classOrNumber'>(help: H, target: T) {
  return { name: 'table', affects: 'data', type: 'file', default: null, accept: '.csv,text/csv', maxBytes: 5_000_000, label: 'Your table (CSV)', help, group: 'Data', target } as const;
}

/** How the map shows a table with more than two features: `fx` and `fy` are set beside the map (PlaneAxes). */
export const PLANE_ROWS = [
  { name: 'plane', affects: 'data', type: 'enum', default: 'pca', options: [{ value: 'pca', label: 'First two principal components' }, { value: 'features', label: 'Two features (the rest at their means)' }], label: 'Map plane', help: 'Your table has more than two features: the map shows the model on one plane through them. Points are drawn at their projection, so one may sit on another class’s colour and still be classified right.', group: 'Data', visibleIf: (v: Row) => !noTable(v) },
  { name: 'fx', affects: 'data', type: 'enum', default: '', options: 'runtime', hidden: true, label: 'Map x feature', help: 'The feature across the map (Map plane: two features).' },
  { name: 'fy', affects: 'data', type: 'enum', default: '', options: 'runtime', hidden: true, label: 'Map y feature', help: 'The feature up the map (Map plane: two features).' },
] as const;
