import { describe, expect, it } from 'vitest';
import { perFrame } from '../../src/charts/actions/per-frame';

describe('perFrame', () => {
  it('calls once per frame with the latest arguments, and cancel drops a pending call', () => {
    const frames: (() => void)[] = [];
    const calls: number[][] = [];
    const f = perFrame((a: number, b: number) => calls.push([a, b]), (cb) => frames.push(cb), () => frames.splice(0));
    f(1, 2);
    f(3, 4);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(calls).toEqual([[3, 4]]);
    f(5, 6);
    f.cancel();
    expect(frames).toHaveLength(0);
    f(7, 8);
    frames.shift()!();
    expect(calls).toEqual([[3, 4], [7, 8]]);
  });

  it('flush makes the pending call at once and leaves no frame behind', () => {
    const frames: (() => void)[] = [];
    const calls: number[] = [];
    const f = perFrame((a: number) => calls.push(a), (cb) => frames.push(cb), () => frames.splice(0));
    f.flush(); // nothing pending: no call
    expect(calls).toEqual([]);
    f(1);
    f(2);
    f.flush();
    expect(calls).toEqual([2]);
    expect(frames).toHaveLength(0);
    f(3);
    frames.shift()!();
    expect(calls).toEqual([2, 3]);
  });
});
