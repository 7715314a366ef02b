import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DigitImage from '../../src/charts/DigitImage.svelte';

/** A 2D context that records what was put on the canvas (happy-dom draws nothing). */
function fakeContext() {
  const put: { data: Uint8ClampedArray; width: number; height: number }[] = [];
  const ctx = {
    createImageData: (w: number, h: number) => ({ data: new Uint8ClampedArray(4 * w * h), width: w, height: h }),
    putImageData: (img: { data: Uint8ClampedArray; width: number; height: number }) => put.push(img),
  };
  // getContext is overloaded by context type; the mock only serves '2d'.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ctx) as unknown as HTMLCanvasElement['getContext']);
  return put;
}
afterEach(() => vi.restoreAllMocks());

describe('DigitImage', () => {
  it('is a canvas at the image’s own resolution, scaled by CSS to the size, keeping the aspect ratio', () => {
    fakeContext();
    const { container } = render(DigitImage, { data: new Float32Array(4 * 6), rows: 4, cols: 6, size: 60, label: 'a feature map' });
    const canvas = container.querySelector('canvas')!;
    expect([canvas.getAttribute('width'), canvas.getAttribute('height')]).toEqual(['6', '4']);
    expect([canvas.style.width, canvas.style.height]).toEqual(['60px', '40px']);
    expect(canvas.getAttribute('aria-label')).toBe('a feature map');
  });

  it('puts the pixels on the canvas: an 8×8 UCI digit (0..16) in black ink', () => {
    const put = fakeContext();
    const pixels = new Array(64).fill(0);
    pixels[0] = 16;
    pixels[9] = 8;
    render(DigitImage, { data: pixels, rows: 8, cols: 8, max: 16, darkest: 0, size: 32 });
    expect(put).toHaveLength(1);
    const { data, width, height } = put[0];
    expect([width, height]).toEqual([8, 8]);
    expect(Array.from(data.subarray(0, 4))).toEqual([0, 0, 0, 255]); // 16 → black
    expect(Array.from(data.subarray(36, 40))).toEqual([128, 128, 128, 255]); // 8 → mid grey (127.5 rounded)
    expect(Array.from(data.subarray(4, 8))).toEqual([255, 255, 255, 255]); // 0 → white
  });

  it('redraws when the image changes, and draws nothing from too few values (no crash)', async () => {
    const put = fakeContext();
    const view = render(DigitImage, { data: [0, 1, 1, 0], rows: 2, cols: 2, mode: 'heat' as const });
    expect(put).toHaveLength(1);
    await view.rerender({ data: [1, 0, 0, 1], rows: 2, cols: 2, mode: 'heat' as const });
    expect(put).toHaveLength(2);
    expect(put[1].data[0]).toBe(20); // the new top-left is the darkest
    await view.rerender({ data: [1], rows: 2, cols: 2, mode: 'heat' as const });
    expect(put).toHaveLength(2);
  });
});
