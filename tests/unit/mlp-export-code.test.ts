import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { DATASET_OPTIONS, schema, type Params } from '../../src/widgets/mlp/params';
import { MlpSession } from '../../src/widgets/mlp/session';
import { kerasCode, tfjsCode } from '../../src/widgets/mlp/export-code';

// The exported code is run, not read: the TF.js file is evaluated with TF.js (cpu backend), given our network's
// weights, and must then give our network's outputs on the training rows, through the file's own input function.
// So a wrong layer, activation, output, feature formula or standardisation in the file fails here.

const params = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });
const LINK = 'http://localhost/#/mlp';

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
});

/** The first data set of the widget's list whose session has this task (binary, multiclass, regression). */
function datasetFor(task: string): Params['dataset'] {
  const found = DATASET_OPTIONS.find((d) => new MlpSession(params({ dataset: d.value, layers: [] })).problem.task === task);
  if (!found) throw new Error(`no data set for ${task}`);
  return found.value;
}

interface Built { model: tf.Sequential; inputs: (...a: number[]) => number[] }
function runTfjs(code: string): Built {
  expect(code).toMatch(/^import \* as tf from '@tensorflow\/tfjs';$/m);
  const body = code.replace(/^import .*$/m, '');
  return new Function('tf', `${body}\nreturn { model, inputs };`)(tf) as Built;
}

const CASES: [string, Partial<Params>][] = [
  ['binary, tanh, dropout, L2, Adam, five features', { layers: [4, 3], activation: 'tanh', dropout: [0.2], penalty: 'l2', rate: 0.01, optimizer: 'adam', features: ['x1', 'x2', 'x1^2', 'x1*x2', 'sin(x2)'] }],
  ['multiclass, relu then sigmoid, L1, momentum', { dataset: datasetFor('multiclass'), layers: [6, 5], acts: ['relu', 'sigmoid'], penalty: 'l1', rate: 0.003, optimizer: 'momentum' }],
  ['regression, no hidden layer, RMSprop, early stopping', { dataset: datasetFor('regression'), layers: [], optimizer: 'rmsprop', earlyStop: true, patience: 7 }],
];

describe('#/mlp code export', () => {
  it.each(CASES)('%s: the TF.js file builds our network, and with our weights gives our outputs', (_, o) => {
    const s = new MlpSession(params(o));
    for (let e = 0; e < 3; e++) s.step();
    const m = s.model!;
    const before = tf.memory().numTensors;
    const { model, inputs } = runTfjs(tfjsCode(s, LINK));
    try {
      expect(model.countParams()).toBe(m.params.length);
      const dense = model.layers.filter((l) => l.getClassName() === 'Dense');
      const acts = dense.map((l) => (l.getConfig().activation as string));
      expect(dense.map((l) => l.getConfig().units)).toEqual(m.sizes.slice(1));
      expect(acts.slice(0, -1)).toEqual(m.acts);
      expect(acts.at(-1)).toBe(s.problem.task === 'binary' ? 'sigmoid' : s.problem.task === 'multiclass' ? 'softmax' : 'linear');
      const drops = model.layers.filter((l) => l.getClassName() === 'Dropout').map((l) => l.getConfig().rate);
      expect(drops).toEqual(m.dropout.filter((r) => r > 0));
      // the file's inputs() turns raw points into the rows the network trained on
      const pr = s.problem, k = pr.features.length, train = pr.points.filter((q) => !q.test);
      const rows = train.map((q) => inputs(q.x, q.y));
      rows.slice(0, 20).forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(pr.train.x[i * k + j], 10)));
      // our weights in, our outputs out
      const { weights, biases } = m.getWeights();
      tf.tidy(() => dense.forEach((l, i) => l.setWeights([tf.tensor2d(weights[i]), tf.tensor1d(biases[i])])));
      const ours = m.evaluate({ n: pr.train.n, x: pr.train.x, y: pr.train.y }).out;
      const theirs = tf.tidy(() => (model.predict(tf.tensor2d(rows)) as tf.Tensor).dataSync());
      expect(theirs.length).toBe(ours.length);
      theirs.forEach((v, i) => expect(v).toBeCloseTo(ours[i], 4));
    } finally {
      model.dispose();
      model.optimizer?.dispose();
    }
    // our test leaves nothing behind; TF.js's MomentumOptimizer keeps its learning-rate scalar after dispose()
    expect(tf.memory().numTensors - before).toBe(o.optimizer === 'momentum' ? 1 : 0);
  });

  it('the TF.js file has the run\'s penalty, optimiser, loss, batch and stopping rule', () => {
    const code = tfjsCode(new MlpSession(params({ penalty: 'l2', rate: 0.01, optimizer: 'adam', lr: 0.005, batch: 16, earlyStop: true, valShare: 0.25, patience: 9, maxEpochs: 300 })), LINK);
    expect(code).toContain("kernelRegularizer: tf.regularizers.l2({ l2: 0.005 })"); // ours: rate·½Σw²
    expect(code).toContain('tf.train.adam(0.005, 0.9, 0.999, 1e-8)');
    expect(code).toContain("loss: 'binaryCrossentropy'");
    expect(code).toMatch(/batchSize: 16, epochs: 300, shuffle: true, validationSplit: 0\.25, callbacks: tf\.callbacks\.earlyStopping\(\{ monitor: 'val_loss', patience: 9/);
  });

  it('the Keras file has the same layers and settings, and is valid Python', () => {
    const s = new MlpSession(params({ layers: [4, 3], acts: ['relu'], activation: 'tanh', dropout: [0, 0.3], penalty: 'l1', rate: 0.002, optimizer: 'rmsprop', lr: 0.01, batch: 12, features: ['x1', 'x2', 'x2^2'] }));
    const code = kerasCode(s, LINK);
    const dense = [...code.matchAll(/keras\.layers\.Dense\((\d+), activation="(\w+)"/g)].map((m) => [Number(m[1]), m[2]]);
    expect(dense).toEqual([[4, 'relu'], [3, 'tanh'], [1, 'sigmoid']]);
    expect(code).toMatch(/Dense\(3, activation="tanh", kernel_regularizer=keras\.regularizers\.l1\(0\.002\)\),\n {4}keras\.layers\.Dropout\(0\.3\)/);
    expect(code).toContain('keras.Input(shape=(3,))');
    expect(code).toContain('keras.optimizers.RMSprop(learning_rate=0.01, rho=0.9, epsilon=1e-7)');
    expect(code).toContain('loss="binary_crossentropy"');
    expect(code).toContain('x2 ** 2');
    expect(code).toContain('batch_size=12');
    expect(code).toContain(`MEAN = np.array([${s.problem.scaler.mean.map((v) => String(Number(v.toPrecision(12)))).join(', ')}])`);
    if (existsSync('/usr/bin/python3')) {
      const r = spawnSync('/usr/bin/python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  });

  it('no input switched on: a clear message, not a file', () => {
    const s = new MlpSession(params({ features: [] }));
    expect(() => kerasCode(s, LINK)).toThrow(/switch on at least one input/);
    expect(() => tfjsCode(s, LINK)).toThrow(/switch on at least one input/);
  });
});
