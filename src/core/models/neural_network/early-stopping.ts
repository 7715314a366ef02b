/**
 * Early stopping on a held-out score, as Keras's EarlyStopping(restore_best_weights=True) and scikit-learn's
 * `early_stopping`: after every epoch, a validation loss that beats the best by more than `tol` becomes the best
 * (with a snapshot of the model); `patience` epochs in a row without such an improvement stop the run, and the
 * caller restores the best snapshot. Generic over what a snapshot is, so any trainer can use it.
 */
export interface EarlyStoppingOptions {
  /** Epochs without an improvement before stopping (scikit-learn's n_iter_no_change). */
  patience: number;
  /** How much lower than the best a loss must be to count as an improvement (scikit-learn's tol). */
  tol?: number;
}

export type EarlyStoppingVerdict = 'improved' | 'wait' | 'stop';

export class EarlyStopping<S> {
  best: { epoch: number; loss: number; snapshot: S } | null = null;
  /** Epochs since the best one. */
  waited = 0;

  constructor(readonly options: EarlyStoppingOptions) {
    if (!(Number.isInteger(options.patience) && options.patience >= 1)) throw new RangeError('patience must be a whole number of epochs, at least 1');
  }

  /** Records the loss after `epoch`; `snapshot` is called only when it is the new best. A non-finite loss never improves. */
  update(epoch: number, loss: number, snapshot: () => S): EarlyStoppingVerdict {
    if (Number.isFinite(loss) && (this.best === null || loss < this.best.loss - (this.options.tol ?? 0))) {
      this.best = { epoch, loss, snapshot: snapshot() };
      this.waited = 0;
      return 'improved';
    }
    this.waited++;
    return this.waited >= this.options.patience ? 'stop' : 'wait';
  }
}
