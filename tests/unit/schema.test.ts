import { describe, expect, it } from 'vitest';
import { defaults, defineSchema, parseParams, serializeParams } from '../../src/params';
import { formatHash, parseHash } from '../../src/app/router';
import { embedPageUrl, embedUrl, iframeSnippet, readParams, widgetHash } from '../../src/app/url-state';
import { sliderScale } from '../../src/charts/controls/slider-scale';

const schema = defineSchema([
  { name: 'lr', affects: 'model', type: 'number', default: 0.1, min: 1e-4, max: 10, scale: 'log', label: 'Learning rate', help: 'h' },
  { name: 'n', affects: 'model', type: 'int', default: 200, min: 20, max: 1000, step: 10, label: 'Points', help: 'h' },
  { name: 'penalty', affects: 'model', type: 'enum', default: 'l2', options: [{ value: 'none', label: 'None' }, { value: 'l1', label: 'L1' }, { value: 'l2', label: 'L2' }], label: 'Penalty', help: 'h' },
  { name: 'scale', affects: 'model', type: 'bool', default: true, label: 'Standardise', help: 'h' },
  { name: 'features', affects: 'model', type: 'flags', default: ['x1', 'x2'], options: [{ value: 'x1', label: 'x1' }, { value: 'x2', label: 'x2' }, { value: 'x1x2', label: 'x1·x2' }], minSelected: 1, label: 'Inputs', help: 'h' },
] as const);

describe('parameter schema', () => {
  it('gives defaults and writes only non-default values', () => {
    const d = defaults(schema);
    expect(d).toEqual({ lr: 0.1, n: 200, penalty: 'l2', scale: true, features: ['x1', 'x2'] });
    expect(serializeParams(schema, d)).toBe('');
    expect(serializeParams(schema, { ...d, lr: 0.03, penalty: 'l1', scale: false, features: ['x1', 'x1x2'] })).toBe(
      'lr=0.03&penalty=l1&scale=0&features=x1%2Cx1x2',
    );
  });

  it('round-trips every value through the URL', () => {
    const v = { lr: 0.0025, n: 430, penalty: 'none', scale: false, features: ['x2', 'x1x2'] } as const;
    const q = serializeParams(schema, { ...v, features: [...v.features] });
    const back = parseParams(schema, new URLSearchParams(q));
    expect(back.notices).toEqual([]);
    expect(back.values).toEqual({ ...v, features: ['x2', 'x1x2'] });
  });

  it('falls back to defaults with a notice for garbage, out-of-range and unknown keys', () => {
    const r = parseParams(schema, new URLSearchParams('lr=abc&n=5&penalty=l3&scale=maybe&features=x9&bogus=1&n2=%3Cscript%3E'));
    expect(r.values).toEqual(defaults(schema));
    expect(r.notices).toHaveLength(7);
    expect(r.notices.join(' ')).toMatch(/Learning rate: “abc” is not a number from 0.0001 to 10; using 0.1/);
    expect(r.notices.join(' ')).toMatch(/Unknown setting “bogus”/);
  });

  it('rejects non-integers for int, NaN/Infinity, hex and empty numbers', () => {
    for (const bad of ['20.5', 'NaN', 'Infinity', '0x20', '', '1e400']) {
      const r = parseParams(schema, { n: bad });
      expect(r.values.n, bad).toBe(200);
      expect(r.notices, bad).toHaveLength(1);
    }
    expect(parseParams(schema, { lr: '1e-3' }).values.lr).toBe(0.001);
  });

  it('enforces minSelected for flags and canonical order', () => {
    expect(parseParams(schema, { features: '' }).values.features).toEqual(['x1', 'x2']);
    expect(parseParams(schema, { features: 'x1x2,x1' }).values.features).toEqual(['x1', 'x1x2']);
  });

  it('keeps reserved keys quiet', () => {
    expect(readParams(schema, new URLSearchParams('controls=0')).notices).toEqual([]);
  });

  it('truncates long user text quoted in notices', () => {
    const r = parseParams(schema, { penalty: 'x'.repeat(500) });
    expect(r.notices[0].length).toBeLessThan(150);
  });

  it('refuses duplicate names', () => {
    expect(() => defineSchema([{ name: 'a', affects: 'model', type: 'bool', default: true, label: '', help: '' }, { name: 'a', affects: 'model', type: 'bool', default: true, label: '', help: '' }])).toThrow(/duplicate/);
  });
});

