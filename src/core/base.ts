/**
 * What every estimator shares, as scikit-learn's BaseEstimator and its mixins (sklearn.base):
 *
 * - `getParams()` / `setParams(params)`: the constructor options (camelCase), read and changed by name. An unknown
 *   name is an error ("Invalid parameter"), never silently ignored.
 * - `cloneEstimator(e, overrides?)`: a new, unfitted estimator with the same options (cross-validation and grid
 *   search fit one clone per fold or per setting).
 * - `ClassifierMixin` / `RegressorMixin`: a default `score(X, y)`, accuracy or R² of predict(X), from core metrics.
 * - `TransformerMixin`: `fitTransform(X)` = fit(X) then transform(X).
 * - `Steppable`: the shape of a model trained step by step for animation (start, then step); `SteppedEstimator`
 *   writes fit = start + step-until-done once for the models whose fit is exactly that (trees, forests).
 */
import { accuracyScore, r2Score } from './metrics';
import { Rng } from './random';
import { checkConsistentLength } from './validation';

/** The options as given to a constructor or to setParams: undefined means "the default" (or "unchanged"). */
type Given<O> = { [K in keyof O]?: O[K] | undefined };

/**
 * The base of every estimator. P holds the resolved options (what getParams returns); O what a constructor and
 * setParams accept (usually the same keys, sometimes wider types, e.g. penalty: null for 'none').
 *
 * A subclass calls `super(name, defaults, options)`, declares its option fields with `declare readonly` (so that
 * class-field initialisers do not overwrite them) and implements `checkParams`, which validates a full set of
 * options and returns it resolved. The resolved options are then copied onto the instance (`model.C`), unless the
 * subclass overrides `applyParams`.
 */
export abstract class Estimator<P extends object, O extends object = P> {
  /** The class's name for messages (class names do not survive the production build's minifier). */
  readonly estimatorName: string;
  private readonly paramNames: readonly string[];
  private params: P;

  constructor(name: string, defaults: P, options: Given<O> = {}) {
    this.estimatorName = name;
    this.paramNames = Object.keys(defaults);
    this.params = this.resolve(defaults, options);
  }

  /** Validates, resolves and adopts `options` on top of `base`. */
  private resolve(base: P, options: Given<O>): P {
    if (options === null || typeof options !== 'object') {
      throw new TypeError(`${this.estimatorName}: options must be an object; got ${String(options)}`);
    }
    const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [key, value] of Object.entries(options)) {
      if (!this.paramNames.includes(key)) {
        throw new RangeError(
          `Invalid parameter '${key}' for ${this.estimatorName}; valid parameters are: ${[...this.paramNames].sort().join(', ')}`,
        );
      }
      if (value !== undefined) merged[key] = value;
    }
    const resolved = this.checkParams(merged as P);
    this.applyParams(resolved);
    return resolved;
  }

  /** Checks a full set of options (defaults filled in) and returns them resolved; throws a clear error if one is bad. */
  protected abstract checkParams(p: P): P;

  /** Makes resolved options visible on the instance; by default as fields of the same names. */
  protected applyParams(p: P): void {
    Object.assign(this, p);
  }

  /** The options, as scikit-learn's get_params (a copy: changing it changes nothing). */
  getParams(): P {
    return { ...this.params };
  }

  /**
   * Changes options by name, as scikit-learn's set_params; the others keep their values. Validated as in the
   * constructor; nothing changes if any is invalid. A fitted model keeps its fit until the next fit (or start).
   */
  setParams(params: Given<O>): this {
    this.params = this.resolve(this.params, params);
    return this;
  }
}

/** The options an estimator's constructor and setParams accept. */
export type ParamsOf<E> = E extends Estimator<object, infer O> ? Given<O> : never;

/**
 * A deep enough copy of an option value: arrays (e.g. KMeans' init centres) and Rng states are copied, as
 * scikit-learn's clone deep-copies non-estimator parameters; an estimator inside (a Pipeline's steps, a
 * ColumnTransformer's transformers) is cloned, unfitted, as scikit-learn's clone does.
 */
function copyParam(v: unknown): unknown {
  if (v instanceof Estimator) return cloneEstimator(v);
  if (Array.isArray(v)) return v.map(copyParam);
  if (v instanceof Rng) return v.clone();
  return v;
}

/**
 * A new, unfitted estimator of the same class with the same options (copied, so the two never share state),
 * with `overrides` applied on top, as scikit-learn's clone(e).set_params(**overrides).
 */
