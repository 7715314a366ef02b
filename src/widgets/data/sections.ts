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

// Not wired yet: importing the panels from here (lazily or not) splits the chunk every other widget shares
// (PlotFrame, Metric, the controls, core/metrics…) into pieces, which put #/kmeans, #/forest, #/svm, #/tree and
// #/roc over their bundle caps (measured: +0.2 to +2.6 KB each). When that chunking is solved, this becomes
//   const panels = import.meta.glob<PanelModule>('./prepare/*Panel.svelte');
const panels: Record<string, (() => Promise<PanelModule>) | undefined> = {};

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
