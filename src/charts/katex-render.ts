// KaTeX and its stylesheet, in their own chunk: Formula.svelte loads this after first paint, so a widget's
// route does not carry ~96 KB (gzipped) of maths typesetting before anything is on screen (issue 16's budget).
import katex from 'katex';
import 'katex/dist/katex.min.css';

/** TeX (our own constant or number-built strings, never user text) to HTML; KaTeX escapes what it renders. */
export function renderTex(tex: string, display: boolean): string {
  return katex.renderToString(tex, { displayMode: display, throwOnError: false, trust: false, output: 'html' });
}
