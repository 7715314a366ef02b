import { render } from '@testing-library/svelte';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import Arrows from '../../src/charts/marks/Arrows.svelte';
import Centroids from '../../src/charts/marks/Centroids.svelte';
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

  it('Voronoi: no sites, no cells', () => {
    const { container } = render(Voronoi, { frame, sites: [] });
    expect(container.querySelectorAll('.voronoi path').length).toBe(0);
  });

  it('Centroids: a cross per centre at its pixel position, plus trails', () => {
    const { container } = render(Centroids, { frame, centres: [[5, 5], [1, 9]], trails: [[[4, 4], [5, 5]], [[1, 9]]] });
    const gs = [...container.querySelectorAll('[data-centre]')];
    expect(gs.map((g) => g.getAttribute('transform'))).toEqual(['translate(50.0,50.0)', 'translate(10.0,10.0)']);
    expect(container.querySelectorAll('path.trail').length).toBe(2);
    expect(container.querySelector('path.trail')!.getAttribute('d')).toBe('M40.0,60.0L50.0,50.0');
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
});
