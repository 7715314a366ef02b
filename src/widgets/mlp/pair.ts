/**
 * Compare mode of #/mlp: run A (the settings on screen) and run B, the same params with one setting changed. Same
 * seed, so the same data, split, initial weights (the Glorot draw depends on the seed and the layer sizes only),
 * batch order and dropout masks: the difference between the two is the setting's alone. B steps once after each
 * of A's epochs while it can (a diverged or stopped B freezes, and says so); the link's count is A's epochs, so a
 * replay rebuilds both. This loads with the route (a link in compare mode builds the pair on its first build, or it
 * would lose its epochs); B's views load on demand (Compare.svelte).
 */
import { MlpSession, type MlpFrame } from './session';
import type { MlpProblem } from './data';
import type { Params } from './params';

/** B's params: A's with the compared setting replaced, nothing else. */
export function variant(p: Params): Params {
  if (p.compare === 'lr') return { ...p, lr: p.lrB };
  if (p.compare === 'activation') return { ...p, activation: p.activationB, acts: [] };
  if (p.compare === 'penalty') return { ...p, penalty: p.penaltyB, rate: p.rateB };
  return p;
}

export class PairSession extends MlpSession {
  readonly b: MlpSession;
  /** While A replays the link's typed weights inside its step: B replays its own copy at the same epoch. */
  private inStep = false;

  constructor(params: Params, edits: readonly number[] = params.edits, problem?: MlpProblem) {
    super(params, edits, problem);
    // the compared setting is never a data row: B learns A's very problem (the same rows, scaled the same)
    this.b = new MlpSession(variant(params), edits, this.problem);
  }

  /** A typed weight goes into both runs, so they still differ by the setting alone. */
  override setWeight(l: number, i: number, j: number, value: number): void {
    super.setWeight(l, i, j, value);
    // `b` is unset while A's constructor replays epoch 0's weights: B's constructor replays them itself
    if (this.b && !this.inStep) this.b.setWeight(l, i, j, value);
  }

  override step(): boolean {
    this.inStep = true;
    const ok = super.step();
    this.inStep = false;
    if (ok && !this.b.done && !this.b.diverged && !this.b.step()) {
      this.notice = [this.notice, `Run B's loss stopped being a finite number after epoch ${this.b.steps} (too large a step for it): B stays on its last finite epoch while run A goes on.`].filter(Boolean).join(' ');
    }
    return ok;
  }

  override setMaxEpochs(n: number): void {
    super.setMaxEpochs(n);
    this.b.setMaxEpochs(n);
  }

  override frame(): MlpFrame {
    return { ...super.frame(), twin: this.b.frame() };
  }
}
