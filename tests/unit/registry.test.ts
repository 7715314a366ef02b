import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS, findWidget, loadSchema } from '../../src/app/registry';
import { SCHEMAS } from '../../src/app/all-schemas';
import { BLURBS } from '../../src/app/blurbs';
import { AREAS } from '../../src/widgets/types';
import { fileOf, importsOf, packageOf, resolveImport } from './helpers/imports';
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
      const blurb = BLURBS.get(w.name);
      expect(blurb, `src/widgets/${w.name}/blurb.ts must export its one-line \`blurb\``).toBeTypeOf('string');
      expect(blurb!.length).toBeGreaterThan(20);
      expect(blurb!.length).toBeLessThan(160);
    }
    // and no blurb without a widget (a folder renamed without its blurb.ts)
    expect([...BLURBS.keys()].sort()).toEqual(WIDGETS.map((w) => w.name).sort());
  });

  it('ships the thumbnail each entry names (a missing one would be a 404 on the gallery)', () => {
    for (const w of WIDGETS) if (w.thumbnail) expect(existsSync(`public/${w.thumbnail}`), w.thumbnail).toBe(true);
  });

  it('gives every schema row a label and help, valid defaults, and a clean URL round trip', () => {
    for (const w of WIDGETS) {
      const schema = SCHEMAS[w.name];
      for (const p of schema) {
        expect(p.label, `${w.name}.${p.name}`).not.toBe('');
        expect(p.help, `${w.name}.${p.name}`).not.toBe('');
        expect(p.name, `${w.name}.${p.name}`).not.toBe('controls');
      }
      const d = defaults(schema);
      expect(serializeParams(schema, d), w.name).toBe('');
      const r = parseParams(schema, new URLSearchParams(serializeParams(schema, d)));
      expect(r.notices).toEqual([]);
      expect(r.values).toEqual(d);
    }
  });

  it('finds every widget folder by itself: each folder with a Widget.svelte has an index.ts entry named after it', () => {
    const folders = readdirSync('src/widgets', { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(`src/widgets/${d.name}/Widget.svelte`))
      .map((d) => d.name);
    expect(folders.length).toBeGreaterThanOrEqual(8);
    for (const f of folders) {
      expect(existsSync(`src/widgets/${f}/index.ts`), `src/widgets/${f}/index.ts`).toBe(true);
      expect(findWidget(f)?.name, f).toBe(f);
    }
    expect(WIDGETS.length).toBe(folders.length);
  });

  it('orders the gallery by area (AREAS order), then by each entry\'s order', () => {
    const area = (a: string) => AREAS.findIndex((x) => x.id === a);
    for (let i = 1; i < WIDGETS.length; i++) {
      const [a, b] = [WIDGETS[i - 1], WIDGETS[i]];
      expect(area(a.area) < area(b.area) || (a.area === b.area && a.order <= b.order), `${a.name} before ${b.name}`).toBe(true);
    }
    // the order the gallery had when it was a hand-kept list (new widgets may slot in anywhere)
    const before = ['pca', 'logistic', 'knn', 'kmeans', 'cnn', 'confusion', 'roc', 'gini'];
    expect(WIDGETS.map((w) => w.name).filter((n) => before.includes(n))).toEqual(before);
  });

  it('keeps entry modules light: an index.ts imports nothing at once (the gallery loads every entry; schemas, widget code, d3 and TF.js load with their route)', () => {
    for (const w of WIDGETS) {
      const eager = importsOf(`src/widgets/${w.name}/index.ts`).filter((ref) => !ref.lazy && !ref.typeOnly);
      expect(eager.map((ref) => ref.spec), w.name).toEqual([]);
    }
  });

  it('loads each widget\'s schema from its folder\'s params.ts, the same module the tests and custom elements read', async () => {
    expect(Object.keys(SCHEMAS).sort()).toEqual(WIDGETS.map((w) => w.name).sort());
    for (const w of WIDGETS) {
      const schema = await loadSchema(w);
      expect(schema, w.name).toBe(SCHEMAS[w.name]);
      expect(schema.length, w.name).toBeGreaterThan(0);
    }
  });
});
