/**
 * A tiny task served by the real worker host over a Node MessageChannel, for testing the host and the
 * worker-session adapter without a browser: a "run" counts units, one per gate pass, and yields to the
 * event loop between units as a real training loop does (so pause, step and cancel messages get through).
 */
import { serveTask, type TaskHandlers } from '../../../src/workers/host';
import { Transferred, type WorkerLike, type WorkerScopeLike, type WorkerTask } from '../../../src/workers/protocol';

export interface CountingTask extends WorkerTask {
  load: { scale: number; fail?: boolean };
  loading: string;
  loaded: { scale: number };
  start: { units: number; failAt?: number };
  started: { units: number };
  progress: { unit: number; of: number };
  log: { unit: number };
  result: { counted: number; values: Float64Array };
  questions: {
    /** scale × q, from the last run's model; throws before any run. */
    times: { question: number; answer: number };
    /** Never answers (a worker stuck in a long computation). */
    stuck: { question: null; answer: never };
    /** A typed array moved, not copied. */
    buffer: { question: number; answer: Float64Array };
  };
}

export const tick = () => new Promise<void>((r) => setTimeout(r, 0));

/** The worker-side state the tests can look at. */
export interface CountingWorld {
  scale: number;
  /** Units each run has counted so far, by start order. */
  counted: number[];
  lastBuffer: Float64Array | null;
}

export function countingHandlers(world: CountingWorld): TaskHandlers<CountingTask> {
  return {
    async load(payload, note) {
      note('loading');
      await tick();
      if (payload.fail) throw new Error('the data set could not be read');
      world.scale = payload.scale;
      return { scale: payload.scale };
    },
    async run(request, ctx) {
      const me = world.counted.push(0) - 1;
      ctx.started({ units: request.units });
      let unit = 0;
      while (unit < request.units) {
        await tick();
        await ctx.gate();
        if (ctx.cancelled()) break;
        unit++;
        world.counted[me] = unit;
        if (unit === request.failAt) throw new Error(`unit ${unit} failed`);
        ctx.progress({ unit, of: request.units });
        if (unit % 2 === 0) ctx.log({ unit });
      }
      const values = Float64Array.from({ length: unit }, (_, i) => (i + 1) * world.scale);
      return new Transferred({ counted: unit, values }, [values.buffer]);
    },
    answers: {
      times: (q) => {
        if (world.counted.length === 0) throw new Error('no model yet');
        return world.scale * q;
      },
      stuck: () => new Promise<never>(() => {}),
      buffer: (n) => {
        const b = Float64Array.from({ length: n }, (_, i) => i);
        world.lastBuffer = b;
        return new Transferred(b, [b.buffer]);
      },
    },
  };
}

/** The page's end of a MessageChannel dressed as a Worker; `fail` plays a worker's uncaught error. */
export class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: ((e: MessageEvent) => void) | null = null;
  terminated = false;
  readonly sent: { type: string }[] = [];

  constructor(
    private readonly port: MessagePort,
    private readonly other: MessagePort,
  ) {
    port.onmessage = (e) => this.onmessage?.(e);
  }
  postMessage(message: unknown): void {
    this.sent.push(message as { type: string });
    this.port.postMessage(message);
  }
  terminate(): void {
    this.terminated = true;
    this.port.close();
    this.other.close();
  }
  fail(message: string): void {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** A worker running the counting task; `world` is its inside. */
export function spawnCounting(): { worker: FakeWorker; world: CountingWorld } {
  const { port1, port2 } = new MessageChannel();
  const world: CountingWorld = { scale: 0, counted: [], lastBuffer: null };
  serveTask(countingHandlers(world), port2 as unknown as WorkerScopeLike);
  return { worker: new FakeWorker(port1, port2), world };
}

/** Waits (in real time, a few ms per turn) until `cond` holds; fails after `ms`. */
export async function until(cond: () => boolean, ms = 2000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 2));
  }
}
