// RegressionPanel against scikit-learn's numbers (tests/fixtures/make_regression_eval.py → regression_eval.json).
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import RegressionPanel from '../../src/widgets/shared-eval/RegressionPanel.svelte';
// a JSON import: the component tests run in jsdom, where import.meta.url is not a file URL
import fixture from '../fixtures/regression_eval.json';

interface Pair { name: string; yTrue: number[]; yPred: number[]; sklearn: { r2: number; rmse: number; mae: number; explainedVariance: number } }
const fx: { pairs: Pair[] } = fixture;
const pair = (name: string) => fx.pairs.find((p) => p.name === name)!;

const metric = (c: HTMLElement, name: string) => {
  const el = c.querySelector(`[data-metric="${name}"]`);
  if (!el) throw new Error(`no data-metric="${name}"`);
  const v = el.getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
};

describe('RegressionPanel', () => {
  for (const name of ['small', 'offset', 'worse-than-mean', 'noisy']) {
    it(`shows scikit-learn's R², RMSE, MAE and explained variance (${name})`, () => {
      const c = pair(name);
      const { container } = render(RegressionPanel, { yTrue: c.yTrue, yPred: c.yPred });
      expect(metric(container, 'r2')).toBeCloseTo(c.sklearn.r2, 12);
      expect(metric(container, 'rmse')).toBeCloseTo(c.sklearn.rmse, 12);
      expect(metric(container, 'mae')).toBeCloseTo(c.sklearn.mae, 12);
      expect(metric(container, 'explained-variance')).toBeCloseTo(c.sklearn.explainedVariance, 12);
      expect(container.textContent).toContain(`${c.yTrue.length} held-out rows`);
      expect(container.textContent).not.toContain('NaN');
    });
  }

  it('draws one dot per held-out row, a residual against its prediction, and the zero line', () => {
    // small: y = [3, −0.5, 2, 7], ŷ = [2.5, 0, 2, 8] → residuals [0.5, −0.5, 0, −1]
    const c = pair('small');
    const { container } = render(RegressionPanel, { yTrue: c.yTrue, yPred: c.yPred });
    const svg = container.querySelector('svg[aria-label="residuals against predictions"]')!;
    expect(svg).not.toBeNull();
    const dots = [...svg.querySelectorAll('circle[data-i]')];
    expect(dots).toHaveLength(4);
    // same prediction order on screen as in the data: ŷ = 2.5 right of ŷ = 0; residual 0.5 above residual −1
    const at = (i: number) => ({ x: Number(dots[i].getAttribute('cx')), y: Number(dots[i].getAttribute('cy')) });
    expect(at(0).x).toBeGreaterThan(at(1).x);
    expect(at(0).y).toBeLessThan(at(3).y);
    // the zero line sits where the residual-0 dot (row 2) is
    const zero = svg.querySelector('g.zero line')!;
    expect(Number(zero.getAttribute('y1'))).toBeCloseTo(at(2).y, 0);
  });

  it('one row: RMSE and MAE, but "—" where R² is undefined; never NaN', () => {
    const { container } = render(RegressionPanel, { yTrue: [2], yPred: [1.5] });
    expect(metric(container, 'rmse')).toBe(0.5);
    expect(metric(container, 'r2')).toBeNaN();
    expect(container.querySelector('[data-metric="r2"]')!.textContent).toBe('—');
    expect(container.textContent).not.toContain('NaN');
  });

  it('no rows or a diverged model: a message instead of numbers', () => {
    for (const props of [{ yTrue: [], yPred: [] }, { yTrue: [1, 2, 3], yPred: [1, NaN, Infinity] }]) {
      const { container, unmount } = render(RegressionPanel, props);
      expect(container.textContent).toContain('No finite test-set predictions yet');
      expect(container.querySelector('[data-metric="r2"]')).toBeNull();
      unmount();
    }
  });

  it('a metric prefix keeps two panels on one page apart', () => {
    const c = pair('small');
    const { container } = render(RegressionPanel, { yTrue: c.yTrue, yPred: c.yPred, metricPrefix: 'train-', title: 'Training set' });
    expect(metric(container, 'train-r2')).toBeCloseTo(c.sklearn.r2, 12);
    expect(container.querySelector('section[aria-label="Training set"]')).not.toBeNull();
  });
});
