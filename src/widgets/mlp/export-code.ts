/**
 * The network on screen as code that builds it again elsewhere (issue 13, TensorFlow Playground's #39): Keras
 * (Python) and TF.js, with the same layers, activations, dropout, penalty, optimiser, loss, batch size and stopping
 * rule, and the inputs as the network sees them (the features or the table's columns, standardised with the mean and
 * scale fitted on the training rows). The weights are the JSON export's job (export.ts): these files say so.
 * Same conventions as ours: Glorot-uniform weights and zero biases (both libraries' defaults); our L2 penalty
 * rate·½Σw² is Keras's l2(rate / 2); L1 rate·Σ|w| is l1(rate); Adam's ε is given (ours 1e-8, Keras's default 1e-7).
 * tests/unit/mlp-export-code.test.ts runs the TF.js code and checks its network gives ours's outputs with our weights.
 */
import type { Activation } from '../../core/models/neural_network/mlp';
import { layerActivations, type MlpSession } from './session';

interface Spec {
  nIn: number;
  inputs: readonly string[];
  mean: number[];
  scale: number[];
  table: boolean;
  layers: { units: number; activation: Activation; dropout: number }[];
  output: { units: number; activation: 'sigmoid' | 'softmax' | 'linear'; kerasLoss: string; tfjsLoss: string };
  penalty: 'none' | 'l1' | 'l2';
  rate: number;
  optimizer: string;
  lr: number;
  batch: number;
  epochs: number;
  earlyStop: { valShare: number; patience: number } | null;
}

function specOf(s: MlpSession): Spec {
  const p = s.params, pr = s.problem;
  if (!s.model) throw new RangeError('there is no network to export: switch on at least one input');
  const acts = layerActivations(p);
  const output = pr.task === 'binary'
    ? { units: 1, activation: 'sigmoid' as const, kerasLoss: 'binary_crossentropy', tfjsLoss: 'binaryCrossentropy' }
    : pr.task === 'multiclass'
      ? { units: pr.nClasses, activation: 'softmax' as const, kerasLoss: 'sparse_categorical_crossentropy', tfjsLoss: 'sparseCategoricalCrossentropy' }
      : { units: 1, activation: 'linear' as const, kerasLoss: 'mse', tfjsLoss: 'meanSquaredError' };
  return {
    nIn: pr.features.length, inputs: pr.features, mean: pr.scaler.mean, scale: pr.scaler.scale, table: !!pr.table,
    layers: p.layers.map((units, l) => ({ units, activation: acts[l], dropout: p.dropout[l] ?? 0 })),
    output, penalty: p.penalty as Spec['penalty'], rate: p.rate, optimizer: p.optimizer, lr: p.lr, batch: p.batch,
    // the epochs this run trained (or its stop condition); 100 for a run not started yet
    epochs: p.maxEpochs > 0 ? p.maxEpochs : Math.max(s.steps, 0) || 100,
    earlyStop: p.earlyStop ? { valShare: p.valShare, patience: p.patience } : null,
  };
}

const num = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(12))));
const list = (v: readonly number[]) => `[${v.map(num).join(', ')}]`;
const quoted = (v: readonly string[]) => `[${v.map((s) => JSON.stringify(s)).join(', ')}]`;

/** How the playground's 2-D features are computed from (x1, x2), in each language. */
const FEATURE_CODE: Record<string, { py: string; js: string }> = {
  x1: { py: 'x1', js: 'x1' },
  x2: { py: 'x2', js: 'x2' },
  'x1^2': { py: 'x1 ** 2', js: 'x1 * x1' },
  'x2^2': { py: 'x2 ** 2', js: 'x2 * x2' },
  'x1*x2': { py: 'x1 * x2', js: 'x1 * x2' },
  'sin(x1)': { py: 'np.sin(x1)', js: 'Math.sin(x1)' },
  'sin(x2)': { py: 'np.sin(x2)', js: 'Math.sin(x2)' },
};

function kerasOptimizer(o: Spec): string {
  const lr = `learning_rate=${num(o.lr)}`;
  switch (o.optimizer) {
    case 'momentum': return `keras.optimizers.SGD(${lr}, momentum=0.9)`;
    case 'rmsprop': return `keras.optimizers.RMSprop(${lr}, rho=0.9, epsilon=1e-7)`;
    case 'adam': return `keras.optimizers.Adam(${lr}, beta_1=0.9, beta_2=0.999, epsilon=1e-8)`;
    default: return `keras.optimizers.SGD(${lr})`;
  }
}

function tfjsOptimizer(o: Spec): string {
  switch (o.optimizer) {
    case 'momentum': return `tf.train.momentum(${num(o.lr)}, 0.9)`;
    case 'rmsprop': return `tf.train.rmsprop(${num(o.lr)}, 0.9, 0, 1e-7)`;
    case 'adam': return `tf.train.adam(${num(o.lr)}, 0.9, 0.999, 1e-8)`;
    default: return `tf.train.sgd(${num(o.lr)})`;
  }
}

