import { afterEach, describe, expect, it } from 'vitest';
import { WorkerSession } from '../../src/widgets/shared/worker-session.svelte';
import type { WorkerEvent } from '../../src/workers/protocol';
import { spawnCounting, until, type CountingTask, type CountingWorld, type FakeWorker } from './helpers/counting-task';

interface Harness {
  run: WorkerSession<CountingTask>;
  /** Every worker spawned, newest last, with its inside. */
  spawned: { worker: FakeWorker; world: CountingWorld }[];
  events: WorkerEvent<CountingTask>['type'][];
  resets: number;
  request: { units: number; failAt?: number } | Error;
}
const sessions: WorkerSession<CountingTask>[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

function open(units = 6): Harness {
  const h: Harness = { spawned: [], events: [], resets: 0, request: { units }, run: null! };
  h.run = new WorkerSession<CountingTask>({
    spawn: () => {
      const s = spawnCounting();
      h.spawned.push(s);
      return s.worker;
    },
    request: () => {
      if (h.request instanceof Error) throw h.request;
      return h.request;
    },
    progress: (p) => ({ done: p.unit, total: p.of, unit: 'units' }),
    onEvent: (e) => h.events.push(e.type),
    onReset: () => h.resets++,
  });
  sessions.push(h.run);
  return h;
}
const worker = (h: Harness) => h.spawned.at(-1)!.worker;
const world = (h: Harness) => h.spawned.at(-1)!.world;

describe('WorkerSession (the run contract over a worker)', () => {
  it('load → idle with the loaded data; play → running with progress as done/total; finished with the log and result', async () => {
    const h = open(5);
    expect(h.run.loaded).toBeNull();
    h.run.load({ scale: 2 });
    await until(() => h.run.loaded !== null);
    expect(h.run.loadingDetail).toBe('loading');
    expect(h.run.loaded).toEqual({ scale: 2 });
    expect(h.run.status).toBe('idle');
    h.run.play();
    expect(h.run.status).toBe('running');
    expect(h.run.runRequest).toEqual({ units: 5 });
    await until(() => h.run.progress !== null);
    expect(h.run.progress!.unit).toBe('units');
    expect(h.run.progress!.total).toBe(5);
    await until(() => h.run.status === 'finished');
    expect(h.run.progress).toBeNull(); // progress is shown while the run lasts
    expect(h.run.latest).toEqual({ unit: 5, of: 5 });
    expect(h.run.started).toEqual({ units: 5 });
    expect(h.run.log).toEqual([{ unit: 2 }, { unit: 4 }]);
    expect(h.run.steps).toBe(2);
    expect(h.run.result!.counted).toBe(5);
    expect(Array.from(h.run.result!.values)).toEqual([2, 4, 6, 8, 10]);
    expect(h.events).toEqual(['loading', 'loaded', 'started', 'progress', 'progress', 'log', 'progress', 'progress', 'log', 'progress', 'done']);
  });

  it('pause, stepOnce and play (resume) drive the worker; stepOnce from idle starts a paused run of one unit', async () => {
    const h = open(10_000);
    h.run.load({ scale: 1 });
    h.run.stepOnce();
    expect(h.run.status).toBe('paused');
    await until(() => h.run.latest !== null);
    await new Promise((r) => setTimeout(r, 40));
    expect(h.run.latest!.unit).toBe(1);
    h.run.stepOnce();
    await until(() => h.run.latest!.unit === 2);
    h.run.play();
    expect(h.run.status).toBe('running');
    await until(() => h.run.latest!.unit > 10);
    h.run.pause();
    expect(h.run.status).toBe('paused');
    await new Promise((r) => setTimeout(r, 30));
    const held = world(h).counted[0];
    await new Promise((r) => setTimeout(r, 60));
    expect(world(h).counted[0]).toBe(held);
    h.run.stepOnce(); // while running it would do nothing; paused, one unit
    await until(() => world(h).counted[0] === held + 1);
  });

  it('cancel ends the run back at idle, keeping the partial result; play starts a fresh run', async () => {
    const h = open(10_000);
    h.run.load({ scale: 1 });
    h.run.play();
    await until(() => h.run.steps >= 2);
    h.run.cancel();
    await until(() => h.run.status === 'idle');
    expect(h.run.result!.counted).toBeGreaterThanOrEqual(4);
    expect(h.run.result!.counted).toBeLessThan(10_000);
    const resets = h.resets;
    h.run.play();
    expect(h.resets).toBe(resets + 1); // the widget clears what it derived from the last run
    expect(h.run.result).toBeNull();
    expect(h.run.log).toEqual([]);
    expect(h.run.status).toBe('running');
  });

  it('reset forgets the run: idle, no log or result, and the old run’s late events are ignored', async () => {
    const h = open(10_000);
    h.run.load({ scale: 1 });
    h.run.play();
    await until(() => h.run.steps >= 1);
    h.run.reset();
    expect([h.run.status, h.run.steps, h.run.progress, h.run.latest, h.run.result]).toEqual(['idle', 0, null, null, null]);
    await until(() => worker(h).sent.some((m) => m.type === 'cancel'));
    await new Promise((r) => setTimeout(r, 60)); // the cancelled run's done (and any progress) arrive and are dropped
    expect([h.run.status, h.run.latest, h.run.result]).toEqual(['idle', null, null]);
  });

  it('settingsChanged restarts a running run from zero, and marks a finished result stale until the next run', async () => {
    const h = open(10_000);
    h.run.load({ scale: 1 });
    h.run.play();
    await until(() => h.run.steps >= 2);
    h.request = { units: 3 };
    h.run.settingsChanged();
    expect(h.run.steps).toBe(0);
    await until(() => h.run.status === 'finished');
    expect(h.run.result!.counted).toBe(3); // the new settings' run, not the cancelled one
    expect(h.run.stale).toBe(false);
    h.run.settingsChanged();
    expect(h.run.stale).toBe(true);
    expect(h.run.status).toBe('finished'); // a finished model is not retrained on its own
    h.run.play();
    expect(h.run.stale).toBe(false);
  });

  it('a request that throws becomes the notice and starts nothing', async () => {
    const h = open();
    h.run.load({ scale: 1 });
    h.request = new Error('the layers shrink the image to nothing');
    h.run.play();
    expect(h.run.status).toBe('idle');
    expect(h.run.notice).toBe('the layers shrink the image to nothing');
    expect(worker(h).sent.map((m) => m.type)).toEqual(['load']);
  });

  it('ask resolves with the answer, rejects with the worker’s reason (no model yet), and rejects at once without a worker', async () => {
    const h = open(2);
    await expect(h.run.ask('times', 2)).rejects.toThrow('no training worker is running');
    h.run.load({ scale: 3 });
    await expect(h.run.ask('times', 2)).rejects.toThrow('no model yet');
    h.run.play();
    await until(() => h.run.status === 'finished');
    await expect(h.run.ask('times', 2)).resolves.toBe(6);
    const b = await h.run.ask('buffer', 4);
    expect(Array.from(b)).toEqual([0, 1, 2, 3]);
  });

  it('a run that throws: status error with the message as notice; the worker still answers and play starts again', async () => {
    const h = open();
    h.request = { units: 10, failAt: 2 };
    h.run.load({ scale: 1 });
    h.run.play();
    await until(() => h.run.status === 'error');
    expect(h.run.notice).toBe('unit 2 failed');
    expect(h.run.progress).toBeNull();
    await expect(h.run.ask('times', 1)).resolves.toBe(1);
    h.request = { units: 2 };
    h.run.play();
    expect(h.run.notice).toBe('');
    await until(() => h.run.status === 'finished');
  });

  it('a failing load shows its message', async () => {
    const h = open();
    h.run.load({ scale: 1, fail: true });
    await until(() => h.run.status === 'error');
    expect(h.run.notice).toBe('the data set could not be read');
    expect(h.run.loaded).toBeNull();
  });

  it('a worker that dies: visible notice, status error, pending questions reject (no hanging promise), worker terminated', async () => {
    const h = open();
    h.run.load({ scale: 1 });
    const stuck = h.run.ask('stuck', null);
    await new Promise((r) => setTimeout(r, 10));
    worker(h).fail('out of memory');
    await expect(stuck).rejects.toThrow('the training worker stopped: out of memory');
    expect(h.run.status).toBe('error');
    expect(h.run.notice).toBe('the training worker stopped: out of memory');
    expect(worker(h).terminated).toBe(true);
    await expect(h.run.ask('times', 1)).rejects.toThrow('no training worker is running');
    h.run.play(); // nothing to play on: stays in error, no throw
    h.run.reset();
    expect([h.run.status, h.run.notice]).toEqual(['error', 'the training worker stopped: out of memory']);
  });

  it('dispose terminates the worker and rejects pending questions; a later load or ask does nothing but reject', async () => {
    const h = open();
    h.run.load({ scale: 1 });
    const stuck = h.run.ask('stuck', null);
    h.run.dispose();
    await expect(stuck).rejects.toThrow('the widget was closed');
    expect(worker(h).terminated).toBe(true);
    h.run.load({ scale: 2 });
    expect(h.spawned).toHaveLength(1);
    await expect(h.run.ask('times', 1)).rejects.toThrow('the widget was closed');
  });

  it('a new load replaces the worker: the old one is terminated, its questions reject, its late events are dropped', async () => {
    const h = open(10_000);
    h.run.load({ scale: 1 });
    h.run.play();
    await until(() => h.run.steps >= 1);
    const old = worker(h);
    const stuck = h.run.ask('stuck', null);
    h.run.load({ scale: 5 });
    await expect(stuck).rejects.toThrow('the worker was replaced by a new one');
    expect(old.terminated).toBe(true);
    expect(h.spawned).toHaveLength(2);
    expect([h.run.status, h.run.loaded, h.run.result, h.run.steps]).toEqual(['idle', null, null, 0]);
    old.onmessage?.({ data: { type: 'loaded', data: { scale: 1 } } } as MessageEvent); // an event queued before terminate
    expect(h.run.loaded).toBeNull();
    await until(() => h.run.loaded !== null);
    expect(h.run.loaded).toEqual({ scale: 5 });
  });

  it('a spawn that throws becomes the notice', () => {
    const run = new WorkerSession<CountingTask>({
      spawn: () => {
        throw new Error('workers are blocked here');
      },
      request: () => ({ units: 1 }),
      progress: () => ({ done: 0, total: 0, unit: 'units' }),
    });
    sessions.push(run);
    run.load({ scale: 1 });
    expect(run.status).toBe('error');
    expect(run.notice).toBe('could not start the training worker: workers are blocked here');
  });
});
