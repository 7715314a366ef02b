// Types shared by the charts and by the widgets that feed them (see docs/CHARTS.md).
import type { ScaleContinuousNumeric } from 'd3';
import type { Snippet } from 'svelte';

export type Domain = [number, number];

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Scale = ScaleContinuousNumeric<number, number>;

/** What overlay/underlay snippets receive: scales map data → px inside the plot area (origin top-left of the plot area). */
export interface Frame {
  xScale: Scale;
  yScale: Scale;
  /** Inner plot width in px. */
  width: number;
  /** Inner plot height in px. */
  height: number;
  /** Data coordinates [x, y] of a pointer/mouse event (for drags and hover in overlays). */
  pointer: (ev: MouseEvent) => [number, number];
}

export interface AxisSpec {
  domain: Domain;
  type?: 'linear' | 'log';
  label?: string;
  ticks?: number;
  tickValues?: number[];
  tickFormat?: (v: number) => string;
  /** Light grid lines across the plot at each tick. */
  grid?: boolean;
  /** Extend the domain to round values (default true for linear axes). */
  nice?: boolean;
  /** Draw no axis (the scale still exists). */
  hidden?: boolean;
  /** Length of the tick marks in px (0 for category axes). */
  tickSize?: number;
  /** Only whole-number ticks (epochs, iterations, k): no "0.5" ticks on a short integer axis. */
  integer?: boolean;
}

export interface ScatterPoint {
  x: number;
  y: number;
  /** Class index → categorical colour (default 0). */
  c?: number;
  /** Test points are drawn hollow (outlined). */
  test?: boolean;
  /** Radius override in px. */
  r?: number;
}

/** Binary mode: P(class 1) per cell, row-major, row 0 = top (max y). */
export interface ProbaGrid {
  nx: number;
  ny: number;
  values: ArrayLike<number>;
}

/** Multiclass mode: class index per cell (< 0 = undefined), confidence in [0, 1] (default 1). */
export interface ClassGrid {
  nx: number;
  ny: number;
  classes: ArrayLike<number>;
  confidence?: ArrayLike<number>;
}

export type BoundaryGrid = ProbaGrid | ClassGrid;

export interface LineSeries {
  name: string;
  y: ArrayLike<number>;
  x?: ArrayLike<number>;
  color?: string;
  dashed?: boolean;
}

export interface Bar {
  label: string;
  value: number;
  color?: string;
}

export interface LegendItem {
  label: string;
  color: string;
  shape?: 'line' | 'dash' | 'dot' | 'hollow' | 'square';
}

/** A line segment in data coordinates (marks/Segments.svelte). */
export interface Segment {
  from: [number, number] | number[];
  to: [number, number] | number[];
  color?: string;
}

/** An arrow in data coordinates (marks/Arrows.svelte). */
export interface Arrow {
  from: [number, number] | number[];
  to: [number, number] | number[];
  color?: string;
  label?: string;
}

export const DEFAULT_MARGIN: Margin = { top: 12, right: 14, bottom: 36, left: 44 };

/** The point-layer props Scatter and BoundaryMap share (BoundaryMap draws the same points over its grid). */
export interface PointLayerProps {
  colors?: readonly string[];
  radius?: number;
  classNames?: string[];
  selected?: number | null;
  xLabel?: string;
  yLabel?: string;
  width?: number;
  height?: number;
  aspect?: number;
  margin?: Partial<Margin>;
  ariaLabel?: string;
  onplotclick?: (x: number, y: number, ev?: MouseEvent) => void;
  /** The plot click adds a point: the keyboard's way to do it, named (see PlotFrame's addLabel). */
  addLabel?: string;
  onpointclick?: (i: number, p: ScatterPoint, ev: MouseEvent) => void;
  onpointdrag?: (i: number, x: number, y: number) => void;
  overlay?: Snippet<[Frame]>;
  underlay?: Snippet<[Frame]>;
}
