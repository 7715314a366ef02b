import { describe, expect, it } from 'vitest';
import {
  classBorderPath,
  classesToRGBA,
  contourPath,
  contourRings,
  fillGrid,
  gridCenters,
  gridProblem,
  gridToRGBA,
  probaToRGBA,
} from '../../src/charts/boundary';
import { NAN_RGBA, PROBA_LUT, makeClassLUT, categorical, CLASS_LEVELS } from '../../src/charts/palette';

const px = (a: Uint8ClampedArray, k: number) => Array.from(a.subarray(k * 4, k * 4 + 4));

describe('grid geometry (cell-centre convention)', () => {
  it('cell (i, j) centre: x = x0 + (i + 0.5)·dx, y = y1 − (j + 0.5)·dy, row 0 at the top', () => {
    const { xs, ys } = gridCenters(4, 2, [0, 8], [-1, 1]);
    expect(Array.from(xs)).toEqual([1, 3, 5, 7]);
    expect(Array.from(ys)).toEqual([0.5, -0.5]);
  });
  it('fillGrid evaluates row-major from the top row', () => {
    const g = fillGrid(3, 2, [0, 3], [0, 2], (x, y) => 10 * y + x);
    expect(Array.from(g.values)).toEqual([15.5, 16.5, 17.5, 5.5, 6.5, 7.5]);
    expect(g.nx).toBe(3);
    expect(g.ny).toBe(2);
  });
  it('rejects bad sizes and reports mismatched arrays', () => {
    expect(() => gridCenters(0, 3, [0, 1], [0, 1])).toThrow(/positive integers/);
    expect(() => gridCenters(2.5, 3, [0, 1], [0, 1])).toThrow();
    expect(gridProblem({ nx: 2, ny: 2, values: [0, 1, 0] })).toMatch(/3 cells, expected 4/);
    expect(gridProblem({ nx: 2, ny: 2, classes: [0, 1, 0, 1], confidence: [1] })).toMatch(/confidence/);
    expect(gridProblem({ nx: 2, ny: 2, values: new Float32Array(4) })).toBeNull();
    expect(gridProblem(null)).toBe('no grid');
  });
});

describe('grid → RGBA', () => {
  it('maps probabilities through the diverging lookup table', () => {
    const rgba = probaToRGBA(new Float32Array([0, 0.5, 1, -3, 7]));
    expect(rgba.length).toBe(20);
    expect(px(rgba, 0)).toEqual(Array.from(PROBA_LUT.subarray(0, 4)));
    expect(px(rgba, 1)).toEqual(Array.from(PROBA_LUT.subarray(128 * 4, 128 * 4 + 4)));
    expect(px(rgba, 2)).toEqual(Array.from(PROBA_LUT.subarray(255 * 4, 256 * 4)));
    expect(px(rgba, 3)).toEqual(px(rgba, 0)); // clamped below 0
    expect(px(rgba, 4)).toEqual(px(rgba, 2)); // clamped above 1
    // class 0 side is bluish, class 1 side orange, middle near-white
    expect(rgba[2]).toBeGreaterThan(rgba[0]);
    expect(rgba[8]).toBeGreaterThan(rgba[10]);
    expect(Math.min(rgba[4], rgba[5], rgba[6])).toBeGreaterThan(235);
  });
  it('never colours a non-finite cell: NaN and ±Infinity are the opaque neutral grey', () => {
    const rgba = probaToRGBA([NaN, Infinity, -Infinity, 0.3]);
    for (const k of [0, 1, 2]) expect(px(rgba, k)).toEqual([...NAN_RGBA]);
    expect(px(rgba, 3)).not.toEqual([...NAN_RGBA]);
  });
  it('reuses an output buffer of the right size', () => {
    const out = new Uint8ClampedArray(8);
    expect(probaToRGBA([0.2, 0.8], out)).toBe(out);
    expect(probaToRGBA([0.2, 0.8, 0.5], out)).not.toBe(out);
  });
  it('multiclass: hue from the class, lightness from the confidence', () => {
    const lut = makeClassLUT(categorical);
    const rgba = classesToRGBA(new Int32Array([0, 1, 2, -1, 1, 13]), new Float32Array([1, 1, 1, 1, 0, 1]));
    const entry = (c: number, l: number) => Array.from(lut.subarray((c * CLASS_LEVELS + l) * 4, (c * CLASS_LEVELS + l) * 4 + 4));
    expect(px(rgba, 0)).toEqual(entry(0, CLASS_LEVELS - 1));
    expect(px(rgba, 1)).toEqual(entry(1, CLASS_LEVELS - 1));
    expect(px(rgba, 2)).toEqual(entry(2, CLASS_LEVELS - 1));
    expect(px(rgba, 3)).toEqual([...NAN_RGBA]); // class < 0 = undefined
    expect(px(rgba, 4)).toEqual(entry(1, 0));
    const sum = (a: number[]) => a[0] + a[1] + a[2];
    expect(sum(px(rgba, 4))).toBeGreaterThan(sum(px(rgba, 1))); // low confidence is lighter
    expect(px(rgba, 5)).toEqual(entry(13 % categorical.length, CLASS_LEVELS - 1)); // cycles
  });
  it('multiclass: NaN confidence and non-integer classes are grey; confidence defaults to 1', () => {
    const rgba = classesToRGBA([0, 1.5, NaN], [NaN, 1, 1]);
    for (const k of [0, 1, 2]) expect(px(rgba, k)).toEqual([...NAN_RGBA]);
    const full = classesToRGBA([2]);
    expect(px(full, 0)).toEqual(px(classesToRGBA([2], [1]), 0));
  });
  it('gridToRGBA dispatches on the grid kind', () => {
    expect(Array.from(gridToRGBA({ nx: 2, ny: 1, values: [0, 1] }))).toEqual(Array.from(probaToRGBA([0, 1])));
    expect(Array.from(gridToRGBA({ nx: 2, ny: 1, classes: [0, 1] }))).toEqual(Array.from(classesToRGBA([0, 1])));
  });
});

