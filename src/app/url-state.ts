import { formatShownControls, parseParams, serializeParams, type AnyValues, type Schema, type ShownControls } from '../params';
import { formatHash } from './router';

/** Query keys the shell reserves for itself (not widget parameters): `controls`, the embed's shown controls (params/shown.ts). */
export const RESERVED_KEYS = ['controls'] as const;

export function readParams(schema: Schema, query: URLSearchParams) {
  return parseParams(schema, query, RESERVED_KEYS);
}

/** The query for a widget with these values: only non-default values, so links stay short. */
function widgetQuery(schema: Schema, values: AnyValues, extra: Record<string, string>): URLSearchParams {
  const q = new URLSearchParams(serializeParams(schema, values as never));
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q;
}

/** The hash for a widget with these values: only non-default values, so links stay short. */
export function widgetHash(name: string, schema: Schema, values: AnyValues, extra: Record<string, string> = {}): string {
  return formatHash(name, widgetQuery(schema, values, extra).toString());
}

/**
 * Absolute URL of the chrome-less embed page for a widget and a query as given (not yet validated: the embed
 * page reads it with readParams, so a bad value shows the same notice inside the widget as in a link).
 */
export function embedPageUrl(base: string, name: string, query: URLSearchParams): string {
  return new URL(`embed.html${formatHash(name, query.toString())}`, base).href;
}

/** Absolute URL of the chrome-less embed page for a widget state, showing these controls (null: all of them). */
export function embedUrl(base: string, name: string, schema: Schema, values: AnyValues, shown: ShownControls): string {
  const list = formatShownControls(shown, schema);
  return embedPageUrl(base, name, widgetQuery(schema, values, list === null ? {} : { controls: list }));
}

/**
 * The few lines that size every embed's iframe on a page to its widget: the embed page posts
 * { type: 'mlp-size', height } (docs/EMBEDDING.md) and this applies it to the iframe it came from. Pasting it
 * twice is harmless (both set the same height); where scripts are stripped the iframe keeps its height attribute.
 */
export const RESIZE_SCRIPT =
  '<script>addEventListener("message",function(e){var d=e.data;if(!d||d.type!=="mlp-size"||!(d.height>0))return;' +
  'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.min(Math.ceil(d.height),6000)+"px"})})</' +
  'script>';

/** The iframe's height when no script sizes it (see EmbedDialog). */
export const EMBED_HEIGHT = 1100;

export function iframeSnippet(src: string, title: string, height: number, resize = false): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const frame = `<iframe src="${esc(src)}" title="${esc(title)}" width="100%" height="${height}" style="border:0;border-radius:8px" loading="lazy"></iframe>`;
  return resize ? `${frame}\n${RESIZE_SCRIPT}` : frame;
}
