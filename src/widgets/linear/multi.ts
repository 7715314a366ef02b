/**
 * Several features: least squares (or ridge) fitted twice on the same training rows, once on the features as
 * measured and once on the features standardised (each training column to mean 0, standard deviation 1). A raw
 * coefficient is "target units per unit of the feature", so it depends on the feature's unit; a standardised one is
 * "per standard deviation", so they can be compared. For least squares the two fits are the same model (each
 * standardised coefficient is the raw one times the feature's sd; the same predictions); ridge's penalty sees the
 * units, so there the two fits differ.
 */
import { trainTestSplit, type RegressionMatrix } from '../../core/data';
import { LinearRegression, Ridge } from '../../core/models/linear';
import { StandardScaler } from '../../core/preprocess';
import { regressionSummary, type RegressionSummary } from '../shared-eval/regression';
import { MULTI_TEST_SHARE } from './multi-specs';
import type { MultiSource } from './multi-tables.svelte';

export interface CoefFit {
  coef: number[];
  intercept: number;
  train: RegressionSummary;
  test: RegressionSummary;
}

export interface MultiFit {
  source: string;
  featureNames: string[];
  targetName: string;
  nTrain: number;
  nTest: number;
  /** Which rows of the matrix trained and which scored (the fixture fits scikit-learn on the same ones). */
  trainRows: number[];
  testRows: number[];
  /** Rows left out for a gap (a shipped table read as it is). */
  dropped: number;
  /** The training rows' mean and population standard deviation per feature (what the standardising uses). */
  mean: number[];
  sd: number[];
  raw: CoefFit;
  std: CoefFit;
  /** What the numbers cannot say (fewer training rows than features), or ''. */
  notice: string;
}

export interface MultiOptions {
  model: 'ols' | 'ridge';
  alpha: number;
  seed: number;
}

export function fitMulti(m: RegressionMatrix, source: string, o: MultiOptions): MultiFit {
  const split = trainTestSplit(m.X, m.y, { testSize: MULTI_TEST_SHARE, seed: o.seed });
  const { XTrain, yTrain, XTest, yTest } = split;
  const scaler = new StandardScaler().fit(XTrain);
  const fitOn = (Xtr: number[][], Xte: number[][]): CoefFit => {
    const model = o.model === 'ridge' ? new Ridge({ alpha: o.alpha }).fit(Xtr, yTrain) : new LinearRegression().fit(Xtr, yTrain);
    return {
      coef: Array.from(model.coef),
      intercept: model.intercept,
      train: regressionSummary({ yTrue: yTrain, yPred: model.predict(Xtr) }),
      test: regressionSummary({ yTrue: yTest, yPred: XTe(model, Xte) }),
    };
  };
  const d = m.featureNames.length;
  return {
    source,
    featureNames: m.featureNames,
    targetName: m.targetName,
    nTrain: XTrain.length,
    nTest: XTest.length,
    trainRows: split.trainIndices,
    testRows: split.testIndices,
    dropped: m.dropped,
    mean: scaler.mean ?? [],
    sd: (scaler.var ?? []).map(Math.sqrt),
    raw: fitOn(XTrain, XTest),
    std: fitOn(scaler.transform(XTrain), XTest.length ? scaler.transform(XTest) : []),
    notice: XTrain.length <= d
      ? `Only ${XTrain.length} training row${XTrain.length === 1 ? '' : 's'} for ${d} features: many coefficient sets fit them exactly; least squares shows the smallest (minimum-norm) one, and the coefficients mean little.`
      : '',
  };
}

const XTe = (model: { predict(X: number[][]): ArrayLike<number> }, X: number[][]) => (X.length ? Array.from(model.predict(X)) : []);

/** What the several-features view shows: nothing chosen, reading, why the table cannot be fitted, or the fits. */
export type MultiState =
  | { kind: 'none' | 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; fit: MultiFit; matrix: RegressionMatrix; options: MultiOptions };

/** The state for a source; `previous` lends its fits when neither the rows nor the options changed (a GD change). */
export function multiState(source: MultiSource, o: MultiOptions, previous: MultiState | null): MultiState {
  if (source.kind !== 'ready') return source;
  if (previous?.kind === 'ready' && previous.matrix === source.matrix && previous.options.model === o.model && previous.options.seed === o.seed && (o.model === 'ols' || previous.options.alpha === o.alpha)) return previous;
  try {
    return { kind: 'ready', fit: fitMulti(source.matrix, source.label, o), matrix: source.matrix, options: o };
  } catch (e) {
    return { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}
