/**
 * What #/mlp lets you download, made in the page from the session: the trained network's weights as JSON (in
 * scikit-learn's layout, so `new MLPClassifier({ coefs, intercepts, … })` starts from them) and the loss history
 * as CSV. Nothing is requested or uploaded (widgets/shared/save-file.ts saves the text).
 */
import { formatFileRef } from '../../params';
import { layerActivations, type MlpSession } from './session';

/**
 * The weights and everything needed to use them on a raw point (x₁, x₂) with nothing else at hand: the input
 * features and the standardisation the network sees (fitted on the training points), the layers, their
 * activations, the output; the epoch, its scores, and one worked point to check a reimplementation against.
 * Version 2 adds `inputTransform` and `check`: version 1 left out the scaler, so its weights could not reproduce
 * a prediction.
 */
export function weightsJson(s: MlpSession): string {
  const m = s.model;
  if (!m) throw new RangeError('there is no network to export: switch on at least one input feature');
  const { weights, biases } = m.getWeights();
  const p = s.params, pr = s.problem;
  // the first training point, raw (a table's row: its chosen columns), and what the network makes of it
  const first = pr.points.find((q) => !q.test);
  const check = first && pr.train.n > 0
    ? { x: pr.table ? pr.table.firstRaw : [first.x, first.y], output: Array.from(m.evaluate({ n: 1, x: pr.train.x.subarray(0, pr.features.length), y: pr.train.y.subarray(0, 1) }).out) }
    : null;
  const layers = 'then for every layer l, h = activation(h · coefs[l] + intercepts[l]), with activations[l] for the hidden layers and the output function last. coefs[l][i][j] is the weight from unit i of layer l (layer 0: the inputs, in the order of "inputs") to unit j of layer l + 1, as scikit-learn\'s coefs_; intercepts[l][j] the bias of unit j of layer l + 1.';
  const doc = {
    format: 'ml-playground #/mlp weights, version 2',
    note: pr.table
      ? `To predict for a row of the table: input j = (the row's column inputs[j] - inputTransform.mean[j]) / inputTransform.scale[j]; ${layers} ${pr.task === 'regression' ? 'The output is the predicted target.' : 'Output unit c is the probability of classes[c] (one unit: of classes[1]).'} "check" is one training row (its inputs, as the table has them) and its output.`
      : `To predict for a point (x1, x2): input j = (f_j(x1, x2) - inputTransform.mean[j]) / inputTransform.scale[j], where f_j is the formula inputs[j] (x1^2 is x1 squared, x1*x2 the product, sin in radians); ${layers} "check" is one training point and its output.`,
    ...(p.table && pr.table ? { table: formatFileRef(p.table), target: pr.table.target, ...(pr.task === 'regression' ? {} : { classes: pr.table.classNames }) } : { dataset: p.dataset }),
    seed: p.seed, epoch: s.steps,
    inputs: pr.features,
    inputTransform: { kind: 'StandardScaler fitted on the training points (population standard deviation)', mean: pr.scaler.mean, scale: pr.scaler.scale },
    hiddenLayerSizes: [...p.layers],
    activations: layerActivations(p),
    output: pr.task === 'binary' ? 'sigmoid (P(class 1)), log loss' : pr.task === 'multiclass' ? 'softmax, cross-entropy' : 'identity, mean squared error',
    scores: s.scores,
    typedWeights: s.edits,
    coefs: weights,
    intercepts: biases,
    check,
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
