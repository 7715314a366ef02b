#!/usr/bin/env node
// Regenerates the gallery thumbnails (public/<entry.thumbnail>, e.g. public/thumbs/knn.jpg) from real screenshots of
// each widget, taken in Debian's Chromium against a production build. The widgets come from the registry (a widget
// without a `thumbnail` in its entry keeps the drawn placeholder). Run after a widget's look changes:
//   node scripts/thumbnails.mjs [name ...]        (PORT=… to run beside another checkout)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { chromium } from '@playwright/test';
import { readRegistry } from './registry.mjs';

// A state worth showing for each widget (trained a little, interesting data). Others open with defaults.
const STATES = {
  logistic: 'dataset=circles&features=x1,x2,x1%5E2,x2%5E2&steps=400&optimizer=adam&lr=0.05',
  kmeans: 'steps=6',
  lda: 'steps=100',
  cnn: 'timeLimit=20',
  rnn: 'layers=2',
  linear: 'steps=5',
  regularization: 'degree=9&steps=50',
  tree: 'steps=12',
  forest: 'steps=40',
  mlp: 'dataset=spiral&features=x1,x2,sin(x1),sin(x2)&layers=8,8,6&optimizer=adam&lr=0.01&steps=150',
};
// Widgets whose interesting state needs an action first (the CNN must train for a while).
const ACTIONS = {
  cnn: async (page) => {
    await page.getByTestId('train').click();
    await page.waitForTimeout(25_000);
  },
};
// Widgets whose first card is taller than its main chart (the regularisation card stacks the fit, the decomposition and
// the trade-off curve): crop around this element instead.
const CROP = {
  regularization: 'svg[role="img"]',
  // the data lab's first figure is one column's small histogram: show the column cards instead
  data: 'ul[aria-label="Columns"]',
  // the grid heat map and the random draws side by side, not the heat map alone
  tuning: '.views',
};
// Widgets cropped from the top of that element rather than around its middle.
const FROM_TOP = new Set(['tuning']);
const only = process.argv.slice(2);
const PORT = Number(process.env.PORT || 4192);
// Which widgets and where their thumbnails go: the registry's entries (the same list the gallery shows).
const widgets = (await readRegistry()).filter((w) => w.thumbnail && (only.length === 0 || only.includes(w.name)));

spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try { if ((await fetch(base)).ok) break; } catch { /* starting */ }
  await new Promise((r) => setTimeout(r, 200));
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const shotPage = await browser.newPage({ viewport: { width: 960, height: 1000 }, deviceScaleFactor: 1 });
  for (const { name, thumbnail } of widgets) {
    const path = `public/${thumbnail}`;
    mkdirSync(dirname(path), { recursive: true });
    await shotPage.goto(`${base}embed.html#/${name}?controls=0${STATES[name] ? `&${STATES[name]}` : ''}`);
    await shotPage.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
    await shotPage.waitForTimeout(2000);
    if (ACTIONS[name]) await ACTIONS[name](shotPage);
    // The widget's first view (its main chart), cropped to the card's 16:9.
    const box = await shotPage.locator(CROP[name] ?? 'figure, canvas, svg[role="img"]').first().boundingBox();
    const x = Math.max(0, (box?.x ?? 0) - 4);
    const width = Math.min(960 - x, (box?.width ?? 900) + 8);
    const height = Math.round((width * 9) / 16);
    // Tall views (square plots) are cropped around their middle, where the interesting part usually is.
    const y = Math.max(0, (box?.y ?? 0) - 4 + (FROM_TOP.has(name) ? 0 : Math.max(0, ((box?.height ?? 0) - height) / 2)));
    await shotPage.screenshot({ path, type: 'jpeg', quality: 75, clip: { x, y, width, height } });
    console.log(path);
  }
} finally {
  await browser.close();
  process.kill(-server.pid);
}
