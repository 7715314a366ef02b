import { defineSchema, type Values } from '../../params';

export const schema = defineSchema([
  { name: 'data', affects: 'data', type: 'enum', default: '1d', options: [{ value: '1d', label: 'One feature (1-D)' }, { value: '2d', label: 'Two features (2-D)' }], label: 'Data', help: '1-D: points on a line, coloured by class. 2-D: a scatter where the split is a vertical (x₁) or horizontal (x₂) line, as in a decision tree.', group: 'Data' },
  { name: 'n', affects: 'data', type: 'int', default: 60, min: 10, max: 400, step: 10, label: 'Points', help: 'How many labelled points.', group: 'Data' },
  { name: 'overlap', affects: 'data', type: 'number', default: 0.5, min: 0, max: 1, step: 0.05, label: 'Class overlap', help: 'How much the two classes mix (0 = a perfect split exists).', group: 'Data' },
  { name: 'share', affects: 'data', type: 'number', default: 0.5, min: 0.1, max: 0.9, step: 0.05, label: 'Share of class 1', help: 'Fraction of points in class 1 (the parent node’s p).', group: 'Data' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same points.', group: 'Data' },
  { name: 'criterion', affects: 'view', type: 'enum', default: 'gini', options: [{ value: 'gini', label: 'Gini impurity' }, { value: 'entropy', label: 'Entropy (information gain)' }, { value: 'misclassification', label: 'Misclassification rate' }], label: 'Criterion', help: 'How node impurity is measured. scikit-learn’s trees offer gini (default) and entropy; misclassification is shown for comparison.', group: 'Split' },
  { name: 'feature', affects: 'view', type: 'enum', default: 'x1', options: [{ value: 'x1', label: 'x₁ (vertical line)' }, { value: 'x2', label: 'x₂ (horizontal line)' }], label: 'Split on (2-D)', help: 'Which feature the 2-D split thresholds.', group: 'Split', visibleIf: (v) => v.data === '2d' },
  { name: 'split', affects: 'view', type: 'number', default: 0.3, min: -5, max: 5, step: 0.01, label: 'Split position', help: 'Points with feature ≤ split go left. Drag the line on the plot.', group: 'Split' },
] as const);

export type Params = Values<typeof schema>;
