// EncodingPanel, ScalingPanel, PipelinePanel and RecordIOPanel on hand-made tables.
import { render, waitFor, fireEvent } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EncodingPanel from '../../src/widgets/data/prepare/EncodingPanel.svelte';
import ScalingPanel from '../../src/widgets/data/prepare/ScalingPanel.svelte';
import PipelinePanel from '../../src/widgets/data/prepare/PipelinePanel.svelte';
import RecordIOPanel from '../../src/widgets/data/prepare/RecordIOPanel.svelte';
import { twoClassTable } from './prepare-tables';

const value = (c: HTMLElement, name: string) => {
  const el = c.querySelector(`[data-metric="${name}"]`);
  if (!el) throw new Error(`no data-metric="${name}"`);
  const v = el.getAttribute('data-value');
  return v === null || v === '' ? null : Number(v);
};
const matrix = (c: HTMLElement, caption: string) => {
  const t = [...c.querySelectorAll('table[data-matrix]')].find((e) => e.getAttribute('data-matrix') === caption)!;
  return {
    head: [...t.querySelectorAll('th')].map((e) => e.textContent),
    rows: [...t.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((e) => e.textContent)),
  };
};

describe('EncodingPanel', () => {
  it('label, ordinal and one-hot matrices of the colour column (sorted categories; missing as its own one-hot column)', async () => {
    const { container, getByLabelText } = render(EncodingPanel, { props: { table: twoClassTable(), target: 'class' } });
    // the rows shown are spread over the table: 0, 6, 13, 20, 26, 33 → orange, orange, red, teal, teal, blue;
    // sorted categories: blue 0, orange 1, red 2, teal 3 (row 5's missing colour makes a "nan" one-hot column)
    expect(matrix(container, 'label encoding').rows.slice(0, 3)).toEqual([['orange', '1'], ['orange', '1'], ['red', '2']]);
    expect(matrix(container, 'ordinal').rows.map((r) => r[0])).toEqual(['1', '1', '2', '3', '3', '0']);
    const oh = matrix(container, 'one-hot');
    expect(oh.head).toEqual(['colour_blue', 'colour_orange', 'colour_red', 'colour_teal', 'colour_nan']);
    expect(oh.rows[0]).toEqual(['0', '1', '0', '0', '0']);
    expect(oh.rows[5]).toEqual(['1', '0', '0', '0', '0']);
    await fireEvent.click(getByLabelText('one-hot: drop first'));
    expect(matrix(container, 'one-hot, first dropped').head).toEqual(['colour_orange', 'colour_red', 'colour_teal', 'colour_nan']);
    expect(container.querySelector('[data-onehot="colour"]')!.textContent).toBe('5');
    expect(container.querySelector('[data-unknown-error]')!.textContent).toMatch(/unknown category '\(a value never seen in training\)'/);
    expect(matrix(container, "handleUnknown = 'ignore': all zeros").rows[0].every((v) => v === '0')).toBe(true);
    expect(matrix(container, 'ordinal, unknown → −1').rows[0][1]).toBe('-1');
    await waitFor(() => expect(value(container, 'encoding-logistic + one-hot')).not.toBeNull(), { timeout: 8000 });
    expect(value(container, 'encoding-kNN + ordinal')).toBeGreaterThan(0.5);
    expect(container.textContent).not.toContain('NaN');
  });
});

describe('ScalingPanel', () => {
  it('before/after histograms for each scaler, kNN scores and gradient-descent steps (unscaled w diverges or crawls)', async () => {
    const { container } = render(ScalingPanel, { props: { table: twoClassTable(), target: 'class' } });
    expect([...container.querySelectorAll('[data-hist]')].map((e) => e.getAttribute('data-hist'))).toEqual(['before (raw)', 'standard', 'min–max', 'robust']);
    await waitFor(() => expect(container.querySelector('[data-metric="gd-steps-robust"]')!.textContent).not.toContain('…'), { timeout: 8000 });
    const std = value(container, 'gd-steps-standard');
    expect(std).not.toBeNull();
    const raw = value(container, 'gd-steps-none');
    // w is in the hundreds: at learning rate 0.1 the raw problem diverges (no step count) or needs more steps
    expect(raw === null || raw > (std as number)).toBe(true);
    await waitFor(() => expect(value(container, 'scaling-knn-robust')).not.toBeNull(), { timeout: 8000 });
    expect(value(container, 'scaling-knn-standard')).toBeGreaterThan(0.9);
    expect(container.textContent).not.toContain('NaN');
  });
});

