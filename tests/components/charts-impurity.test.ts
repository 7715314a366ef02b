import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ImpurityCurves from '../../src/charts/ImpurityCurves.svelte';

// The chart's y axis runs from 0 (the bottom, where the pure left child p = 0 sits) to 1.15 (the plot top, y = 0 px).
// Reading impurity values back from the pixel positions checks which formula the chart draws.
function readSplit(container: HTMLElement) {
  const num = (el: Element | null, a: string) => Number(el!.getAttribute(a));
  const bottom = num(container.querySelector('circle.pt.left'), 'cy');
  const value = (px: number) => (1.15 * (bottom - px)) / bottom;
  const drop = container.querySelector('line.drop');
  return { parent: value(num(drop, 'y1')), chord: value(num(drop, 'y2')) };
}

// Left child pure (p = 0) with a third of the samples, right child p = 0.75, parent p = 0.5.
const split = { pLeft: 0, pRight: 0.75, pParent: 0.5, wLeft: 1 / 3 };

describe('ImpurityCurves', () => {
  it.each([
    // hand-computed: Gini 1 − Σp²; entropy −Σ p log₂ p; misclassification 1 − max p; chord = (2/3)·I(0.75)
    ['gini', 0.5, (2 / 3) * (1 - 0.75 ** 2 - 0.25 ** 2)],
    ['entropy', 1, (2 / 3) * -(0.75 * Math.log2(0.75) + 0.25 * Math.log2(0.25))],
    ['misclassification', 0.5, (2 / 3) * 0.25],
  ] as const)('%s: the parent sits on its curve and the chord at the weighted child impurity', (highlight, parent, chord) => {
    const { container } = render(ImpurityCurves, { split, highlight });
    const r = readSplit(container);
    expect(r.parent).toBeCloseTo(parent, 9);
    expect(r.chord).toBeCloseTo(chord, 9);
    expect(container.innerHTML).not.toMatch(/NaN/);
  });
});