describe('router and URL state', () => {
  it('parses routes and queries, tolerating garbage', () => {
    expect(parseHash('#/logistic?lr=0.03&seed=7')).toMatchObject({ name: 'logistic' });
    expect(parseHash('#/logistic?lr=0.03').query.get('lr')).toBe('0.03');
    expect(parseHash('').name).toBe('');
    expect(parseHash('#/').name).toBe('');
    expect(parseHash('#/%E0%A4%A').name).toBe('%E0%A4%A');
    expect(parseHash('#/knn/').name).toBe('knn');
    expect(formatHash('roc', '')).toBe('#/roc');
  });

  it('builds widget hashes, embed URLs and an escaped iframe snippet', () => {
    const v = { ...defaults(schema), lr: 0.03 };
    expect(widgetHash('logistic', schema, v)).toBe('#/logistic?lr=0.03');
    const url = embedUrl('https://example.org/play/index.html#/logistic', 'logistic', schema, v, []);
    expect(url).toBe('https://example.org/play/embed.html#/logistic?lr=0.03&controls=0');
    // a custom element's attributes go to the embed page as given: it validates them (and shows the notices)
    const raw = new URLSearchParams([['lr', 'abc'], ['controls', '0']]);
    expect(embedPageUrl('https://example.org/play/embed-element.js', 'logistic', raw)).toBe('https://example.org/play/embed.html#/logistic?lr=abc&controls=0');
    expect(embedPageUrl('https://example.org/play/embed-element.js', 'roc', new URLSearchParams())).toBe('https://example.org/play/embed.html#/roc');
    const snip = iframeSnippet('https://x/embed.html#/a?b=1&c="2"', 'T <b>', 500);
    expect(snip).toContain('src="https://x/embed.html#/a?b=1&amp;c=&quot;2&quot;"');
    expect(snip).toContain('title="T &lt;b>"');
  });
});

describe('slider scale', () => {
  it('moves log parameters in decades and snaps to two significant digits', () => {
    const sc = sliderScale(schema[0]);
    expect(sc.min).toBeCloseTo(-4);
    expect(sc.max).toBeCloseTo(1);
    expect(sc.fromPosition(Math.log10(0.0301995))).toBe(0.03);
    expect(sc.fromPosition(sc.toPosition(0.1))).toBe(0.1);
    expect(sc.fromPosition(99)).toBe(10);
  });
  it('snaps linear and int parameters to their step', () => {
    const sc = sliderScale(schema[1]);
    expect(sc.fromPosition(437)).toBe(440);
    expect(sc.fromPosition(3)).toBe(20);
  });
});

describe('points and hidden parameters', () => {
  const s2 = defineSchema([
    { name: 'added', affects: 'model', type: 'points', default: [], maxPoints: 3, nClasses: 2, label: 'Added points', help: 'h' },
    { name: 'steps', affects: 'model', type: 'int', default: 0, min: 0, max: 1000, hidden: true, label: 'Updates', help: 'h' },
  ] as const);

  it('round-trips clicked points with 3 decimals', () => {
    const q = serializeParams(s2, { added: [[0.12345, -1.5, 1], [2, 3, 0]], steps: 12 });
    expect(q).toBe('added=0.123%2C-1.5%2C1%3B2%2C3%2C0&steps=12');
    expect(parseParams(s2, new URLSearchParams(q)).values).toEqual({ added: [[0.123, -1.5, 1], [2, 3, 0]], steps: 12 });
  });

  it('rejects malformed, too many, or out-of-class points as a whole', () => {
    for (const bad of ['1,2', '1,2,3', 'a,b,0', '1,2,0;1,2,0;1,2,0;1,2,0', '1,2,0.5', 'NaN,1,0', '1e9,0,0']) {
      const r = parseParams(s2, { added: bad });
      expect(r.values.added, bad).toEqual([]);
      expect(r.notices, bad).toHaveLength(1);
    }
  });
});

describe('custom-element attributes', () => {
  it('maps lowercased and kebab-case attribute names back to camelCase parameters', async () => {
    const { attributeToParam } = await import('../../src/app/embed-attributes');
    const names = ['positiveShare', 'lr', 'nClusters', 'controls'];
    expect(attributeToParam('positiveshare', names)).toBe('positiveShare');
    expect(attributeToParam('positive-share', names)).toBe('positiveShare');
    expect(attributeToParam('n-clusters', names)).toBe('nClusters');
    expect(attributeToParam('lr', names)).toBe('lr');
    expect(attributeToParam('controls', names)).toBe('controls');
    expect(attributeToParam('bogus', names)).toBeUndefined(); // not a setting: the page's own attribute, never a notice
    for (const a of ['id', 'class', 'style', 'title', 'data-role']) expect(attributeToParam(a, names)).toBeUndefined();
    const { observedAttributeNames } = await import('../../src/app/embed-attributes');
    expect(observedAttributeNames(['positiveShare', 'lr'])).toEqual(['positiveshare', 'positive-share', 'lr']);
  });
});
