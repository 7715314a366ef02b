import { describe, expect, it } from 'vitest';
import { imageRGBA } from '../../src/charts/digit-image';

/** [r, g, b, a] of pixel k. */
const px = (a: Uint8ClampedArray, k: number) => Array.from(a.subarray(4 * k, 4 * k + 4));

describe('imageRGBA (DigitImage pixels)', () => {
  it("ink: 0 → white, max → the darkest grey, linear between, clipped outside", () => {
    // max 16, darkest 0 (the PCA digits): 255·(1 − v/16); v = 4 → 191.25 → 191, v = 8 → 127.5 → 128
    const a = imageRGBA([0, 4, 8, 16, 20, -3], 2, 3, { max: 16, darkest: 0 });
    expect([0, 1, 2, 3, 4, 5].map((k) => px(a, k)[0])).toEqual([255, 191, 128, 0, 0, 255]);
    expect(px(a, 1)).toEqual([191, 191, 191, 255]);
    // default: max 1, darkest 20 (the CNN's digits): 255 − 235·v; v = 0.5 → 137.5 → 138
    const b = imageRGBA([0, 0.5, 1], 1, 3);
    expect([0, 1, 2].map((k) => px(b, k)[0])).toEqual([255, 138, 20]);
  });

  it('diverging: scaled by the largest |value|; negative towards magenta #C51B7D, positive towards green #4D9221 (not the class colours)', () => {
    const a = imageRGBA([-2, 0, 1, 2], 2, 2, { mode: 'diverging' });
    expect(px(a, 0)).toEqual([197, 27, 125, 255]);
    expect(px(a, 1)).toEqual([255, 255, 255, 255]);
    // half way to green: 255 + (77 − 255)/2 = 166, 255 + (146 − 255)/2 = 200.5 → 201, 255 + (33 − 255)/2 = 144
    expect(px(a, 2)).toEqual([166, 201, 144, 255]);
    expect(px(a, 3)).toEqual([77, 146, 33, 255]);
  });

  it("heat: the image's own min..max → white..darkest; a flat image is white", () => {
    const a = imageRGBA([10, 12, 14], 1, 3, { mode: 'heat' });
    expect([0, 1, 2].map((k) => px(a, k)[0])).toEqual([255, 138, 20]);
    expect(px(imageRGBA([5, 5], 1, 2, { mode: 'heat' }), 1)[0]).toBe(255);
  });

  it('non-finite values are the "no value" grey and do not disturb the scale of the others', () => {
    const a = imageRGBA([NaN, 1, Infinity, -1], 2, 2, { mode: 'diverging' });
    expect(px(a, 0)).toEqual([209, 213, 219, 255]);
    expect(px(a, 2)).toEqual([209, 213, 219, 255]);
    expect(px(a, 1)).toEqual([77, 146, 33, 255]); // 1 is still the largest |value|
    const h = imageRGBA([0, NaN, 2], 1, 3, { mode: 'heat' });
    expect([px(h, 0)[0], px(h, 2)[0]]).toEqual([255, 20]);
  });

  it('reads only rows × cols values, row-major', () => {
    const a = imageRGBA([1, 0, 0, 1, 99], 2, 2);
    expect(a.length).toBe(16);
    expect([0, 1, 2, 3].map((k) => px(a, k)[0])).toEqual([20, 255, 255, 20]);
  });
});