export function cloneEstimator<E extends Estimator<object, object>>(e: E, overrides: ParamsOf<E> = {} as ParamsOf<E>): E {
  const params = e.getParams() as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(params)) copy[key] = copyParam(params[key]);
  const Ctor = e.constructor as new (options: object) => E;
  const clone = new Ctor(copy);
  return clone.setParams(overrides);
}

/** Any class, abstract or not, that a mixin can extend. */
// TypeScript's mixin pattern requires a constructor type with `...args: any[]`.
type AbstractCtor<T = object> = abstract new (...args: any[]) => T;

/** What classifiers and regressors share: predict(X), and score(X, y) = a metric of the predictions against y. */
function PredictorMixin<B extends AbstractCtor, T extends 'classifier' | 'regressor'>(
  Base: B, type: T, metric: (yTrue: number[], yPred: number[]) => number,
) {
  abstract class Predictor extends Base {
    readonly estimatorType: T = type;
    abstract predict(X: number[][]): number[];
    /** The default metric of predict(X) against y: accuracy for a classifier, R² for a regressor. */
    score(X: number[][], y: ArrayLike<number>): number {
      checkConsistentLength(X, y);
      return metric(Array.from(y), this.predict(X));
    }
  }
  return Predictor;
}

/** A classifier: predict(X) gives class labels; score(X, y) is their accuracy (core's accuracyScore), as scikit-learn's ClassifierMixin. */
export function ClassifierMixin<B extends AbstractCtor>(Base: B) {
  return PredictorMixin(Base, 'classifier', accuracyScore);
}

/** A regressor: predict(X) gives numbers; score(X, y) is R² (core's r2Score), as scikit-learn's RegressorMixin. */
export function RegressorMixin<B extends AbstractCtor>(Base: B) {
  return PredictorMixin(Base, 'regressor', r2Score);
}

/** A transformer: fit(X) learns, transform(X) maps; fitTransform(X) does both on the same X, as scikit-learn's TransformerMixin. */
export function TransformerMixin<B extends AbstractCtor>(Base: B) {
  abstract class Transformer extends Base {
    abstract fit(X: number[][]): this;
    abstract transform(X: number[][]): number[][];
    fitTransform(X: number[][]): number[][] {
      return this.fit(X).transform(X);
    }
  }
  return Transformer;
}

/** True for a classifier (as scikit-learn's is_classifier): cross-validation stratifies its folds. */
export function isClassifier(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { estimatorType?: string }).estimatorType === 'classifier';
}

/** True for a regressor (as scikit-learn's is_regressor). */
export function isRegressor(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { estimatorType?: string }).estimatorType === 'regressor';
}

/**
 * A model trained step by step, so a widget can animate it: `start(...data)` begins a run on the data (replacing
 * any earlier one), then each `step()` does one update and reports it, or returns null once there is nothing left
 * to do. LogisticRegression: start(X, y) → this, step() → StepResult (one gradient update; never null, a diverged
 * run keeps reporting diverged); KMeans: start(X, centers?) → the starting centres, step() → KMeansStep (one
 * assignment or one update), null once converged.
 */
export interface Steppable<TStep, TData extends unknown[] = [X: number[][], y: ArrayLike<number>]> {
  start(...data: TData): unknown;
  step(): TStep | null;
}

/**
 * An estimator whose fit is "start, then step until done" (trees, forests): fit and start are written once here,
 * and a subclass gives `begin` (check the data, set up the run; `who` names the caller in messages) and `step`.
 */
export abstract class SteppedEstimator<P extends object, O extends object, TStep>
  extends Estimator<P, O>
  implements Steppable<TStep, [X: number[][], y: number[], sampleWeight?: number[] | null]> {
  /** Fits the model: start(X, y) then step() until it returns null. */
  fit(X: number[][], y: number[], sampleWeight?: number[] | null): this {
    this.begin(`${this.estimatorName}.fit`, X, y, sampleWeight);
    while (this.step());
    return this;
  }

  /** Begins a run on (X, y), replacing any earlier one; each step() then does one unit of work. */
  start(X: number[][], y: number[], sampleWeight?: number[] | null): this {
    return this.begin(`${this.estimatorName}.start`, X, y, sampleWeight);
  }

  protected abstract begin(who: string, X: number[][], y: number[], sampleWeight?: number[] | null): this;
  abstract step(): TStep | null;
}
