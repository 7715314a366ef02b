/**
 * The binary scores behind the confusion and ROC widgets: two score distributions shaped by sliders (nothing to
 * train), or a model trained live on the run contract, with a second model to compare. Which models is the
 * widget's choice (`ScoreModels`); by default the quadratic logistic regression and a distance-weighted kNN. The
 * sessions are plain classes (tested in Node); `createScoreRun` gives a widget its run. One run per widget
 * instance, so two widgets on a page never share scores.
 */
import type { Schema } from '../../params';
import type { RunSession } from '../shared/run-options';
import { createRun, type Run } from '../shared/run.svelte';
import type { FitClassifier, StartClassifier } from './classifier';
import { knnClassifier, quadraticLogistic } from './classifiers';
import { binormalScores, ModelRun, type BinaryScores } from './sources';

export interface SourceParams {
  source: string;
  separation: number;
  /** Separation of the second distribution (comparison in 'dist' mode). */
  separationB?: number;
  positiveShare: number;
  n: number;
  dataset: string;
  noise: number;
  seed: number;
  /** Gradient updates already done (model mode); a link replays them. */
  steps: number;
  /** k of the comparison kNN (model mode, default models). */
  k?: number;
  compare?: boolean;
}

/** The models of the 'model' source, built from the params: one trained live, one fitted at once to compare. */
export interface ScoreModels<P extends SourceParams = SourceParams> {
  trained: (p: P) => StartClassifier;
  compared: (p: P) => FitClassifier;
}

/** The quadratic logistic regression (Adam, seeded) and a distance-weighted kNN (so its scores are not just k + 1 levels). */
export const DEFAULT_MODELS: ScoreModels = {
  trained: (p) => quadraticLogistic({ seed: p.seed }),
  compared: (p) => knnClassifier({ k: p.k ?? 15, weights: 'distance' }),
};

/** What the views draw from a score source. */
export interface ScoreFrame {
  scores: BinaryScores;
  /** The second model's scores, when comparing. */
  scoresB: BinaryScores | null;
  /** Model mode: the data points (train filled, test hollow). */
  points: { x: number; y: number; c: number; test: boolean }[];
}

export const NO_SCORES: ScoreFrame = { scores: { yTrue: [], yScore: [] }, scoresB: null, points: [] };

/** Two binormal score distributions: fixed by the sliders, so a static session (no step, no count in the link). */
export class DistributionScores {
  private readonly view: ScoreFrame;
  constructor(p: SourceParams) {
    const base = { n: p.n, positiveShare: p.positiveShare, seed: p.seed };
    this.view = {
      scores: binormalScores({ ...base, separation: p.separation }),
      scoresB: p.compare ? binormalScores({ ...base, separation: p.separationB ?? p.separation / 2, seed: p.seed + 1 }) : null,
      points: [],
    };
  }
  frame(): ScoreFrame {
    return this.view;
  }
}

/** A model trained one update at a time; its test-set P(class 1) are the scores. */
export class TrainedScores implements RunSession {
  diverged = false;
  private readonly model: ModelRun;
  private readonly compared: FitClassifier;
  constructor(private readonly p: SourceParams, models: ScoreModels = DEFAULT_MODELS) {
    this.model = new ModelRun({ dataset: p.dataset, n: p.n, noise: p.noise, seed: p.seed, positiveShare: p.positiveShare }, models.trained(p));
    this.compared = models.compared(p);
  }
  get steps(): number {
    return this.model.steps;
  }
  step(): boolean {
    const ok = this.model.step();
    // ModelRun refuses a step only when it diverged (it keeps its last finite state)
    if (!ok) this.diverged = true;
    return ok;
  }
  frame(): ScoreFrame {
    return {
      scores: this.model.scores(),
      scoresB: this.p.compare ? this.model.compareScores(this.compared) : null,
      points: this.model.points,
    };
  }
}

/** No binary scores (the confusion widget's multiclass mode draws its own). */
class NoScores {
  frame(): ScoreFrame {
    return NO_SCORES;
  }
}

export type ScoreSession = DistributionScores | TrainedScores | NoScores;

export function buildScores(p: SourceParams, models: ScoreModels = DEFAULT_MODELS): ScoreSession {
  if (p.source === 'model') return new TrainedScores(p, models);
  if (p.source === 'dist') return new DistributionScores(p);
  return new NoScores();
}

/**
 * The run of a score source. A data or model change keeps the update count: the new model is shown after as many
 * updates as the old one, so the curves stay comparable while a learner changes the data.
 */
export function createScoreRun<P extends SourceParams>(
  schema: Schema,
  params: () => P,
  models: ScoreModels<P> = DEFAULT_MODELS,
): Run<P, ScoreSession, ScoreFrame> {
  return createRun<P, ScoreSession, ScoreFrame>({
    schema,
    params,
    build: (p) => buildScores(p, models as ScoreModels),
    view: (s) => s.frame(),
    stepsPerFrame: () => 4,
    keepCount: true,
    unit: 'updates',
    what: 'the scores',
  });
}
