/**
 * What the SVM widget's views draw, computed from a session once per drawn frame: the decision map (f on a grid for
 * two classes, the predicted class for more), the support vectors with their α, each training point's slack, the
 * margin width, accuracies and the held-out scores for the evaluation panel.
 */
import { confusionMatrix } from '../../core/metrics';
import { ovrFromOvo } from '../../core/models/svm/ovo';
import type { LogisticRegression } from '../../core/models/linear/logistic-regression';
import type { BoundaryGrid } from '../../charts/types';
import { marginWidth, primalObjective, slacks, statusOf, shadeOf, type PointStatus } from './geometry';
import type { History, SvmSession } from './session';

export interface SupportVector {
  /** Index into the session's points (a training point). */
  i: number;
  x: number;
  y: number;
  c: number;
  /** α (the largest over the pairs of classes it takes part in). */
  alpha: number;
  /** α = C: the point is inside the margin or misclassified (a bounded support vector). */
  bound: boolean;
}

export interface SvmFrame {
  steps: number;
  /** Two classes: f's shade per cell (0.5 at f = 0); more: the predicted class per cell. */
  grid: BoundaryGrid | null;
  /** Two classes: f per cell, for the contours f = 0 and f = ±1. */
  f: Float32Array | null;
  sv: SupportVector[];
  /** Two classes: each training point's margin z = y·f(x) (y = ±1), and its class. */
  z: { z: number[]; cls: number[] };
  /** Training points with slack (two classes): index, ξ, status. */
  violators: { i: number; xi: number; status: PointStatus }[];
  nSupport: number[];
  marginWidth: number;
  /** The dual objective per pair (two classes: one), and the primal ½‖w‖² + CΣξ (two classes). */
  dual: number[];
  primal: number;
  trainAccuracy: number;
  testAccuracy: number;
  history: History;
  /** 3+ classes: the pairwise decision values per cell (LIBSVM's sign), cells × pairs, for pairLines. */
  ovo: Float32Array | null;
  lastPair: [number, number] | null;
  /** Held-out rows: labels (0/1 for two classes), decision values, predictions, the confusion matrix. */
  test: { yTrue: number[]; yScore: number[]; yPred: number[]; confusion: number[][] };
}

export interface PairLines {
  a: number;
  b: number;
  /** Index among the model's pairs (scikit-learn's order). */
  p: number;
  f: Float32Array;
  /** Rows (into the points) with α > 0 in this pair. */
  sv: number[];
  marginWidth: number;
}

export function emptyFrame(): SvmFrame {
  return {
    steps: 0, grid: null, f: null, z: { z: [], cls: [] }, sv: [], violators: [], nSupport: [], marginWidth: NaN, dual: [], primal: NaN,
    trainAccuracy: NaN, testAccuracy: NaN, history: { x: [], objective: [] }, ovo: null, lastPair: null,
    test: { yTrue: [], yScore: [], yPred: [], confusion: [] },
  };
}

const accuracy = (a: number[], b: number[]) => (a.length ? a.reduce((s, v, i) => s + (v === b[i] ? 1 : 0), 0) / a.length : NaN);

export function svmFrame(s: SvmSession): SvmFrame {
  const m = s.model;
  const out = emptyFrame();
  out.steps = s.steps;
  out.history = { x: s.history.x.map((r) => r.slice()), objective: s.history.objective.map((r) => r.slice()) };
  out.lastPair = s.lastPair;
  if (!m) return out;
  const G = s.n, cells = G * G, k = m.classes.length;
  const trainPred = m.predict(s.XTrain);
  out.trainAccuracy = accuracy(trainPred, s.yTrain);
  const testPred = s.XTest.length ? m.predict(s.XTest) : [];
  out.testAccuracy = accuracy(testPred, s.yTest);
  out.nSupport = m.nSupport;
  const dc = m.dualCoef, idx = m.supportIndices, C = s.params.C;
  out.sv = idx.map((row, q) => {
    const alpha = Math.max(...dc.map((r) => Math.abs(r[q])));
    const p = s.data.points[row];
    return { i: row, x: p.x, y: p.y, c: p.c, alpha, bound: alpha >= C * (1 - 1e-9) };
  });
  out.dual = m.dualObjective;

  if (k === 2) {
    const f = binaryGrid(s);
    out.f = f;
    out.grid = { nx: G, ny: G, values: f.map(shadeOf) };
    const pos = m.classes[1];
    const fTrain = m.decisionFunction(s.XTrain) as number[];
    const xi = slacks(fTrain, s.yTrain.map((c) => c === pos));
    out.z = { z: fTrain.map((f, i) => (s.yTrain[i] === pos ? f : -f)), cls: s.yTrain };
    xi.forEach((v, i) => {
      const status = statusOf(v);
      if (status !== 'outside') out.violators.push({ i, xi: v, status });
    });
    out.marginWidth = marginWidth(dc[0], out.dual[0]);
    out.primal = primalObjective(dc[0], out.dual[0], C, xi);
    out.test = {
      yTrue: s.yTest.map((c) => (c === pos ? 1 : 0)),
      yScore: s.XTest.length ? (m.decisionFunction(s.XTest) as number[]) : [],
      yPred: testPred,
      confusion: [],
    };
  } else {
    const dec = m.decisionFlat(s.gridX, cells) as number[][]; // pairwise values: the session's SVC is 'ovo'
    const classes = new Int16Array(cells), confidence = new Float32Array(cells), r = new Float64Array(k);
    const P = dec[0]?.length ?? 0, ovo = new Float32Array(cells * P);
    dec.forEach((pv, c) => {
      ovo.set(pv, c * P);
      ovrFromOvo(pv, k, r); // scikit-learn's "ovr" values: votes plus squashed confidences
      let best = 0, second = -Infinity;
      for (let t = 1; t < k; t++) if (r[t] > r[best]) best = t;
      for (let t = 0; t < k; t++) if (t !== best && r[t] > second) second = r[t];
      classes[c] = m.classes[best];
      // votes dominate the "ovr" values: a margin of one vote or more is a confident cell
      confidence[c] = 0.35 + 0.65 * Math.min(1, r[best] - second);
    });
    out.grid = { nx: G, ny: G, classes, confidence };
    out.ovo = ovo;
    const labels = s.data.classNames.map((_, c) => c);
    out.test = { yTrue: s.yTest, yScore: [], yPred: testPred, confusion: s.yTest.length ? confusionMatrix(s.yTest, testPred, labels) : [] };
  }
  return out;
}

