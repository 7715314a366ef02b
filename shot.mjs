import { chromium } from '@playwright/test';
const [out, ...routes] = process.argv.slice(2);
const base = 'http://127.0.0.1:4211/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
for (const [tag, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
  const page = await browser.newPage({ viewport: { width, height } });
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console', m.type(), m.text()); });
  page.on('pageerror', (e) => console.log('pageerror', e.message));
  for (const route of routes) {
    await page.goto(`${base}#/${route}`);
    await page.locator('[data-metric]').first().waitFor({ timeout: 60000 }).catch(() => {});
    await page.waitForTimeout(2000);
    const sw = await page.evaluate(() => document.documentElement.scrollWidth);
    const file = `${out}/${route.replace(/[^a-z0-9]+/gi, '_')}-${tag}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file, 'scrollWidth', sw);
  }
  await page.close();
}
await browser.close();
