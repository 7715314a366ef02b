// node scripts/.probe.mjs PORT 'route?query' waitMs → prints data-metric values
import { chromium } from 'playwright';
const [port, route, wait = '3000'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('pageerror', (e) => console.log('pageerror', String(e)));
await page.goto(`http://127.0.0.1:${port}/#/${route}`);
await page.waitForTimeout(Number(wait));
console.log(JSON.stringify(await page.$$eval('[data-metric]', (els) => els.map((e) => [e.getAttribute('data-metric'), e.textContent?.trim().slice(0, 40)])), null, 0));
await browser.close();
