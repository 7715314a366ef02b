// #/features' worker: what it posts is the session's own result (through a structured clone, as a real worker's
// message would be), its progress ends at 100 %, and refused settings come back as one error message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseParams } from '../../src/params';
import { schema, type Params } from '../../src/widgets/features/params';
import { FeaturesSession } from '../../src/widgets/features/session';
import type { FeaturesEvent, FeaturesRequest } from '../../src/widgets/features/protocol';

const defaults = (over: Partial<Params> = {}): Params => ({ ...(parseParams(schema, {}).values as Params), ...over });

describe('features.worker', () => {
  const posted: FeaturesEvent[] = [];
  let onmessage: (ev: { data: FeaturesRequest }) => void;
  const g = globalThis as unknown as { self?: unknown };
  const before = g.self;
  beforeAll(async () => {
    // a worker's global scope, as far as the worker uses it
    const scope = { postMessage: (e: FeaturesEvent) => posted.push(structuredClone(e)), onmessage: null as unknown };
    g.self = scope;
    await import('../../src/widgets/features/features.worker');
    onmessage = scope.onmessage as typeof onmessage;
  });
  afterAll(() => { g.self = before; });

  it('posts frames whose last one is the finished session’s frame, with the problem’s names and roles', () => {
    posted.length = 0;
    const params = defaults({ nNoise: 2 });
    onmessage({ data: { type: 'run', params } });
    expect(posted.length).toBeGreaterThanOrEqual(2);
    expect(posted.every((e) => e.type === 'frame')).toBe(true);
    const last = posted[posted.length - 1] as Extract<FeaturesEvent, { type: 'frame' }>;
    const s = new FeaturesSession(params);
    while (s.step());
    expect(last.frame).toEqual(s.frame());
    expect(last.frame.done).toBe(last.frame.total);
    expect(last.frame.problem).toEqual({ names: s.problem.names, roles: s.problem.roles, nTrain: 210, nTest: 90 });
    const first = posted[0] as Extract<FeaturesEvent, { type: 'frame' }>;
    expect(first.frame.done).toBe(0);
  });

  it('refused settings: one error message, no frame', () => {
    posted.length = 0;
    onmessage({ data: { type: 'run', params: defaults({ n: 100, share: 0.005 }) } });
    expect(posted).toHaveLength(1);
    expect(posted[0].type).toBe('error');
    expect((posted[0] as { message: string }).message).toMatch(/class 1 has a single sample/);
  });
});
