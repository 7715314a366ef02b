#!/usr/bin/env node
// Full-page screenshots of widget routes at a desktop (1280 px) and a phone (390 px) width, from a
// production build, for looking at what a change did (before/after comparisons):
//   node scripts/screens.mjs OUTDIR [route-with-query ...]     e.g. node scripts/screens.mjs /tmp/after logistic 'kmeans?steps=6'
// Without routes it shoots every gallery entry with its defaults. PORT (default 4193) lets two checkouts run it at once.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [out = 'test-results/screens', ...routes] = process.argv.slice(2);
const PORT = Number(process.env.PORT || 4193);
mkdirSync(out, { recursive: true });
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
  const probe = await browser.newPage();
  await probe.goto(base);
  const names = routes.length ? routes : await probe.locator('a.card[data-widget]').evaluateAll((as) => as.map((a) => a.getAttribute('data-widget')));
  for (const [tag, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    for (const route of names) {
      await page.goto(`${base}#/${route}`);
      await page.locator('[data-metric]').first().waitFor({ timeout: 60_000 }).catch(() => {});
      await page.waitForTimeout(1500);
      const file = `${out}/${route.replace(/[^a-z0-9]+/gi, '_')}-${tag}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  try { process.kill(-server.pid); } catch { /* gone */ }
}
