import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import BarChart from '../../src/charts/BarChart.svelte';
import BoundaryMap from '../../src/charts/BoundaryMap.svelte';
import LineChart from '../../src/charts/LineChart.svelte';
import Scatter from '../../src/charts/Scatter.svelte';
import { fillGrid } from '../../src/charts/boundary';
import OverlayHarness from './charts-harness/OverlayHarness.svelte';

/** Plot-area origin (left, top margins) read from the translate() of the marks group. */
function origin(container: HTMLElement): [number, number] {
  const g = container.querySelector('svg > g')!;
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '')!;
  return [Number(m[1]), Number(m[2])];
}
const tickTexts = (container: HTMLElement, orient: 'bottom' | 'left') =>
  [...container.querySelectorAll(`.axis-${orient} .tick text`)].map((t) => t.textContent);

describe('Scatter', () => {
  const points = [
    { x: 1, y: 2, c: 0 },
    { x: 3, y: 4, c: 1 },
    { x: 5, y: 1, c: 1, test: true },
    { x: NaN, y: 1, c: 0 }, // not drawn
  ];

  it('draws one circle per finite point, test points hollow, with ticked axes', () => {
    const { container } = render(Scatter, { points, xDomain: [0, 6], yDomain: [0, 5], width: 300, height: 300, xLabel: 'x₁', yLabel: 'x₂' });
    const circles = container.querySelectorAll('circle.pt');
    expect(circles.length).toBe(3);
    expect(container.querySelectorAll('circle.pt.test').length).toBe(1);
    expect(container.querySelector('circle.pt.test')!.getAttribute('fill')).toContain('--chart-bg');
    expect(circles[0].getAttribute('fill')).toBe('#0072B2');
    expect(circles[1].getAttribute('fill')).toBe('#E69F00');
    const xt = tickTexts(container, 'bottom');
    expect(xt[0]).toBe('0');
    expect(xt.at(-1)).toBe('6');
    expect(xt.length).toBeGreaterThanOrEqual(3);
    expect(tickTexts(container, 'left').length).toBeGreaterThanOrEqual(3);
    expect(container.textContent).toContain('x₁ →');
    expect(container.textContent).toContain('↑ x₂');
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('places points with the scales: x grows right, y grows up', () => {
    const { container } = render(Scatter, { points: [{ x: 0, y: 0 }, { x: 10, y: 10 }], xDomain: [0, 10], yDomain: [0, 10], width: 300, height: 300 });
    const [a, b] = [...container.querySelectorAll('circle.pt')].map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    expect(a[0]).toBe(0);
    expect(b[0]).toBeGreaterThan(200);
    expect(a[1]).toBeGreaterThan(b[1]);
    expect(b[1]).toBe(0);
  });

  it('fits a domain from the points when none is given, and survives no points', () => {
    const { container } = render(Scatter, { points: [], width: 300 });
    expect(container.querySelectorAll('.axis-bottom .tick').length).toBeGreaterThan(1);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('reports plot clicks in data coordinates and point clicks by index', async () => {
    const onplotclick = vi.fn();
    const onpointclick = vi.fn();
    const { container } = render(Scatter, { points, xDomain: [0, 10], yDomain: [0, 10], width: 300, height: 300, onplotclick, onpointclick });
    const [left, top] = origin(container);
    const hit = container.querySelector('rect.plot-hit')!;
    const w = Number(hit.getAttribute('width'));
    const h = Number(hit.getAttribute('height'));
    await fireEvent.click(hit, { clientX: left + w * 0.25, clientY: top + h * 0.25 });
    expect(onplotclick).toHaveBeenCalledTimes(1);
    const [x, y] = onplotclick.mock.calls[0];
    expect(x).toBeCloseTo(2.5, 6);
    expect(y).toBeCloseTo(7.5, 6);
    await fireEvent.click(container.querySelectorAll('circle.pt')[1]);
    expect(onpointclick).toHaveBeenCalledTimes(1);
    expect(onpointclick.mock.calls[0][0]).toBe(1);
    expect(onpointclick.mock.calls[0][1]).toEqual(points[1]);
    expect(onplotclick).toHaveBeenCalledTimes(1); // a point click is not a plot click
  });

  it('drags a point: reports its new data coordinates', async () => {
    const onpointdrag = vi.fn();
    const { container } = render(Scatter, { points, xDomain: [0, 10], yDomain: [0, 10], width: 300, height: 300, onpointdrag });
    const [left, top] = origin(container);
    const hit = container.querySelector('rect.plot-hit')!;
    const w = Number(hit.getAttribute('width'));
    const h = Number(hit.getAttribute('height'));
    const circle = container.querySelectorAll('circle.pt')[0];
    await fireEvent.pointerDown(circle, { clientX: 0, clientY: 0, pointerId: 1 });
    await fireEvent.pointerMove(circle, { clientX: left + w / 2, clientY: top + h / 2, pointerId: 1 });
    await fireEvent.pointerUp(circle, { pointerId: 1 });
    expect(onpointdrag).toHaveBeenCalled();
    const [i, x, y] = onpointdrag.mock.calls.at(-1)!;
    expect(i).toBe(0);
    expect(x).toBeCloseTo(5, 6);
    expect(y).toBeCloseTo(5, 6);
  });

  it('renders the overlay snippet with the chart scales and inner size', () => {
    const { container } = render(OverlayHarness, { points: [{ x: 5, y: 5 }], mark: [5, 5] });
    const mark = container.querySelector('circle.overlay-mark')!;
    const pt = container.querySelector('circle.pt')!;
    expect(mark.getAttribute('cx')).toBe(pt.getAttribute('cx'));
    expect(mark.getAttribute('cy')).toBe(pt.getAttribute('cy'));
    expect(Number(mark.getAttribute('data-w'))).toBeGreaterThan(200);
    expect(Number(mark.getAttribute('data-h'))).toBeGreaterThan(200);
  });

  it('shows a class legend with train/test marks when classNames are given', () => {
    const { container } = render(Scatter, { points, classNames: ['setosa', 'versicolor'], width: 300 });
    const legend = container.querySelector('.legend')!;
    expect(legend.textContent).toContain('setosa');
    expect(legend.textContent).toContain('versicolor');
    expect(legend.textContent).toContain('test');
  });

  it('keeps 2,000 points as 2,000 circles', { timeout: 30000 }, () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ x: Math.sin(i), y: Math.cos(i * 1.3), c: i % 5 }));
    const { container } = render(Scatter, { points: many, width: 400 });
    expect(container.querySelectorAll('circle.pt').length).toBe(2000);
  });
});

