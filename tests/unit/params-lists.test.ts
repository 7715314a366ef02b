import { describe, expect, it } from 'vitest';
import { defaults, defineSchema, describeRange, formatValue, isShown, parseParams, parseValue, serializeParams } from '../../src/params';

// Number lists: an MLP's hidden-layer sizes (`layers=4,4,2`) and a list of real numbers.
const schema = defineSchema([
  { name: 'layers', affects: 'model', type: 'numbers', element: 'int', default: [4, 2], min: 1, max: 64, minLength: 1, maxLength: 4, label: 'Hidden layers', help: 'h' },
  { name: 'weights', affects: 'model', type: 'numbers', element: 'number', default: [], min: -1, max: 1, minLength: 0, maxLength: 3, label: 'Class weights', help: 'h' },
] as const);
const [layers, weights] = schema;

describe('number-list parameters', () => {
  it('default to a fresh copy of the declared list', () => {
    const d = defaults(schema);
    expect(d).toEqual({ layers: [4, 2], weights: [] });
    d.layers.push(8);
    expect(defaults(schema).layers).toEqual([4, 2]);
  });

  it('read a comma list, spaces allowed, and write it back without them', () => {
    expect(parseValue(layers, '4,4,2')).toEqual([4, 4, 2]);
    expect(parseValue(layers, ' 8 , 16 ')).toEqual([8, 16]);
    expect(parseValue(weights, '-0.5,1e-1,.25')).toEqual([-0.5, 0.1, 0.25]);
    expect(parseValue(weights, '')).toEqual([]);
    expect(formatValue(weights, [0.1 + 0.2, -1])).toBe('0.3,-1');
    expect(serializeParams(schema, { layers: [4, 4, 2], weights: [] })).toBe('layers=4%2C4%2C2');
    expect(serializeParams(schema, defaults(schema))).toBe('');
  });

  it('round-trip through the URL', () => {
    const v = { layers: [64, 1, 32, 7], weights: [-1, 0.125, 1] };
    const back = parseParams(schema, new URLSearchParams(serializeParams(schema, v)));
    expect(back.notices).toEqual([]);
    expect(back.values).toEqual(v);
  });

  it('refuse bad elements, bad lengths and non-integers as a whole', () => {
    const bad = ['', '0', '65', '4,,2', '4,2.5', '1,2,3,4,5', 'NaN', '4;2', '0x10', '1e400', 'Infinity'];
    for (const raw of bad) expect(parseValue(layers, raw), raw).toBeUndefined();
    for (const raw of ['1.5', '0,0,0,0', 'a']) expect(parseValue(weights, raw), raw).toBeUndefined();
  });

  it('fall back to the default with a notice that says what a valid list is', () => {
    const r = parseParams(schema, { layers: '4,100', weights: '2' });
    expect(r.values).toEqual(defaults(schema));
    expect(r.notices).toEqual([
      'Hidden layers: “4,100” is not a comma list of 1 to 4 whole numbers from 1 to 64; using 4,2.',
      'Class weights: “2” is not a comma list of 0 to 3 numbers from -1 to 1; using none.',
    ]);
  });

  it('describe a fixed length as one number', () => {
    const fixed = defineSchema([{ name: 'xy', affects: 'view', type: 'numbers', element: 'number', default: [0, 0], min: -5, max: 5, minLength: 2, maxLength: 2, label: 'Point', help: 'h' }] as const);
    expect(describeRange(fixed[0])).toBe('a comma list of 2 numbers from -5 to 5');
  });
});

// Choice lists: an activation per hidden layer (`acts=relu,tanh`), drawn by the widget, never a generated control.
describe('choice-list parameters', () => {
  const acts = defineSchema([
    { name: 'acts', affects: 'model', type: 'enums', default: [], options: [{ value: 'relu', label: 'ReLU' }, { value: 'tanh', label: 'Tanh' }], maxLength: 3, label: 'Layer activations', help: 'h' },
  ] as const);
  it('read and write a comma list in order, repeats allowed', () => {
    expect(parseValue(acts[0], 'tanh,relu,tanh')).toEqual(['tanh', 'relu', 'tanh']);
    expect(parseValue(acts[0], '')).toEqual([]);
    expect(serializeParams(acts, { acts: ['relu', 'relu'] })).toBe('acts=relu%2Crelu');
    expect(parseParams(acts, new URLSearchParams('acts=relu%2Ctanh')).values).toEqual({ acts: ['relu', 'tanh'] });
  });
  it('refuse an unknown choice or a list that is too long as a whole, with a notice; never shown as a generated control', () => {
    for (const raw of ['relu,softplus', 'relu,relu,relu,relu', 'RELU', 'relu,,tanh']) expect(parseValue(acts[0], raw), raw).toBeUndefined();
    expect(parseParams(acts, { acts: 'relu,elu' }).notices).toEqual(['Layer activations: “relu,elu” is not a comma list of at most 3 of relu, tanh; using none.']);
    expect(isShown(acts[0], {})).toBe(false);
  });
});
