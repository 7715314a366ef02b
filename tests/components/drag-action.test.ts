import { fireEvent, render } from '@testing-library/svelte';
import { scaleLinear } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import type { DragOptions } from '../../src/charts/actions/drag';
import DragHarness from './charts-harness/DragHarness.svelte';

// A 100 × 100 px plot of the data square [0, 10]² at the page origin, y up: client (px, py) ↔ data (px / 10, (100 − py) / 10).
const frame = {
  xScale: scaleLinear().domain([0, 10]).range([0, 100]),
  yScale: scaleLinear().domain([0, 10]).range([100, 0]),
  pointer: (ev: MouseEvent): [number, number] => [ev.clientX / 10, (100 - ev.clientY) / 10],
};
const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

function setup(options: Partial<DragOptions> & Pick<DragOptions, 'onmove'>, onparentclick?: () => void) {
  const r = render(DragHarness, { options: { frame, ...options } as DragOptions, onparentclick });
  return { ...r, handle: r.getByTestId('handle') };
}
const down = (el: Element, x: number, y: number) => fireEvent.pointerDown(el, { clientX: x, clientY: y, pointerId: 1, button: 0 });
const move = (el: Element, x: number, y: number) => fireEvent.pointerMove(el, { clientX: x, clientY: y, pointerId: 1 });
const up = (el: Element) => fireEvent.pointerUp(el, { pointerId: 1 });
const key = (el: Element, k: string, shiftKey = false) => fireEvent.keyDown(el, { key: k, shiftKey });

describe('use:drag, a slider along x (threshold line)', () => {
  it('pointer moves report the data x, clamped to [min, max]; the end commits once', async () => {
    const onmove = vi.fn();
    const onend = vi.fn();
    const { handle } = setup({ axis: 'x', value: 5, min: 0, max: 8, onmove, onend });
    await down(handle, 50, 40);
    await move(handle, 73, 10); // data x = 7.3 (the y of the pointer does not matter)
    await nextFrame();
    expect(onmove).toHaveBeenLastCalledWith(7.3);
    await move(handle, 95, 40); // x = 9.5, past max
    await up(handle);
    expect(onmove).toHaveBeenLastCalledWith(8);
    expect(onend).toHaveBeenCalledTimes(1);
  });

  it('moves within one frame reach the chart once, with the latest position', async () => {
    const onmove = vi.fn();
    const { handle } = setup({ axis: 'x', value: 5, onmove });
    await down(handle, 50, 50);
    await move(handle, 60, 50);
    await move(handle, 61, 50);
    await move(handle, 62, 50);
    expect(onmove).not.toHaveBeenCalled();
    await nextFrame();
    expect(onmove.mock.calls).toEqual([[6.2]]);
  });

  it('keys: arrows step 1 % of the domain, Shift and PageUp/Down 10 %, Home/End jump to the ends', async () => {
    const onmove = vi.fn();
    const onend = vi.fn();
    const { handle } = setup({ axis: 'x', value: 5, min: 0, max: 10, onmove, onend });
    const after = async (k: string, shift = false) => {
      await key(handle, k, shift);
      return onmove.mock.calls.at(-1)![0];
    };
    expect(await after('ArrowRight')).toBe(5.1);
    expect(await after('ArrowUp')).toBe(5.1);
    expect(await after('ArrowLeft')).toBe(4.9);
    expect(await after('ArrowDown')).toBe(4.9);
    expect(await after('ArrowRight', true)).toBe(6);
    expect(await after('PageDown')).toBe(4);
    expect(await after('Home')).toBe(0);
    expect(await after('End')).toBe(10);
    expect(onend).toHaveBeenCalledTimes(8);
    await key(handle, 'a');
    expect(onmove).toHaveBeenCalledTimes(8);
  });

  it('keys: explicit steps, no float noise, and the value stays inside [min, max]', async () => {
    const onmove = vi.fn();
    const { handle, rerender } = setup({ axis: 'x', value: 0.1, min: -5, max: 5, step: 0.2, bigStep: 0.5, onmove });
    await key(handle, 'ArrowRight');
    expect(onmove).toHaveBeenLastCalledWith(0.3); // not 0.30000000000000004
    await key(handle, 'ArrowLeft', true);
    expect(onmove).toHaveBeenLastCalledWith(-0.4);
    await rerender({ options: { frame, axis: 'x', value: 4.9, min: -5, max: 5, step: 0.2, onmove } });
    await key(handle, 'ArrowRight');
    expect(onmove).toHaveBeenLastCalledWith(5);
  });

  it('is a focusable slider with its value for screen readers, and claims touch moves', async () => {
    const onmove = vi.fn();
    const { handle, rerender } = setup({ axis: 'x', value: 0.35, min: 0, max: 1, label: 'threshold', onmove });
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('tabindex')).toBe('0');
    expect(handle.getAttribute('aria-label')).toBe('threshold');
    expect(handle.getAttribute('aria-valuenow')).toBe('0.35');
    expect(handle.getAttribute('aria-valuemin')).toBe('0');
    expect(handle.getAttribute('aria-valuemax')).toBe('1');
    expect(handle.getAttribute('aria-orientation')).toBe('horizontal');
    expect(handle.style.touchAction).toBe('none');
    await rerender({ options: { frame, axis: 'x', value: 0.6, min: 0, max: 1, onmove } });
    expect(handle.getAttribute('aria-valuenow')).toBe('0.6');
  });

  it('disabled: no role, no focus, no touch claim, and neither pointer nor keys move it', async () => {
    const onmove = vi.fn();
    const { handle } = setup({ axis: 'x', value: 5, disabled: true, onmove });
    expect(handle.getAttribute('role')).toBeNull();
    expect(handle.getAttribute('tabindex')).toBeNull();
    expect(handle.style.touchAction).toBe('');
    await down(handle, 50, 50);
    await move(handle, 70, 50);
    await up(handle);
    await key(handle, 'ArrowRight');
    expect(onmove).not.toHaveBeenCalled();
  });
});