/**
 * The pair of classes the map draws lines for (a view row: 'a-b', both in the training data; null for 'none' or a
 * missing class), with its index among the model's pairs, its f on the map's cells, its support vectors (α > 0 in
 * this pair) and its margin width 2/‖w‖ from that pair's α and dual objective. For a support vector of class a the
 * pair's α sits in dual_coef_[b − 1], for one of class b in dual_coef_[a] (positions among the model's classes;
 * scikit-learn's layout).
 */
export function pairLines(s: SvmSession, view: SvmFrame, pair: string): PairLines | null {
  const m = s.model, k = m?.classes.length ?? 0, P = (k * (k - 1)) / 2;
  if (!m || !view.ovo || pair === 'none') return null;
  const [a, b] = pair.split('-').map(Number);
  const ia = m.classes.indexOf(a), ib = m.classes.indexOf(b);
  if (ia < 0 || ib < 0) return null;
  let p = ib - ia - 1;
  for (let t = 0; t < ia; t++) p += k - 1 - t;
  const alphas: number[] = [], sv: number[] = [];
  m.supportIndices.forEach((row, q) => {
    const c = m.classes.indexOf(s.yTrain[row]);
    const alpha = c === ia ? Math.abs(m.dualCoef[ib - 1][q]) : c === ib ? Math.abs(m.dualCoef[ia][q]) : 0;
    if (alpha > 0) { alphas.push(alpha); sv.push(row); }
  });
  const f = new Float32Array(s.n * s.n);
  for (let c = 0; c < f.length; c++) f[c] = view.ovo[c * P + p];
  return { a, b, p, f, sv, marginWidth: marginWidth(alphas, view.dual[p]) };
}

/** The logistic overlay: w·x + b of a logistic regression on the same points, per map cell (two classes), or null. */
export function logisticGrid(s: SvmSession, LR: typeof LogisticRegression): Float32Array | null {
  const lr = s.logistic(LR);
  if (!lr) return null;
  const rows: number[][] = [], d = s.dim;
  for (let c = 0; c < s.n * s.n; c++) rows.push(Array.from(s.gridX.subarray(d * c, d * c + d)));
  return Float32Array.from(lr.decisionFunction(rows));
}

/**
 * Two classes: f on the map's cells. On 2-D data the RBF kernel factorises over the grid's axes,
 * exp(−γ‖x − s‖²) = exp(−γ(x₁ − s₁)²) · exp(−γ(x₂ − s₂)²), so the map needs n·nSV exponentials per axis instead of
 * n²·nSV; the linear kernel is f = w·x + b (d multiplications a cell instead of one kernel per support vector);
 * the others, and RBF on a table's lifted cells, go through the model's own decision function.
 */
export function binaryGrid(s: SvmSession): Float32Array {
  const m = s.model!;
  const GRID = s.n, cells = GRID * GRID;
  if (m.kernel === 'linear') {
    const [w] = m.coef, b = m.intercept[0], out = new Float32Array(cells), X = s.gridX, d = s.dim;
    for (let c = 0; c < cells; c++) {
      let f = b;
      for (let t = 0; t < d; t++) f += w[t] * X[d * c + t];
      out[c] = f;
    }
    return out;
  }
  if (m.kernel !== 'rbf' || !s.gridAxes) return Float32Array.from(m.decisionFlat(s.gridX, cells) as number[]);
  const sv = m.supportVectors, coef = m.dualCoef[0], b = m.intercept[0], g = m.gammaValue, n = sv.length;
  const { xs, ys } = s.gridAxes;
  const ex = new Float64Array(GRID * n), ey = new Float64Array(GRID * n);
  for (let i = 0; i < GRID; i++) {
    for (let q = 0; q < n; q++) {
      ex[i * n + q] = coef[q] * Math.exp(-g * (xs[i] - sv[q][0]) ** 2);
      ey[i * n + q] = Math.exp(-g * (ys[i] - sv[q][1]) ** 2);
    }
  }
  const out = new Float32Array(cells);
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      let f = b;
      for (let q = 0; q < n; q++) f += ex[i * n + q] * ey[j * n + q];
      out[j * GRID + i] = f;
    }
  }
  return out;
}
