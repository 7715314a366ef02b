/**
 * The data lab's sections, in order. The preparation panels live in ./prepare/ (one file each, props
 * `{ table: DataTable; target: string | null }`); a panel gets its tab once it is listed in `panels`, loaded
 * lazily when its tab is first opened; a panel not listed has no tab.
 */
import type { Component } from 'svelte';
import type { DataTable } from '../../core/data/table';
import type { TABS } from './params';

export type TabId = (typeof TABS)[number];
export type PanelProps = { table: DataTable; target: string | null };
type PanelModule = { default: Component<PanelProps> };

// Each panel is its own lazy chunk. Wiring them cost every route 0.26 KB (Svelte runtime features the panels use and
// no widget did, in the runtime chunk all routes share) once vite.config's UI_KIT group kept the widgets' shared UI
// in one chunk; without that group they split it and cost 1.2 to 2 KB.
const panels: Record<string, (() => Promise<PanelModule>) | undefined> = import.meta.glob<PanelModule>('./prepare/*Panel.svelte');

const PREPARE: { id: TabId; label: string; file: string }[] = [
  { id: 'missing', label: 'Missing values', file: 'MissingPanel' },
  { id: 'encoding', label: 'Encoding', file: 'EncodingPanel' },
  { id: 'scaling', label: 'Scaling', file: 'ScalingPanel' },
  { id: 'pipeline', label: 'Pipeline', file: 'PipelinePanel' },
  { id: 'recordio', label: 'RecordIO', file: 'RecordIOPanel' },
];

export interface Section {
  id: TabId;
  label: string;
  /** A preparation panel's lazy component; none for Load and Output (the widget's own). */
  load?: () => Promise<PanelModule>;
}

export const SECTIONS: Section[] = [
  { id: 'load', label: 'Load' },
  ...PREPARE.flatMap(({ id, label, file }) => {
    const load = panels[`./prepare/${file}.svelte`];
    return load ? [{ id, label, load }] : [];
  }),
  { id: 'output', label: 'Output' },
];
