/**
 * The feature-selection session: builds the problem, then computes the panels a small piece per step (one F/MI pass,
 * one C of the L1 path, five trees of the forest, one feature's permutations, one point of a curve), so the
 * worker (features.worker.ts) can post a snapshot between pieces; the views draw whatever is done so far.
 * DOM-free and worker-free: the unit tests drive it directly.
 */
import { buildDataset } from '../../core/datasets/build';
import { permutationImportanceSteps } from '../../core/inspection';
import type { RandomForestClassifier } from '../../core/models/ensemble';
import type { RunSession } from '../shared/run-options';
import {
  FOREST_TREES, growForest, knnAccuracy, leakageData, leakBefore, leakInside, TREES_PER_STEP, L1_CS, l1Score, l1Weights, NOISE_LEVELS, noiseAccuracy, rankOrder, RANKINGS, univariate,
} from './methods';
import type { Params } from './params';
import { emptyFrame, type FeaturesFrame } from './frame';
import { makeProblem, type Problem } from './problem';

export { emptyFrame, type FeaturesFrame } from './frame';

export class FeaturesSession implements RunSession {
  steps = 0;
  readonly problem: Problem;
  private readonly state: FeaturesFrame = emptyFrame();
  private readonly work: Generator<void, void, void>;
  private finished = false;

  constructor(readonly params: Params) {
    this.problem = makeProblem({
      dataset: params.dataset as 'mixed' | 'iris', n: params.n, nInformative: params.nInformative, nRedundant: params.nRedundant,
      nNoise: params.nNoise, classSep: params.classSep, share: params.share, constant: params.constant, seed: params.seed,
    }, params.dataset === 'mixed' ? undefined : buildDataset(params.dataset, { seed: params.seed }));
    const d = this.problem.names.length;
    // one step per yield below: the filters, each C, each TREES_PER_STEP trees and the importances, each feature's
    // permutations, each point of each ranking's curve, each noise level, the leakage demonstration
    this.state.problem = { names: this.problem.names, roles: this.problem.roles, nTrain: this.problem.yTrain.length, nTest: this.problem.yTest.length };
    this.state.total = 1 + L1_CS.length + FOREST_TREES / TREES_PER_STEP + 1 + d + RANKINGS.length * d + NOISE_LEVELS.length + 3;
    this.work = this.pieces();
  }

  /** Every piece of work in order; each yield is one step. */
  private *pieces(): Generator<void, void, void> {
    const s = this.state, p = this.problem, seed = this.params.seed;
    const u = univariate(p);
    s.f = u.f; s.pvalues = u.pvalues; s.mi = u.mi; s.orders.f = rankOrder(u.f); s.orders.mi = rankOrder(u.mi);
    yield;
    const coef: number[][] = [];
    for (const C of L1_CS) { coef.push(l1Weights(p, C)); yield; }
    s.l1 = { Cs: L1_CS, coef, score: l1Score(coef) };
    s.orders.l1 = rankOrder(s.l1.score);
    const grow = growForest(p, seed);
    let g = grow.next();
    while (!g.done) { yield; g = grow.next(); }
    const forest: RandomForestClassifier = g.value;
    s.tree = forest.featureImportances; s.forestAccuracy = forest.score(p.XTest, p.yTest); s.orders.tree = rankOrder(s.tree);
    yield;
    const perm = permutationImportanceSteps(forest, p.XTest, p.yTest, { nRepeats: 5, seed });
    let q = perm.next();
    while (!q.done) { yield; q = perm.next(); }
    s.perm = { mean: q.value.importancesMean, std: q.value.importancesStd }; s.orders.perm = rankOrder(s.perm.mean);
    for (const r of RANKINGS) {
      const order = s.orders[r]!, curve: number[] = [];
      for (let m = 1; m <= order.length; m++) { curve.push(knnAccuracy(p, order.slice(0, m))); if (m < order.length) yield; }
      s.curves[r] = curve;
      yield;
    }
    for (const level of NOISE_LEVELS) { s.noise.push(noiseAccuracy(p, level, seed)); yield; }
    const data = leakageData(seed);
    yield;
    const before = leakBefore(data, seed);
    yield;
    s.leak = { before, inside: leakInside(data, seed) };
    yield;
  }

  get nFeatures(): number {
    return this.problem.names.length;
  }

  get done(): boolean {
    return this.finished;
  }

  step(): boolean {
    if (this.finished) return false;
    this.finished = !!this.work.next().done;
    if (!this.finished) this.steps++;
    this.state.done = this.steps;
    return !this.finished;
  }

  /** A fresh snapshot (the run stores frames by identity). */
  frame(): FeaturesFrame {
    const s = this.state;
    return { ...s, orders: { ...s.orders }, curves: { ...s.curves }, noise: s.noise.slice() };
  }
}
