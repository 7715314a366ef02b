/**
 * `<mlp-NAME attr="value">` custom elements for pages that prefer tags to iframes. Each element wraps an
 * <iframe> to this site's embed page, so the widget keeps its own styles and state, and attributes are
 * validated by the widget's schema exactly like the URL (invalid values show a notice inside the widget).
 * - Only the schema's names (and `controls`) are settings: id, class, style, title, data-* stay the page's.
 * - Changing a setting attribute later updates the widget (observedAttributes come from the schema).
 * - The iframe is made once: reconnecting the element (or moving it with moveBefore, which keeps an iframe's
 *   document) does not make a new one. (A plain appendChild move reloads any iframe; the browser does that.)
 * - The iframe grows to the widget's height: the embed page posts { type: 'mlp-size', height } to its parent.
 */
import { attributeToParam, observedAttributeNames } from './embed-attributes';
import { SCHEMAS } from './all-schemas';
import { RESERVED_KEYS, embedPageUrl } from './url-state';

// The site's root: the built script sits there (embed-element.js); the dev server serves this module from src/app/.
const SITE_URL = new URL(import.meta.env.DEV ? '/' : './', import.meta.url).href;
/** Before the first size message arrives (or if scripts in the frame are blocked). */
const FIRST_HEIGHT = 900;

function defineElement(name: string, paramNames: readonly string[]) {
  const tag = `mlp-${name}`;
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      static observedAttributes = observedAttributeNames(paramNames);
      private frame: HTMLIFrameElement | null = null;
      private readonly onMessage = (e: MessageEvent) => {
        if (!this.frame || e.source !== this.frame.contentWindow) return;
        const h = (e.data as { type?: string; height?: unknown } | null)?.height;
        if ((e.data as { type?: string })?.type === 'mlp-size' && typeof h === 'number' && Number.isFinite(h)) {
          this.frame.style.height = `${Math.min(Math.max(Math.ceil(h), 150), 6000)}px`;
        }
      };
      /** The embed page's URL for the element's setting attributes (other attributes are ignored). */
      private src(): string {
        const q = new URLSearchParams();
        for (const a of Array.from(this.attributes)) {
          const key = attributeToParam(a.name, paramNames);
          // append: `positive-share` and `positiveshare` both given is a key given twice (the last wins, with a notice)
          if (key) q.append(key, a.value);
        }
        return embedPageUrl(SITE_URL, name, q);
      }
      connectedCallback() {
        window.addEventListener('message', this.onMessage);
        if (this.frame) return;
        const f = document.createElement('iframe');
        f.src = this.src();
        f.title = this.getAttribute('title') || `${name} · ml-playground`;
        f.loading = 'lazy';
        f.style.cssText = `width:100%;height:${FIRST_HEIGHT}px;border:0;display:block`;
        this.frame = f;
        this.replaceChildren(f);
      }
      /** A move with moveBefore keeps the iframe's document: nothing to redo. */
      connectedMoveCallback() {}
      disconnectedCallback() {
        window.removeEventListener('message', this.onMessage);
      }
      attributeChangedCallback() {
        if (!this.frame) return; // the first src reads every attribute
        const next = this.src();
        // Only the hash differs, so the frame's page stays and rebuilds the widget from the new settings.
        if (next !== this.frame.src) this.frame.src = next;
      }
    },
  );
}

if (typeof customElements !== 'undefined') {
  for (const [name, schema] of Object.entries(SCHEMAS)) defineElement(name, [...schema.map((p) => p.name), ...RESERVED_KEYS]);
}