/** The network and its training as Keras code (Python). */
export function kerasCode(s: MlpSession, link: string): string {
  const o = specOf(s);
  const reg = o.penalty === 'l2' ? `, kernel_regularizer=keras.regularizers.l2(${num(o.rate / 2)})` : o.penalty === 'l1' ? `, kernel_regularizer=keras.regularizers.l1(${num(o.rate)})` : '';
  const layers = o.layers.flatMap((l) => [
    `    keras.layers.Dense(${l.units}, activation="${l.activation}"${reg}),`,
    ...(l.dropout > 0 ? [`    keras.layers.Dropout(${num(l.dropout)}),`] : []),
  ]);
  const inputs = o.table
    ? ['def inputs(X):', '    """X: the table\'s columns INPUTS, in this order, one row per example."""', '    return (np.asarray(X, dtype=float) - MEAN) / SCALE']
    : ['def inputs(x1, x2):', '    """The chosen features of the points (x1, x2), standardised as the network saw them."""',
      `    return (np.column_stack([${o.inputs.map((f) => FEATURE_CODE[f]?.py ?? f).join(', ')}]) - MEAN) / SCALE`];
  const stop = o.earlyStop
    ? [`stop = keras.callbacks.EarlyStopping(monitor="val_loss", patience=${o.earlyStop.patience}, min_delta=1e-4, restore_best_weights=True)`,
      `# validation_split holds out the last ${Math.round(o.earlyStop.valShare * 100)} % of the rows (the playground draws them at random)`,
      `# model.fit(inputs(...), y, batch_size=${o.batch}, epochs=${o.epochs}, shuffle=True, validation_split=${num(o.earlyStop.valShare)}, callbacks=[stop])`]
    : [`# model.fit(inputs(...), y, batch_size=${o.batch}, epochs=${o.epochs}, shuffle=True)`];
  return [
    `# The #/mlp network from ml-playground as Keras code: the same layers and training settings.`,
    `# Link: ${link}`,
    `# The trained weights are not in this file: download them with "Weights (JSON)" (coefs[l] is layer l's kernel).`,
    'import numpy as np',
    'import keras  # Keras 3, or: from tensorflow import keras',
    '',
    `INPUTS = ${quoted(o.inputs)}`,
    `MEAN = np.array(${list(o.mean)})  # StandardScaler fitted on the training rows`,
    `SCALE = np.array(${list(o.scale)})`,
    '',
    ...inputs,
    '',
    'model = keras.Sequential([',
    `    keras.Input(shape=(${o.nIn},)),`,
    ...layers,
    `    keras.layers.Dense(${o.output.units}, activation="${o.output.activation}"),`,
    '])',
    `model.compile(optimizer=${kerasOptimizer(o)}, loss="${o.output.kerasLoss}"${o.output.activation === 'linear' ? '' : ', metrics=["accuracy"]'})`,
    `# y: ${o.output.activation === 'linear' ? 'the target values' : o.output.units === 1 ? 'the class, 0 or 1' : `the class index, 0 to ${o.output.units - 1}`}`,
    ...stop,
    '',
  ].join('\n');
}

/** The network and its training as TF.js code (JavaScript). */
export function tfjsCode(s: MlpSession, link: string): string {
  const o = specOf(s);
  const reg = o.penalty === 'l2' ? `, kernelRegularizer: tf.regularizers.l2({ l2: ${num(o.rate / 2)} })` : o.penalty === 'l1' ? `, kernelRegularizer: tf.regularizers.l1({ l1: ${num(o.rate)} })` : '';
  const layers = o.layers.flatMap((l, i) => [
    `model.add(tf.layers.dense({ ${i === 0 ? `inputShape: [${o.nIn}], ` : ''}units: ${l.units}, activation: '${l.activation}'${reg} }));`,
    ...(l.dropout > 0 ? [`model.add(tf.layers.dropout({ rate: ${num(l.dropout)} }));`] : []),
  ]);
  const inputs = o.table
    ? ['/** One row of the table (its columns INPUTS, in this order), standardised as the network saw it. */', 'const inputs = (row) => row.map((v, j) => (v - MEAN[j]) / SCALE[j]);']
    : ['/** The chosen features of a point (x1, x2), standardised as the network saw them. */',
      `const inputs = (x1, x2) => [${o.inputs.map((f) => FEATURE_CODE[f]?.js ?? f).join(', ')}].map((v, j) => (v - MEAN[j]) / SCALE[j]);`];
  const fit = o.earlyStop
    ? `// await model.fit(tf.tensor2d(rows.map(inputs)), ys, { batchSize: ${o.batch}, epochs: ${o.epochs}, shuffle: true, validationSplit: ${num(o.earlyStop.valShare)}, callbacks: tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: ${o.earlyStop.patience}, minDelta: 1e-4 }) });`
    : `// await model.fit(tf.tensor2d(rows.map(inputs)), ys, { batchSize: ${o.batch}, epochs: ${o.epochs}, shuffle: true });`;
  return [
    `// The #/mlp network from ml-playground as TF.js code: the same layers and training settings.`,
    `// Link: ${link}`,
    `// The trained weights are not in this file: download them with "Weights (JSON)" (coefs[l] is layer l's kernel).`,
    "import * as tf from '@tensorflow/tfjs';",
    '',
    `const INPUTS = ${quoted(o.inputs)};`,
    `const MEAN = ${list(o.mean)}; // StandardScaler fitted on the training rows`,
    `const SCALE = ${list(o.scale)};`,
    ...inputs,
    '',
    'const model = tf.sequential();',
    ...(o.layers.length ? layers : []),
    `model.add(tf.layers.dense({ ${o.layers.length ? '' : `inputShape: [${o.nIn}], `}units: ${o.output.units}, activation: '${o.output.activation}' }));`,
    `model.compile({ optimizer: ${tfjsOptimizer(o)}, loss: '${o.output.tfjsLoss}'${o.output.activation === 'linear' ? '' : ", metrics: ['accuracy']"} });`,
    `// ys: ${o.output.activation === 'linear' ? 'tf.tensor2d(targets, [n, 1])' : o.output.units === 1 ? 'tf.tensor2d(classes, [n, 1]) with classes 0 or 1' : `tf.tensor1d(classes, 'float32') with class indices 0 to ${o.output.units - 1}`}`,
    fit,
    '',
  ].join('\n');
}
