import { describe, expect, it } from 'vitest';
import { defineSchema, defaults } from '../../src/params';
import { Run, type RunOptions, type RunSession } from '../../src/widgets/shared/run.svelte';
import { countLimit, rowsKey } from '../../src/widgets/shared/run-keys';

const schema = defineSchema([
  { name: 'n', affects: 'data', type: 'int', default: 10, min: 1, max: 100, label: 'n', help: '' },
  { name: 'lr', affects: 'model', type: 'number', default: 0.5, min: 0, max: 10, label: 'lr', help: '' },
  { name: 'speed', affects: 'view', type: 'int', default: 3, min: 1, max: 50, label: 'speed', help: '' },
  { name: 'steps', affects: 'view', type: 'int', default: 0, min: 0, max: 500, hidden: true, label: 'steps', help: '' },
] as const);
type P = { n: number; lr: number; speed: number; steps: number };

/** A session whose state after k steps is known in closed form: x_k = n + lr·k (and a step costs `cost` ms). */
class Counter implements RunSession {
  steps = 0;
  x: number;
  diverged = false;
  constructor(readonly p: P, private readonly clock: { t: number }, private readonly cost: number, private readonly divergeAt = Infinity, private readonly throwAt = Infinity) {
    this.x = p.n;
  }
  step(): boolean {
    this.clock.t += this.cost;
    if (this.steps + 1 >= this.throwAt) throw new Error('step broke');
    if (this.steps + 1 >= this.divergeAt) {
      this.diverged = true;
      return false;
    }
    this.steps++;
    this.x += this.p.lr;
    return true;
  }
}

/** A run over `Counter` sessions with a fake clock and frame queue, so budgets and throttles are tested without timing. */
function harness(overrides: Partial<RunOptions<P, Counter, number>> & { cost?: number; divergeAt?: number; throwAt?: number; link?: Partial<P> } = {}) {
  const clock = { t: 0 };
  const frames: (() => void)[] = [];
  const { link, cost, divergeAt, throwAt, ...options } = overrides;
  const params: P = { ...(defaults(schema) as P), ...link };
  const writes: number[] = [];
  const watched = new Proxy(params, {
    set(target, key, value) {
      if (key === 'steps') writes.push(value);
      return Reflect.set(target, key, value);
    },
  });
  let builds = 0;
  const run = new Run<P, Counter, number>({
    schema,
    params: () => watched,
    build: (p) => {
      builds++;
      return new Counter(p, clock, cost ?? 1, divergeAt, throwAt);
    },
    view: (s) => s.x,
    stepsPerFrame: () => params.speed,
    unit: 'updates',
    budgetMs: 8,
    replayBudgetMs: 8,
    raf: (cb) => frames.push(cb),
    caf: () => frames.splice(0),
    now: () => clock.t,
    ...options,
  });
  const frame = () => {
    clock.t += 16; // time passes between frames (drawing, the browser)
    frames.shift()?.();
  };
  const frameUntilIdle = (max = 10_000) => {
    for (let i = 0; i < max && frames.length; i++) frame();
  };
  return { run, params, writes, clock, frames, frame, frameUntilIdle, builds: () => builds };
}

describe('rowsKey and countLimit read the schema', () => {
  it('the key follows data and model rows only, and a count row is capped by its max', () => {
    const a = { n: 10, lr: 0.5, speed: 3, steps: 0 };
    expect(rowsKey(schema, a)).toBe(rowsKey(schema, { ...a, speed: 9, steps: 40 }));
    expect(rowsKey(schema, a)).not.toBe(rowsKey(schema, { ...a, lr: 0.6 }));
    expect(rowsKey(schema, a, ['data'])).toBe(rowsKey(schema, { ...a, lr: 0.6 }, ['data']));
    expect(rowsKey(schema, a, ['data', 'model'], ['lr'])).toBe(rowsKey(schema, { ...a, lr: 0.6 }, ['data', 'model'], ['lr']));
    expect(countLimit(schema, 'steps')).toBe(500);
    expect(countLimit(schema, 'nothing')).toBe(Infinity);
  });
});

