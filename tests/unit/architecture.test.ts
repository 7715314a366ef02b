// The layers of docs/ARCHITECTURE.md, enforced: every import in src/ (static, type-only, dynamic, workers and
// globs alike) must point to its own layer or one below it.
import { describe, expect, it } from 'vitest';
import { importsIn, importsOf, packageOf, resolveImport, sourceFiles, type ImportRef } from './helpers/imports';

const LAYERS = ['core', 'params', 'charts', 'widgets', 'workers', 'app'] as const;
type Layer = (typeof LAYERS)[number];

/** The other layers each layer may import (docs/ARCHITECTURE.md). Workers sit beside widgets: widgets start them. */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: [],
  params: [],
  charts: ['core', 'params'],
  widgets: ['core', 'params', 'charts', 'workers'],
  workers: ['core', 'params'],
  app: ['core', 'params', 'charts', 'widgets', 'workers'],
};

/** Packages a layer must not use: core and workers run without a DOM (Node, Web Workers); params is pure data. */
const PACKAGE_ALLOWED: Record<Layer, (pkg: string) => boolean> = {
  core: (pkg) => pkg !== 'svelte',
  params: () => false,
  charts: () => true,
  widgets: () => true,
  workers: (pkg) => pkg !== 'svelte',
  app: () => true,
};

function layerOf(path: string): Layer | null {
  const m = /^src\/([^/]+)(?:\/|$)/.exec(path);
  return m && (LAYERS as readonly string[]).includes(m[1]) ? (m[1] as Layer) : null;
}

/** Why an import breaks the layering, or null when it is allowed. */
function violation(ref: ImportRef): string | null {
  const from = layerOf(ref.file);
  if (!from) return `${ref.file} is outside every layer (src/{${LAYERS.join(',')}}/)`;
  const pkg = packageOf(ref.spec);
  if (pkg) return PACKAGE_ALLOWED[from](pkg) ? null : `${from} may not use the package ${pkg}`;
  const target = resolveImport(ref)!;
  if (!target.startsWith('src/')) return null; // shipped data files (datasets/) and other assets
  const to = layerOf(target);
  if (!to) return `points to ${target}, outside every layer`;
  if (to !== from && !MAY_IMPORT[from].includes(to)) return `${from} may not import ${to} (${target})`;
  if (from === 'widgets' && to === 'widgets') return crossWidget(ref.file, target);
  return null;
}

/** Widget folders share code only through widgets/shared/, widgets/shared-eval/ and widgets/types.ts. */
const SHARED_WIDGET_CODE = /^src\/widgets\/(shared|shared-eval)\/|^src\/widgets\/types(\.ts)?$/;
function crossWidget(file: string, target: string): string | null {
  const folder = (p: string) => /^src\/widgets\/([^/]+)\//.exec(p)?.[1];
  if (SHARED_WIDGET_CODE.test(target) || folder(file) === folder(target)) return null;
  return `widget ${folder(file)} may not import widget ${folder(target)}'s code (${target}): move what both need down a layer or into widgets/shared/`;
}

const problems = (refs: ImportRef[]) =>
  refs.flatMap((r) => {
    const v = violation(r);
    return v ? [`${r.file}:${r.line} imports '${r.spec}': ${v}`] : [];
  });

describe('architecture: imports only point down the layers', () => {
  const files = sourceFiles('src');

  it('finds every source file and its imports', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const l of LAYERS) expect(files.some((f) => layerOf(f) === l), l).toBe(true);
    const refs = files.flatMap(importsOf);
    // each kind of import the checker has to follow is really there (a parser that missed them would pass vacuously)
    expect(refs.some((r) => r.file.endsWith('.svelte') && r.spec.startsWith('../'))).toBe(true);
    expect(refs.some((r) => r.typeOnly)).toBe(true);
    expect(refs.some((r) => r.lazy && r.spec.endsWith('Widget.svelte'))).toBe(true);
    expect(refs.some((r) => r.file.startsWith('src/app/') && r.spec.includes('*'))).toBe(true);
  });

  it('no import in src/ points up', () => {
    expect(problems(files.flatMap(importsOf))).toEqual([]);
  });

  it('the checker catches an upward import of every kind (and ignores import-like text)', () => {
    const bad = [
      importsIn('src/core/bad.ts', "import Scatter from '../charts/Scatter.svelte';\nimport { mount } from 'svelte';"),
      importsIn('src/core/bad2.ts', "import type { Params } from '../widgets/knn/params';"),
      importsIn('src/params/bad.ts', "export { Rng } from '../core/random';\nimport { max } from 'd3';"),
      importsIn('src/charts/Bad.svelte', "<script lang=\"ts\">\n  const w = await import('../widgets/knn/Widget.svelte');\n</script>"),
      importsIn('src/widgets/knn/bad.ts', "import { WIDGETS } from '../../app/registry';\nimport { STRETCH } from '../logistic/session';"),
      importsIn('src/workers/bad.ts', "const u = new URL('../charts/palette.ts', import.meta.url);"),
      importsIn('src/other/bad.ts', "import { Rng } from '../core/random';"),
    ].flat();
    expect(problems(bad)).toEqual([
      "src/core/bad.ts:1 imports '../charts/Scatter.svelte': core may not import charts (src/charts/Scatter.svelte)",
      "src/core/bad.ts:2 imports 'svelte': core may not use the package svelte",
      "src/core/bad2.ts:1 imports '../widgets/knn/params': core may not import widgets (src/widgets/knn/params)",
      "src/params/bad.ts:1 imports '../core/random': params may not import core (src/core/random)",
      "src/params/bad.ts:2 imports 'd3': params may not use the package d3",
      "src/charts/Bad.svelte:2 imports '../widgets/knn/Widget.svelte': charts may not import widgets (src/widgets/knn/Widget.svelte)",
      "src/widgets/knn/bad.ts:1 imports '../../app/registry': widgets may not import app (src/app/registry)",
      "src/widgets/knn/bad.ts:2 imports '../logistic/session': widget knn may not import widget logistic's code (src/widgets/logistic/session): move what both need down a layer or into widgets/shared/",
      "src/workers/bad.ts:1 imports '../charts/palette.ts': workers may not import charts (src/charts/palette.ts)",
      'src/other/bad.ts:1 imports \'../core/random\': src/other/bad.ts is outside every layer (src/{core,params,charts,widgets,workers,app}/)',
    ]);
    const fine = importsIn(
      'src/widgets/knn/ok.ts',
      "// import { WIDGETS } from '../../app/registry';\nconst s = \"import x from '../../app/x'\";\nimport { Rng } from '../../core/random';\nconst w = new URL('../../workers/cnn.worker.ts', import.meta.url);\nimport Metric from '../shared/Metric.svelte';\nimport { STRETCH } from './session';",
    );
    expect(fine.map((r) => r.spec)).toEqual(['../../core/random', '../../workers/cnn.worker.ts', '../shared/Metric.svelte', './session']);
    expect(problems(fine)).toEqual([]);
  });
});
