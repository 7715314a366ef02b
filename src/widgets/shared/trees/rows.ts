/**
 * The data rows the tree and forest widgets share: the 2-D classification problems of the data-set table, iris as
 * two of its four measurements, and the learner's own clicks; the train/test split, the seed, the nudges, the
 * clicked points and the dragged ones. Plain data: a widget's params.ts (which the gallery loads at once) spreads them into its schema.
 */
import { datasetNamed, datasetOptions, isGenerated } from '../../../core/datasets/catalog';
import type { Point3 } from '../../../params';

export const DATASET_OPTIONS = [
  ...datasetOptions({ kind: ['classification', 'tabular'], nClasses: { min: 2, max: 4 }, nFeatures: { max: 4 } }, { iris: 'Iris (two measurements)' }),
  { value: 'clicks', label: 'Only the points I click' },
] as const;

/** The 2-D regression surfaces of the table, for a widget that can also grow regressors (#/forest). */
export const REGRESSION_OPTIONS = datasetOptions({ kind: 'regression', nFeatures: 2 }, { plane: 'Plane (regression)', gauss2d: 'Gaussian bumps (regression)' });

/** Whether a data set's target is a real number (a regression surface) rather than a class. */
export const isRegressionSet = (name: unknown) => datasetNamed(name)?.kind === 'regression';

/** Iris's four columns, in the file's order (the option value is the column index). */
export const IRIS_FEATURES = [
  { value: '0', label: 'sepal length (cm)' },
  { value: '1', label: 'sepal width (cm)' },
  { value: '2', label: 'petal length (cm)' },
  { value: '3', label: 'petal width (cm)' },
] as const;

/** Most clicked points, and most dragged generated points a link holds. */
export const MAX_ADDED = 200;
export const MAX_MOVED = 200;

// A widget that also takes the learner's table (#/tree: its `table` row, widgets/shared/table-params.ts) hides the
// rows that choose and shape a 2-D problem while one is chosen; a widget without that row never has `table` set.
type Row = Readonly<Record<string, unknown>>;
const noTable = (v: Row) => !v.table;
const generated = (v: Row) => noTable(v) && isGenerated(v.dataset);
const iris = (v: Row) => noTable(v) && v.dataset === 'iris';

/**
 * The data rows, in the group 'Data' (plus the hidden nudge count and clicked points); `model` names what is grown.
 * `regression`: the 2-D regression surfaces are offered too (their points colour by target, low or high).
 */
export const pointRows = (model: string, regression = false) =>
  [
    { name: 'dataset', affects: 'data', type: 'enum', default: 'moons', options: regression ? [...DATASET_OPTIONS, ...REGRESSION_OPTIONS] : DATASET_OPTIONS, label: 'Data set', help: `The 2-D problem the ${model} cuts into boxes: classes, ${regression ? 'or a surface to fit (regression), ' : ''}iris's real measurements of 150 flowers (3 species), or "Only the points I click", which starts empty.`, group: 'Data', visibleIf: noTable },
    { name: 'irisX', affects: 'data', type: 'enum', default: '2', options: IRIS_FEATURES, label: 'Iris: x₁', help: 'The iris measurement on the horizontal axis.', group: 'Data', visibleIf: iris },
    { name: 'irisY', affects: 'data', type: 'enum', default: '3', options: IRIS_FEATURES, label: 'Iris: x₂', help: 'The iris measurement on the vertical axis.', group: 'Data', visibleIf: iris },
    { name: 'n', affects: 'data', type: 'int', default: 200, min: 20, max: 1000, step: 10, label: 'Points', help: 'How many points are generated (before the train/test split).', group: 'Data', visibleIf: generated },
    { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'How much the classes overlap, from none (0) to a lot (1). Noise is what a deep tree learns by heart.', group: 'Data', visibleIf: generated },
    { name: 'trainShare', affects: 'data', type: 'number', default: 0.7, min: 0.2, max: 0.9, step: 0.05, label: 'Train share', help: `Fraction of the points the ${model} is grown on; the rest (hollow) measure how well it generalises.`, group: 'Data', visibleIf: (v: Row) => !noTable(v) || v.dataset !== 'clicks' },
    { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same data, split and nudges.', group: 'Data' },
    { name: 'nudge', affects: 'data', type: 'int', default: 0, min: 0, max: 9999, hidden: true, label: 'Nudges', help: 'How many times "Nudge 5 %" was pressed: nudge k moves 5 % of the points by a small random step drawn from the seed and k.' },
    { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: MAX_ADDED, nClasses: 4, label: 'Added points', help: 'Training points you clicked onto the plot.' },
    { name: 'moved', affects: 'data', type: 'points', default: [], maxPoints: MAX_MOVED, nClasses: 1000, label: 'Moved points', help: 'Generated points you dragged: new x, new y, and the point’s row in the data set.' },
  ] as const;

/** What the point builder reads from a widget's params. */
export interface PointParams {
  dataset: string;
  irisX: string;
  irisY: string;
  n: number;
  noise: number;
  trainShare: number;
  seed: number;
  nudge: number;
  added: readonly Point3[];
  moved: readonly Point3[];
}
