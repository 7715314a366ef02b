import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ConfusionMatrix from '../../src/charts/ConfusionMatrix.svelte';
import ScoreHistogram from '../../src/charts/ScoreHistogram.svelte';

// One meaning per encoding (issue 15): the matrix marks errors by hatching and ✗ rather than a class colour, and
// pointing at a cell shows, in the score histogram, the samples that cell counts.
describe('confusion matrix encodings and hover', () => {
  it('marks the diagonal correct and the rest errors, and reports the hovered cell', () => {
    const onhover = vi.fn();
    const { container } = render(ConfusionMatrix, { matrix: [[5, 1, 0], [2, 7, 1], [0, 0, 4]], labels: ['a', 'b', 'c'], onhover });
    const cell = (i: number, j: number) => container.querySelector(`td[data-cell="${i}-${j}"]`)!;
    expect(cell(1, 1).classList.contains('error')).toBe(false);
    expect(cell(1, 0).classList.contains('error')).toBe(true);
    expect(cell(1, 1).textContent).toContain('correct');
    expect(cell(0, 2).textContent).toContain('error');
    // the shade follows the rate: 7 of 10 is deeper than 1 of 10, in the same neutral ink
    const alpha = (el: Element) => Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec((el as HTMLElement).style.backgroundColor)?.[1] ?? 1);
    expect(alpha(cell(1, 1))).toBeCloseTo(0.06 + 0.5 * 0.7, 6);
    expect(alpha(cell(1, 2))).toBeCloseTo(0.06 + 0.5 * 0.1, 6);
    fireEvent.pointerEnter(cell(2, 1));
    expect(onhover).toHaveBeenLastCalledWith([2, 1]);
    fireEvent.pointerLeave(cell(2, 1));
    expect(onhover).toHaveBeenLastCalledWith(null);
  });

  it('ticks exactly the samples of the hovered cell in the histogram', () => {
    const yTrue = [0, 0, 0, 0, 1, 1, 1, 1, 1];
    const yScore = [0.1, 0.2, 0.55, 0.7, 0.3, 0.5, 0.6, 0.9, 0.95];
    const count = (truth: 0 | 1, predicted: 0 | 1) => {
      const { container, unmount } = render(ScoreHistogram, { yTrue, yScore, threshold: 0.5, highlight: { truth, predicted } });
      const n = container.querySelectorAll('[data-testid="hist-picked"] line').length;
      unmount();
      return n;
    };
    // score ≥ 0.5 is positive: TN {0.1, 0.2}, FP {0.55, 0.7}, FN {0.3}, TP {0.5, 0.6, 0.9, 0.95}
    expect([count(0, 0), count(0, 1), count(1, 0), count(1, 1)]).toEqual([2, 2, 1, 4]);
    const { container } = render(ScoreHistogram, { yTrue, yScore, threshold: 0.5 });
    expect(container.querySelector('[data-testid="hist-picked"]')).toBeNull();
  });
});
