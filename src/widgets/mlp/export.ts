/**
 * What #/mlp lets you download, made in the page from the session: the trained network's weights as JSON (in
 * scikit-learn's layout, so `new MLPClassifier({ coefs, intercepts, … })` starts from them) and the loss history
 * as CSV. Nothing is requested or uploaded (widgets/shared/save-file.ts saves the text).
 */
import { layerActivations, type MlpSession } from './session';

/** The weights and what is needed to use them: inputs, layers, activations, output, the epoch and its scores. */
export function weightsJson(s: MlpSession): string {
  const m = s.model;
  if (!m) throw new RangeError('there is no network to export: switch on at least one input feature');
  const { weights, biases } = m.getWeights();
  const p = s.params;
  const doc = {
    format: 'ml-playground #/mlp weights, version 1',
    note: 'coefs[l][i][j] is the weight from unit i of layer l (layer 0: the inputs, in the order of "inputs") to unit j of layer l + 1, as scikit-learn\'s coefs_; intercepts[l][j] the bias of unit j of layer l + 1. Inputs are the features computed from (x1, x2) and standardised with the training points\' mean and standard deviation.',
    dataset: p.dataset, seed: p.seed, epoch: s.steps,
    inputs: s.problem.features,
    hiddenLayerSizes: [...p.layers],
    activations: layerActivations(p),
    output: s.problem.task === 'binary' ? 'sigmoid (P(class 1)), log loss' : s.problem.task === 'multiclass' ? 'softmax, cross-entropy' : 'identity, mean squared error',
    scores: s.scores,
    typedWeights: s.edits,
    coefs: weights,
    intercepts: biases,
  };
  // NaN (a score that does not exist, e.g. no validation split) is not JSON: null says "none"
  return JSON.stringify(doc, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 1) + '\n';
}

/** One row per recorded epoch (long runs keep every other old epoch): epoch, train, test and (early stopping) validation loss. */
export function lossCsv(s: MlpSession): string {
  const val = s.val !== null;
  const head = ['epoch', 'train_loss', 'test_loss', ...(val ? ['validation_loss'] : [])].join(',');
  const cell = (v: number) => (Number.isFinite(v) ? String(v) : '');
  const rows = s.history.map((h) => [String(h.epoch), cell(h.train), cell(h.test), ...(val ? [cell(h.val)] : [])].join(','));
  return [head, ...rows].join('\n') + '\n';
}
