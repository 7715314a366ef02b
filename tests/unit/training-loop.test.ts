import { describe, expect, it } from 'vitest';
import { TrainingLoop } from '../../src/widgets/shared/training-loop.svelte';

/** A fake clock and frame scheduler, so the loop's budget logic is tested without timing. */
function harness(stepCost: number, budgetMs = 8) {
  let t = 0;
  const frames: (() => void)[] = [];
  let steps = 0, draws = 0;
  let stopAt = Infinity;
  const loop = new TrainingLoop({
    step: () => {
      t += stepCost;
      steps++;
      return steps < stopAt;
    },
    draw: () => draws++,
    budgetMs,
    raf: (cb) => frames.push(cb),
    caf: () => frames.splice(0),
    now: () => t,
  });
  const runFrame = () => frames.shift()?.();
  return { loop, runFrame, get steps() { return steps; }, get draws() { return draws; }, frames, stop: (n: number) => (stopAt = n) };
}

describe('TrainingLoop', () => {
  it('runs steps until the frame budget is spent, then draws once', () => {
    const h = harness(1, 8);
    h.loop.play();
    h.runFrame();
    expect(h.steps).toBe(8);
    expect(h.draws).toBe(1);
    expect(h.frames).toHaveLength(1);
  });

  it('does at least one step per frame even when a step is slower than the budget', () => {
    const h = harness(20, 8);
    h.loop.play();
    h.runFrame();
    h.runFrame();
    expect(h.steps).toBe(2);
    expect(h.draws).toBe(2);
  });

  it('pauses, steps once while paused, and stops when step returns false', () => {
    const h = harness(1);
    h.loop.play();
    h.loop.pause();
    expect(h.loop.running).toBe(false);
    h.loop.stepOnce();
    expect(h.steps).toBe(1);
    expect(h.draws).toBe(1);
    h.stop(3);
    h.loop.play();
    h.runFrame();
    expect(h.steps).toBe(3);
    expect(h.loop.running).toBe(false);
    expect(h.frames).toHaveLength(0);
  });

  it('respects a per-frame step cap', () => {
    let t = 0, steps = 0;
    const frames: (() => void)[] = [];
    const loop = new TrainingLoop({ step: () => (steps++, (t += 0.001), true), draw: () => {}, maxStepsPerFrame: () => 5, raf: (cb) => frames.push(cb), caf: () => {}, now: () => t });
    loop.play();
    frames.shift()!();
    expect(steps).toBe(5);
  });
});
