/**
 * The imbalance widget's computation, pure and DOM-free: a two-class problem with a rare positive class, one
 * stratified train/test split, and the same model (logistic regression, kNN or a tree: models.ts) trained with each
 * remedy. Only the training set is ever resampled or re-weighted; every remedy is scored on the same untouched test set.
 */
import { averagePrecisionScore, metricsAtThreshold, precisionRecallCurve, rocAucScore, type ThresholdMetrics } from '../../core/metrics';
import { RandomOverSampler, RandomUnderSampler, SMOTE, type Resampled, type SmoteSample } from '../../core/imbalance';
import { trainTestSplit } from '../../core/data';
import { Rng } from '../../core/random';
import { makeModel, noClassWeights, positiveScores, type ImbalanceModel, type ModelChoice } from './models';

export const REMEDIES = ['none', 'weights', 'over', 'under', 'smote', 'threshold'] as const;
export type Remedy = (typeof REMEDIES)[number];

export const REMEDY_LABELS: Record<Remedy, string> = {
  none: 'No remedy',
  weights: 'Class weights (balanced)',
  over: 'Random over-sampling',
  under: 'Random under-sampling',
  smote: 'SMOTE',
  threshold: 'Threshold moving',
};

export interface ProblemOptions {
  n: number;
  /** Share of positives (class 1) in the whole data set. */
  share: number;
  /** Distance between the two classes' centres, in standard deviations. */
  separation: number;
  seed: number;
}

/** Fewest positives generated, so that a stratified split leaves some in both sets. */
export const MIN_POSITIVES = 4;

export interface Problem {
  XTrain: number[][];
  yTrain: number[];
  XTest: number[][];
  yTest: number[];
}

/** Two round Gaussian clouds (σ = 1): negatives round (0, 0), positives `separation` away; 30 % held out, stratified. */
export function makeProblem(o: ProblemOptions): Problem {
  const rng = new Rng(o.seed);
  const nPos = Math.max(MIN_POSITIVES, Math.round(o.share * o.n));
  const X: number[][] = [];
  const y: number[] = [];
  const c = [0.8 * o.separation, 0.6 * o.separation];
  for (let i = 0; i < o.n; i++) {
    const pos = i < nPos ? 1 : 0;
    X.push([rng.normal() + pos * c[0], rng.normal() + pos * c[1]]);
    y.push(pos);
  }
  const s = trainTestSplit(X, y, { testSize: 0.3, stratify: y, seed: o.seed });
  return { XTrain: s.XTrain, yTrain: s.yTrain, XTest: s.XTest, yTest: s.yTest };
}

export interface RemedyResult {
  remedy: Remedy;
  /** The training set the model saw (resampled for over/under/SMOTE). */
  train: Resampled;
  /** How each SMOTE row was made (empty for the other remedies). */
  synthetic: SmoteSample[];
  model: ImbalanceModel;
  threshold: number;
  /** On the test set at `threshold`. */
  m: ThresholdMetrics;
  rocAuc: number;
  prAuc: number;
  /** Why this remedy could not run (e.g. SMOTE with too few positives), else ''. */
  error: string;
  /**
   * Why this model cannot take this remedy at all (kNN and class weights), else ''. The numbers are then the plain
   * model's, kept only so that the views have something true to draw; the table shows none for this row.
   */
  unsupported: string;
}

const PLAIN_MODEL: ModelChoice = { model: 'logistic', k: 5, depth: 4 };

const identity = (X: number[][], y: number[]): Resampled => ({ X, y, source: X.map((_, i) => i) });

/** The threshold that maximises F1 on the training scores (threshold moving: the model is unchanged). */
export function bestF1Threshold(yTrue: number[], scores: number[]): number {
  const pr = precisionRecallCurve(yTrue, scores);
  let best = 0.5, bestF1 = -1;
  for (let k = 0; k < pr.thresholds.length; k++) {
    const p = pr.precision[k], r = pr.recall[k];
    const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    if (f1 > bestF1) { bestF1 = f1; best = pr.thresholds[k]; }
  }
  return best;
}

