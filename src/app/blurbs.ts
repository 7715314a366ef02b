// The gallery cards' one-liners, one per widget folder (src/widgets/<name>/blurb.ts). They are text for people, not
// for routing, so they stay out of the registry every route loads: before, each new widget's blurb added ~0.1 KB
// gzipped to every route's first load. This module is its own chunk, imported after first paint by the gallery and
// by the widget page (one request for all of them).
import { widgetFolder } from './registry';

const found = import.meta.glob<string>('../widgets/*/blurb.ts', { eager: true, import: 'blurb' });

/** Widget name → its one-line description. */
export const BLURBS: ReadonlyMap<string, string> = new Map(Object.entries(found).map(([path, blurb]) => [widgetFolder(path), blurb]));
