/**
 * One fit of the SVM widget: the points (data.ts), an SVC from core solved at once or one SMO update per step
 * (core's step API: `fit` is the same run to convergence), and what the views read (frame.ts).
 */
import { SVC, kernelValue } from '../../core/models/svm';
import type { LogisticRegression } from '../../core/models/linear/logistic-regression';
import { StandardScaler } from '../../core/preprocess';
import { gridCenters } from '../../charts/boundary';
import type { RunSession } from '../shared/run-options';
import { buildSvmData, type SvmData } from './data';
import type { Params } from './params';
import type { SvmTable } from './table';

/** Grid cells per side of the decision map. */
export const GRID = 72;
/** Objective samples kept for the SMO chart (older ones are thinned, the last is kept). */
const MAX_HISTORY = 1200;

export interface History {
  /** Global SMO update number, per pair of classes. */
  x: number[][];
  objective: number[][];
}

/**
 * SVC's options from the widget's rows (the widget leaves tol, shrinking and the cache at scikit-learn's defaults). γ
 * 'scale' or 'auto' is resolved by SVC on the rows it fits (after standardising, as scikit-learn's pipeline would).
 */
export function svcOptions(p: Params) {
  return { kernel: p.kernel, C: p.C, gamma: p.gammaMode === 'number' ? p.gamma : p.gammaMode, degree: p.degree, coef0: p.coef0, maxIter: Number(p.maxIter) };
}

export class SvmSession implements RunSession {
  steps = 0;
  notice = '';
  readonly data: SvmData;
  /** null when there is nothing to fit (fewer than two classes) or the kernel could not be built. */
  readonly model: SVC | null = null;
  /** Rows the model sees (standardised when asked), training then test, and the class index per row. */
  readonly XTrain: number[][];
  readonly yTrain: number[];
  readonly XTest: number[][];
  readonly yTest: number[];
  /** Features per row: 2, or a table's columns. */
  readonly dim: number;
  /** Cells per side of the decision map: GRID, or a table's coarser grid. */
  readonly n: number;
  /** The decision map's cell centres, as the model sees them (flat, `dim` per cell: a table's cells lifted to rows). */
  readonly gridX: Float64Array;
  /**
   * 2-D data: the grid's column and row centres as the model sees them (standardising maps each axis on its own);
   * null on a table, whose cells are not a product of two axes.
   */
  readonly gridAxes: { xs: Float64Array; ys: Float64Array } | null;
  readonly history: History = { x: [], objective: [] };
  /** The pair of training rows the last SMO update changed. */
  lastPair: [number, number] | null = null;
  private logisticCache: LogisticRegression | null | undefined;

  /** What the rows below follow from: the data rows and the standardising (a C or γ change leaves it alone). */
  readonly rowsKey: string;

  /**
   * `previous` lends its points, rows and grid when only the model changed (a slider's refit skips rebuilding them).
   * `table`: the learner's table, when one is chosen (table.ts, its own chunk): the SVC reads every column, the points
   * are the rows' projections on the map's plane and the map's cells are lifted to full rows.
   */
  constructor(readonly params: Params, previous: SvmSession | null = null, readonly table: SvmTable | null = null) {
    const { dataset, n, noise, trainShare, seed, added, moved, standardize } = params;
    this.rowsKey = JSON.stringify(table ? [table.key, standardize] : [dataset, n, noise, trainShare, seed, added, moved, standardize]);
    const same = previous?.rowsKey === this.rowsKey && previous.table?.data === table?.data ? previous : null;
    if (same) {
      ({ data: this.data, dim: this.dim, n: this.n, XTrain: this.XTrain, yTrain: this.yTrain, XTest: this.XTest, yTest: this.yTest, gridX: this.gridX, gridAxes: this.gridAxes } = same);
    } else {
      this.data = table?.data ?? buildSvmData(params);
      const train = this.data.points.slice(0, this.data.nTrain), test = this.data.points.slice(this.data.nTrain);
      const raw = table?.train ?? train.map((q) => [q.x, q.y]);
      const scaler = params.standardize && raw.length ? new StandardScaler().fit(raw) : null;
      const tf = (rows: number[][]) => (scaler && rows.length ? scaler.transform(rows) : rows);
      this.dim = table?.featureNames.length ?? 2;
      this.n = table?.n ?? GRID;
      this.XTrain = tf(raw);
      this.yTrain = train.map((q) => q.c);
      this.XTest = tf(table?.test ?? test.map((q) => [q.x, q.y]));
      this.yTest = test.map((q) => q.c);
      const { xs, ys } = gridCenters(GRID, GRID, this.data.domain.x, this.data.domain.y);
      const cells: number[][] = table?.cells ?? [];
      if (!table) for (let j = 0; j < GRID; j++) for (let i = 0; i < GRID; i++) cells.push([xs[i], ys[j]]);
      this.gridX = Float64Array.from(tf(cells).flat());
      this.gridAxes = table ? null : {
        xs: Float64Array.from({ length: GRID }, (_, i) => this.gridX[2 * i]),
        ys: Float64Array.from({ length: GRID }, (_, j) => this.gridX[2 * j * GRID + 1]),
      };
    }

    const present = [...new Set(this.yTrain)].sort((a, b) => a - b);
    if (present.length < 2) {
      const have = present.length ? `only ${this.data.classNames[present[0]]}` : 'no training points';
      this.notice = `An SVM separates one class from another: there are ${have}. ${table ? 'Choose a table whose training rows hold two classes or more.' : 'Click points of a second class onto the plot.'}`;
      return;
    }
    // 'ovo': the pairwise decision values, so the map can draw one pair's lines (frame.ts sums them into the vote)
    const model = new SVC({ ...svcOptions(params), decisionFunctionShape: 'ovo' });
    try {
      if (params.mode === 'watch') model.start(this.XTrain, this.yTrain);
      else model.fit(this.XTrain, this.yTrain);
    } catch (e) {
      // A kernel that overflows (a high-degree polynomial on large inputs) is a setting to change, not a crash.
      this.notice = `Cannot fit this SVM: ${(e as Error).message}.`;
      return;
    }
    this.model = model;
    if (params.mode === 'watch') this.record(0, 0, 0); // α = 0: the dual objective Σα − ½αᵀQα is 0
    this.updateNotice();
  }

