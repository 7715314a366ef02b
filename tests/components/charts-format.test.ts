import { describe, expect, it } from 'vitest';
import { fmt, fmtInt, fmtPct, fmtSig } from '../../src/charts/format';
import { categorical, classColor, makeProbaLUT, probaColor, tint, withAlpha } from '../../src/charts/palette';
import { rgb } from 'd3';

describe('format', () => {
  it('never prints NaN: non-finite and missing values are a dash', () => {
    for (const f of [fmt, fmtSig, fmtPct, fmtInt]) {
      for (const v of [NaN, Infinity, -Infinity, null, undefined]) expect(f(v as number)).toBe('—');
    }
  });
  it('fmt uses fixed decimals and drops the sign of a rounded zero', () => {
    expect(fmt(0.693147, 3)).toBe('0.693');
    expect(fmt(0.5, 2)).toBe('0.50');
    expect(fmt(2)).toBe('2.000');
    expect(fmt(-0.0001, 3)).toBe('0.000');
    expect(fmt(-0, 1)).toBe('0.0');
    expect(fmt(-1.25, 1)).toBe('-1.3'); // toFixed rounding of the binary value -1.25 → "-1.3"
    expect(fmt(1234567, 2)).toBe('1.23e+6');
    expect(fmt(12.5, 0)).toBe('13');
  });
  it('fmtSig keeps significant digits at any magnitude without trailing zeros', () => {
    expect(fmtSig(0.000123)).toBe('0.000123');
    expect(fmtSig(12345)).toBe('12345');
    expect(fmtSig(1.2e-7)).toBe('1.2e-7');
    expect(fmtSig(0.42)).toBe('0.42');
    expect(fmtSig(3.14159, 3)).toBe('3.14');
    expect(fmtSig(-2.31)).toBe('-2.31');
    expect(fmtSig(0)).toBe('0');
    expect(fmtSig(2.5e9)).toBe('2.5e+9');
  });
  it('fmtPct and fmtInt', () => {
    expect(fmtPct(0.935)).toBe('93.5%');
    expect(fmtPct(1, 0)).toBe('100%');
    expect(fmtPct(-0.0001)).toBe('0.0%');
    expect(fmtInt(1234.4)).toBe('1,234');
    expect(fmtInt(-1234567.6)).toBe('-1,234,568');
    expect(fmtInt(999)).toBe('999');
  });
});

describe('palette', () => {
  it('has at least 10 distinct categorical colours; class 0 blue, class 1 orange', () => {
    expect(categorical.length).toBeGreaterThanOrEqual(10);
    expect(new Set(categorical.map((c) => c.toLowerCase())).size).toBe(categorical.length);
    expect(classColor(0)).toBe('#0072B2');
    expect(classColor(1)).toBe('#E69F00');
    expect(classColor(categorical.length)).toBe(categorical[0]); // cycles
    expect(classColor(-1)).toBe('#d1d5db'); // undefined class → grey
  });
  it('the diverging scale runs class 0 → near-white at 0.5 → class 1', () => {
    const mid = rgb(probaColor(0.5));
    expect(Math.min(mid.r, mid.g, mid.b)).toBeGreaterThan(235);
    const lo = rgb(probaColor(0));
    const hi = rgb(probaColor(1));
    expect(lo.b).toBeGreaterThan(lo.r); // bluish, like class 0
    expect(hi.r).toBeGreaterThan(hi.b); // orange, like class 1
    // Monotone: the further from 0.5, the further from white.
    const light = (p: number) => { const c = rgb(probaColor(p)); return c.r + c.g + c.b; };
    expect(light(0.1)).toBeLessThan(light(0.3));
    expect(light(0.9)).toBeLessThan(light(0.7));
    expect(probaColor(NaN)).toBe('#d1d5db');
    expect(probaColor(2)).toBe(probaColor(1)); // clamped
  });
  it('LUT entries match probaColor', () => {
    const lut = makeProbaLUT();
    for (const k of [0, 64, 128, 200, 255]) {
      const c = rgb(probaColor(k / 255));
      expect([lut[k * 4], lut[k * 4 + 1], lut[k * 4 + 2], lut[k * 4 + 3]]).toEqual([Math.round(c.r), Math.round(c.g), Math.round(c.b), 255]);
    }
  });
  it('translucent and tinted fills', () => {
    expect(withAlpha('#0072B2', 0.25)).toBe('rgba(0, 114, 178, 0.25)');
    expect(Math.abs(rgb(tint('#000000', 0.5)).r - 127.5)).toBeLessThanOrEqual(0.5);
    expect(rgb(tint('#0072B2', 1)).formatHex()).toBe('#ffffff');
  });
});
