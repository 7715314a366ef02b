import { fireEvent, render } from '@testing-library/svelte';
import { rgb } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import Heatmap from '../../src/charts/Heatmap.svelte';
import { heatDomain, labelColorOn, schemeLUT, valuesToRGBA } from '../../src/charts/heatmap';
import { NAN_RGBA } from '../../src/charts/palette';

const px = (a: Uint8ClampedArray, k: number) => Array.from(a.subarray(k * 4, k * 4 + 4));

describe('heatmap helpers', () => {
  it('domain: finite extent; diverging is symmetric around 0; degenerate input is widened', () => {
    expect(heatDomain([3, -1, NaN, 2], 'sequential')).toEqual([-1, 3]);
    expect(heatDomain([3, -1, 2], 'diverging')).toEqual([-3, 3]);
    expect(heatDomain([5, 5], 'sequential')).toEqual([4.5, 5.5]);
    expect(heatDomain([], 'sequential')).toEqual([0, 1]);
    expect(heatDomain([NaN], 'diverging')).toEqual([-1, 1]);
    expect(heatDomain([0, 0], 'diverging')).toEqual([-1, 1]);
  });
  it('values → RGBA: domain ends map to the LUT ends, clamped, NaN grey', () => {
    const lut = schemeLUT('sequential');
    const out = valuesToRGBA([0, 10, -5, 99, NaN, 5], [0, 10], 'sequential');
    expect(px(out, 0)).toEqual(Array.from(lut.subarray(0, 4)));
    expect(px(out, 1)).toEqual(Array.from(lut.subarray(1020, 1024)));
    expect(px(out, 2)).toEqual(px(out, 0));
    expect(px(out, 3)).toEqual(px(out, 1));
    expect(px(out, 4)).toEqual([...NAN_RGBA]);
    expect(px(out, 5)).toEqual(Array.from(lut.subarray(128 * 4, 128 * 4 + 4)));
    // sequential runs light → dark
    const light = (k: number) => out[k * 4] + out[k * 4 + 1] + out[k * 4 + 2];
    expect(light(0)).toBeGreaterThan(light(5));
    expect(light(5)).toBeGreaterThan(light(1));
  });
  it('diverging: zero is near-white when the domain is symmetric', () => {
    const out = valuesToRGBA([0], [-2, 2], 'diverging');
    expect(Math.min(out[0], out[1], out[2])).toBeGreaterThan(235);
  });
  it('a zero-width domain does not produce NaN indices', () => {
    const out = valuesToRGBA([1, 2], [1, 1], 'viridis');
    expect(px(out, 0)[3]).toBe(255);
    expect(px(out, 1)[3]).toBe(255);
  });
  it('label colour contrasts with the cell', () => {
    expect(labelColorOn('sequential', 0)).toBe('#1f2937');
    expect(labelColorOn('sequential', 1)).toBe('#ffffff');
    expect(rgb(labelColorOn('viridis', 0)).r).toBe(255);
  });
});

describe('Heatmap', () => {
  it('draws a grid-sized canvas, labelled axes, cell values and a colour legend', () => {
    const { container } = render(Heatmap, {
      values: [1, -0.5, NaN, 0.25],
      nx: 2,
      ny: 2,
      scheme: 'diverging',
      showValues: true,
      rowLabels: ['a', 'b'],
      colLabels: ['x', 'y'],
      legendLabel: 'r',
      width: 300,
    });
    const canvas = container.querySelector('canvas')!;
    expect(canvas.getAttribute('width')).toBe('2');
    expect(canvas.getAttribute('height')).toBe('2');
    const texts = [...container.querySelectorAll('text.cell-value')].map((t) => t.textContent!.trim());
    expect(texts).toEqual(['1', '−0.5', '—', '0.25']);
    expect([...container.querySelectorAll('.axis-left .tick text')].map((t) => t.textContent)).toEqual(['a', 'b']);
    expect([...container.querySelectorAll('.axis-bottom .tick text')].map((t) => t.textContent)).toEqual(['x', 'y']);
    expect(container.querySelector('.color-legend')).not.toBeNull();
    expect(container.innerHTML).not.toMatch(/NaN/);
  });
  it('row 0 is at the top: its value label sits above row 1', () => {
    const { container } = render(Heatmap, { values: [1, 2, 3, 4], nx: 2, ny: 2, showValues: true, width: 300 });
    const ys = [...container.querySelectorAll('text.cell-value')].map((t) => Number(t.getAttribute('y')));
    expect(ys[0]).toBeLessThan(ys[2]);
  });
  it('reports clicked cells (column, row, value)', async () => {
    const oncellclick = vi.fn();
    const { container } = render(Heatmap, { values: [1, 2, 3, 4, 5, 6], nx: 3, ny: 2, oncellclick, width: 300, height: 200 });
    const g = container.querySelector('svg > g')!;
    const [left, top] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform')!)!.slice(1).map(Number);
    const hit = container.querySelector('rect.plot-hit')!;
    const w = Number(hit.getAttribute('width'));
    const h = Number(hit.getAttribute('height'));
    await fireEvent.click(hit, { clientX: left + w * 0.9, clientY: top + h * 0.8 }); // last column, bottom row
    expect(oncellclick).toHaveBeenCalledWith(2, 1, 6);
  });
  it('mismatched sizes draw nothing and do not throw', () => {
    const { container } = render(Heatmap, { values: [1, 2, 3], nx: 2, ny: 2, showValues: true, width: 300 });
    expect(container.querySelectorAll('text.cell-value').length).toBe(0);
    expect(container.querySelector('.color-legend')).toBeNull();
  });
});
