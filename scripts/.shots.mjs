// node scripts/.shots.mjs PORT route... → /tmp/shots/NAME-1280.png, NAME-390.png; prints scrollWidth, NaN, errors
import { chromium } from 'playwright';
import { mkdirSync } from 'node:fs';
const [port, ...routes] = process.argv.slice(2);
const WAIT = Number(process.env.WAIT ?? 2500);
mkdirSync('/tmp/shots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
for (const route of routes) {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width === 390 ? 844 : 900 }, deviceScaleFactor: 1 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${port}/#/${route}`);
    await page.waitForTimeout(WAIT);
    const name = (route.replace(/[^a-z0-9]+/gi, '_') || 'gallery') + `-${width}`;
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: process.env.FULL === '1' });
    const info = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, nan: /\bNaN\b|undefined/.test(document.body.innerText) }));
    console.log(name, JSON.stringify(info), errors.slice(0, 3).join(' | '));
    await page.close();
  }
}
await browser.close();
