// Every widget's schema at once, for what must know them all up front: the custom-element script (an element's
// observed attributes are fixed when it is defined) and the tests. The app itself loads one schema per route
// (registry.ts loadSchema), so this module must never be imported by the gallery or a widget page.
import type { Schema } from '../params';
import { widgetFolder } from './registry';

const eager = import.meta.glob<Schema>('../widgets/*/params.ts', { eager: true, import: 'schema' });

/** Route name → schema, for every widget folder. */
export const SCHEMAS: Record<string, Schema> = Object.fromEntries(Object.entries(eager).map(([path, schema]) => [widgetFolder(path), schema]));
