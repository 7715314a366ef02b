// `use:drag`: the one drag gesture of every chart handle (a threshold line, a split line, a curve point, data
// points, k-means centres). Pointer capture keeps the drag alive outside the handle; the frame turns the pointer
// into data coordinates; moves reach the chart at most once per animation frame; a handle with a value also
// moves with the keyboard and tells screen readers what it is. See docs/CHARTS.md.
import type { ActionReturn } from 'svelte/action';
import { fmtSig } from '../format';
import type { Frame } from '../types';
import { perFrame } from './per-frame';

interface DragCommon {
  /** The chart's frame: `pointer` maps an event to data coordinates, the scales' domains size the default key step. */
  frame: Pick<Frame, 'pointer' | 'xScale' | 'yScale'>;
  /** Neither pointer nor keys move the handle (e.g. a read-only embed), and it is not focusable. */
  disabled?: boolean;
  /** Accessible name of the handle (say how to move it). */
  label?: string;
  /** Arrow-key step in data units; default 1 % of the axis' domain. */
  step?: number;
  /** Shift + arrow and PageUp/PageDown step; default 10 × step. */
  bigStep?: number;
  /** Pixels the pointer must travel before a drag begins, so that a press without a move stays a click (default 0). */
  minDistance?: number;
  /** On pointer down: return false to ignore this press (e.g. it missed every point). */
  onstart?: (ev: PointerEvent) => boolean | void;
  /** After a drag that moved the handle, and after each key step: the moment to commit (URL, restart). */
  onend?: () => void;
}

/** A handle moved along one axis (a threshold or split line): a slider for keyboards and screen readers. */
export interface SliderDrag extends DragCommon {
  axis: 'x' | 'y';
  /** The handle's position now (aria-valuenow; key steps start from it). */
  value: number;
  /** Range of the value: the drag and key steps stay inside; Home/End jump to the ends. */
  min?: number;
  max?: number;
  onmove: (value: number) => void;
}

/** A handle moved in the plane (a point, a centre). */
export interface PointDrag extends DragCommon {
  axis?: 'xy';
  /** Where the handle is now; given, the arrow keys move it (left/right: x, up/down: y). */
  value?: readonly number[];
  onmove: (x: number, y: number) => void;
  /**
   * Replaces the arrow keys' plane steps, for a handle bound to a path (a point on a curve steps to the next
   * vertex): sign +1 for →/↑/PageUp, -1 for ←/↓/PageDown; big with Shift or PageUp/PageDown.
   */
  onkeystep?: (sign: 1 | -1, big: boolean) => void;
}

export type DragOptions = SliderDrag | PointDrag;

const isSlider = (o: DragOptions): o is SliderDrag => o.axis === 'x' || o.axis === 'y';
/** Drops the float noise of repeated key steps (0.1 + 0.2), so values stay as typed. */
const clean = (v: number) => Number(v.toPrecision(12));
const clamp = (v: number, lo = -Infinity, hi = Infinity) => Math.min(hi, Math.max(lo, v));
const span = (d: number[]) => Math.abs(d[d.length - 1] - d[0]) || 1;

const KEY_SIGN: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, PageUp: 1, ArrowLeft: -1, ArrowDown: -1, PageDown: -1 };

