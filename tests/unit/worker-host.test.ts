import { afterEach, describe, expect, it } from 'vitest';
import type { WorkerEvent } from '../../src/workers/protocol';
import { spawnCounting, until, type CountingTask, type FakeWorker } from './helpers/counting-task';

type Ev = WorkerEvent<CountingTask>;

/** The host driven by hand: raw commands in, the list of events out. */
function open() {
  const { worker, world } = spawnCounting();
  const events: Ev[] = [];
  worker.onmessage = (e) => events.push(e.data as Ev);
  const of = <K extends Ev['type']>(type: K) => events.filter((e): e is Extract<Ev, { type: K }> => e.type === type);
  opened.push(worker);
  return { worker, world, events, of };
}
const opened: FakeWorker[] = [];
afterEach(() => opened.splice(0).forEach((w) => w.terminate()));

describe('worker host', () => {
  it('loads (note first), then runs: started, progress per unit, a log every second unit, done with the moved result', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 3 } });
    h.worker.postMessage({ type: 'start', runId: 7, payload: { units: 5 } }); // sent before the load ends: waits for it
    await until(() => h.of('done').length === 1);
    expect(h.events.map((e) => e.type)).toEqual(['loading', 'loaded', 'started', 'progress', 'progress', 'log', 'progress', 'progress', 'log', 'progress', 'done']);
    expect(h.of('loading')[0].detail).toBe('loading');
    expect(h.of('loaded')[0].data).toEqual({ scale: 3 });
    expect(h.of('progress').map((e) => [e.runId, e.progress.unit])).toEqual([[7, 1], [7, 2], [7, 3], [7, 4], [7, 5]]);
    expect(h.of('log').map((e) => e.entry.unit)).toEqual([2, 4]);
    const done = h.of('done')[0];
    expect(done.runId).toBe(7);
    expect(done.cancelled).toBe(false);
    expect(done.result.counted).toBe(5);
    expect(Array.from(done.result.values)).toEqual([3, 6, 9, 12, 15]);
  });

  it('pause holds the gate, step lets exactly one unit through, resume goes on', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 1 } });
    h.worker.postMessage({ type: 'start', runId: 1, payload: { units: 1000 } });
    await until(() => h.of('progress').length >= 2);
    h.worker.postMessage({ type: 'pause' });
    await new Promise((r) => setTimeout(r, 30));
    const held = h.world.counted[0];
    await new Promise((r) => setTimeout(r, 60));
    expect(h.world.counted[0]).toBe(held); // nothing while paused
    h.worker.postMessage({ type: 'step' });
    await until(() => h.world.counted[0] === held + 1);
    await new Promise((r) => setTimeout(r, 40));
    expect(h.world.counted[0]).toBe(held + 1); // one unit, then paused again
    h.worker.postMessage({ type: 'resume' });
    await until(() => h.world.counted[0] > held + 5);
    h.worker.postMessage({ type: 'cancel' });
    await until(() => h.of('done').length === 1);
  });

  it('a paused start with one step does exactly one unit, even though the step arrives before the run reaches its gate', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 1 } });
    h.worker.postMessage({ type: 'start', runId: 1, payload: { units: 10 }, paused: true });
    h.worker.postMessage({ type: 'step' });
    await until(() => h.of('progress').length === 1);
    await new Promise((r) => setTimeout(r, 40));
    expect(h.of('progress').map((e) => e.progress.unit)).toEqual([1]);
  });

  it('cancel stops a run (even a paused one) early and says so in done', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 1 } });
    h.worker.postMessage({ type: 'start', runId: 1, payload: { units: 1000 } });
    await until(() => h.of('progress').length >= 3);
    h.worker.postMessage({ type: 'pause' });
    h.worker.postMessage({ type: 'cancel' });
    await until(() => h.of('done').length === 1);
    const done = h.of('done')[0];
    expect(done.cancelled).toBe(true);
    expect(done.result.counted).toBeLessThan(1000);
    expect(done.result.counted).toBe(h.world.counted[0]);
  });

  it('a new start cancels the run going on and begins once it has wound down', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 1 } });
    h.worker.postMessage({ type: 'start', runId: 1, payload: { units: 1000 } });
    await until(() => h.of('progress').length >= 2);
    h.worker.postMessage({ type: 'start', runId: 2, payload: { units: 3 } });
    await until(() => h.of('done').length === 2);
    const [first, second] = h.of('done');
    expect([first.runId, first.cancelled]).toEqual([1, true]);
    expect([second.runId, second.cancelled, second.result.counted]).toEqual([2, false, 3]);
    // run 2 started only after run 1's done
    expect(h.events.findIndex((e) => e.type === 'started' && e.runId === 2)).toBeGreaterThan(h.events.indexOf(first));
  });

  it('answers questions by id, moves transferred buffers, and turns a throw into a failed answer', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 4 } });
    h.worker.postMessage({ type: 'ask', id: 1, name: 'times', question: 2 }); // no run yet
    h.worker.postMessage({ type: 'ask', id: 2, name: 'buffer', question: 3 });
    h.worker.postMessage({ type: 'ask', id: 3, name: 'nonsense', question: 0 });
    await until(() => h.of('answer').length === 3);
    const byId = new Map(h.of('answer').map((a) => [a.id, a]));
    expect(byId.get(1)).toEqual({ type: 'answer', id: 1, ok: false, message: 'no model yet' });
    const b = byId.get(2)!;
    expect(b.ok && Array.from(b.value as Float64Array)).toEqual([0, 1, 2]);
    expect(h.world.lastBuffer!.length).toBe(0); // moved: the worker's copy is detached
    expect(byId.get(3)).toMatchObject({ ok: false, message: "this worker answers no question 'nonsense'" });

    h.worker.postMessage({ type: 'start', runId: 1, payload: { units: 2 } });
    await until(() => h.of('done').length === 1);
    h.worker.postMessage({ type: 'ask', id: 4, name: 'times', question: 2.5 });
    await until(() => h.of('answer').length === 4);
    expect(h.of('answer')[3]).toEqual({ type: 'answer', id: 4, ok: true, value: 10 });
  });

  it('a failing run reports an error with its runId and the worker keeps working', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 1 } });
    h.worker.postMessage({ type: 'start', runId: 1, payload: { units: 10, failAt: 3 } });
    await until(() => h.of('error').length === 1);
    expect(h.of('error')[0]).toEqual({ type: 'error', runId: 1, message: 'unit 3 failed' });
    expect(h.of('done')).toEqual([]);
    h.worker.postMessage({ type: 'start', runId: 2, payload: { units: 2 } });
    await until(() => h.of('done').length === 1);
    expect(h.of('done')[0].result.counted).toBe(2);
  });

  it('a failing load reports an error without a runId; runs waiting for it fail with the same message', async () => {
    const h = open();
    h.worker.postMessage({ type: 'load', payload: { scale: 1, fail: true } });
    h.worker.postMessage({ type: 'start', runId: 5, payload: { units: 2 } });
    await until(() => h.of('error').length === 2);
    expect(h.of('error')).toEqual([
      { type: 'error', message: 'the data set could not be read' },
      { type: 'error', runId: 5, message: 'the data set could not be read' },
    ]);
    expect(h.of('loaded')).toEqual([]);
    expect(h.world.counted).toEqual([]); // the run never began
  });

  it('an unknown command is an error, not a crash', async () => {
    const h = open();
    h.worker.postMessage({ type: 'explode' });
    await until(() => h.of('error').length === 1);
    expect(h.of('error')[0].message).toBe('unknown command "explode"');
  });
});
