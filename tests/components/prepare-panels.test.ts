// The preparation panels on hand-made tables: what they draw, the numbers they show, scores computed without
// blocking, and user text (column names) shown as text, never as markup.
import { render, waitFor, fireEvent } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import MissingPanel from '../../src/widgets/data/prepare/MissingPanel.svelte';
import { twoClassTable } from './prepare-tables';

const value = (c: HTMLElement, name: string) => {
  const el = c.querySelector(`[data-metric="${name}"]`);
  if (!el) throw new Error(`no data-metric="${name}"`);
  const v = el.getAttribute('data-value');
  return v === null || v === '' ? null : Number(v);
};

describe('MissingPanel', () => {
  it('draws the missingness matrix with injected holes, one histogram per strategy and a score per strategy', async () => {
    const table = twoClassTable();
    const { container } = render(MissingPanel, { props: { table, target: 'class' } });
    const svg = container.querySelector('svg[aria-label="missingness matrix"]')!;
    expect(svg.getAttribute('data-rows')).toBe('40');
    expect(svg.getAttribute('data-cols')).toBe('4');
    // 20 % of 40 rows = 8 injected into column x (which had 1 hole of its own), plus colour's own hole
    // (drawn as two paths, one 11 × 2 square per hole: `M x y h11v2h-11z`)
    const cells = (cls: string) => svg.querySelector(`path.${cls}`)!.getAttribute('d')!.match(/M/g)?.length ?? 0;
    expect(cells('inj')).toBe(8);
    expect(cells('miss')).toBe(2);
    expect(svg.querySelector('path.inj')!.getAttribute('data-cells')).toBe('8');
    // five histograms at once; the kNN one (every hole against every row) just after the frame
    await waitFor(() => expect(container.querySelectorAll('[data-hist]')).toHaveLength(6));
    expect(container.querySelector('[data-hist="kNN (k = 5)"] rect[data-marked]')).not.toBeNull();
    // mean imputation: all 9 filled values of x fall in one bin (the spike)
    const mean = container.querySelector('[data-hist="mean"]')!;
    expect([...mean.querySelectorAll('rect[data-marked]')].map((r) => r.getAttribute('data-marked'))).toEqual(['9']);
    expect(mean.textContent).toContain('9 filled');
    await waitFor(() => expect(value(container, 'missing-kNN (k = 5)')).not.toBeNull(), { timeout: 5000 });
    expect(value(container, 'missing-mean')).toBeGreaterThan(0.9); // x separates the classes
    expect(container.textContent).not.toContain('NaN');
    expect(container.innerHTML).toContain('&lt;b&gt;w&lt;/b&gt;');
    expect(container.querySelector('b')).toBeNull();
  });

  it('a change redraws the step at once and scores it after: the last bars stay, faded, under "scoring…"', async () => {
    const { container } = render(MissingPanel, { props: { table: twoClassTable(), target: 'class' } });
    const scores = container.querySelector('[data-scores="missing"]')!;
    await waitFor(() => expect(scores.getAttribute('data-scoring')).toBe('no'), { timeout: 5000 });
    expect(value(container, 'missing-mean')).not.toBeNull();
    const slider = container.querySelector('input[aria-label="share of the column to blank"]') as HTMLInputElement;
    await fireEvent.input(slider, { target: { value: '0.4' } });
    // the step's own view is new at once (40 % of 40 rows = 16 injected holes); the scores are not computed in it
    expect(container.querySelector('svg[aria-label="missingness matrix"] path.inj')!.getAttribute('data-cells')).toBe('16');
    expect(scores.getAttribute('data-scoring')).toBe('yes');
    expect(scores.textContent).toContain('scoring… 0 of 6 done');
    expect(value(container, 'missing-mean')).toBeNull();
    expect(scores.querySelector('.stale [aria-label="cross-validated accuracy per strategy"]')).not.toBeNull();
    await waitFor(() => expect(scores.getAttribute('data-scoring')).toBe('no'), { timeout: 5000 });
    expect(value(container, 'missing-mean')).not.toBeNull();
    expect(scores.querySelector('.stale')).toBeNull();
  });

  it('explains each mechanism in one line; no target gives a note instead of scores', async () => {
    const { container, getByLabelText } = render(MissingPanel, { props: { table: twoClassTable(), target: null } });
    expect(container.querySelector('[data-explain]')!.textContent).toMatch(/completely at random/);
    await fireEvent.click(getByLabelText('MNAR'));
    expect(container.querySelector('[data-explain]')!.textContent).toMatch(/higher it is itself/);
    expect(container.textContent).toContain('Choose a target column');
  });
});
