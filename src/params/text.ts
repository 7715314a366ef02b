// Helpers for user-supplied text: what may be quoted back in a notice or kept in a link.

/** Control characters (newlines, tabs, NUL...) make a notice or a link unreadable. */
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when `s` has at most `maxLength` characters and no control characters. */
export function isPlainText(s: string, maxLength: number): boolean {
  return s.length <= maxLength && !CONTROL.test(s);
}

/** `s` without control characters. */
export function stripControl(s: string): string {
  return s.replace(new RegExp(CONTROL, 'g'), '');
}

/** Shortens user-supplied text before it is quoted back in a notice. */
export function quote(s: string): string {
  const t = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `“${t}”`;
}

/** Longest runtime option value a link may carry (a column name). */
export const MAX_RUNTIME_VALUE = 100;

/** A well-formed runtime enum value: plain text, at most MAX_RUNTIME_VALUE characters. */
export function isRuntimeValue(s: string): boolean {
  return isPlainText(s, MAX_RUNTIME_VALUE);
}

/** Runtime flags are a comma list, so their values are plain text without commas. */
export function isRuntimeFlag(s: string): boolean {
  return s !== '' && isRuntimeValue(s) && !s.includes(',');
}
