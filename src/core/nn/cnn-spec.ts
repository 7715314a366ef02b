/**
 * The CNN's description and the arithmetic on it (output shapes, parameter count), without TF.js:
 * the widget's main thread uses these, and must not pull TF.js in (it lives in the worker).
 */
import type { ConvImpl } from './conv-layer-types';

export interface ConvLayerSpec {
  filters: number;
  kernelSize: number;
  /** 1 (default) keeps the size ('same' padding); 2 halves it, a cheap stand-in for pooling. */
  strides?: number;
}
export type Pooling = 'max' | 'avg' | 'none';
export interface CnnSpec {
  /** [rows, cols, channels], e.g. [28, 28, 1]. */
  inputShape: [number, number, number];
  conv: ConvLayerSpec[];
  /** 2×2 pooling after every conv layer, or none. */
  pooling: Pooling;
  /** Units of the hidden dense layer before the output; 0 = straight to the output. */
  denseUnits: number;
  /** Dropout rate before the output layer (0 = off). */
  dropout: number;
  nClasses: number;
  seed: number;
  /** How the conv layers compute gradients: 'auto' (default) = native conv2d, except on wasm (see conv-layer.ts). */
  convImpl?: ConvImpl;
}

/** Output size of 'same'-padded conv (stride s) then optional 2×2 pooling: ceil(n / s), then ceil(n / 2). */
function outSize(n: number, strides: number, pooled: boolean): number {
  const afterConv = Math.ceil(n / strides);
  return pooled ? Math.ceil(afterConv / 2) : afterConv;
}

/** The [rows, cols, channels] after each conv block; throws when a spec is not buildable. */
export function convOutputShapes(spec: CnnSpec): [number, number, number][] {
  const [r0, c0, ch] = spec.inputShape;
  if (![r0, c0, ch].every((v) => Number.isInteger(v) && v > 0)) throw new Error('inputShape must be positive integers');
  if (!(spec.nClasses >= 2)) throw new Error('nClasses must be at least 2');
  if (!(spec.dropout >= 0 && spec.dropout < 1)) throw new Error('dropout must be in [0, 1)');
  if (!(Number.isInteger(spec.denseUnits) && spec.denseUnits >= 0)) throw new Error('denseUnits must be an integer ≥ 0');
  let r = r0, c = c0;
  return spec.conv.map((l, i) => {
    const s = l.strides ?? 1;
    if (!(Number.isInteger(l.filters) && l.filters > 0)) throw new Error(`conv layer ${i + 1}: filters must be a positive integer`);
    if (!(Number.isInteger(l.kernelSize) && l.kernelSize > 0)) throw new Error(`conv layer ${i + 1}: kernelSize must be a positive integer`);
    if (!(s === 1 || s === 2)) throw new Error(`conv layer ${i + 1}: strides must be 1 or 2`);
    if (r < 2 && c < 2 && (s > 1 || spec.pooling !== 'none')) throw new Error(`conv layer ${i + 1}: the image is already 1×1; use fewer layers or no pooling`);
    r = outSize(r, s, spec.pooling !== 'none');
    c = outSize(c, s, spec.pooling !== 'none');
    return [r, c, l.filters];
  });
}

/** Names of the conv layers, in order (for the feature-map views). */
export function convLayerNames(spec: CnnSpec): string[] {
  return spec.conv.map((_, i) => `conv${i + 1}`);
}

/** Trainable parameter count (for the widget's "N weights" line). */
export function countParams(spec: CnnSpec): number {
  const shapes = convOutputShapes(spec);
  let inCh = spec.inputShape[2], total = 0;
  spec.conv.forEach((l) => {
    total += l.kernelSize * l.kernelSize * inCh * l.filters + l.filters;
    inCh = l.filters;
  });
  const last = shapes.length ? shapes[shapes.length - 1] : spec.inputShape;
  let width = last[0] * last[1] * last[2];
  if (spec.denseUnits > 0) {
    total += width * spec.denseUnits + spec.denseUnits;
    width = spec.denseUnits;
  }
  return total + width * spec.nClasses + spec.nClasses;
}
