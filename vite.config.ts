import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { VitePWA } from 'vite-plugin-pwa';

// The built pages may load only their own assets: no other origin can be contacted, even by a bug or a
// dependency (a learner's data never leaves the page). Dev mode is left alone for Vite's HMR socket.
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// The <meta> policy covers the pages but not Web Workers (a worker takes the policy of its own script's response).
// So the same policy also goes out as a header: from `vite preview`, and in a `_headers` file that static hosts
// with header rules read (Netlify, Cloudflare Pages); docs/EMBEDDING.md lists how other hosts set it.
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n  Content-Security-Policy: ${CSP}\n` });
  },
};

// The custom-element script has a stable name in the build (embed-element.js at the site's root). The dev server
// builds nothing, so it serves the same name from the source module: the embed dialog's element snippet works
// wherever it is opened.
const embedElementInDev: Plugin = {
  name: 'embed-element-in-dev',
  apply: 'serve',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.split('?')[0] === '/embed-element.js') req.url = '/src/app/embed-element.ts';
      next();
    });
  },
};

// Offline use: a service worker precaches the whole built site (pages, every chunk, the workers, TF.js's wasm
// files, the shipped data sets, KaTeX's fonts) on the first visit, so a learner who opened the playground once can
// use every widget without a connection. New versions are offered (a banner with "Reload"), never forced mid-session:
// registerType 'prompt' and src/app/offline.ts. Not in dev mode (Vite's own module graph).
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: null,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,wasm,bin,gz,csv,png,svg,woff2}'],
    // the MNIST subset (1.6 MB) and TF.js's wasm binaries are larger than Workbox's 2 MB default allows for some builds
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: null,
    // The first install takes over the open page at once, so it works offline without a reload; later versions
    // still wait (no skipWaiting) until the learner reloads from the banner.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

// The widgets' shared UI kit: one chunk. Left to the automatic splitting, this set is one chunk only while exactly the
// same widgets import all of it; a lazy part that imports some of it (the data lab's panels) split it into pieces that
// every route then loads separately (+1.2 to +2 KB on every widget route).
const UI_KIT = /\/src\/(params\/visibility\.ts|charts\/(format|palette|scales|types)\.ts|charts\/controls\/|charts\/actions\/|charts\/(Legend|Axis|PlotFrame)\.svelte|charts\/marks\/AddCursor\.svelte|widgets\/shared\/(WidgetLayout|Metric)\.svelte)|\/node_modules\/d3-(array|color|interpolate|format|scale)\//;

// One config serves the app build and both vitest projects, so tests see the same plugins as the app.
export default defineConfig({
  base: './',
  plugins: [svelte(), contentSecurityPolicy, embedElementInDev, offline],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Data files stay files (fetched when a widget opens that set), never base64 inside the JS every route loads.
    assetsInlineLimit: (file) => (/\.(bin|csv)$/.test(file) ? false : undefined),
    // dist/.vite/manifest.json: what each page and widget chunk imports, read by scripts/bundle-budget.mjs.
    manifest: true,
    // A widget's lazy import preloads only its CSS (without which it would render unstyled); its JS imports load when
    // its chunk does. The preload lists of every widget sat in the registry that every route loads (1.4 KB gzipped
    // with 16 widgets, growing with each); the price is one more round trip on a first, uncached visit to a widget,
    // and none after it, since the service worker precaches every chunk (see `offline` above).
    modulePreload: { resolveDependencies: (_file, deps) => deps.filter((d) => d.endsWith('.css')) },
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html', 'embed-element': 'src/app/embed-element.ts' },
      // A stable name, so pages can load it as <script src=".../embed-element.js">.
      output: {
        entryFileNames: (chunk) => (chunk.name === 'embed-element' ? 'embed-element.js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'ui-kit', test: UI_KIT }],
        },
      },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CSP } },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30000,
        },
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['tests/components/**/*.test.ts'],
          setupFiles: ['tests/components/setup.ts'],
        },
      },
    ],
  },
});