describe('PipelinePanel', () => {
  it('lists the steps, scores honest and leaky fits over 20 splits, and writes the Python', async () => {
    const { container, getByLabelText } = render(PipelinePanel, { props: { table: twoClassTable(), target: 'class' } });
    expect(container.querySelector('[data-steps]')!.textContent).toContain('OneHotEncoder(handle_unknown="ignore"), 1 label columns');
    await waitFor(() => expect(value(container, 'pipeline-mean-leaky')).not.toBeNull(), { timeout: 8000 });
    await waitFor(() => expect(container.textContent).toContain('20 of 20 random splits'), { timeout: 15000 });
    expect(value(container, 'pipeline-mean-honest')).toBeGreaterThan(0.8);
    await fireEvent.click(getByLabelText('leak: fit the preparation on all rows (training and test)'));
    expect(container.textContent).toContain('have seen the test rows');
    const py = container.querySelector('[data-python]')!.textContent!;
    expect(py).toContain('numeric = ["x", "<b>w</b>"]');
    expect(py).toContain('categorical = ["colour"]');
    expect(py).toContain('pipe.fit(X_train, y_train)');
    expect(container.querySelector('b')?.textContent ?? '').not.toBe('w');
  });
});

describe('RecordIOPanel', () => {
  it('marks magic, length, features and label bytes of each record and compares sizes with CSV', () => {
    const { container } = render(RecordIOPanel, { props: { table: twoClassTable(), target: 'class' } });
    const recs = container.querySelectorAll('[data-record]');
    expect(recs).toHaveLength(3);
    const kinds = [...recs[0].querySelectorAll('[data-kind]')].map((e) => e.getAttribute('data-kind'));
    // 2 features: features field 16 + 4·2 = 24 bytes, label 20, payload 44 (no padding) + 8 framing = 52
    expect(kinds).toHaveLength(52);
    expect(kinds.slice(0, 8)).toEqual(['magic', 'magic', 'magic', 'magic', 'length', 'length', 'length', 'length']);
    expect(kinds.filter((k) => k === 'features')).toHaveLength(24);
    expect(kinds.filter((k) => k === 'label')).toHaveLength(20);
    expect([...recs[0].querySelectorAll('[data-kind]')].slice(0, 8).map((e) => e.textContent)).toEqual(['0a', '23', 'd7', 'ce', '2c', '00', '00', '00']);
    expect(value(container, 'recordio-bytes')).toBe(40 * 52);
    expect(value(container, 'csv-bytes')).toBeGreaterThan(0);
  });
});

describe('panels on a table they cannot use', () => {
  it('say why instead of drawing nothing (no number columns; no label columns)', () => {
    const t = twoClassTable();
    const labelsOnly = { ...t, columns: t.columns.filter((c) => c.kind !== 'number') };
    expect(render(ScalingPanel, { props: { table: labelsOnly, target: 'class' } }).container.textContent).toContain('no number columns (besides the target) to scale');
    expect(render(RecordIOPanel, { props: { table: labelsOnly, target: 'class' } }).container.textContent).toContain('no number columns to encode');
    const numbersOnly = { ...t, columns: t.columns.filter((c) => c.kind === 'number' || c.name === 'class') };
    expect(render(EncodingPanel, { props: { table: numbersOnly, target: 'class' } }).container.textContent).toContain('no label columns (besides the target) to encode');
  });
});