/**
 * Fits the chosen model on a training set (class-weighted when asked) and scores it on the test set, at 0.5 or at the
 * threshold that maximises F1 on the training set's own scores (threshold moving leaves the model as it is).
 */
export function fitAndScore(train: Resampled, XTest: number[][], yTest: number[], choice: ModelChoice, how: { balanced: boolean; moveThreshold: boolean }) {
  const model = makeModel(choice, how.balanced).fit(train.X, train.y);
  const threshold = how.moveThreshold ? bestF1Threshold(train.y, positiveScores(model, train.X)) : 0.5;
  const scores = positiveScores(model, XTest);
  return {
    model, threshold,
    m: metricsAtThreshold(yTest, scores, threshold),
    rocAuc: rocAucScore(yTest, scores),
    prAuc: averagePrecisionScore(yTest, scores),
  };
}

export function runRemedy(problem: Problem, remedy: Remedy, o: { kNeighbors: number; seed: number; model?: ModelChoice }): RemedyResult {
  const { XTrain, yTrain, XTest, yTest } = problem;
  const choice = o.model ?? PLAIN_MODEL;
  let train = identity(XTrain, yTrain);
  let synthetic: SmoteSample[] = [];
  let error = '';
  const unsupported = remedy === 'weights' ? noClassWeights(choice.model) : '';
  try {
    if (remedy === 'over') train = new RandomOverSampler({ seed: o.seed }).fitResample(XTrain, yTrain);
    if (remedy === 'under') train = new RandomUnderSampler({ seed: o.seed }).fitResample(XTrain, yTrain);
    if (remedy === 'smote') {
      const s = new SMOTE({ kNeighbors: o.kNeighbors, seed: o.seed });
      train = s.fitResample(XTrain, yTrain);
      synthetic = s.samples;
    }
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const fitted = fitAndScore(train, XTest, yTest, choice, { balanced: remedy === 'weights' && !unsupported, moveThreshold: remedy === 'threshold' });
  return { remedy, train, synthetic, error, unsupported, ...fitted };
}

/** Accuracy of always answering the majority class (negative) on the test set: the accuracy paradox. */
export function majorityAccuracy(yTest: number[]): number {
  return yTest.filter((v) => v === 0).length / yTest.length;
}

/** What every remedy's fit depends on: the data and split, the model, SMOTE's neighbours and the seed. */
export interface FitSetting {
  problem: Problem;
  choice: ModelChoice;
  kNeighbors: number;
  seed: number;
}

/** A row of the remedy table: the remedy's own result once fitted, else the last result it had (pending, faded). */
export interface RemedyRow {
  remedy: Remedy;
  result: RemedyResult | null;
  pending: boolean;
}

/**
 * The six remedies' fits for one setting, made when asked: the widget fits the shown remedy at once and the other
 * five in idle moments (`fillSome`), so that a slider step costs one fit and one map, not six. Until a remedy's own
 * fit is in, its row shows the result it had under the previous setting.
 */
export class RemedyFits {
  private readonly done = new Map<Remedy, RemedyResult>();
  private readonly before: ReadonlyMap<Remedy, RemedyResult>;

  constructor(readonly setting: FitSetting, previous: RemedyFits | null = null) {
    this.before = previous ? new Map([...previous.before, ...previous.done]) : new Map();
  }

  fit(remedy: Remedy): RemedyResult {
    let r = this.done.get(remedy);
    if (!r) {
      const s = this.setting;
      r = runRemedy(s.problem, remedy, { kNeighbors: s.kNeighbors, seed: s.seed, model: s.choice });
      this.done.set(remedy, r);
    }
    return r;
  }

  row(remedy: Remedy): RemedyRow {
    const own = this.done.get(remedy);
    return { remedy, result: own ?? this.before.get(remedy) ?? null, pending: !own };
  }

  /** Fits the remedies still missing, in the table's order, while `more()` allows; true when all six are in. */
  fillSome(more: () => boolean): boolean {
    for (const r of REMEDIES) {
      if (this.done.has(r)) continue;
      if (!more()) return false;
      this.fit(r);
    }
    return true;
  }
}