describe('BoundaryMap', () => {
  const xDomain: [number, number] = [-1, 1];
  const yDomain: [number, number] = [-1, 1];

  it('binary mode: a grid-resolution canvas under the points and a 0.5 contour path', () => {
    const grid = fillGrid(100, 100, xDomain, yDomain, (x, y) => 1 / (1 + Math.exp(-4 * (x - y))));
    const { container } = render(BoundaryMap, { grid, xDomain, yDomain, points: [{ x: 0.5, y: 0, c: 1 }], width: 320 });
    const canvas = container.querySelector('canvas')!;
    expect(canvas.getAttribute('width')).toBe('100');
    expect(canvas.getAttribute('height')).toBe('100');
    const path = container.querySelector('path.contour')!;
    expect(path).not.toBeNull();
    const d = path.getAttribute('d')!;
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN/);
    expect(container.querySelectorAll('circle.pt').length).toBe(1);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('no contour when the map has one side only; contour can be turned off', () => {
    const flat = { nx: 10, ny: 10, values: new Float32Array(100).fill(0.9) };
    const a = render(BoundaryMap, { grid: flat, xDomain, yDomain, width: 300 });
    expect(a.container.querySelector('path.contour')).toBeNull();
    const grid = fillGrid(20, 20, xDomain, yDomain, (x) => (x + 1) / 2);
    const b = render(BoundaryMap, { grid, xDomain, yDomain, width: 300, contour: false });
    expect(b.container.querySelector('path.contour')).toBeNull();
  });

  it('multiclass mode draws class borders', () => {
    const classes = new Int32Array(400).map((_, k) => (k % 20 < 7 ? 0 : k % 20 < 14 ? 1 : 2));
    const confidence = new Float32Array(400).fill(0.8);
    const { container } = render(BoundaryMap, { grid: { nx: 20, ny: 20, classes, confidence }, xDomain, yDomain, width: 300 });
    expect(container.querySelector('path.contour.multiclass')).not.toBeNull();
  });

  it('a malformed grid draws nothing instead of throwing', () => {
    const { container } = render(BoundaryMap, { grid: { nx: 10, ny: 10, values: new Float32Array(5) }, xDomain, yDomain, width: 300 });
    expect(container.querySelector('canvas')!.getAttribute('data-problem')).toMatch(/expected 100/);
    expect(container.querySelector('path.contour')).toBeNull();
  });

  it('reports clicks in data coordinates', async () => {
    const onplotclick = vi.fn();
    const grid = fillGrid(10, 10, xDomain, yDomain, () => 0.3);
    const { container } = render(BoundaryMap, { grid, xDomain, yDomain, width: 300, height: 300, onplotclick });
    const [left, top] = origin(container);
    const hit = container.querySelector('rect.plot-hit')!;
    const w = Number(hit.getAttribute('width'));
    await fireEvent.click(hit, { clientX: left + w, clientY: top });
    expect(onplotclick.mock.calls[0][0]).toBeCloseTo(1, 6);
    expect(onplotclick.mock.calls[0][1]).toBeCloseTo(1, 6);
  });
});

describe('LineChart', () => {
  it('one path per series, a legend, and no NaN from gaps', () => {
    const { container } = render(LineChart, {
      series: [
        { name: 'train', y: [1, 0.5, NaN, 0.25, 0.2] },
        { name: 'test', y: [1.1, 0.7, 0.6, Infinity, 0.5], dashed: true },
      ],
      xLabel: 'epoch',
      width: 400,
    });
    const paths = container.querySelectorAll('path.line');
    expect(paths.length).toBe(2);
    const d0 = paths[0].getAttribute('d')!;
    expect(d0.match(/M/g)!.length).toBe(2); // the NaN breaks the line in two
    expect(paths[1].getAttribute('stroke-dasharray')).toBeTruthy();
    expect(container.querySelector('.legend')!.textContent).toContain('train');
    expect(container.querySelector('.legend')!.textContent).toContain('test');
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
  });

  it('log scale skips values ≤ 0 and non-finite, with plain-number ticks', () => {
    const { container } = render(LineChart, {
      series: [{ name: 'loss', y: [2, 0, -1, 0.5, NaN, 0.05, 0.01] }],
      yScale: 'log',
      width: 400,
    });
    const d = container.querySelector('path.line')!.getAttribute('d')!;
    expect(d).not.toMatch(/NaN|Infinity/);
    expect(d.match(/M/g)!.length).toBe(3); // [2] | [0.5] | [0.05, 0.01]
    const ticks = tickTexts(container, 'left');
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t).toMatch(/^[\d.]+$/); // "0.1", not d3's SI "100m"
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('all values invalid on log: an empty chart with valid axes', () => {
    const { container } = render(LineChart, { series: [{ name: 'loss', y: [0, -1, NaN] }], yScale: 'log', width: 400 });
    expect(container.querySelector('path.line')!.getAttribute('d')).toBe('');
    expect(container.textContent).toContain('no data yet');
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('draws a labelled vertical marker and honours explicit x values', () => {
    const { container } = render(LineChart, {
      series: [{ name: 'acc', x: [10, 20, 30], y: [0.5, 0.7, 0.9] }],
      marker: { x: 20, label: 'best' },
      width: 400,
    });
    const marker = container.querySelector('g.marker')!;
    expect(marker.textContent).toBe('best');
    const mx = Number(/translate\(([\d.]+)/.exec(marker.getAttribute('transform')!)![1]);
    const hit = container.querySelector('rect.plot-hit')!;
    expect(mx).toBeCloseTo(Number(hit.getAttribute('width')) / 2, 6);
  });

  it('a single point opens the x axis to the right (first epoch), no NaN', () => {
    const { container } = render(LineChart, { series: [{ name: 'loss', y: [0.69] }], width: 400 });
    const ticks = tickTexts(container, 'bottom');
    expect(ticks).toEqual(['0', '1']); // whole-number x: no 0.2, 0.4… ticks
    expect(container.querySelectorAll('circle.last').length).toBe(1);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('integer x gets integer ticks only; fractional x keeps fractional ticks', () => {
    const a = render(LineChart, { series: [{ name: 'inertia', y: [700, 480, 390, 370] }], width: 500 });
    const ta = tickTexts(a.container, 'bottom');
    expect(ta.length).toBeGreaterThanOrEqual(2);
    for (const t of ta) expect(t).toMatch(/^\d+$/);
    const b = render(LineChart, { series: [{ name: 'loss', x: [0, 0.25, 0.5, 0.75, 1], y: [1, 0.8, 0.6, 0.5, 0.45] }], width: 500 });
    expect(tickTexts(b.container, 'bottom').some((t) => t!.includes('.'))).toBe(true);
  });

  it('updates when the data grows', async () => {
    const r = render(LineChart, { series: [{ name: 'loss', y: [1, 0.8] }], width: 400 });
    const before = r.container.querySelector('path.line')!.getAttribute('d')!;
    await r.rerender({ series: [{ name: 'loss', y: [1, 0.8, 0.7, 0.65] }] });
    const after = r.container.querySelector('path.line')!.getAttribute('d')!;
    expect(after.match(/L/g)!.length).toBe(3);
    expect(after).not.toBe(before);
  });
});

describe('BarChart', () => {
  const bars = [
    { label: 'x1', value: 1.5 },
    { label: 'x2', value: -2 },
    { label: 'x1²', value: 0 },
    { label: 'x2²', value: NaN },
  ];

  it('signed bars around zero; zero weights marked; non-finite shows a dash', () => {
    const { container } = render(BarChart, { bars, width: 400 });
    expect(container.querySelectorAll('g.bar rect').length).toBe(2);
    const zeroBar = container.querySelector('g.bar[data-label="x1²"]')!;
    expect(zeroBar.hasAttribute('data-zero')).toBe(true);
    expect(zeroBar.querySelector('path.zero-mark')).not.toBeNull();
    expect(zeroBar.querySelector('text')!.textContent!.trim()).toBe('0');
    expect(container.querySelector('g.bar[data-label="x2²"] text')!.textContent!.trim()).toBe('—');
    expect(container.querySelector('line.zero')).not.toBeNull();
    expect(tickTexts(container, 'left')).toEqual(['x1', 'x2', 'x1²', 'x2²']);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });

  it('positive bars extend right of zero, negative left, in one neutral ink (the side is the sign; colours mean classes)', () => {
    const { container } = render(BarChart, { bars, width: 400 });
    const z = Number(container.querySelector('line.zero')!.getAttribute('x1'));
    const [pos, neg] = [...container.querySelectorAll('g.bar rect')];
    expect(Number(pos.getAttribute('x'))).toBeCloseTo(z, 6);
    expect(Number(neg.getAttribute('x')) + Number(neg.getAttribute('width'))).toBeCloseTo(z, 6);
    expect(pos.getAttribute('fill')).toBe('#475569');
    expect(neg.getAttribute('fill')).toBe('#475569');
    // |−2| draws longer than |1.5|
    expect(Number(neg.getAttribute('width'))).toBeGreaterThan(Number(pos.getAttribute('width')));
  });

  it('symmetric domain centres the zero line', () => {
    const { container } = render(BarChart, { bars: [{ label: 'a', value: 3 }, { label: 'b', value: -0.5 }], symmetric: true, width: 400 });
    const z = Number(container.querySelector('line.zero')!.getAttribute('x1'));
    const w = Number(container.querySelector('rect.plot-hit')!.getAttribute('width'));
    expect(z).toBeCloseTo(w / 2, 6);
    const ticks = tickTexts(container, 'bottom');
    expect(ticks[0]).toBe(`−${ticks.at(-1)}`);
  });

  it('vertical orientation puts labels on the x axis', () => {
    const { container } = render(BarChart, { bars, orientation: 'vertical', width: 400 });
    expect(tickTexts(container, 'bottom')).toEqual(['x1', 'x2', 'x1²', 'x2²']);
    expect(container.querySelectorAll('g.bar rect').length).toBe(2);
  });

  it('a tiny non-zero value still gets a visible bar; values use a true minus sign', () => {
    const { container } = render(BarChart, { bars: [{ label: 'big', value: -1000 }, { label: 'tiny', value: 1e-6 }], width: 400 });
    const tiny = container.querySelector('g.bar[data-label="tiny"] rect')!;
    expect(Number(tiny.getAttribute('width'))).toBeGreaterThanOrEqual(1.5);
    expect(container.querySelector('g.bar[data-label="tiny"]')!.hasAttribute('data-zero')).toBe(false);
    expect(container.querySelector('g.bar[data-label="big"] text')!.textContent!.trim()).toBe('−1000');
  });

  it('empty bars render an empty chart', () => {
    const { container } = render(BarChart, { bars: [], width: 400 });
    expect(container.querySelectorAll('g.bar').length).toBe(0);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });
});
