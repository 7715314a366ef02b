import { fireEvent, render } from '@testing-library/svelte';
import { polygonContains, scaleLinear } from 'd3';
import { describe, expect, it, vi } from 'vitest';
import Arrows from '../../src/charts/marks/Arrows.svelte';
import Centroids from '../../src/charts/marks/Centroids.svelte';
import Dots from '../../src/charts/marks/Dots.svelte';
import Segments from '../../src/charts/marks/Segments.svelte';
import Voronoi from '../../src/charts/marks/Voronoi.svelte';
import type { Frame } from '../../src/charts/types';

// Data [0, 10]² → a 100 × 100 px plot area (y up).
const frame: Frame = {
  xScale: scaleLinear().domain([0, 10]).range([0, 100]),
  yScale: scaleLinear().domain([0, 10]).range([100, 0]),
  width: 100,
  height: 100,
  pointer: () => [0, 0],
};

describe('overlay marks', () => {
  it('Voronoi: one closed cell per finite site, clipped to the plot area', () => {
    const { container } = render(Voronoi, { frame, sites: [[2, 2], [8, 2], [5, 8], [NaN, 1]] });
    const paths = [...container.querySelectorAll('.voronoi path')];
    expect(paths.length).toBe(3);
    for (const p of paths) {
      const d = p.getAttribute('d')!;
      expect(d).toMatch(/Z$/);
      const nums = [...d.matchAll(/-?[\d.]+/g)].map(Number);
      for (const v of nums) {
        expect(v).toBeGreaterThanOrEqual(-1e-9);
        expect(v).toBeLessThanOrEqual(100 + 1e-9);
      }
    }
    expect(paths[0].getAttribute('fill')).toBe('rgba(0, 114, 178, 0.14)');
  });

  it('Voronoi: cells are nearest-site regions in data units, not in screen pixels', () => {
    // x is stretched twice as much as y on screen, so the two notions of "nearest" disagree
    const wide: Frame = { ...frame, xScale: scaleLinear().domain([0, 10]).range([0, 200]), width: 200 };
    const { container } = render(Voronoi, { frame: wide, sites: [[0, 0], [10, 10]] });
    const d = container.querySelector('.voronoi path')!.getAttribute('d')!;
    const poly = d.slice(1, -1).split('L').map((p) => p.split(',').map(Number) as [number, number]);
    // (6, 3.5) is 6.95 from site 0 and 7.63 from site 1 in data units; on screen (120, 65) is nearer site 1's (200, 0)
    expect(polygonContains(poly, [wide.xScale(6), wide.yScale(3.5)])).toBe(true);
    expect(polygonContains(poly, [wide.xScale(6), wide.yScale(4.5)])).toBe(false); // 7.64 vs 6.96: site 1's
  });

  it('Voronoi: a fill function and an edge colour replace the translucent class colours', () => {
    const { container } = render(Voronoi, { frame, sites: [[2, 2], [8, 8]], fill: (k: number) => (k ? 'red' : 'blue'), stroke: '#fff', strokeWidth: 1.5, strokeOpacity: 1 });
    const paths = [...container.querySelectorAll('.voronoi path')];
    expect(paths.map((p) => [p.getAttribute('fill'), p.getAttribute('stroke')])).toEqual([['blue', '#fff'], ['red', '#fff']]);
    const g = container.querySelector('g.voronoi')!;
    expect([g.getAttribute('stroke-width'), g.getAttribute('stroke-opacity')]).toEqual(['1.5', '1']);
  });

  it('Voronoi: no sites, no cells', () => {
    const { container } = render(Voronoi, { frame, sites: [] });
    expect(container.querySelectorAll('.voronoi path').length).toBe(0);
  });

  it('Centroids: a cross per centre at its pixel position, plus trails', () => {
    const { container } = render(Centroids, { frame, centres: [[5, 5], [1, 9]], trails: [[[4, 4], [5, 5]], [[1, 9]]] });
    const gs = [...container.querySelectorAll('[data-centre]')];
    const xy = gs.map((g) => /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(g.getAttribute('transform')!)!.slice(1).map(Number));
    expect(xy[0][0]).toBeCloseTo(50, 9);
    expect(xy[0][1]).toBeCloseTo(50, 9);
    expect(xy[1][0]).toBeCloseTo(10, 9);
    expect(xy[1][1]).toBeCloseTo(10, 9);
    expect(container.querySelectorAll('path.trail').length).toBe(2);
    expect(container.querySelector('path.trail')!.getAttribute('d')).toBe('M40,60L50,50');
    // not draggable: no handle semantics
    expect(gs[0].getAttribute('role')).toBeNull();
    expect(gs[0].getAttribute('tabindex')).toBeNull();
  });

  it('Centroids with ondrag: each centre is a handle moved by the pointer and the arrow keys', async () => {
    // client px = plot px here, so a pointer at (70, 20) is the data point (7, 8)
    const dragFrame: Frame = { ...frame, pointer: (ev) => [frame.xScale.invert(ev.clientX), frame.yScale.invert(ev.clientY)] };
    const ondragstart = vi.fn();
    const ondrag = vi.fn();
    const ondragend = vi.fn();
    const { getByTestId } = render(Centroids, { frame: dragFrame, centres: [[5, 5], [1, 9]], ondragstart, ondrag, ondragend });
    const c1 = getByTestId('centre-1');
    expect(c1.getAttribute('role')).toBe('slider');
    expect(c1.getAttribute('aria-label')).toBe('centre 2 (drag, or arrow keys)');
    await fireEvent.pointerDown(c1, { clientX: 10, clientY: 10, pointerId: 1, button: 0 });
    await fireEvent.pointerMove(c1, { clientX: 70, clientY: 20, pointerId: 1 });
    await fireEvent.pointerUp(c1, { pointerId: 1 });
    expect(ondragstart).toHaveBeenCalledWith(1);
    expect(ondrag).toHaveBeenLastCalledWith(1, 7, 8);
    expect(ondragend).toHaveBeenCalledTimes(1);
    // keys step 1 % of each domain ([0, 10]) from the centre's current position
    await fireEvent.keyDown(getByTestId('centre-0'), { key: 'ArrowRight' });
    expect(ondrag).toHaveBeenLastCalledWith(0, 5.1, 5);
    expect(ondragend).toHaveBeenLastCalledWith(0);
  });

  it('Segments: drops segments with non-finite ends', () => {
    const { container } = render(Segments, { frame, segments: [{ from: [0, 0], to: [10, 10] }, { from: [0, NaN], to: [1, 1] }] });
    const lines = [...container.querySelectorAll('line')];
    expect(lines.length).toBe(1);
    expect([lines[0].getAttribute('x1'), lines[0].getAttribute('y1'), lines[0].getAttribute('x2'), lines[0].getAttribute('y2')]).toEqual(['0', '100', '100', '0']);
  });

  it('Arrows: shaft + head + label; zero-length arrows are skipped', () => {
    const { container } = render(Arrows, { frame, arrows: [{ from: [0, 0], to: [10, 0], label: 'PC1' }, { from: [3, 3], to: [3, 3] }] });
    expect(container.querySelectorAll('line').length).toBe(1);
    const line = container.querySelector('line')!;
    expect(Number(line.getAttribute('x2'))).toBeCloseTo(91, 6); // stops at the head's base (9 px)
    expect(container.querySelector('path')!.getAttribute('d')).toMatch(/^M100,100L91,/);
    expect(container.textContent).toContain('PC1');
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('Arrows without heads: full-length lines (an axis), labels offset from the tip in one colour, no halo', () => {
    const { container } = render(Arrows, {
      frame,
      arrows: [{ from: [0, 5], to: [10, 5], color: 'red', label: 'PC1' }],
      head: false,
      width: 3,
      labelColor: 'black',
      halo: false,
      labelOffset: [4, -4],
    });
    const line = container.querySelector('line')!;
    expect(['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)))).toEqual([0, 50, 100, 50]);
    expect(line.getAttribute('stroke-width')).toBe('3');
    expect(container.querySelector('path')).toBeNull();
    const texts = [...container.querySelectorAll('text')];
    expect(texts.length).toBe(1);
    expect([texts[0].getAttribute('x'), texts[0].getAttribute('y'), texts[0].getAttribute('fill')]).toEqual(['104', '46', 'black']);
  });

  it('Segments and Dots: a named group, per-segment colours, dots at their pixel positions', () => {
    const seg = render(Segments, { frame, class: 'neighbours', segments: [{ from: [1, 1], to: [2, 2], color: 'red' }, { from: [1, 1], to: [3, 1] }], color: 'blue' });
    expect([...seg.container.querySelectorAll('g.neighbours line')].map((l) => l.getAttribute('stroke'))).toEqual(['red', 'blue']);
    const dots = render(Dots, { frame, class: 'probe', points: [[5, 5], [NaN, 1], [1, 2]], r: 5, fill: 'green', stroke: '#fff', strokeWidth: 2 });
    const g = dots.container.querySelector('g.probe')!;
    expect([g.getAttribute('fill'), g.getAttribute('stroke'), g.getAttribute('stroke-width')]).toEqual(['green', '#fff', '2']);
    expect([...g.querySelectorAll('circle')].map((c) => [c.getAttribute('cx'), c.getAttribute('cy'), c.getAttribute('r')])).toEqual([
      ['50', '50', '5'],
      ['10', '80', '5'],
    ]);
  });
});