describe('use:drag, a slider along y (horizontal split line)', () => {
  it('reports the data y of the pointer; ArrowUp raises it', async () => {
    const onmove = vi.fn();
    const { handle } = setup({ axis: 'y', value: 2, onmove });
    expect(handle.getAttribute('aria-orientation')).toBe('vertical');
    await down(handle, 10, 80);
    await move(handle, 90, 25); // data y = (100 − 25) / 10
    await up(handle);
    expect(onmove).toHaveBeenLastCalledWith(7.5);
    await key(handle, 'ArrowUp');
    expect(onmove).toHaveBeenLastCalledWith(2.1);
  });
});

describe('use:drag, a point in the plane', () => {
  it('a press that moves less than minDistance stays a click; a drag reports (x, y) and eats its closing click', async () => {
    const onmove = vi.fn();
    const onend = vi.fn();
    const onparentclick = vi.fn();
    const { handle } = setup({ minDistance: 3, onmove, onend }, onparentclick);
    await down(handle, 20, 20);
    await move(handle, 22, 21); // 2.2 px: not yet a drag
    await up(handle);
    await fireEvent.click(handle);
    expect(onmove).not.toHaveBeenCalled();
    expect(onend).not.toHaveBeenCalled();
    expect(onparentclick).toHaveBeenCalledTimes(1);

    await down(handle, 20, 20);
    await move(handle, 40, 70);
    await up(handle);
    expect(onmove).toHaveBeenLastCalledWith(4, 3);
    expect(onend).toHaveBeenCalledTimes(1);
    await fireEvent.click(handle); // the click that ends the drag
    expect(onparentclick).toHaveBeenCalledTimes(1);
    await fireEvent.click(handle); // a later click is a click again
    expect(onparentclick).toHaveBeenCalledTimes(2);
  });

  it('onstart returning false ignores the press', async () => {
    const onmove = vi.fn();
    const { handle } = setup({ onstart: () => false, onmove });
    await down(handle, 20, 20);
    await move(handle, 60, 60);
    await up(handle);
    expect(onmove).not.toHaveBeenCalled();
  });

  it('moves from other pointers are ignored while one drags', async () => {
    const onmove = vi.fn();
    const { handle } = setup({ onmove });
    await down(handle, 20, 20);
    await fireEvent.pointerMove(handle, { clientX: 90, clientY: 90, pointerId: 2 });
    await move(handle, 30, 40);
    await up(handle);
    expect(onmove.mock.calls).toEqual([[3, 6]]);
  });

  it('with a value, arrows move x (left/right) or y (up/down) by 1 % of each domain, Shift by 10 %', async () => {
    const onmove = vi.fn();
    const onend = vi.fn();
    const { handle } = setup({ value: [2, 3], label: 'centre 1', onmove, onend });
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('aria-valuetext')).toBe('x 2, y 3');
    await key(handle, 'ArrowLeft');
    expect(onmove).toHaveBeenLastCalledWith(1.9, 3);
    await key(handle, 'ArrowUp');
    expect(onmove).toHaveBeenLastCalledWith(2, 3.1);
    await key(handle, 'ArrowDown', true);
    expect(onmove).toHaveBeenLastCalledWith(2, 2);
    await key(handle, 'Home'); // no ends in the plane
    expect(onmove).toHaveBeenCalledTimes(3);
    expect(onend).toHaveBeenCalledTimes(3);
  });

  it('onkeystep replaces the plane steps (a point bound to a curve): sign and size of each key, then the commit', async () => {
    const onmove = vi.fn();
    const onend = vi.fn();
    const onkeystep = vi.fn();
    const { handle } = setup({ value: [0.2, 0.7], onmove, onend, onkeystep });
    expect(handle.getAttribute('role')).toBe('slider');
    expect(handle.getAttribute('tabindex')).toBe('0');
    await key(handle, 'ArrowRight');
    await key(handle, 'ArrowDown');
    await key(handle, 'ArrowUp', true);
    await key(handle, 'PageDown');
    await key(handle, 'Home'); // not a step: ignored
    expect(onkeystep.mock.calls).toEqual([[1, false], [-1, false], [1, true], [-1, true]]);
    expect(onmove).not.toHaveBeenCalled();
    expect(onend).toHaveBeenCalledTimes(4);
  });

  it('without a value it takes no keys and is not focusable', async () => {
    const onmove = vi.fn();
    const { handle } = setup({ onmove });
    expect(handle.getAttribute('tabindex')).toBeNull();
    expect(handle.getAttribute('role')).toBeNull();
    await key(handle, 'ArrowLeft');
    expect(onmove).not.toHaveBeenCalled();
  });
});
