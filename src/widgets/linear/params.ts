import { datasetOptions } from '../../core/datasets/catalog';
import { defineSchema, type Values } from '../../params';

// The 1-feature regression sets of the data-set table, and the learner's own clicks. A plain-data file: the
// gallery loads it.
export const DATASET_OPTIONS = [
  ...datasetOptions({ kind: 'regression', nFeatures: 1 }),
  { value: 'clicks', label: 'Only the points I click' },
] as const;

/** Most generated points; also the bound of a moved point's index. */
export const MAX_POINTS = 200;

const generated = (v: Readonly<Record<string, unknown>>) => v.dataset !== 'clicks';
// The several-features view: a shipped table or the learner's own (which wins when both are set).
const noTable = (v: Readonly<Record<string, unknown>>) => !v.table;
const multiOn = (v: Readonly<Record<string, unknown>>) => !!v.table || (v.multi !== undefined && v.multi !== 'none');

export const schema = defineSchema([
  { name: 'dataset', affects: 'data', type: 'enum', default: 'line1d', options: DATASET_OPTIONS, label: 'Data set', help: 'The points to fit. "Only the points I click" starts empty.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 30, min: 2, max: MAX_POINTS, step: 1, label: 'Points', help: 'Points generated (before the split).', group: 'Data', visibleIf: generated },
  { name: 'noise', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Noise', help: 'Scatter around the curve, 0 to 1.', group: 'Data', visibleIf: generated },
  { name: 'trainShare', affects: 'data', type: 'number', default: 0.7, min: 0.3, max: 0.9, step: 0.05, label: 'Train share', help: 'Share of points the lines are fitted on; the rest (hollow) are held out.', group: 'Data', visibleIf: generated },
  { name: 'shift', affects: 'data', type: 'number', default: 4, min: -10, max: 10, step: 0.5, label: 'x offset', help: 'Added to every x (a feature measured from another zero). Least squares does not care; unscaled gradient descent does.', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'Same seed, same points and split.', group: 'Data' },
  { name: 'outlier', affects: 'data', type: 'number', default: 0, min: -12, max: 12, step: 0.5, label: 'Outlier', help: 'One extra point near the right edge, this far off the line fitted without it (0: none).', group: 'Data' },
  { name: 'standardize', affects: 'model', type: 'bool', default: true, label: 'Standardise x', help: 'Train on z = (x − mean) / sd. Off: raw x, and with an offset the bowl becomes a long valley.', group: 'Gradient descent' },
  { name: 'lr', affects: 'model', type: 'number', default: 0.1, min: 0.001, max: 3, scale: 'log', label: 'Learning rate', help: 'Step size η. Plain gradient descent diverges above 2/λmax (under the loss surface).', group: 'Gradient descent' },
  { name: 'optimizer', affects: 'model', type: 'enum', default: 'sgd', options: [{ value: 'sgd', label: 'Gradient descent' }, { value: 'momentum', label: 'Momentum' }, { value: 'adam', label: 'Adam' }], label: 'Optimiser', help: 'Full-batch steps, with momentum (0.9), or Adam.', group: 'Gradient descent' },
  { name: 'speed', affects: 'view', type: 'int', default: 1, min: 1, max: 50, label: 'Speed (updates per frame)', help: 'Updates per animation frame.', group: 'Gradient descent' },
  { name: 'squares', affects: 'view', type: 'enum', default: 'gd', options: [{ value: 'gd', label: 'Gradient descent' }, { value: 'ls', label: 'Least squares' }, { value: 'none', label: 'None' }], label: 'Residual squares', help: 'Residuals drawn as squares: their total area is n × MSE.', group: 'View' },
  { name: 'robust', affects: 'view', type: 'bool', default: false, label: 'Least-absolute-error line', help: 'Also draw the line minimising Σ|y − ŷ| (median regression): an outlier barely moves it.', group: 'View' },
  { name: 'multi', affects: 'data', type: 'enum', default: 'none', options: [{ value: 'none', label: 'Off' }, { value: 'penguins', label: 'Penguins: flipper length' }, { value: 'weather', label: 'Seattle weather: max temperature' }], label: 'Several features', help: 'Fit a real table with several features (datasets/SOURCES.md) and compare its coefficients as measured and standardised.', group: 'Several features', visibleIf: noTable },
  { name: 'table', affects: 'data', type: 'file', default: null, accept: '.csv,text/csv', maxBytes: 5_000_000, label: 'Your table (CSV)', help: 'A table of numbers with the target (a number) in the last column, such as the one the data lab prepares for a regression. Every other column is a feature. It stays in this browser: links name it, never carry it.', group: 'Several features', target: 'number' },
  { name: 'fit', affects: 'data', type: 'enum', default: 'ols', options: [{ value: 'ols', label: 'Least squares' }, { value: 'ridge', label: 'Ridge' }], label: 'Model (several features)', help: 'Least squares: standardising changes only the units of the coefficients. Ridge penalises α‖w‖², which depends on the units, so standardising changes the fit itself.', group: 'Several features', visibleIf: multiOn },
  { name: 'alpha', affects: 'data', type: 'number', default: 1, min: 0.001, max: 1000, scale: 'log', label: 'Ridge α', help: 'The penalty’s strength in ‖y − Xw − b‖² + α‖w‖² (scikit-learn’s Ridge).', group: 'Several features', visibleIf: (v) => multiOn(v) && v.fit === 'ridge' },
  { name: 'added', affects: 'data', type: 'points', default: [], maxPoints: 100, nClasses: 1, label: 'Added points', help: 'Points you clicked (x, y, 0).' },
  { name: 'moved', affects: 'data', type: 'points', default: [], maxPoints: MAX_POINTS, nClasses: MAX_POINTS, label: 'Moved points', help: 'Dragged points: x, y, index.' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 20000, hidden: true, label: 'Updates done', help: 'Updates run: a link replays them.' },
] as const);

export type Params = Values<typeof schema>;
