// Links that tell the truth (issue 15): a number carries only the digits its control can show, and a key given
// twice follows one rule (the last value wins) with a notice that says which value is used. Hand-computed cases.
import { describe, expect, it } from 'vitest';
import { schema as logisticSchema } from '../../src/widgets/logistic/params';
import { parseHash } from '../../src/app/router';
import { readParams, widgetHash } from '../../src/app/url-state';
import { controlDecimals, defaults, defineSchema, lastValue, parseParams, roundToControl, serializeParams, unroundedRows, type AnyValues } from '../../src/params';

const schema = defineSchema([
  { name: 'threshold', affects: 'view', type: 'number', default: 0.5, min: 0, max: 1, step: 0.001, label: 'Threshold', help: '' },
  { name: 'noise', affects: 'data', type: 'number', default: 0.3, min: 0, max: 1, step: 0.05, label: 'Noise', help: '' },
  { name: 'share', affects: 'data', type: 'number', default: 0.5, min: 0.02, max: 0.98, step: 0.01, label: 'Share', help: '' },
  { name: 'plain', affects: 'view', type: 'number', default: 1, min: -5, max: 5, label: 'No step', help: '' },
  { name: 'odd', affects: 'view', type: 'number', default: 0.5, min: 0, max: 0.9995, step: 0.25, label: 'Odd max', help: '' },
  { name: 'lr', affects: 'model', type: 'number', default: 0.3, min: 1e-4, max: 10, scale: 'log', label: 'Learning rate', help: '' },
  { name: 'seed', affects: 'data', type: 'int', default: 1, min: 0, max: 9999, label: 'Seed', help: '' },
] as const);
const spec = (name: string) => schema.find((p) => p.name === name) as (typeof schema)[number] & { type: 'number' | 'int' };

describe('a number keeps the digits its control can show', () => {
  it('decimals come from the step, min and max (a stepless slider moves in hundredths of its range)', () => {
    expect(controlDecimals(spec('threshold') as never)).toBe(3);
    expect(controlDecimals(spec('noise') as never)).toBe(2);
    expect(controlDecimals(spec('share') as never)).toBe(2);
    expect(controlDecimals(spec('plain') as never)).toBe(1); // (5 − −5) / 100 = 0.1
    expect(controlDecimals(spec('odd') as never)).toBe(4); // the max needs 4
  });

  it('rounds to them, log rows to 4 significant digits, ints untouched, and never leaves [min, max]', () => {
    expect(roundToControl(spec('threshold'), 0.472659350706)).toBe(0.473);
    expect(roundToControl(spec('noise'), 0.333333)).toBe(0.33);
    expect(roundToControl(spec('plain'), -4.96)).toBe(-5); // -5.0 after one decimal
    expect(roundToControl(spec('odd'), 0.99949)).toBe(0.9995);
    expect(roundToControl(spec('lr'), 0.0301995172)).toBe(0.0302);
    expect(roundToControl(spec('lr'), 9.99996)).toBe(10);
    expect(roundToControl(spec('lr'), 0.00012346)).toBe(0.0001235);
    expect(roundToControl(spec('seed'), 42)).toBe(42);
  });

  it('a link is written with those digits and reads back to the same value, which writes the same link', () => {
    const v = { ...defaults(schema), threshold: 0.472659350706, noise: 0.30000000000000004, lr: 0.0301995172 } as AnyValues;
    const link = serializeParams(schema, v as never);
    expect(link).toBe('threshold=0.473&lr=0.0302'); // noise is its default once the binary noise is gone
    const back = parseParams(schema, new URLSearchParams(link));
    expect(back.notices).toEqual([]);
    expect(back.values).toMatchObject({ threshold: 0.473, noise: 0.3, lr: 0.0302 });
    expect(serializeParams(schema, back.values)).toBe(link);
  });

  it('a link written by hand with more digits reads as the rounded value, without a notice', () => {
    const r = parseParams(schema, new URLSearchParams('threshold=0.472659350706&share=0.123456'));
    expect(r.notices).toEqual([]);
    expect(r.values.threshold).toBe(0.473);
    expect(r.values.share).toBe(0.12);
  });

  it('unroundedRows names the live values the shell must round, and nothing once they are rounded', () => {
    const v = { ...defaults(schema), threshold: 0.4726, lr: 0.03 } as AnyValues;
    expect(unroundedRows(schema, v)).toEqual([['threshold', 0.473]]);
    expect(unroundedRows(schema, { ...v, threshold: 0.473 })).toEqual([]);
  });

  it('the logistic widget’s threshold (set by dragging its ROC point) goes into a link with 3 decimals', () => {
    const values = { ...readParams(logisticSchema, new URLSearchParams()).values, threshold: 0.472659350706 } as AnyValues;
    const hash = widgetHash('logistic', logisticSchema, values);
    expect(hash).toBe('#/logistic?threshold=0.473');
    expect(readParams(logisticSchema, parseHash(hash).query).values).toMatchObject({ threshold: 0.473 });
  });
});

describe('a key given twice: the last value wins, and the notice says so', () => {
  it('seed=5&seed=7 uses 7 and says it', () => {
    const r = parseParams(schema, new URLSearchParams('seed=5&seed=7'));
    expect(r.values.seed).toBe(7);
    expect(r.notices).toEqual(['“seed” was given twice; the last value, “7”, is used.']);
  });

  it('seed=5&seed=abc: the last value is read, and as it is not a number the default is used, in so many words', () => {
    const r = parseParams(schema, new URLSearchParams('seed=5&seed=abc'));
    expect(r.values.seed).toBe(1);
    expect(r.notices).toEqual([
      '“seed” was given twice; the last value, “abc”, is used.',
      'Seed: “abc” is not a whole number from 0 to 9999; using 1.',
    ]);
  });

  it('seed=abc&seed=5 uses 5 with no complaint about abc; three values are counted', () => {
    const r = parseParams(schema, new URLSearchParams('seed=abc&seed=5'));
    expect(r.values.seed).toBe(5);
    expect(r.notices).toEqual(['“seed” was given twice; the last value, “5”, is used.']);
    const three = parseParams(schema, new URLSearchParams('noise=0.1&seed=2&noise=0.2&noise=0.4'));
    expect(three.values).toMatchObject({ noise: 0.4, seed: 2 });
    expect(three.notices).toEqual(['“noise” was given 3 times; the last value, “0.4”, is used.']);
  });

  it('an unknown key given twice is one notice; the shell’s own keys follow the same rule', () => {
    const r = parseParams(schema, new URLSearchParams('bogus=1&bogus=2'));
    expect(r.notices).toEqual(['Unknown setting “bogus” was ignored.']);
    expect(lastValue(new URLSearchParams('controls=0&controls=1'), 'controls')).toBe('1');
    expect(lastValue(new URLSearchParams('controls=1&controls=0'), 'controls')).toBe('0');
    expect(lastValue(new URLSearchParams(''), 'controls')).toBeNull();
  });
});
