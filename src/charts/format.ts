// Number formatting for everything a learner reads on screen.
// One rule: a non-finite value (NaN, ±Infinity) or a missing one prints as '—', never "NaN".

const DASH = '—';

function isNum(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Strip the sign of a zero result ("-0.000" → "0.000"): a rounded tiny negative is not negative news. */
function noNegZero(s: string): string {
  return /^-0(\.0*)?(e[+-]?\d+)?$/.test(s) ? s.slice(1) : s;
}

/** Fixed decimals like `toFixed(digits)`; |x| ≥ 1e6 switches to exponent notation. '—' if not finite. */
export function fmt(x: number | null | undefined, digits = 3): string {
  if (!isNum(x)) return DASH;
  const d = clampDigits(digits, 0, 20);
  if (Math.abs(x) >= 1e6) return noNegZero(x.toExponential(2));
  return noNegZero(x.toFixed(d));
}

/**
 * At most `digits` significant digits, for values of any magnitude (weights, learning rates), without
 * trailing zeros: fmtSig(0.4200) → "0.42", fmtSig(-0.0003) → "-0.0003", fmtSig(1.2e-7) → "1.2e-7".
 * '—' if not finite.
 */
export function fmtSig(x: number | null | undefined, digits = 3): string {
  if (!isNum(x)) return DASH;
  const d = clampDigits(digits, 1, 21);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e9) return noNegZero(x.toExponential(d - 1).replace(/\.?0+e/, 'e'));
  const mag = Math.floor(Math.log10(a));
  // Decimals needed for `d` significant digits; integers keep all their digits (12345 → "12345").
  const decimals = Math.max(0, d - 1 - mag);
  return noNegZero(stripZeros(x.toFixed(Math.min(decimals, 20))));
}

/** A fraction as a percentage: fmtPct(0.935) → "93.5%". '—' if not finite. */
export function fmtPct(x: number | null | undefined, digits = 1): string {
  if (!isNum(x)) return DASH;
  return `${noNegZero((x * 100).toFixed(clampDigits(digits, 0, 20)))}%`;
}

/** Rounded integer with thousands separators: fmtInt(1234.4) → "1,234". '—' if not finite. */
export function fmtInt(x: number | null | undefined): string {
  if (!isNum(x)) return DASH;
  const r = Math.round(x);
  const s = Math.abs(r).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return r < 0 ? `-${s}` : s;
}

function clampDigits(d: number, lo: number, hi: number): number {
  return Number.isFinite(d) ? Math.min(hi, Math.max(lo, Math.round(d))) : lo;
}

/** "0.4200" → "0.42", "3.000" → "3", "120" stays. */
function stripZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}
