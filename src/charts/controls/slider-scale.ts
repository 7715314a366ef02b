import type { IntSpec, NumberSpec } from '../../params';

/**
 * Maps a number parameter to slider positions. Log-scale parameters move in decades and snap to
 * two significant digits, so a learning rate lands on 0.03 rather than 0.0301995.
 */
export interface SliderScale {
  min: number;
  max: number;
  step: number;
  toPosition(value: number): number;
  fromPosition(position: number): number;
}

export function roundSig(v: number, digits = 2): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  return Number(v.toPrecision(digits));
}

export function sliderScale(spec: NumberSpec | IntSpec): SliderScale {
  if (spec.type === 'number' && spec.scale === 'log' && spec.min > 0) {
    const lo = Math.log10(spec.min), hi = Math.log10(spec.max);
    return {
      min: lo,
      max: hi,
      step: (hi - lo) / 200,
      toPosition: (v) => Math.log10(Math.min(Math.max(v, spec.min), spec.max)),
      fromPosition: (p) => Math.min(Math.max(roundSig(10 ** p), spec.min), spec.max),
    };
  }
  const step = spec.step ?? (spec.type === 'int' ? 1 : (spec.max - spec.min) / 100);
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return {
    min: spec.min,
    max: spec.max,
    step,
    toPosition: (v) => v,
    fromPosition: (p) => {
      const snapped = spec.min + Math.round((p - spec.min) / step) * step;
      const v = spec.type === 'int' ? Math.round(snapped) : Number(snapped.toFixed(decimals));
      return Math.min(Math.max(v, spec.min), spec.max);
    },
  };
}

export function formatParamNumber(v: number): string {
  if (!Number.isFinite(v)) return '—';
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e5)) return v.toExponential(1).replace('e', 'e');
  return String(Number(v.toPrecision(4)));
}
