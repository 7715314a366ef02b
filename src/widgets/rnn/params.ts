import { defineSchema, type Values } from '../../params';

// Kept free of core and TF.js imports: the gallery loads every widget's schema.
const opts = (...v: [string, string][]) => v.map(([value, label]) => ({ value, label }));

export const schema = defineSchema([
  { name: 'task', affects: 'data', type: 'enum', default: 'chars', options: opts(['chars', 'Characters (language model)'], ['memory', 'Memory (recall a symbol)'], ['weather', 'Weather (next-day forecast)']),
    label: 'Task', help: 'Characters: predict the next character of a text. Memory: say which symbol came first, many steps later. Weather: forecast tomorrow’s maximum temperature in Seattle.', group: 'Data' },
  { name: 'text', affects: 'data', type: 'file', default: null, accept: '.txt,text/plain', maxBytes: 200_000,
    label: 'Your text', help: 'A plain-text file to learn instead of the shipped Shakespeare (or paste text in the box under the sample). It stays in this page: a link names it but never carries it.', group: 'Data',
    visibleIf: (v) => v.task === 'chars' },
  { name: 'seqLen', affects: 'data', type: 'int', default: 64, min: 4, max: 200, label: 'Sequence length', help: 'Steps (characters or days) in each training sequence. The hidden state starts at zero at the start of each one.', group: 'Data',
    visibleIf: (v) => v.task !== 'memory' },
  { name: 'delay', affects: 'data', type: 'int', default: 10, min: 2, max: 100, label: 'Delay T (steps)', help: 'How many steps back the answer lies: the first symbol must be recalled T steps later, after T − 1 random distractors.', group: 'Data',
    visibleIf: (v) => v.task === 'memory' },
  { name: 'cell', affects: 'model', type: 'enum', default: 'lstm', options: opts(['rnn', 'Simple RNN (tanh)'], ['lstm', 'LSTM'], ['gru', 'GRU']),
    label: 'Cell', help: 'A simple RNN multiplies the gradient by the same matrix at every step, so it fades (or explodes) over long spans; the LSTM’s and GRU’s gated, additive state lets it travel further.', group: 'Model' },
  { name: 'units', affects: 'model', type: 'int', default: 64, min: 4, max: 256, step: 4, label: 'Units', help: 'Size of the hidden state of each layer. Time per update grows about with its square: 64 (the default) trains about three times as many updates a minute as 128.', group: 'Model' },
  { name: 'layers', affects: 'model', type: 'int', default: 1, min: 1, max: 3, label: 'Layers', help: 'Recurrent layers stacked: each reads the hidden states of the one below.', group: 'Model' },
  { name: 'tbptt', affects: 'model', type: 'int', default: 64, min: 2, max: 200, label: 'Truncated BPTT (steps)', help: 'Backpropagation through time stops this many steps back: a sequence is trained in chunks of this length, the hidden state carried from chunk to chunk but not the gradient. Shorter is faster but cannot learn longer dependencies.', group: 'Training' },
  { name: 'optimizer', affects: 'model', type: 'enum', default: 'adam', options: opts(['adam', 'Adam'], ['sgd', 'SGD'], ['momentum', 'SGD + momentum'], ['rmsprop', 'RMSProp']),
    label: 'Optimiser', help: 'Adam adapts the step of every weight; plain SGD needs a learning rate of about 0.1–1 here.', group: 'Training' },
  { name: 'lr', affects: 'model', type: 'number', default: 0.02, min: 1e-4, max: 1, scale: 'log', label: 'Learning rate', help: 'Step size of the optimiser.', group: 'Training' },
  { name: 'clip', affects: 'model', type: 'number', default: 5, min: 0, max: 20, step: 0.5, label: 'Gradient clipping', help: 'Rescale the gradient when its global norm exceeds this (0 = off). Recurrent nets sometimes see huge gradients (exploding gradients): clipping keeps one bad batch from wrecking the weights.', group: 'Training' },
  { name: 'batch', affects: 'model', type: 'enum', default: '32', options: opts(['8', '8'], ['16', '16'], ['32', '32'], ['64', '64']), label: 'Batch size', help: 'Sequences per update.', group: 'Training' },
  { name: 'timeLimit', affects: 'model', type: 'int', default: 120, min: 10, max: 600, step: 10, label: 'Time limit (s)', help: 'Training stops after this many seconds.', group: 'Training' },
  { name: 'seed', affects: 'model', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: 'The same seed gives the same initial weights and the same batches.', group: 'Training' },
  { name: 'backend', affects: 'model', type: 'enum', default: 'auto', options: opts(['auto', 'Auto (fastest)'], ['wasm', 'WebAssembly'], ['webgl', 'WebGL'], ['cpu', 'Plain JS (cpu)']),
    label: 'TF.js backend', help: 'Where the maths runs, chosen once per worker. Auto tries WebAssembly (SIMD), then WebGL, then plain JavaScript.', group: 'Training' },
  { name: 'temperature', affects: 'view', type: 'number', default: 0.8, min: 0.1, max: 2, step: 0.05, label: 'Sampling temperature', help: 'Sampled text divides the logits by this before the softmax: low = safe and repetitive, high = adventurous and misspelt.', group: 'View', hidden: true },
] as const);

export type Params = Values<typeof schema>;