describe('Run', () => {
  it('builds once, rebuilds for a data or model change only, and a rebuild starts at 0 and says so in the link', () => {
    const h = harness({ link: { steps: 0 } });
    h.run.sync();
    expect(h.builds()).toBe(1);
    expect(h.run.status).toBe('idle');
    h.run.stepOnce();
    h.run.stepOnce();
    expect(h.run.steps).toBe(2);
    expect(h.params.steps).toBe(2);
    h.params.speed = 20;
    h.run.sync();
    expect(h.builds()).toBe(1);
    h.params.lr = 2;
    h.run.sync();
    expect(h.builds()).toBe(2);
    expect(h.run.steps).toBe(0);
    expect(h.params.steps).toBe(0);
    expect(h.run.view).toBe(10);
    h.params.n = 20;
    h.run.sync();
    expect(h.builds()).toBe(3);
    expect(h.run.view).toBe(20);
  });

  it('replays a long link a frame budget at a time, with progress, to the state a plain loop reaches', () => {
    const h = harness({ link: { steps: 300 }, cost: 0.5 });
    h.run.sync();
    // the first budget (8 ms at 0.5 ms a step) runs at once, before the first paint
    expect(h.run.status).toBe('replaying');
    expect(h.run.progress).toEqual({ done: 16, total: 300, unit: 'updates' });
    let frames = 0;
    const seen: number[] = [];
    while (h.frames.length) {
      h.frame();
      frames++;
      if (h.run.progress) seen.push(h.run.progress.done);
    }
    expect(frames).toBeGreaterThan(10);
    // the progress only grows, and each frame did at most a budget's worth of steps
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]).toBeGreaterThan(seen[i - 1]);
      expect(seen[i] - seen[i - 1]).toBeLessThanOrEqual(16);
    }
    expect(h.run.status).toBe('paused');
    expect(h.run.progress).toBeNull();
    expect(h.run.steps).toBe(300);
    expect(h.run.view).toBe(10 + 0.5 * 300);
    // the link already said 300: nothing was written back while replaying
    expect(h.writes).toEqual([]);
  });

  it('while replaying, the views are taken at most every 250 ms (the steps get the time), and exactly at the end', () => {
    let views = 0;
    const h = harness({ link: { steps: 400 }, cost: 1, view: (s) => (views++, s.x) });
    h.run.sync();
    const start = h.clock.t;
    h.frameUntilIdle();
    const elapsed = h.clock.t - start;
    expect(views).toBeLessThanOrEqual(2 + Math.ceil(elapsed / 250));
    expect(views).toBeGreaterThanOrEqual(2);
    expect(h.run.view).toBe(10 + 0.5 * 400);
    expect(h.run.steps).toBe(400);
  });

  it('a short link is replayed before the first paint', () => {
    const h = harness({ link: { steps: 5 } });
    h.run.sync();
    expect(h.run.status).toBe('paused');
    expect(h.run.steps).toBe(5);
    expect(h.frames).toHaveLength(0);
  });

  it('play during a replay continues training after it; pause during a replay keeps what is on screen in the link', () => {
    const a = harness({ link: { steps: 100 }, cost: 1 });
    a.run.sync();
    a.run.play();
    expect(a.run.status).toBe('replaying');
    while (a.run.status === 'replaying') a.frame();
    expect(a.run.status).toBe('running');
    a.frame();
    expect(a.run.steps).toBe(103); // speed 3 per frame after the replay

    const b = harness({ link: { steps: 100 }, cost: 1 });
    b.run.sync();
    b.frame();
    b.run.pause();
    expect(b.run.status).toBe('paused');
    expect(b.run.progress).toBeNull();
    expect(b.params.steps).toBe(b.run.steps);
    expect(b.run.steps).toBeLessThan(100);
    expect(b.frames).toHaveLength(0);
  });

  it('a data or model change that drops a trained model says so: what changed and how many steps were dropped', () => {
    const h = harness({ link: { steps: 0 } });
    h.run.sync();
    h.params.lr = 2;
    h.run.sync();
    expect(h.run.restarted).toBe(''); // nothing was trained: nothing to say
    for (let i = 0; i < 145; i++) h.run.stepOnce();
    h.params.speed = 9; // a view row rebuilds nothing and says nothing
    h.run.sync();
    expect(h.run.restarted).toBe('');
    h.params.n = 30;
    h.run.sync();
    expect(h.run.steps).toBe(0);
    expect(h.params.steps).toBe(0);
    expect(h.run.restarted).toBe('n changed, so training started again from 0 (145 updates dropped: a link replays training from the start, on the data it describes).');
    h.run.stepOnce();
    h.params.n = 40;
    h.params.lr = 3;
    h.run.sync();
    expect(h.run.restarted).toMatch(/^n, lr changed, so training started again from 0 \(1 update dropped/);
    h.run.reset();
    expect(h.run.restarted).toBe('');
  });

  it('a session that carries its steps over (a complete tree regrown on the changed data) does not say it restarted', () => {
    const clock = { t: 0 };
    const h = harness({
      build: (p, previous) => {
        const c = new Counter(p, clock, 1);
        while (previous && c.steps < previous.steps) c.step();
        return c;
      },
    });
    h.run.sync();
    for (let i = 0; i < 4; i++) h.run.stepOnce();
    h.params.n = 30;
    h.run.sync();
    expect(h.run.steps).toBe(4);
    expect(h.run.restarted).toBe('');
  });

  it('keepCount runs replay to the count instead, so they never say they restarted', () => {
    const h = harness({ keepCount: true });
    h.run.sync();
    for (let i = 0; i < 5; i++) h.run.stepOnce();
    h.params.n = 30;
    h.run.sync();
    expect(h.run.steps).toBe(5);
    expect(h.run.restarted).toBe('');
  });

  it('pending: a first build that stands in while its data arrives keeps the link’s count, and the build when it lands replays it', () => {
    let arriving = true, key = '';
    const h = harness({ link: { steps: 40 }, pending: () => arriving, rebuildKey: () => key });
    h.run.sync();
    expect(h.run.steps).toBe(0); // the stand-in does not train on the data it stands in for
    h.frameUntilIdle();
    expect(h.params.steps).toBe(40); // nor write its 0 over the link's count
    arriving = false;
    key = 'read';
    h.run.sync();
    h.frameUntilIdle();
    expect(h.run.steps).toBe(40);
    expect(h.run.restarted).toBe('');
    // after that, a change restarts as usual, even while its data is read again
    h.params.n = 30;
    arriving = true;
    key = 'reading again';
    h.run.sync();
    expect(h.run.steps).toBe(0);
    expect(h.params.steps).toBe(0);
  });

  it('writes the count back at most once a second while playing, at once on pause, and 0 after reset', () => {
    const h = harness({ link: { speed: 1 } });
    h.run.sync();
    h.run.play();
    for (let i = 0; i < 200; i++) h.frame(); // 200 frames of 16 ms: 3.2 s
    expect(h.run.steps).toBe(200);
    expect(h.writes.length).toBeGreaterThanOrEqual(3);
    expect(h.writes.length).toBeLessThanOrEqual(4);
    h.run.pause();
    expect(h.params.steps).toBe(200);
    h.run.reset();
    expect(h.run.steps).toBe(0);
    expect(h.params.steps).toBe(0);
    expect(h.run.status).toBe('idle');
  });

  it('stops at the count row’s max, so every count it writes fits in a link', () => {
    const h = harness({ link: { speed: 50 } });
    h.run.sync();
    h.run.play();
    h.frameUntilIdle();
    expect(h.run.steps).toBe(500);
    expect(h.params.steps).toBe(500);
    expect(h.run.status).toBe('finished');
    h.run.play();
    expect(h.frames).toHaveLength(0);
  });

  it('a diverging step pauses the run with a notice; the link gets the count on screen', () => {
    const h = harness({ divergeAt: 8, link: { speed: 5 } });
    h.run.sync();
    h.run.play();
    h.frameUntilIdle();
    expect(h.run.status).toBe('diverged');
    expect(h.run.notice).toMatch(/diverged/);
    expect(h.run.steps).toBe(7);
    expect(h.params.steps).toBe(7);
    h.run.stepOnce();
    expect(h.run.steps).toBe(7);
  });

  it('build and step errors become notices, not exceptions; a failed build leaves the link’s count alone', () => {
    const bad = harness({ link: { steps: 40 }, build: () => { throw new Error('no data'); } });
    bad.run.sync();
    expect(bad.run.status).toBe('error');
    expect(bad.run.notice).toBe('Could not build this run: no data');
    expect(bad.run.session).toBeNull();
    expect(bad.params.steps).toBe(40);

    const h = harness({ throwAt: 3 });
    h.run.sync();
    h.run.play();
    expect(() => h.frameUntilIdle()).not.toThrow();
    expect(h.run.status).toBe('error');
    expect(h.run.notice).toBe('Training stopped with an error: step broke');
  });

  it('keepCount: a data change replays the new run to the count on screen', () => {
    const h = harness({ keepCount: true, link: { steps: 30 } });
    h.run.sync();
    h.frameUntilIdle();
    expect(h.run.steps).toBe(30);
    h.params.n = 50;
    h.run.sync();
    expect(h.run.status).toBe('replaying');
    h.frameUntilIdle();
    expect(h.run.steps).toBe(30);
    expect(h.params.steps).toBe(30);
    expect(h.run.view).toBe(50 + 0.5 * 30);
  });

  it('a static session (no step) is built and shown, and never touches the count', () => {
    const h = harness({ link: { steps: 77 }, build: () => ({ x: 1 }) as unknown as Counter, view: () => 1 });
    h.run.sync();
    expect(h.run.status).toBe('idle');
    h.run.play();
    h.run.stepOnce();
    h.run.reset();
    expect(h.frames).toHaveLength(0);
    expect(h.params.steps).toBe(77);
  });

  it('an interval spaces the steps out while playing; Step still steps at once', () => {
    const h = harness({ interval: () => 100 });
    h.run.sync();
    h.run.play();
    for (let i = 0; i < 20; i++) h.frame(); // 20 frames × ~17 ms
    expect(h.run.steps).toBeGreaterThanOrEqual(3);
    expect(h.run.steps).toBeLessThanOrEqual(4);
  });

  it('run to end steps until the session stops, as fast as the budget allows', () => {
    const h = harness({ divergeAt: 120 });
    h.run.sync();
    h.run.runToEnd();
    h.frameUntilIdle();
    expect(h.run.steps).toBe(119);
    expect(h.params.steps).toBe(119);
  });

  it('dispose stops the frames and later changes build nothing', () => {
    const h = harness({ link: { steps: 400 } });
    h.run.sync();
    h.run.dispose();
    expect(h.frames).toHaveLength(0);
    h.params.n = 3;
    h.run.sync();
    expect(h.builds()).toBe(1);
  });
});
