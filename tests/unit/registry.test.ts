import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../../src/app/registry';
import { AREAS } from '../../src/widgets/types';
import { defaults, parseParams, serializeParams } from '../../src/params';

describe('widget registry', () => {
  it('has unique route names that are safe as custom-element names', () => {
    const names = WIDGETS.map((w) => w.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('puts every widget in a known syllabus area, with a title and a one-line blurb', () => {
    const areas = AREAS.map((a) => a.id);
    for (const w of WIDGETS) {
      expect(areas).toContain(w.area);
      expect(w.title.length).toBeGreaterThan(2);
      expect(w.blurb.length).toBeLessThan(160);
    }
  });

  it('ships the thumbnail each entry names (a missing one would be a 404 on the gallery)', () => {
    for (const w of WIDGETS) if (w.thumbnail) expect(existsSync(`public/${w.thumbnail}`), w.thumbnail).toBe(true);
  });

  it('gives every schema row a label and help, valid defaults, and a clean URL round trip', () => {
    for (const w of WIDGETS) {
      for (const p of w.schema) {
        expect(p.label, `${w.name}.${p.name}`).not.toBe('');
        expect(p.help, `${w.name}.${p.name}`).not.toBe('');
        expect(p.name, `${w.name}.${p.name}`).not.toBe('controls');
      }
      const d = defaults(w.schema);
      expect(serializeParams(w.schema, d), w.name).toBe('');
      const r = parseParams(w.schema, new URLSearchParams(serializeParams(w.schema, d)));
      expect(r.notices).toEqual([]);
      expect(r.values).toEqual(d);
    }
  });

  it('keeps entry and schema modules light: the gallery must not pull in d3 or TF.js', () => {
    for (const w of WIDGETS) {
      for (const f of [`src/widgets/${w.name}/index.ts`, `src/widgets/${w.name}/params.ts`]) {
        if (!existsSync(f)) continue;
        const src = readFileSync(f, 'utf8');
        expect(src, f).not.toMatch(/from ['"](d3|@tensorflow)/);
      }
    }
  });
});
