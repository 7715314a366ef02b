/** Hash routes: `#/` is the gallery, `#/<widget>?<params>` a widget. Never throws on garbage. */
export interface Route {
  /** Widget name, or '' for the gallery. */
  name: string;
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  let h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h.startsWith('/')) h = h.slice(1);
  const q = h.indexOf('?');
  const path = q >= 0 ? h.slice(0, q) : h;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(q >= 0 ? h.slice(q + 1) : '');
  } catch {
    query = new URLSearchParams();
  }
  let name = '';
  try {
    name = decodeURIComponent(path).replace(/\/+$/, '');
  } catch {
    name = path;
  }
  return { name, query };
}

export function formatHash(name: string, query: string): string {
  return `#/${name}${query ? `?${query}` : ''}`;
}
