import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIDGETS, findWidget } from '../../src/app/registry';
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

  it('keeps entry modules light: an index.ts loads only its params (the gallery must not pull in widget code, d3 or TF.js)', () => {
    // the registry imports every index.ts eagerly: follow what each one loads at once (not lazy, not type-only)
    const allowed = (f: string) =>
      /^src\/widgets\/[^/]+\/(index|params(-[a-z-]+)?)\.ts$/.test(f) || f === 'src/widgets/types.ts' || /^src\/(params|core)\//.test(f);
    for (const w of WIDGETS) {
      const seen = new Set<string>();
      const queue = [`src/widgets/${w.name}/index.ts`];
      while (queue.length) {
        const f = queue.pop()!;
        if (seen.has(f)) continue;
        seen.add(f);
        expect(allowed(f), `${w.name}'s entry loads ${f}`).toBe(true);
        for (const ref of importsOf(f)) {
          if (ref.lazy || ref.typeOnly) continue;
          expect(packageOf(ref.spec), `${f} imports the package ${ref.spec}`).toBeNull();
          const target = fileOf(resolveImport(ref)!);
          expect(target, `${f}: ${ref.spec} not found`).not.toBeNull();
          queue.push(target!);
        }
      }
      expect(seen.has(`src/widgets/${w.name}/params.ts`), w.name).toBe(true);
    }
  });
});