export function drag(node: Element, options: DragOptions): ActionReturn<DragOptions> {
  let o = options;
  let pointerId: number | null = null;
  let startX = 0;
  let startY = 0;
  let moved = false;
  let swallowClick = false;

  // The latest pointer position reaches the chart once per frame (a kNN rebuild or a k-means redraw per frame,
  // not per mouse event).
  const report = perFrame((x: number, y: number) => {
    if (isSlider(o)) o.onmove(clamp(o.axis === 'x' ? x : y, o.min, o.max));
    else o.onmove(x, y);
  });

  function down(ev: PointerEvent) {
    if (o.disabled || pointerId !== null || ev.button !== 0) return;
    swallowClick = false;
    if (o.onstart?.(ev) === false) return;
    pointerId = ev.pointerId;
    startX = ev.clientX;
    startY = ev.clientY;
    moved = false;
    node.setPointerCapture?.(ev.pointerId);
    node.classList.add('dragging');
    ev.stopPropagation(); // the press belongs to the handle, not to the plot under it
  }
  function move(ev: PointerEvent) {
    if (ev.pointerId !== pointerId) return;
    if (!moved && Math.hypot(ev.clientX - startX, ev.clientY - startY) < (o.minDistance ?? 0)) return;
    moved = true;
    const [x, y] = o.frame.pointer(ev);
    if (Number.isFinite(x) && Number.isFinite(y)) report(x, y);
  }
  function end(ev: PointerEvent) {
    if (ev.pointerId !== pointerId) return;
    pointerId = null;
    node.classList.remove('dragging');
    if (node.hasPointerCapture?.(ev.pointerId)) node.releasePointerCapture(ev.pointerId);
    report.flush(); // the last position before the commit
    if (moved) {
      swallowClick = true;
      o.onend?.();
    }
  }
  // The click that ends a drag is not a click on the handle (or a click that adds a point under it).
  function click(ev: Event) {
    if (!swallowClick) return;
    swallowClick = false;
    ev.stopPropagation();
  }

  function stepOf(axis: 'x' | 'y', big: boolean): number {
    const s = o.step ?? 0.01 * span((axis === 'x' ? o.frame.xScale : o.frame.yScale).domain());
    return big ? (o.bigStep ?? 10 * s) : s;
  }
  function key(ev: KeyboardEvent) {
    if (o.disabled) return;
    const sign = KEY_SIGN[ev.key];
    const big = ev.shiftKey || ev.key === 'PageUp' || ev.key === 'PageDown';
    if (isSlider(o)) {
      let v: number;
      if (sign) v = o.value + sign * stepOf(o.axis, big);
      else if (ev.key === 'Home' && o.min !== undefined) v = o.min;
      else if (ev.key === 'End' && o.max !== undefined) v = o.max;
      else return;
      o.onmove(clamp(clean(v), o.min, o.max));
    } else if (o.onkeystep) {
      if (!o.value || !sign) return;
      o.onkeystep(sign as 1 | -1, big);
    } else {
      const p = o.value;
      if (!p || !sign || ev.key.startsWith('Page')) return;
      const horizontal = ev.key === 'ArrowLeft' || ev.key === 'ArrowRight';
      const [x, y] = horizontal ? [p[0] + sign * stepOf('x', big), p[1]] : [p[0], p[1] + sign * stepOf('y', big)];
      o.onmove(clean(x), clean(y));
    }
    ev.preventDefault();
    o.onend?.();
  }

  /** Focusability, role and values for assistive technology, and no page scroll under a finger on the handle. */
  function describe() {
    const set = (name: string, v: string | number | undefined | false) => {
      if (v === undefined || v === false || (typeof v === 'number' && !Number.isFinite(v))) node.removeAttribute(name);
      else node.setAttribute(name, String(v));
    };
    const el = node as HTMLElement | SVGElement;
    el.style.touchAction = o.disabled ? '' : 'none';
    const keyed = !o.disabled && (isSlider(o) || o.value !== undefined);
    set('tabindex', keyed && 0);
    set('role', keyed && 'slider');
    // A chart drawn as role="img" (PlotFrame) hides everything inside it from assistive technology, and a focusable
    // handle inside an image is axe's nested-interactive: the chart that holds a keyboard handle becomes a group.
    if (keyed) node.closest('svg[role="img"]')?.setAttribute('role', 'group');
    if (o.label !== undefined) set('aria-label', o.label);
    if (keyed && isSlider(o)) {
      set('aria-valuenow', o.value);
      set('aria-valuemin', o.min);
      set('aria-valuemax', o.max);
      set('aria-orientation', o.axis === 'y' ? 'vertical' : 'horizontal');
      set('aria-valuetext', undefined);
    } else if (keyed && !isSlider(o) && o.value) {
      // ARIA has no two-dimensional slider: the value text reads both coordinates.
      set('aria-valuenow', o.value[0]);
      set('aria-valuetext', `x ${fmtSig(o.value[0])}, y ${fmtSig(o.value[1])}`);
      for (const a of ['aria-valuemin', 'aria-valuemax', 'aria-orientation']) set(a, undefined);
    } else {
      for (const a of ['aria-valuenow', 'aria-valuemin', 'aria-valuemax', 'aria-orientation', 'aria-valuetext']) set(a, undefined);
    }
  }

  const listeners: [string, (ev: never) => void][] = [
    ['pointerdown', down],
    ['pointermove', move],
    ['pointerup', end],
    ['pointercancel', end],
    ['lostpointercapture', end],
    ['click', click],
    ['keydown', key],
  ];
  for (const [type, fn] of listeners) node.addEventListener(type, fn as EventListener);
  describe();

  return {
    update(next) {
      o = next;
      describe();
    },
    destroy() {
      report.cancel();
      for (const [type, fn] of listeners) node.removeEventListener(type, fn as EventListener);
    },
  };
}
