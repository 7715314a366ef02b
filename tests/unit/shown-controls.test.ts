// Classroom mode (issue 13): an embed's `controls` key lists the settings a reader may change. Its parse and
// serialise, over every widget's schema found through the registry (a new widget is covered without editing this).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/app/registry';
import { SCHEMAS } from '../../src/app/all-schemas';
import { embedUrl, readParams } from '../../src/app/url-state';
import { parseHash } from '../../src/app/router';
import { controlShown, defaults, formatShownControls, parseShownControls, type AnyValues } from '../../src/params';

const RUNS = 500;

describe.each(WIDGETS.map((w) => [w.name, SCHEMAS[w.name]] as const))('shown controls of #/%s', (name, schema) => {
  const names = schema.map((p) => p.name);

  it(`reads any text without throwing, as schema rows in schema order (${RUNS} cases)`, () => {
    const raw = fc.oneof(fc.string(), fc.array(fc.oneof(fc.constantFrom(...names), fc.string()), { maxLength: 8 }).map((a) => a.join(',')));
    fc.assert(
      fc.property(raw, (text) => {
        const shown = parseShownControls(text, schema);
        if (shown === null) return;
        expect(shown.every((n) => names.includes(n))).toBe(true);
        expect(new Set(shown).size).toBe(shown.length);
        const at = shown.map((n) => names.indexOf(n));
        expect(at).toEqual([...at].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it(`round-trips every choice of rows, all and none included (${RUNS} cases)`, () => {
    const choice = fc.option(fc.subarray(names), { nil: null });
    fc.assert(
      fc.property(choice, (shown) => {
        const text = formatShownControls(shown, schema);
        expect(parseShownControls(text, schema)).toEqual(shown);
        // and through a whole embed link: the value survives the URL's encoding, and is no "unknown setting"
        const url = embedUrl('https://example.org/play/', name, schema, defaults(schema) as AnyValues, shown);
        const query = parseHash(new URL(url).hash).query;
        expect(parseShownControls(query.get('controls'), schema)).toEqual(shown);
        expect(readParams(schema, query).notices).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('shown controls: what a teacher may write', () => {
  const schema = SCHEMAS.mlp;

  it('keeps the known names of a list and drops garbage, without a notice', () => {
    expect(parseShownControls('lr,activation', schema)).toEqual(['activation', 'lr']);
    expect(parseShownControls('lr,bogus,<script>,,lr', schema)).toEqual(['lr']);
    expect(readParams(schema, new URLSearchParams('controls=lr,bogus&lr=0.1')).notices).toEqual([]);
    // hand-written: spaces and another case
    expect(parseShownControls(' LR , showTest ', schema)).toEqual(['lr', 'showTest']);
    // nothing known: every control hidden (hiding too much is safer in a classroom than showing all)
    expect(parseShownControls('bogus', schema)).toEqual([]);
    expect(formatShownControls([], schema)).toBe('0');
    expect(formatShownControls(['lr', 'nope', 'dataset'], schema)).toBe('dataset,lr');
  });

  it('keeps the old meanings: no key or 1 shows all, 0 none', () => {
    expect(parseShownControls(null, schema)).toBeNull();
    expect(parseShownControls('1', schema)).toBeNull();
    expect(parseShownControls('', schema)).toBeNull();
    expect(parseShownControls('0', schema)).toEqual([]);
    expect(formatShownControls(null, schema)).toBeNull();
  });

  it('answers per row for a widget’s own controls', () => {
    expect(controlShown(null, 'layers')).toBe(true);
    expect(controlShown(['lr'], 'layers')).toBe(false);
    expect(controlShown(['lr', 'layers'], 'layers')).toBe(true);
    expect(controlShown([], 'lr')).toBe(false);
  });

  it('writes the list into the embed link, and keeps the hidden rows’ values there', () => {
    const v = { ...defaults(schema), lr: 0.3, layers: [6, 3] } as AnyValues;
    const url = embedUrl('https://example.org/play/', 'mlp', schema, v, ['activation', 'lr']);
    expect(url).toBe('https://example.org/play/embed.html#/mlp?layers=6%2C3&lr=0.3&controls=activation%2Clr');
  });
});
