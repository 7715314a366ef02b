// Widgets register themselves: every folder under src/widgets/ with an index.ts exporting `entry` is a widget.
// Eager on purpose, and cheap: an entry module imports only its params.ts (the schema); the widget's code, its
// charts and TF.js stay behind entry.load(), so the gallery loads none of them.
import { AREAS, type WidgetEntry } from '../widgets/types';

const found = import.meta.glob<WidgetEntry | undefined>('../widgets/*/index.ts', { eager: true, import: 'entry' });

/** Gallery order: by syllabus area (AREAS order), then each entry's `order`, then name. */
function galleryOrder(a: WidgetEntry, b: WidgetEntry): number {
  const area = (e: WidgetEntry) => AREAS.findIndex((x) => x.id === e.area);
  return area(a) - area(b) || a.order - b.order || a.name.localeCompare(b.name);
}

/** Every widget the app knows, in gallery order. Each entry lives in its widget's folder (index.ts). */
export const WIDGETS: WidgetEntry[] = Object.entries(found)
  .map(([path, entry]) => {
    if (!entry) throw new Error(`${path} must export a WidgetEntry named \`entry\``);
    return entry;
  })
  .sort(galleryOrder);

export function findWidget(name: string): WidgetEntry | undefined {
  return WIDGETS.find((w) => w.name === name);
}
