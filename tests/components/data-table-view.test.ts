// The data lab's table view and column cards: virtualised rows, user text as text, missing cells marked.
import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { DataTable } from '../../src/core/data/table';
import ColumnCards from '../../src/widgets/data/table/ColumnCards.svelte';
import TableView from '../../src/widgets/data/table/TableView.svelte';

function bigTable(n: number): DataTable {
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = i % 7 === 0 ? NaN : i / 10;
  const label = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? null : i % 2 ? '<b>odd</b>' : 'even'));
  return { name: 'big', nRows: n, columns: [{ name: 'x', kind: 'number', values: x }, { name: 'label', kind: 'category', values: label }] };
}

describe('TableView', () => {
  it('draws only the rows in view of a 100,000-row table, and follows the scroll', async () => {
    const { container } = render(TableView, { table: bigTable(100_000), rowHeight: 28, height: 280 });
    const rows = () => [...container.querySelectorAll('tbody tr[data-row]')].map((r) => Number(r.getAttribute('data-row')));
    // 280 / 28 = 10 rows in view + 8 below = rows 0..17
    expect(rows()).toEqual(Array.from({ length: 18 }, (_, i) => i));
    const scroller = container.querySelector('[data-testid="table-view"]') as HTMLElement;
    scroller.scrollTop = 28 * 50_000;
    await fireEvent.scroll(scroller);
    // rows 49,992 .. 50,017 (8 above, 10 in view, 8 below)
    expect(rows()[0]).toBe(49_992);
    expect(rows().length).toBe(26);
    // the spacers keep the full height: 100,000 rows × 28 px
    const spacers = [...container.querySelectorAll('tr.spacer')].map((r) => parseFloat((r as HTMLElement).style.height));
    expect(spacers.reduce((a, b) => a + b, 0) + 26 * 28).toBe(100_000 * 28);
  });

  it('renders cells as text (markup in a cell is not parsed) and marks missing cells', () => {
    const { container } = render(TableView, { table: bigTable(20), height: 280 });
    const row1 = container.querySelector('tr[data-row="1"]')!;
    expect(row1.querySelector('b')).toBeNull();
    expect(row1.textContent).toContain('<b>odd</b>');
    const row0 = container.querySelector('tr[data-row="0"]')!;
    expect(row0.querySelectorAll('td.missing').length).toBe(2); // x is NaN at 0 (0 % 7), label null at 0 (0 % 3)
  });
});

describe('ColumnCards', () => {
  it('shows each column’s missing count, and reports a kind chosen by hand', async () => {
    const chosen: [number, string][] = [];
    const { container } = render(ColumnCards, { table: bigTable(21), inferred: ['number', 'category'], onkind: (i: number, k: string) => chosen.push([i, k]) });
    // x: rows 0, 7, 14 missing; label: rows 0, 3, …, 18 → 7 missing
    expect([...container.querySelectorAll('[data-missing]')].map((e) => e.getAttribute('data-missing'))).toEqual(['3', '7']);
    const select = container.querySelector('[data-testid="kind-1"]') as HTMLSelectElement;
    select.value = 'text';
    await fireEvent.change(select);
    expect(chosen).toEqual([[1, 'text']]);
    expect(container.querySelectorAll('svg[role="img"]').length).toBe(2);
  });
});
