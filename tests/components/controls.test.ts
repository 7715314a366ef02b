import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defineSchema, FileStore } from '../../src/params';
import ControlsHarness from './harness/ControlsHarness.svelte';

const schema = defineSchema([
  { name: 'lr', affects: 'model', type: 'number', default: 0.1, min: 1e-4, max: 10, scale: 'log', label: 'Learning rate', help: 'Step size of gradient descent.', group: 'Training' },
  { name: 'n', affects: 'model', type: 'int', default: 200, min: 20, max: 1000, step: 10, label: 'Points', help: 'How many points.', group: 'Data' },
  { name: 'penalty', affects: 'model', type: 'enum', default: 'l2', options: [{ value: 'none', label: 'None' }, { value: 'l1', label: 'L1 (lasso)' }, { value: 'l2', label: 'L2 (ridge)' }], label: 'Penalty', help: 'Regularisation.', group: 'Model' },
  { name: 'scale', affects: 'model', type: 'bool', default: true, label: 'Standardise', help: 'Scale features.', group: 'Data' },
  { name: 'features', affects: 'model', type: 'flags', default: ['x1', 'x2'], options: [{ value: 'x1', label: 'x1' }, { value: 'x2', label: 'x2' }, { value: 'x1x2', label: 'x1·x2' }], minSelected: 1, label: 'Inputs', help: 'Features.', group: 'Model' },
] as const);

const query = () => screen.getByTestId('query').textContent;

