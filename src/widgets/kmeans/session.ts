/**
 * One k-means run of the widget: the points (generated + clicked), the start (k-means++, random points or
 * centres a learner dragged) and Lloyd's algorithm one half-step at a time (assign, then update), with what
 * the views draw: labels, centres and their trails, inertia per half-step, silhouette, and the elbow.
 * Everything derives from the params and the seed, so a link's half-step count replays to the same state.
 */
import { silhouetteScore } from '../../core/metrics';
import { KMeans } from '../../core/models';
import { rowsKey } from '../shared/run-keys';
import type { RunSession } from '../shared/run-options';
import { buildData, elbow, type ClusterData } from './data';
import { schema, type Params } from './params';

/** What the views draw that changes with each half-step. */
export interface KMeansFrame {
  /** cluster of each point after the last assignment (-1 before the first) */
  labels: number[];
  centres: number[][];
  /** each centre's positions so far, the start first */
  trails: number[][][];
  /** inertia after each half-step, at x = half-steps / 2 (iterations) */
  history: { x: number[]; y: number[] };
  iteration: number;
  /** points that changed cluster in the last assignment */
  changed: number;
  inertia: number;
  silhouette: number;
  converged: boolean;
  /** why it stopped: 'labels-unchanged', 'tol' or 'max-iter' ('' while running) */
  reason: string;
  next: 'assign' | 'update' | null;
}

export interface ElbowCurve {
  k: number[];
  inertia: number[];
  silhouette: number[];
}

/** What the views show when there is no session (the build failed). */
export const NO_DATA: ClusterData = { X: [], domain: { x: [-5, 5], y: [-5, 5] }, labels: ['x₁', 'x₂'] };
export const NO_ELBOW: ElbowCurve = { k: [], inertia: [], silhouette: [] };
export function emptyFrame(): KMeansFrame {
  return { labels: [], centres: [], trails: [], history: { x: [], y: [] }, iteration: 0, changed: NaN, inertia: NaN, silhouette: NaN, converged: false, reason: '', next: null };
}

export class KMeansSession implements RunSession {
  readonly data: ClusterData;
  /** Why nothing runs (too few points) or how the start was chosen; '' when there is nothing to say. */
  readonly notice: string;
  /** Half-steps done. */
  steps = 0;
  private readonly km: KMeans | null;
  private readonly dataKey: string;
  private elbowCurve: ElbowCurve | null;
  private labels: number[] = [];
  private centres: number[][] = [];
  private trails: number[][][] = [];
  private readonly historyY: number[] = [];
  private iteration = 0;
  private changed = NaN;
  private reason = '';
  private assignments = 0;
  private silhouetteOf = -1;
  private silhouette = NaN;

  /** `previous` lends its points and elbow when only k or the start changed (they do not depend on them). */
  constructor(readonly params: Params, previous: KMeansSession | null = null) {
    this.dataKey = rowsKey(schema, params, ['data']);
    const same = previous?.dataKey === this.dataKey;
    this.data = same ? previous.data : buildData(params);
    this.elbowCurve = same ? previous.elbowCurve : null;
    const X = this.data.X;
    const k = params.k;
    if (X.length < k) {
      this.km = null;
      this.notice = params.dataset === 'clicks' ? `Click at least ${k} points onto the plot.` : `Need at least k = ${k} points.`;
      return;
    }
    let start: number[][] | undefined;
    let notice = '';
    if (params.init === 'manual') {
      const dragged = params.centres.filter((q) => q[2] < k).sort((a, b) => a[2] - b[2]);
      if (dragged.length === k) start = dragged.map(([x, y]) => [x, y]);
      else notice = `Drag the centres to choose a start (none stored for k = ${k} yet; k-means++ placed them).`;
    }
    this.notice = notice;
    this.km = new KMeans({ nClusters: k, init: params.init === 'random' ? 'random' : 'k-means++', nInit: 1, seed: params.seed });
    this.centres = this.km.start(X, start);
    this.trails = this.centres.map((c) => [c.slice()]);
    this.labels = new Array(X.length).fill(-1);
  }

  /** Nothing (more) to run: converged, or too few points to start. */
  get done(): boolean {
    return !this.km || this.km.converged;
  }

  /** One half-step (assign or update). False once the run has stopped, including on the half-step that stops it. */
  step(): boolean {
    const km = this.km;
    const s = km?.step();
    if (!km || !s) return false;
    if (s.kind === 'assign') {
      this.labels = s.labels;
      this.changed = s.changed;
      this.assignments++;
    } else {
      this.centres = s.clusterCenters;
      this.trails.forEach((t, c) => t.push(s.clusterCenters[c].slice()));
      this.iteration = s.iteration;
      if (s.reason) this.reason = s.reason;
    }
    this.steps++;
    this.historyY.push(km.inertia);
    return !km.converged;
  }

  /** Inertia (best of 3 k-means++ starts) and silhouette for k = 1 … 10 on these points, computed once per data set. */
  get elbow(): ElbowCurve {
    this.elbowCurve ??= this.data.X.length >= 2 ? elbow(this.data.X, this.params.seed) : NO_ELBOW;
    return this.elbowCurve;
  }

  /** The views' data now (fresh arrays, so a view that compares by identity sees the change). */
  frame(): KMeansFrame {
    const km = this.km;
    return {
      labels: this.labels,
      centres: this.centres.map((c) => c.slice()),
      trails: this.trails.map((t) => t.slice()),
      history: { x: this.historyY.map((_, i) => i / 2), y: this.historyY.slice() },
      iteration: this.iteration,
      changed: this.changed,
      inertia: km ? km.inertia : NaN,
      silhouette: this.currentSilhouette(),
      converged: km ? km.converged : false,
      reason: this.reason,
      next: km ? km.nextStep : null,
    };
  }

  /** Silhouette of the last assignment (undefined with one cluster, or with no more points than clusters). */
  private currentSilhouette(): number {
    if (this.silhouetteOf !== this.assignments) {
      this.silhouetteOf = this.assignments;
      const X = this.data.X;
      const enough = this.assignments > 0 && new Set(this.labels).size >= 2 && X.length > (this.km?.nClusters ?? Infinity);
      this.silhouette = enough ? silhouetteScore(X, this.labels) : NaN;
    }
    return this.silhouette;
  }
}
