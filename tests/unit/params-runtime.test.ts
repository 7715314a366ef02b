import { describe, expect, it } from 'vitest';
import { defaults, defineSchema, describeRange, parseParams, resolveRuntime, serializeParams, type Option } from '../../src/params';

// Options known only at run time: a CSV's columns, supplied by the widget after it has read the file.
const schema = defineSchema([
  { name: 'target', affects: 'data', type: 'enum', default: '', options: 'runtime', label: 'Target column', help: 'h' },
  { name: 'colour', affects: 'view', type: 'enum', default: 'species', options: 'runtime', label: 'Colour by', help: 'h' },
  { name: 'features', affects: 'data', type: 'flags', default: ['petal width'], options: 'runtime', minSelected: 1, label: 'Features', help: 'h' },
] as const);
const cols = (...names: string[]): Option[] => names.map((n) => ({ value: n, label: n }));
const iris = cols('sepal length (cm)', 'petal width', 'species');

describe('runtime options in the URL', () => {
  it('keep any well-formed value until the options are known', () => {
    const r = parseParams(schema, new URLSearchParams('target=sepal+length+(cm)&colour=nope&features=b,a,b'));
    expect(r.notices).toEqual([]);
    expect(r.values).toEqual({ target: 'sepal length (cm)', colour: 'nope', features: ['b', 'a'] });
    expect(serializeParams(schema, r.values)).toBe('target=sepal+length+%28cm%29&colour=nope&features=b%2Ca');
  });

  it('refuse control characters, over-long names, empty flags and too few flags, with a notice', () => {
    const r = parseParams(schema, { target: 'a\nb', colour: 'x'.repeat(101), features: 'a,,b' });
    expect(r.values).toEqual(defaults(schema));
    expect(r.notices).toHaveLength(3);
    expect(r.notices[0]).toBe('Target column: “a\nb” is not a name of at most 100 characters; using none.');
    expect(parseParams(schema, { features: '' }).notices).toHaveLength(1); // minSelected 1
    expect(parseParams(schema, { colour: 'x'.repeat(100) }).notices).toEqual([]);
  });
});

describe('resolveRuntime: the link against the actual options', () => {
  it('keeps values the data has, flags in the data’s column order', () => {
    const v = { target: 'species', colour: 'petal width', features: ['species', 'sepal length (cm)'] };
    const r = resolveRuntime(schema, v, { options: { target: iris, colour: iris, features: iris } });
    expect(r.notices).toEqual([]);
    expect(r.values).toEqual({ target: 'species', colour: 'petal width', features: ['sepal length (cm)', 'species'] });
    expect(v.features).toEqual(['species', 'sepal length (cm)']); // the input is not changed
  });

  it('falls back to the default with a notice naming the actual options', () => {
    const r = resolveRuntime(schema, { target: 'price', colour: 'petal width', features: ['petal width', 'price'] }, { options: { target: iris, colour: iris, features: iris } });
    expect(r.values).toEqual({ target: 'sepal length (cm)', colour: 'petal width', features: ['petal width'] });
    expect(r.notices).toEqual([
      'Target column: “price” is not one of sepal length (cm), petal width, species; using sepal length (cm).',
      'Features: “petal width,price” is not a comma list of sepal length (cm), petal width, species; using petal width.',
    ]);
  });

  it('uses the first option, quietly, when the default itself is missing and the link did not ask for more', () => {
    const data = cols('x', 'y');
    const r = resolveRuntime(schema, defaults(schema), { options: { target: data, colour: data, features: data } });
    expect(r.values).toEqual({ target: 'x', colour: 'x', features: ['x'] });
    expect(r.notices).toEqual([]);
    // A link naming a missing column still gets its notice, with the first option as the fallback.
    const q = resolveRuntime(schema, { ...defaults(schema), colour: 'z' }, { options: { colour: data } });
    expect(q.values.colour).toBe('x');
    expect(q.notices).toEqual(['Colour by: “z” is not one of x, y; using x.']);
  });

  it('leaves rows alone until their options are supplied, and survives data without columns', () => {
    const v = { target: 'price', colour: 'z', features: ['q'] };
    expect(resolveRuntime(schema, v, {}).values).toEqual(v);
    expect(resolveRuntime(schema, v, { options: { colour: iris } }).values).toEqual({ ...v, colour: 'species' });
    const empty = resolveRuntime(schema, v, { options: { target: [], features: [] } });
    expect(empty.values).toEqual({ target: '', colour: 'z', features: [] });
    expect(empty.notices[0]).toBe('Target column: “price” is not one of (no choices in this data); using none.');
  });

  it('describes a runtime row by its syntax before the options are known and by its options after', () => {
    expect(describeRange(schema[0])).toBe('a name of at most 100 characters');
    expect(describeRange(schema[2])).toBe('a comma list of names (no commas inside a name)');
    expect(describeRange(schema[0], cols('a', 'b'))).toBe('one of a, b');
  });
});
