import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ConfusionMatrix from '../../src/charts/ConfusionMatrix.svelte';
import PanelHarness from './eval-harness/PanelHarness.svelte';

const metric = (c: HTMLElement, name: string) => {
  const el = c.querySelector(`[data-metric="${name}"]`);
  if (!el) throw new Error(`no data-metric="${name}"`);
  const v = el.getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
};

// 4 positives, 6 negatives; at threshold 0.5: TP = 3 (0.9 0.8 0.6), FN = 1 (0.3), FP = 2 (0.7 0.55), TN = 4
const yTrue = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
const yScore = [0.9, 0.8, 0.6, 0.3, 0.7, 0.55, 0.4, 0.2, 0.1, 0.05];

describe('EvaluationPanel', () => {
  it('shows the 2×2 counts, the metrics and the AUC for the given scores', () => {
    const { container } = render(PanelHarness, { yTrue, yScore });
    expect([metric(container, 'tp'), metric(container, 'fn'), metric(container, 'fp'), metric(container, 'tn')]).toEqual([3, 1, 2, 4]);
    expect(metric(container, 'precision')).toBeCloseTo(3 / 5, 12);
    expect(metric(container, 'recall')).toBeCloseTo(3 / 4, 12);
    expect(metric(container, 'specificity')).toBeCloseTo(4 / 6, 12);
    expect(metric(container, 'accuracy')).toBeCloseTo(7 / 10, 12);
    // AUC by hand: the share of (positive, negative) pairs ranked the right way round. The positives 0.9 and 0.8
    // beat all 6 negatives, 0.6 beats 5 (not 0.7), 0.3 beats 3 (0.2, 0.1, 0.05): 20 of 24 pairs = 5/6.
    expect(metric(container, 'auc')).toBeCloseTo(5 / 6, 12);
    // the threshold point sits on the ROC mini-plot
    expect(container.querySelector('[data-testid="curve-point"]')).not.toBeNull();
    expect(container.textContent).not.toContain('NaN');
  });

  it('the slider moves the threshold, the counts follow, and the value flows back to the bound prop', async () => {
    const { container, getByTestId } = render(PanelHarness, { yTrue, yScore });
    await fireEvent.input(getByTestId('panel-threshold'), { target: { value: '0' } });
    expect(metric(container, 'threshold')).toBe(0);
    expect(metric(container, 'recall')).toBe(1);
    expect(metric(container, 'fn')).toBe(0);
    expect(metric(container, 'specificity')).toBe(0);
    expect(getByTestId('bound').textContent).toBe('0');
    await fireEvent.input(getByTestId('panel-threshold'), { target: { value: '0.95' } });
    expect(metric(container, 'tp')).toBe(0);
    expect(metric(container, 'precision')).toBe(0); // 0/0 → 0, never NaN on screen
    expect(container.textContent).not.toContain('NaN');
  });

  it('starts from the bound threshold', () => {
    const { container } = render(PanelHarness, { yTrue, yScore, threshold: 0.35 });
    expect(metric(container, 'tp')).toBe(3);
    expect(metric(container, 'fp')).toBe(3);
  });

  it('a single class: counts but no ROC curve, and a message instead of a crash', () => {
    const { container } = render(PanelHarness, { yTrue: [0, 0, 0], yScore: [0.2, 0.6, 0.4] });
    expect(metric(container, 'fp')).toBe(1);
    expect(container.querySelector('[data-metric="auc"]')).toBeNull();
    expect(container.textContent).toContain('needs test samples of both classes');
  });

  it('no finite scores (diverged model): a message, no metrics', () => {
    const { container } = render(PanelHarness, { yTrue: [0, 1], yScore: [NaN, 0.5] });
    expect(container.textContent).toContain('No finite test-set scores');
    expect(container.querySelector('[data-metric="tp"]')).toBeNull();
  });
});

describe('ConfusionMatrix', () => {
  it('lays out rows = truth, columns = prediction, with row rates by default', () => {
    const { container } = render(ConfusionMatrix, { matrix: [[5, 1, 0], [2, 7, 1], [0, 0, 4]], labels: ['a', 'b', 'c'] });
    const cell = (i: number, j: number) => container.querySelector(`td[data-cell="${i}-${j}"]`)!.textContent!;
    expect(cell(1, 0)).toContain('2');
    expect(cell(1, 0)).toContain('20.0%'); // 2 of the 10 true b's
    expect(cell(2, 1)).toContain('0.0%');
    expect(container.querySelectorAll('td[data-cell]').length).toBe(9);
  });
  it('an empty row shows — for its rate, not NaN', () => {
    const { container } = render(ConfusionMatrix, { matrix: [[0, 0], [1, 3]], labels: ['0', '1'], binary: true });
    expect(container.textContent).toContain('—');
    expect(container.textContent).not.toContain('NaN');
    expect(container.querySelector('[data-metric="tp"]')!.getAttribute('data-value')).toBe('3');
  });
});