  get multiclass(): boolean {
    return (this.model?.classes.length ?? 0) > 2;
  }

  /** Nothing to step: solved at once, solved by SMO, or nothing to fit. */
  get done(): boolean {
    return !this.model || this.params.mode === 'fit' || this.model.done;
  }

  /** One SMO update (watch mode). False once every pair of classes is solved or stopped at the cap. */
  step(): boolean {
    if (!this.model || this.params.mode === 'fit') return false;
    const s = this.model.step();
    if (!s) {
      this.updateNotice();
      return false;
    }
    this.steps++;
    this.lastPair = [s.i, s.j];
    this.record(s.pair, s.iteration, s.objective);
    if (this.model.done) this.updateNotice();
    return true;
  }

  /**
   * A logistic regression on the same (scaled) training points and C, two classes only, fitted when first asked. The
   * class is passed in: the overlay loads its code only when it is switched on.
   */
  logistic(LR: typeof LogisticRegression): LogisticRegression | null {
    if (this.logisticCache === undefined) {
      this.logisticCache = null;
      if (this.model && !this.multiclass) {
        const pos = this.model.classes[1];
        try {
          this.logisticCache = new LR({ C: this.params.C }).fit(this.XTrain, this.yTrain.map((c) => (c === pos ? 1 : 0)));
        } catch {
          this.logisticCache = null;
        }
      }
    }
    return this.logisticCache;
  }

  private updateNotice(): void {
    const m = this.model;
    if (!m) return;
    const big = this.largestKernel(m);
    if (m.maxIterReached) {
      this.notice = `SMO stopped at the cap of ${Number(this.params.maxIter).toLocaleString('en')} updates before the KKT conditions held (tol = 10⁻³): this is the solution so far, not the optimum. Raise “Max SMO updates”, or lower C.`;
    } else if (this.params.mode === 'watch' && m.done) {
      this.notice = `SMO converged after ${this.steps.toLocaleString('en')} updates: every KKT condition holds to tol = 10⁻³.`;
    } else if (big > 1e12) {
      this.notice = `The polynomial kernel reaches K(x, x) = ${big.toExponential(1)} on these points: α and f are computed with numbers this large and lose their meaning. Lower γ, the degree or r, or standardise the features.`;
    } else this.notice = '';
  }

  /** The largest K(x, x) over the training points of a polynomial kernel (0 for the others, which stay ≤ 1 or ~‖x‖²). */
  private largestKernel(m: SVC): number {
    if (this.params.kernel !== 'poly') return 0;
    const spec = { kernel: m.kernel, gamma: m.gammaValue, degree: m.degree, coef0: m.coef0 };
    const flat = this.XTrain.flat();
    let big = 0;
    for (let i = 0; i < this.XTrain.length; i++) big = Math.max(big, Math.abs(kernelValue(spec, flat, i, flat, i, this.dim)));
    return big;
  }

  private record(pair: number, iteration: number, objective: number): void {
    const h = this.history;
    while (h.x.length <= pair) { h.x.push([]); h.objective.push([]); }
    h.x[pair].push(iteration);
    h.objective[pair].push(objective);
    if (h.x[pair].length > MAX_HISTORY) {
      const keep = (_: number, i: number, a: number[]) => i % 2 === 0 || i === a.length - 1;
      h.x[pair] = h.x[pair].filter(keep);
      h.objective[pair] = h.objective[pair].filter(keep);
    }
  }
}