describe('schema → controls → URL state', () => {
  it('generates one labelled control per parameter, grouped, with help text', () => {
    render(ControlsHarness, { schema, query: '' });
    expect(screen.getByLabelText(/Learning rate/)).toHaveAttribute('type', 'range');
    expect(screen.getByLabelText(/Points/)).toHaveAttribute('type', 'range');
    expect(screen.getByLabelText(/Penalty/).tagName).toBe('SELECT');
    expect(screen.getByLabelText(/Standardise/)).toHaveAttribute('type', 'checkbox');
    expect(screen.getByRole('group', { name: 'Inputs' })).toBeInTheDocument();
    expect(screen.getByText('Step size of gradient descent.')).toHaveAttribute('role', 'tooltip');
    expect(screen.getByText('Training')).toBeInTheDocument();
    expect(query()).toBe('');
  });

  it('gives help without a tab stop: each control is described by its tip, and the "?" is out of the tab order', () => {
    const { container } = render(ControlsHarness, { schema, query: '' });
    expect(screen.getByLabelText(/Learning rate/)).toHaveAccessibleDescription('Step size of gradient descent.');
    expect(screen.getByLabelText(/Penalty/)).toHaveAccessibleDescription('Regularisation.');
    expect(screen.getByLabelText(/Standardise/)).toHaveAccessibleDescription('Scale features.');
    expect(screen.getByRole('group', { name: 'Inputs' })).toHaveAccessibleDescription('Features.');
    const qs = [...container.querySelectorAll('.tip .q')];
    expect(qs).toHaveLength(schema.length);
    for (const q of qs) {
      expect(q).toHaveAttribute('tabindex', '-1');
      expect(q).toHaveAttribute('aria-hidden', 'true');
    }
  });

  it('writes every kind of control into the query string', async () => {
    render(ControlsHarness, { schema, query: '' });
    await fireEvent.input(screen.getByLabelText(/Learning rate/), { target: { value: String(Math.log10(0.03)) } });
    await fireEvent.input(screen.getByLabelText(/Points/), { target: { value: '437' } });
    await fireEvent.change(screen.getByLabelText(/Penalty/), { target: { value: 'l1' } });
    await fireEvent.click(screen.getByLabelText(/Standardise/));
    await fireEvent.click(screen.getByLabelText('x1·x2'));
    expect(query()).toBe('lr=0.03&n=440&penalty=l1&scale=0&features=x1%2Cx2%2Cx1x2');
  });

  it('restores controls from a query and keeps at least minSelected flags on', async () => {
    render(ControlsHarness, { schema, query: 'lr=0.5&penalty=none&features=x2' });
    expect(screen.getByText('0.5')).toBeInTheDocument();
    expect((screen.getByLabelText(/Penalty/) as HTMLSelectElement).value).toBe('none');
    await fireEvent.click(screen.getByLabelText('x2'));
    expect(query()).toBe('lr=0.5&penalty=none&features=x2');
  });

  it('shows notices for garbage and renders user text as text, not HTML', () => {
    const { container } = render(ControlsHarness, { schema, query: 'lr=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&n=NaN&zzz=1' });
    const notices = screen.getByTestId('notices');
    expect(notices.querySelectorAll('li')).toHaveLength(3);
    expect(notices.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(query()).toBe('');
  });
});

describe('dependent controls', () => {
  const dep = defineSchema([
    { name: 'penalty', affects: 'model', type: 'enum', default: 'none', options: [{ value: 'none', label: 'None' }, { value: 'l2', label: 'L2' }], label: 'Penalty', help: 'h' },
    { name: 'C', affects: 'model', type: 'number', default: 1, min: 0.01, max: 100, scale: 'log', label: 'C', help: 'h', enabledIf: (v) => v.penalty !== 'none' },
  ] as const);

  it('disables a control whose parameter has no effect, and enables it when it does', async () => {
    render(ControlsHarness, { schema: dep, query: '' });
    expect(screen.getByLabelText('C')).toBeDisabled();
    await fireEvent.change(screen.getByLabelText(/Penalty/), { target: { value: 'l2' } });
    expect(screen.getByLabelText('C')).toBeEnabled();
  });
});

describe('controls that do not apply (visibleIf)', () => {
  const vis = defineSchema([
    { name: 'metric', affects: 'model', type: 'enum', default: 'euclidean', options: [{ value: 'euclidean', label: 'Euclidean' }, { value: 'minkowski', label: 'Minkowski' }], label: 'Distance', help: 'h' },
    { name: 'p', affects: 'model', type: 'number', default: 3, min: 1, max: 10, step: 0.5, label: 'p (Minkowski)', help: 'h', visibleIf: (v) => v.metric === 'minkowski' },
  ] as const);

  it('are not rendered at all, appear when they apply, and keep their value in the link meanwhile', async () => {
    const { container } = render(ControlsHarness, { schema: vis, query: 'p=5' });
    expect(screen.queryByLabelText(/p \(Minkowski\)/)).toBeNull();
    expect(container.querySelector('[data-param="p"]')).toBeNull();
    expect(query()).toBe('p=5');
    await fireEvent.change(screen.getByLabelText(/Distance/), { target: { value: 'minkowski' } });
    expect(screen.getByLabelText(/p \(Minkowski\)/)).toHaveAttribute('type', 'range');
    expect(screen.getByText('5')).toBeInTheDocument();
    await fireEvent.change(screen.getByLabelText(/Distance/), { target: { value: 'euclidean' } });
    expect(screen.queryByLabelText(/p \(Minkowski\)/)).toBeNull();
  });
});

describe('number-list control', () => {
  const s = defineSchema([
    { name: 'layers', affects: 'model', type: 'numbers', element: 'int', default: [4, 2], min: 1, max: 64, minLength: 1, maxLength: 4, label: 'Hidden layers', help: 'h' },
  ] as const);

  it('is a text field that writes a valid list and explains an invalid one, keeping the last valid value', async () => {
    render(ControlsHarness, { schema: s, query: 'layers=8,8' });
    const input = screen.getByLabelText(/Hidden layers/) as HTMLInputElement;
    expect(input.value).toBe('8,8');
    await fireEvent.input(input, { target: { value: '16, 8, 4' } });
    expect(query()).toBe('layers=16%2C8%2C4');
    expect(screen.queryByRole('alert')).toBeNull();
    await fireEvent.input(input, { target: { value: '16, 0' } });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert').textContent).toBe('Enter a comma list of 1 to 4 whole numbers from 1 to 64.');
    // described by its help tip and, while invalid, by the message
    expect(input.getAttribute('aria-describedby')!.split(' ')).toEqual([`${input.id}-help`, screen.getByRole('alert').id]);
    expect(query()).toBe('layers=16%2C8%2C4');
    await fireEvent.input(input, { target: { value: '4,2' } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(query()).toBe('');
    await fireEvent.input(input, { target: { value: ' 3 ,5' } });
    await fireEvent.blur(input);
    expect(input.value).toBe('3,5');
  });
});

describe('runtime-option controls', () => {
  const s = defineSchema([
    { name: 'target', affects: 'data', type: 'enum', default: '', options: 'runtime', label: 'Target column', help: 'h' },
    { name: 'features', affects: 'data', type: 'flags', default: [], options: 'runtime', label: 'Features', help: 'h' },
  ] as const);
  const columns = [{ value: 'a', label: 'Column A' }, { value: 'b', label: 'Column B' }, { value: 'c', label: 'Column C' }];

  it('wait, disabled, until the widget supplies the options, showing the link’s value', () => {
    render(ControlsHarness, { schema: s, query: 'target=b' });
    const select = screen.getByLabelText(/Target column/) as HTMLSelectElement;
    expect(select).toBeDisabled();
    expect([...select.options].map((o) => o.textContent)).toEqual(['b']);
    expect(screen.getByRole('group', { name: 'Features' }).querySelectorAll('input')).toHaveLength(0);
  });

  it('fill a select and chips from the supplied options and write the choice into the link', async () => {
    render(ControlsHarness, { schema: s, query: 'target=b', options: { target: columns, features: columns } });
    const select = screen.getByLabelText(/Target column/) as HTMLSelectElement;
    expect(select).toBeEnabled();
    expect([...select.options].map((o) => o.textContent)).toEqual(['Column A', 'Column B', 'Column C']);
    expect(select.value).toBe('b');
    await fireEvent.change(select, { target: { value: 'c' } });
    await fireEvent.click(screen.getByLabelText('Column C'));
    await fireEvent.click(screen.getByLabelText('Column A'));
    expect(query()).toBe('target=c&features=a%2Cc');
  });
});

describe('file control', () => {
  const s = defineSchema([
    { name: 'data', affects: 'data', type: 'file', default: null, accept: '.csv', maxBytes: 20, label: 'Your CSV', help: 'h' },
  ] as const);
  const choose = (input: HTMLElement, file: File) => fireEvent.change(input, { target: { files: [file] } });

  it('keeps the bytes in the widget’s store and only a name@hash reference in the link', async () => {
    const files = new FileStore();
    render(ControlsHarness, { schema: s, query: '', files });
    const input = screen.getByLabelText(/Your CSV/);
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.csv');
    expect(screen.getByTestId('file-data').textContent).toContain('default data');
    await choose(input, new File(['foobar'], 'mine.csv', { type: 'text/csv' }));
    await waitFor(() => expect(query()).toBe('data=mine.csv%40bf9cf968'));
    expect(new TextDecoder().decode(files.get({ name: 'mine.csv', hash: 'bf9cf968' }))).toBe('foobar');
    expect(screen.getByTestId('file-data').textContent).toContain('mine.csv');
    await fireEvent.click(screen.getByRole('button', { name: 'use the default data' }));
    expect(query()).toBe('');
  });

  it('refuses a file over the size limit with a message', async () => {
    render(ControlsHarness, { schema: s, query: '', files: new FileStore() });
    await choose(screen.getByLabelText(/Your CSV/), new File(['x'.repeat(21)], 'big.csv'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('“big.csv” is 0.021 kB; the limit is 0.02 kB.'));
    expect(query()).toBe('');
  });

  it('is inactive without a store to keep the file in', () => {
    render(ControlsHarness, { schema: s, query: '' });
    expect(screen.getByLabelText(/Your CSV/)).toBeDisabled();
  });
});

describe('control ids', () => {
  it('are unique per instance, so two copies on one page keep their labels apart', () => {
    const { container } = render(ControlsHarness, { schema, query: '' });
    render(ControlsHarness, { schema, query: '' });
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Every label still names its own control within its own instance.
    for (const label of container.querySelectorAll('label[for]')) {
      expect(container.querySelector(`#${CSS.escape(label.getAttribute('for')!)}`), label.textContent!).not.toBeNull();
    }
    expect(screen.getAllByLabelText(/Learning rate/)).toHaveLength(2);
  });
});
