// Widgets register themselves: every folder under src/widgets/ with an index.ts exporting `entry` is a widget,
// and the folder's name is its route name. The entries are eager and tiny (names, titles, areas: the gallery and
// every route need them); the cards' one-liners (blurb.ts) load after first paint (loadBlurbs); each widget's schema (params.ts), code, charts and TF.js load only when its route opens, so a new
// widget adds nothing to the gallery or to the other widgets' routes.
import type { Schema } from '../params';
import { AREAS, type WidgetEntry } from '../widgets/types';

const found = import.meta.glob<WidgetEntry | undefined>('../widgets/*/index.ts', { eager: true, import: 'entry' });
const schemas = import.meta.glob<Schema>('../widgets/*/params.ts', { import: 'schema' });

/** Gallery order: by syllabus area (AREAS order), then each entry's `order`, then name. */
function galleryOrder(a: WidgetEntry, b: WidgetEntry): number {
  const area = (e: WidgetEntry) => AREAS.findIndex((x) => x.id === e.area);
  return area(a) - area(b) || a.order - b.order || a.name.localeCompare(b.name);
}

/** The folder a widget lives in, which is also its route name: `../widgets/<name>/index.ts`. */
export function widgetFolder(path: string): string {
  return path.split('/').at(-2) ?? '';
}

/** Every widget the app knows, in gallery order. Each entry lives in its widget's folder (index.ts). */
export const WIDGETS: WidgetEntry[] = Object.entries(found)
  .map(([path, entry]) => {
    if (!entry) throw new Error(`${path} must export a WidgetEntry named \`entry\``);
    if (entry.name !== widgetFolder(path)) throw new Error(`${path}: the entry's name must be its folder's name`);
    if (!schemas[path.replace(/index\.ts$/, 'params.ts')]) throw new Error(`${path}: the widget has no params.ts`);
    return entry;
  })
  .sort(galleryOrder);

export function findWidget(name: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.name === name);
}

/** A widget's parameter schema (its params.ts), loaded with the widget rather than with the gallery. */
export function loadSchema(entry: WidgetEntry): Promise<Schema> {
  return schemas[`../widgets/${entry.name}/params.ts`]();
}

let blurbs: Promise<ReadonlyMap<string, string>> | undefined;
/** Every widget's one-line description (its folder's blurb.ts), in a chunk of its own loaded on first use. */
export function loadBlurbs(): Promise<ReadonlyMap<string, string>> {
  blurbs ??= import('./blurbs').then((m) => m.BLURBS);
  return blurbs;
}
