import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Burst, BURST_MS } from '../../src/widgets/shared/burst';

describe('Burst: work that waits while the learner drags (the address bar, settled panels)', () => {
  let t = 0;
  const now = () => t;
  beforeEach(() => {
    vi.useFakeTimers();
    t = 1000;
  });
  afterEach(() => vi.useRealTimers());

  it('writes a change on its own at once', () => {
    const w = new Burst(now), log: string[] = [];
    w.request(() => log.push('a'));
    expect(log).toEqual(['a']);
    t += BURST_MS;
    w.request(() => log.push('b'));
    expect(log).toEqual(['a', 'b']);
  });

  it('inside a burst writes only the latest state, once the changes pause', () => {
    const w = new Burst(now), log: string[] = [];
    w.request(() => log.push('k=5'));
    for (const k of [6, 7, 8]) {
      t += 20;
      w.request(() => log.push(`k=${k}`));
    }
    expect(log).toEqual(['k=5']);
    vi.advanceTimersByTime(BURST_MS - 1);
    expect(log).toEqual(['k=5']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['k=5', 'k=8']);
  });

  it('letting go (pointerup, keyup, change, click) writes the waiting state at once, and the next change too', () => {
    const target = new EventTarget() as unknown as Window;
    for (const type of ['pointerup', 'keyup', 'change', 'click']) {
      const w = new Burst(now), log: string[] = [];
      const stop = w.listen(target);
      w.request(() => log.push('start'));
      t += 10;
      w.request(() => log.push('last move'));
      target.dispatchEvent(new Event(type));
      expect(log, type).toEqual(['start', 'last move']);
      // a change a handler of the same event makes (a drag's end) is not held back
      t += 1;
      w.request(() => log.push('end handler'));
      expect(log, type).toEqual(['start', 'last move', 'end handler']);
      vi.runAllTimers();
      expect(log, type).toHaveLength(3);
      stop();
    }
  });

  it('stops listening when asked, and a cancelled write never happens', () => {
    const target = new EventTarget() as unknown as Window;
    const w = new Burst(now), log: string[] = [];
    w.listen(target)();
    w.request(() => log.push('a'));
    t += 10;
    const cancel = w.request(() => log.push('b'));
    target.dispatchEvent(new Event('pointerup'));
    expect(log).toEqual(['a']);
    cancel();
    vi.runAllTimers();
    expect(log).toEqual(['a']);
  });
});
