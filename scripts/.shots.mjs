// usage: node scripts/.shots.mjs PORT route [route...]  → /tmp/shots/NAME-1280.png, NAME-390.png
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
const [port, ...routes] = process.argv.slice(2);
mkdirSync('/tmp/shots', { recursive: true });
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const route of routes) {
  for (const w of [1280, 390]) {
    const page = await b.newPage({ viewport: { width: w, height: w === 390 ? 844 : 900 } });
    await page.goto(`http://127.0.0.1:${port}/${route}`);
    await page.waitForTimeout(Number(process.env.WAIT || 2500));
    if (process.env.CLICK) { await page.getByTestId(process.env.CLICK).click().catch(() => {}); await page.waitForTimeout(1500); }
    const name = route.replace(/[^a-z0-9]+/gi, '_').replace(/^_+|_+$/g, '').slice(0, 60);
    await page.screenshot({ path: `/tmp/shots/${name}-${w}.png`, fullPage: !!process.env.FULL });
    await page.close();
  }
}
await b.close();
