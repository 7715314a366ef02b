// Pipeline as scikit-learn's: named steps, each fitted on the output of the ones before it. fit(X, y) fits every step
// on the training data only; transform / predict / score then apply the fitted steps to any data, so in
// cross-validation each fold's preparation is learnt from that fold's training rows alone (no leak). The last step
// may be a model (LogisticRegression, KNeighborsClassifier, ...) or a transformer; 'passthrough' skips a step.
import { Estimator } from '../base';
import { accuracyScore, r2Score } from '../metrics';
import type { TransformerLike } from './column-transformer';

/** A step: a transformer, a model (with predict), or 'passthrough'. */
export type PipelineStep = [name: string, step: StepLike | 'passthrough'];

export interface StepLike {
  readonly estimatorName: string;
  fit(X: never, y: never): unknown;
  transform?(X: never): number[][];
  predict?(X: number[][]): number[];
  predictProba?(X: number[][]): unknown;
  score?(X: number[][], y: ArrayLike<number>): number;
  getFeatureNamesOut?(inputFeatures?: readonly string[]): string[];
  readonly estimatorType?: string;
  readonly inputKind?: 'labels' | 'numbers';
}

export interface PipelineParams {
  steps: PipelineStep[];
}

const NAME = 'Pipeline';

export class Pipeline extends Estimator<PipelineParams> {
  declare readonly steps: PipelineStep[];
  private fitted = false;

  constructor(options: Partial<PipelineParams> = {}) {
    super(NAME, { steps: [] }, options);
  }

  protected checkParams(p: PipelineParams): PipelineParams {
    if (!Array.isArray(p.steps) || p.steps.length === 0) throw new RangeError(`${NAME}: steps must be a non-empty list of [name, estimator]`);
    const names = new Set<string>();
    p.steps.forEach((s, k) => {
      if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== 'string') throw new TypeError(`${NAME}: step ${k} must be [name, estimator]`);
      if (names.has(s[0]) || s[0].includes('__')) throw new RangeError(`${NAME}: step names must be unique and contain no '__'; got '${s[0]}'`);
      names.add(s[0]);
      const e = s[1];
      if (e === 'passthrough') return;
      if (typeof e !== 'object' || e === null || typeof e.fit !== 'function') throw new TypeError(`${NAME}: step '${s[0]}' must be an estimator with fit, or 'passthrough'`);
      if (k < p.steps.length - 1 && typeof e.transform !== 'function') {
        throw new TypeError(`${NAME}: step '${s[0]}' (${e.estimatorName}) is not the last step, so it must be a transformer (with transform)`);
      }
    });
    return { steps: p.steps };
  }

  /** The steps by name (scikit-learn's named_steps). */
  get namedSteps(): Record<string, StepLike | 'passthrough'> {
    return Object.fromEntries(this.steps);
  }

  private get last(): StepLike | 'passthrough' {
    return this.steps[this.steps.length - 1][1];
  }

  /** A classifier or regressor as its last step is (so cross-validation stratifies a classifier's folds). */
  get estimatorType(): string | undefined {
    const l = this.last;
    return l === 'passthrough' ? undefined : l.estimatorType;
  }

  /** The input a ColumnTransformer should hand this pipeline: what its first step takes. */
  get inputKind(): 'labels' | 'numbers' | undefined {
    const first = this.steps.find(([, s]) => s !== 'passthrough')?.[1];
    return first === undefined || first === 'passthrough' ? undefined : first.inputKind;
  }

  /** X through every step but the last (each fitted first when `fit`). */
  private through(X: unknown, y: unknown, fit: boolean, count: number): unknown {
    let Xt = X;
    for (const [name, s] of this.steps.slice(0, count)) {
      if (s === 'passthrough') continue;
      try {
        if (fit) s.fit(Xt as never, y as never);
        Xt = s.transform!(Xt as never);
      } catch (e) {
        throw new Error(`${NAME} step '${name}' (${s.estimatorName}): ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return Xt;
  }

  fit(X: unknown, y?: ArrayLike<number>): this {
    const Xt = this.through(X, y, true, this.steps.length - 1);
    const l = this.last;
    if (l !== 'passthrough') l.fit(Xt as never, y as never);
    this.fitted = true;
    return this;
  }

  private check(what: string): void {
    if (!this.fitted) throw new Error(`${NAME}.${what}: call fit first`);
  }

  transform(X: unknown): number[][] {
    this.check('transform');
    const l = this.last;
    if (l !== 'passthrough' && typeof l.transform !== 'function') throw new TypeError(`${NAME}.transform: the last step (${l.estimatorName}) is not a transformer`);
    return this.through(X, undefined, false, this.steps.length) as number[][];
  }

  fitTransform(X: unknown, y?: ArrayLike<number>): number[][] {
    return this.fit(X, y).transform(X);
  }

  private model(what: 'predict' | 'predictProba' | 'score'): StepLike {
    this.check(what);
    const l = this.last;
    if (l === 'passthrough' || typeof l.predict !== 'function') throw new TypeError(`${NAME}.${what}: the last step is not a model (it has no predict)`);
    return l;
  }

  predict(X: unknown): number[] {
    const m = this.model('predict');
    return m.predict!(this.through(X, undefined, false, this.steps.length - 1) as number[][]);
  }

  predictProba(X: unknown): unknown {
    const m = this.model('predictProba');
    if (typeof m.predictProba !== 'function') throw new TypeError(`${NAME}.predictProba: ${m.estimatorName} has no predictProba`);
    return m.predictProba(this.through(X, undefined, false, this.steps.length - 1) as number[][]);
  }

  /** The last step's score of the transformed X (accuracy or R² by default). */
  score(X: unknown, y: ArrayLike<number>): number {
    const m = this.model('score');
    const Xt = this.through(X, undefined, false, this.steps.length - 1) as number[][];
    if (typeof m.score === 'function') return m.score(Xt, y);
    const pred = m.predict!(Xt);
    return m.estimatorType === 'regressor' ? r2Score(Array.from(y), pred) : accuracyScore(Array.from(y), pred);
  }

  /** The names out of the last transformer, passed from step to step. */
  getFeatureNamesOut(inputFeatures?: readonly string[]): string[] {
    this.check('getFeatureNamesOut');
    let names = inputFeatures as string[] | undefined;
    for (const [name, s] of this.steps) {
      if (s === 'passthrough' || typeof s.transform !== 'function') continue;
      if (!s.getFeatureNamesOut) throw new Error(`${NAME}.getFeatureNamesOut: step '${name}' (${s.estimatorName}) does not name its outputs`);
      names = s.getFeatureNamesOut(names);
    }
    if (!names) throw new Error(`${NAME}.getFeatureNamesOut: no step names its outputs`);
    return names;
  }
}

export type { TransformerLike };