describe('decision contour', () => {
  it('finds the 0.5 level of a linear boundary at the right place (cell-centre sampling)', () => {
    // P = x on [0, 1] × [0, 1], 10 × 10 cells: the 0.5 line is the vertical x = 0.5 → grid x = 5.
    const g = fillGrid(10, 10, [0, 1], [0, 1], (x) => x);
    const rings = contourRings(g.values, 10, 10, 0.5);
    expect(rings.length).toBe(1);
    const inside = rings[0].filter(([gx, gy]) => gy > 0 && gy < 10 && gx > 0 && gx < 10);
    expect(inside.length).toBeGreaterThan(5);
    for (const [gx] of inside) expect(gx).toBeCloseTo(5, 9);
    // The drawn path: only the boundary (x = 200 px of 400), no border pieces.
    const d = contourPath(rings, 10, 10, 400, 400);
    expect(d.startsWith('M')).toBe(true);
    expect(d).not.toContain('NaN');
    const xs = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => Number(m[1]));
    for (const x of xs) expect(x).toBeCloseTo(200, 5);
  });
  it('a diagonal boundary stays straight up to the edges', () => {
    const g = fillGrid(50, 50, [-1, 1], [-1, 1], (x, y) => 1 / (1 + Math.exp(-(x + y))));
    const d = contourPath(contourRings(g.values, 50, 50, 0.5), 50, 50, 100, 100);
    const pts = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    // x + y = 0 in data ↔ px = py in pixels (px = (x + 1)·50, py = (1 − y)·50), corner to corner.
    expect(pts.length).toBeGreaterThan(20);
    for (const [x, y] of pts) expect(Math.abs(x - y)).toBeLessThan(0.2);
    const along = pts.map(([x]) => x);
    expect(Math.min(...along)).toBeLessThanOrEqual(1);
    expect(Math.max(...along)).toBeGreaterThanOrEqual(99);
  });
  it('no contour when everything is on one side, and a threshold moves the line', () => {
    expect(contourPath(contourRings(new Float32Array(16).fill(0.2), 4, 4), 4, 4, 40, 40)).toBe('');
    const g = fillGrid(10, 10, [0, 1], [0, 1], (x) => x);
    const d = contourPath(contourRings(g.values, 10, 10, 0.25), 10, 10, 100, 100);
    const xs = [...d.matchAll(/[ML](-?[\d.]+),/g)].map((m) => Number(m[1]));
    for (const x of xs) expect(x).toBeCloseTo(25, 5);
  });
  it('ignores NaN cells without producing NaN coordinates', () => {
    const g = fillGrid(20, 20, [0, 1], [0, 1], (x, y) => (x > 0.8 && y > 0.8 ? NaN : x));
    const d = contourPath(contourRings(g.values, 20, 20), 20, 20, 200, 200);
    expect(d.length).toBeGreaterThan(0);
    expect(d).not.toMatch(/NaN|Infinity/);
  });
  it('multiclass borders: a line between classes, running to the edges', () => {
    const classes = new Int32Array(100).map((_, k) => (k % 10 < 4 ? 0 : 1));
    const d = classBorderPath(classes, 10, 10, 100, 100);
    const pts = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts.length).toBeGreaterThan(0);
    for (const [x] of pts) expect(x).toBeCloseTo(40, 5); // between column 3 and column 4
    const ys = pts.map(([, y]) => y);
    expect(Math.min(...ys)).toBeLessThanOrEqual(0);
    expect(Math.max(...ys)).toBeGreaterThanOrEqual(100);
    expect(classBorderPath(new Int32Array(100), 10, 10, 100, 100)).toBe(''); // a single class has no border
  });
  it('multiclass borders: a three-class junction meets at a block centre, no NaN', () => {
    // left half class 0; right half split: top class 1, bottom class 2
    const classes = new Int32Array(16).map((_, k) => ((k % 4) < 2 ? 0 : k < 8 ? 1 : 2));
    const d = classBorderPath(classes, 4, 4, 40, 40);
    expect(d).not.toMatch(/NaN/);
    expect(d).toContain('L20,20'); // segments into the centre of the junction block
    expect(() => classBorderPath([0, 1], 2, 2, 10, 10)).toThrow(/2 classes/);
  });
  it('rejects mismatched sizes', () => {
    expect(() => contourRings([0, 1, 2], 2, 2)).toThrow(/3 values/);
  });
});
