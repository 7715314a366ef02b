import { defineSchema, type Values } from '../schema';

// Kept free of core and TF.js imports: the gallery loads every widget's schema.
const pick = (...v: number[]) => v.map((x) => ({ value: String(x), label: String(x) }));

export const schema = defineSchema([
  { name: 'dataset', type: 'enum', default: 'mnist', options: [{ value: 'mnist', label: 'MNIST 28×28 (10,000 digits)' }, { value: 'digits8x8', label: 'UCI 8×8 (1,797 digits, fast)' }], label: 'Data set', help: 'MNIST: 28×28 grey images, 9,000 for training and 1,000 (100 per digit) for testing. UCI 8×8: 16 grey levels per pixel, 300 for testing; trains in seconds.', group: 'Data' },
  { name: 'trainSize', type: 'int', default: 9000, min: 500, max: 9000, step: 500, label: 'Training images', help: 'How many of the training images to use (balanced over the digits; the 8×8 set has at most 1,497). More images generalise better but each epoch takes longer.', group: 'Data' },
  { name: 'valShare', type: 'number', default: 0.1, min: 0, max: 0.3, step: 0.05, label: 'Validation share', help: 'Part of the training images held out to watch overfitting and for early stopping. The test set is never used for either.', group: 'Data' },
  { name: 'augment', type: 'int', default: 1, min: 0, max: 3, label: 'Random shift (px)', help: 'Data augmentation: every training image is moved by a random whole number of pixels up to this far, each time it is seen. The network learns that position does not matter.', group: 'Data' },
  { name: 'convLayers', type: 'int', default: 2, min: 1, max: 3, label: 'Conv layers', help: 'How many convolution layers (each followed by ReLU and the downsampling below).', group: 'Model' },
  { name: 'filters1', type: 'int', default: 24, min: 1, max: 64, label: 'Conv 1 filters', help: 'Number of filters (feature detectors) in the first conv layer. Its filters are shown below after training.', group: 'Model' },
  { name: 'kernel1', type: 'enum', default: '5', options: pick(3, 5, 7), label: 'Conv 1 kernel', help: 'Size of each first-layer filter, in pixels (k × k).', group: 'Model' },
  { name: 'filters2', type: 'int', default: 48, min: 1, max: 96, label: 'Conv 2 filters', help: 'Filters of the second conv layer. Each looks at all the first layer’s maps.', group: 'Model', enabledIf: (v) => Number(v.convLayers) >= 2 },
  { name: 'kernel2', type: 'enum', default: '3', options: pick(3, 5), label: 'Conv 2 kernel', help: 'Size of each second-layer filter.', group: 'Model', enabledIf: (v) => Number(v.convLayers) >= 2 },
  { name: 'filters3', type: 'int', default: 64, min: 1, max: 128, label: 'Conv 3 filters', help: 'Filters of the third conv layer.', group: 'Model', enabledIf: (v) => Number(v.convLayers) >= 3 },
  { name: 'kernel3', type: 'enum', default: '3', options: pick(3, 5), label: 'Conv 3 kernel', help: 'Size of each third-layer filter.', group: 'Model', enabledIf: (v) => Number(v.convLayers) >= 3 },
  { name: 'pooling', type: 'enum', default: 'stride', options: [{ value: 'stride', label: 'Stride 2 (fast)' }, { value: 'max', label: '2×2 max pooling' }, { value: 'avg', label: '2×2 average pooling' }, { value: 'none', label: 'None' }], label: 'Downsampling', help: 'How each conv layer halves the image: a stride-2 convolution (skips every other position: 4× less work), or a stride-1 convolution followed by 2×2 max or average pooling, or not at all.', group: 'Model' },
  { name: 'dense', type: 'int', default: 0, min: 0, max: 256, step: 8, label: 'Dense units', help: 'A hidden fully connected layer before the 10 outputs (0 = none: the conv features go straight to the output layer).', group: 'Model' },
  { name: 'dropout', type: 'number', default: 0.25, min: 0, max: 0.7, step: 0.05, label: 'Dropout', help: 'During training, this share of the features before the output layer is zeroed at random: a regulariser against overfitting.', group: 'Model' },
  { name: 'optimizer', type: 'enum', default: 'adam', options: [{ value: 'adam', label: 'Adam' }, { value: 'sgd', label: 'SGD' }, { value: 'momentum', label: 'SGD + momentum' }, { value: 'rmsprop', label: 'RMSProp' }], label: 'Optimiser', help: 'Adam adapts the step of every weight and is forgiving; plain SGD needs a larger learning rate (≈ 0.05–0.2).', group: 'Training' },
  { name: 'lr', type: 'number', default: 0.002, min: 1e-4, max: 1, scale: 'log', label: 'Learning rate', help: 'Step size of the optimiser at the first epoch.', group: 'Training' },
  { name: 'lrDecay', type: 'number', default: 0.85, min: 0.5, max: 1, step: 0.05, label: 'LR decay / epoch', help: 'The learning rate is multiplied by this after every epoch (1 = constant): big steps first, fine steps later.', group: 'Training' },
  { name: 'batch', type: 'enum', default: '64', options: pick(16, 32, 64, 128, 256), label: 'Batch size', help: 'Images per gradient step.', group: 'Training' },
  { name: 'epochs', type: 'int', default: 12, min: 1, max: 50, label: 'Epochs', help: 'Passes over the training images (training also stops at the time limit or by early stopping).', group: 'Training' },
  { name: 'patience', type: 'int', default: 3, min: 0, max: 10, label: 'Early-stopping patience', help: 'Stop when the validation loss has not improved for this many epochs, and keep the best epoch’s weights (0 = off; needs a validation share).', group: 'Training' },
  { name: 'timeLimit', type: 'int', default: 60, min: 0, max: 600, step: 5, label: 'Time limit (s)', help: 'Training stops after this many seconds (0 = no limit).', group: 'Training' },
  { name: 'seed', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same initial weights, batch order and augmentation.', group: 'Training' },
  { name: 'backend', type: 'enum', default: 'auto', options: [{ value: 'auto', label: 'Auto (fastest)' }, { value: 'wasm', label: 'WebAssembly' }, { value: 'webgl', label: 'WebGL' }, { value: 'cpu', label: 'Plain JS (cpu)' }], label: 'TF.js backend', help: 'Where the maths runs, chosen once when the widget opens. Auto tries WebAssembly (SIMD), then WebGL, then plain JavaScript.', group: 'Training' },
] as const);

export type Params = Values<typeof schema>;
