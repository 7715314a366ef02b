// Text ink for labels drawn on coloured fills (not in palette.ts: that file is in the UI chunk every route loads,
// and only a few views label coloured areas).
/** WCAG relative luminance of a #rrggbb colour. */
function relativeLuminance(hex: string): number {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
}

/** Text ink for a label on a #rrggbb fill: near-black or white, whichever has the higher WCAG contrast. */
export function inkOn(fill: string): string {
  const L = relativeLuminance(fill), dark = relativeLuminance('#111827');
  return (L + 0.05) / (dark + 0.05) >= 1.05 / (L + 0.05) ? '#111827' : '#ffffff';
}
