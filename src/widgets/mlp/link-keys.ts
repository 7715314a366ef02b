// Which link of #/mlp's diagram an arrow key moves the focus to. The links are listed layer by layer (l, then from
// unit i, then to unit j), so Up/Down walk one layer's links in order and Left/Right jump to the neighbouring layer,
// landing on the link at the same place in it (or its last one): every weight is reachable from the one tab stop.

/** The index to focus after `key` on link `at`, or null for a key that does not move (it then does its usual job). */
export function nextLink(links: readonly { l: number }[], at: number, key: string): number | null {
  const n = links.length, here = links[at];
  if (!here) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return n - 1;
  if (key === 'ArrowDown') return Math.min(n - 1, at + 1);
  if (key === 'ArrowUp') return Math.max(0, at - 1);
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return null;
  const l = here.l + (key === 'ArrowRight' ? 1 : -1);
  const first = links.findIndex((k) => k.l === here.l), start = links.findIndex((k) => k.l === l);
  if (start < 0) return at;
  let end = start;
  while (end + 1 < n && links[end + 1].l === l) end++;
  return Math.min(end, start + (at - first));
}
