import { defineSchema, type Values } from '../../params';
import { dataset, noise, nSamples, positiveShare, seed, separation, SOURCE_OPTIONS, steps, threshold } from '../shared-eval/params-common';

export const schema = defineSchema([
  { name: 'source', affects: 'data', type: 'enum', default: 'dist', options: SOURCE_OPTIONS, label: 'Scores from', help: 'Two overlapping score distributions you shape with sliders, or P(class 1) of a logistic regression trained live on a 2-D data set (scored on a held-out half).', group: 'Scores' },
  seed,
  separation,
  { name: 'separationB', affects: 'data', type: 'number', default: 0.8, min: 0, max: 5, step: 0.1, label: 'Separation of model B', help: 'The second (dashed) model’s separation, when comparing two models.', group: 'Score distributions', visibleIf: (v) => v.source === 'dist' && v.compare === true },
  positiveShare,
  nSamples,
  dataset,
  noise,
  { name: 'compare', affects: 'model', type: 'bool', default: true, label: 'Compare a second model', help: 'Draw a second model’s curves (dashed): another score distribution, or in model mode a k-nearest-neighbours classifier on the same test set.', group: 'Compare' },
  { name: 'k', affects: 'model', type: 'int', default: 15, min: 1, max: 60, label: 'k of the kNN model', help: 'Neighbours the comparison kNN votes with (model mode). Small k gives few distinct scores: a ROC curve with few corners.', group: 'Compare', visibleIf: (v) => v.source === 'model' && v.compare === true },
  threshold,
  steps,
] as const);

export type Params = Values<typeof schema>;
