import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { defineSchema } from '../../src/params';
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
