/**
 * The binary scores behind the confusion and ROC widgets, as reactive state: either two score distributions
 * (recomputed at once from the sliders) or a logistic regression trained live, with a kNN model to compare.
 * One instance per widget (no module state), so two widgets on a page never share scores.
 */
import { TrainingLoop } from '../shared/training-loop.svelte';
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
  /** k of the comparison kNN (model mode). */
  k?: number;
  compare?: boolean;
}

const MAX_STEPS = 20000;

export class BinarySource {
  scores = $state<BinaryScores>({ yTrue: [], yScore: [] });
  scoresB = $state<BinaryScores | null>(null);
  steps = $state(0);
  error = $state('');
  /** Model mode: the data points (train filled, test hollow) for a small scatter. */
  points = $state<{ x: number; y: number; c: number; test: boolean }[]>([]);
  readonly loop: TrainingLoop;
  private run: ModelRun | null = null;
  private p: SourceParams | null = null;
  private lastWrite = 0;

  /** `writeSteps` stores the update count in the widget's params (the URL) while training. */
  constructor(private readonly writeSteps: (steps: number) => void) {
    this.loop = new TrainingLoop({
      step: () => {
        if (!this.run || this.run.steps >= MAX_STEPS) return false;
        return this.run.step();
      },
      draw: () => this.refresh(true),
      maxStepsPerFrame: () => 4,
    });
  }

  get isModel(): boolean {
    return this.p?.source === 'model';
  }

  /** Rebuild everything from the params (same params → same scores). */
  rebuild(p: SourceParams): void {
    this.loop.pause();
    this.p = p;
    this.error = '';
    try {
      if (p.source === 'model') {
        this.run = new ModelRun({ dataset: p.dataset, n: p.n, noise: p.noise, seed: p.seed, positiveShare: p.positiveShare, k: p.k });
        const target = Math.min(MAX_STEPS, Math.max(0, Math.round(p.steps)));
        while (this.run.steps < target && this.run.step()) { /* replay the link's updates */ }
        this.points = this.run.points;
      } else {
        this.run = null;
        this.points = [];
      }
      this.refresh(false);
    } catch (e) {
      this.run = null;
      this.scores = { yTrue: [], yScore: [] };
      this.scoresB = null;
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Back to an untrained model (model mode). */
  reset(): void {
    if (!this.p) return;
    this.writeSteps(0);
    this.rebuild({ ...this.p, steps: 0 });
  }

  private refresh(live: boolean): void {
    const p = this.p;
    if (!p) return;
    if (this.run) {
      this.scores = this.run.scores();
      this.scoresB = p.compare ? this.run.knnScores(p.k ?? 15) : null;
      this.steps = this.run.steps;
      const now = performance.now();
      if (!live || !this.loop.running || now - this.lastWrite > 1000) {
        this.lastWrite = now;
        if (live) this.writeSteps(this.run.steps);
      }
    } else {
      const base = { n: p.n, positiveShare: p.positiveShare, seed: p.seed };
      this.scores = binormalScores({ ...base, separation: p.separation });
      this.scoresB = p.compare ? binormalScores({ ...base, separation: p.separationB ?? p.separation / 2, seed: p.seed + 1 }) : null;
      this.steps = 0;
    }
  }
}
