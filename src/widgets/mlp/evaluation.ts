/**
 * The network's predictions on the test points in the shapes the shared evaluation panels take: P(class 1) and the
 * 0/1 prediction for two classes, the arg-max class and the K × K confusion matrix for more, the predicted values for
 * regression. Recomputed on every drawn frame (at most a few hundred rows), so the panels follow the training live.
 */
import { confusionMatrix } from '../../core/metrics/classification';
import type { MlpTask } from '../../core/models/neural_network/mlp';
import type { HeldOut } from '../shared/trees/structure';

export type { HeldOut };

/** `out` is the network's output for the n test rows: P(class 1), k class probabilities per row, or values. */
export function heldOut(task: MlpTask, y: ArrayLike<number>, out: ArrayLike<number>, k: number): HeldOut {
  const yTrue = Array.from(y), n = yTrue.length;
  if (task === 'regression') return { yTrue, yScore: [], yPred: Array.from(out), confusion: [] };
  if (task === 'binary') {
    const yScore = Array.from(out), yPred = yScore.map((p) => (p >= 0.5 ? 1 : 0));
    return { yTrue, yScore, yPred, confusion: n ? confusionMatrix(yTrue, yPred, [0, 1]) : [] };
  }
  const yPred = Array.from({ length: n }, (_, r) => {
    let best = 0;
    for (let c = 1; c < k; c++) if (out[r * k + c] > out[r * k + best]) best = c;
    return best;
  });
  return { yTrue, yScore: [], yPred, confusion: n ? confusionMatrix(yTrue, yPred, Array.from({ length: k }, (_, c) => c)) : [] };
}
