import { fireEvent, render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CardHarness from './views-harness/CardHarness.svelte';
import PickerHarness from './views-harness/PickerHarness.svelte';
import { initialClickClass } from '../../src/widgets/shared/ClassPicker.svelte';

describe('ViewCard and ViewsGrid', () => {
  it('render the figure/figcaption structure the widgets and e2e selectors rely on', () => {
    const { container } = render(CardHarness, { hint: 'a hint' });
    const figures = container.querySelectorAll('div.views > figure.card');
    expect(figures.length).toBe(2);
    const [first, second] = figures;
    expect(first.classList.contains('map')).toBe(true);
    expect(first.classList.contains('wide')).toBe(false);
    const spans = first.querySelectorAll(':scope > figcaption > span');
    expect([...spans].map((s) => s.textContent)).toEqual(['Plain title', 'a hint']);
    expect(spans[1].classList.contains('muted')).toBe(true);
    expect(first.querySelector(':scope > p.caption')?.textContent).toBe('chart');
    // a snippet heading replaces the title; actions follow it in the header
    expect(second.classList.contains('wide')).toBe(true);
    const cap = second.querySelector(':scope > figcaption')!;
    expect([...cap.children].map((e) => e.getAttribute('data-testid'))).toEqual(['own-heading', 'action']);
  });

  it('renders no hint span without a hint, and an empty hint as an empty span', () => {
    const without = render(CardHarness, {});
    expect(without.container.querySelectorAll('figure.map > figcaption > span').length).toBe(1);
    without.unmount();
    const empty = render(CardHarness, { hint: '' });
    expect(empty.container.querySelectorAll('figure.map > figcaption > span.muted').length).toBe(1);
  });

  it('ViewsGrid carries its breakpoint class, alignment and lead column', () => {
    const { container } = render(CardHarness, { lead: 1.25, stackBelow: 640 });
    const grid = container.querySelector('div.views') as HTMLElement;
    expect(grid.classList.contains('stack-640')).toBe(true);
    expect(grid.classList.contains('stack-1000')).toBe(false);
    expect(grid.classList.contains('start')).toBe(true);
    expect(grid.style.getPropertyValue('--lead')).toBe('1.25fr');
  });

  it('ViewColumn stacks cards in one grid cell with its gap', () => {
    const { container } = render(CardHarness, {});
    const column = container.querySelector('div.views > div.side') as HTMLElement;
    expect(column.style.gap).toBe('0.8rem');
    expect(column.querySelector(':scope > figure.card > figcaption > span')?.textContent).toBe('In a column');
  });
});

describe('ClassPicker', () => {
  it('one chip per class, the bound class is pressed, a click selects another', async () => {
    const { container, getByTestId } = render(PickerHarness, { count: 3 });
    const chips = [...container.querySelectorAll('[role="group"][aria-label="Class of clicked points"] button.dot:not(.off)')];
    expect(chips.map((b) => b.textContent)).toEqual(['0', '1', '2']);
    expect(chips.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'true', 'false']);
    await fireEvent.click(chips[2]);
    expect(getByTestId('selected').textContent).toBe('2');
    expect(chips.map((b) => b.getAttribute('aria-pressed'))).toEqual(['false', 'false', 'true']);
    expect(container.textContent).toContain('Click adds');
  });

  it('labels chips with the given function', () => {
    const { container } = render(PickerHarness, { label: (c: number) => `class ${c}` });
    expect([...container.querySelectorAll('button.dot:not(.off)')].map((b) => b.textContent)).toEqual(['class 0', 'class 1']);
  });

  it('"nothing" turns adding off (−1) and back on with a class chip', async () => {
    const { container, getByTestId } = render(PickerHarness, { count: 2 });
    const off = container.querySelector('button.dot.off')!;
    expect(off.textContent).toBe('nothing');
    expect(off.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(off);
    expect(getByTestId('selected').textContent).toBe('-1');
    expect(off.getAttribute('aria-pressed')).toBe('true');
    await fireEvent.click(container.querySelectorAll('button.dot:not(.off)')[0]);
    expect(getByTestId('selected').textContent).toBe('0');
  });

  it('starts off on a touch screen (coarse pointer) and on the given class with a mouse', () => {
    const real = globalThis.matchMedia;
    try {
      globalThis.matchMedia = ((q: string) => ({ matches: q === '(pointer: coarse)' })) as unknown as typeof matchMedia;
      expect(initialClickClass(1)).toBe(-1);
      globalThis.matchMedia = ((_q: string) => ({ matches: false })) as unknown as typeof matchMedia;
      expect(initialClickClass(1)).toBe(1);
    } finally {
      globalThis.matchMedia = real;
    }
  });

  it('shows the clear link only with a label, and calls onclear', async () => {
    const hidden = render(PickerHarness, {});
    expect(hidden.container.querySelector('button.linkish')).toBeNull();
    hidden.unmount();
    const { container, getByTestId } = render(PickerHarness, { clearLabel: 'clear 3' });
    const link = container.querySelector('button.linkish')!;
    expect(link.textContent).toBe('clear 3');
    await fireEvent.click(link);
    expect(getByTestId('cleared').textContent).toBe('1');
  });
});
