/**
 * `<mlp-NAME attr="value">` custom elements for pages that prefer tags to iframes. Each element wraps an
 * <iframe> to this site's embed page, so the widget keeps its own styles and state, and attributes are
 * validated by the widget's schema exactly like the URL (invalid values show a notice inside the widget).
 * The iframe grows to the widget's height (the embed page posts it).
 */
import { attributeToParam } from './embed-attributes';
import { WIDGETS } from './registry';
import { RESERVED_KEYS, embedPageUrl } from './url-state';

const SCRIPT_URL = (document.currentScript as HTMLScriptElement | null)?.src ?? import.meta.url;

function defineElement(name: string, paramNames: readonly string[]) {
  const tag = `mlp-${name}`;
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      private frame: HTMLIFrameElement | null = null;
      private readonly onMessage = (e: MessageEvent) => {
        if (!this.frame || e.source !== this.frame.contentWindow) return;
        const h = (e.data as { type?: string; height?: unknown } | null)?.height;
        if ((e.data as { type?: string })?.type === 'mlp-size' && typeof h === 'number' && Number.isFinite(h)) {
          this.frame.style.height = `${Math.min(Math.max(Math.ceil(h), 150), 4000)}px`;
        }
      };
      connectedCallback() {
        const q = new URLSearchParams();
        for (const a of Array.from(this.attributes)) q.set(attributeToParam(a.name, paramNames), a.value);
        const f = document.createElement('iframe');
        f.src = embedPageUrl(SCRIPT_URL, name, q);
        f.title = `${name} · ml-playground`;
        f.loading = 'lazy';
        f.style.cssText = 'width:100%;height:640px;border:0;display:block';
        this.frame = f;
        this.replaceChildren(f);
        window.addEventListener('message', this.onMessage);
      }
      disconnectedCallback() {
        window.removeEventListener('message', this.onMessage);
        this.frame = null;
      }
    },
  );
}

if (typeof customElements !== 'undefined') {
  for (const w of WIDGETS) defineElement(w.name, [...w.schema.map((p) => p.name), ...RESERVED_KEYS]);
}
