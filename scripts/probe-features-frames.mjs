// Frame gaps and long tasks on #/features (docs/PERFORMANCE.md, features) in headless Chromium: selection changes (k,
// the ranking) and data changes (noise features, samples), each from the change until the progress metric reads 100 %
// and 0.5 s more. Usage: node scripts/probe-features-frames.mjs http://127.0.0.1:<port>/ (a running vite preview).
import { chromium } from '@playwright/test';
const url = process.argv[2] || 'http://127.0.0.1:4215/';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking'] });
const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto(url + '#/features');
const done = () => page.waitForFunction(() => document.querySelector('[data-metric="progress"]')?.getAttribute('data-value') === '1', null, { timeout: 120000 });
await done();
await page.waitForTimeout(1500);
await page.evaluate(`window.__frames = []; window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  window.__tick = (t) => { window.__frames.push(t); requestAnimationFrame(window.__tick); }; requestAnimationFrame(window.__tick);`);
const take = async () => {
  const f = await page.evaluate('window.__frames.splice(0)');
  const g = f.slice(1).map((t, i) => t - f[i]).sort((a, b) => a - b);
  const long = await page.evaluate('window.__long.splice(0)');
  return `frames ${f.length}, p90 gap ${g[Math.floor(0.9 * g.length)]?.toFixed(0)}, longest ${g.at(-1)?.toFixed(0)} ms, gaps>50: ${g.filter((x) => x > 50).length}, long tasks [${long.join(', ')}]`;
};
await page.waitForTimeout(2000);
console.log('idle 2 s:', await take());
const set = async (name, v) => page.locator(`[data-param="${name}"] input[type="range"]`).evaluate((el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); }, v);
for (const [label, act] of [
  ['k 3 → 6 (view)', () => set('k', 6)],
  ['ranking → mutual information (view)', () => page.locator('[data-param="ranking"] select').selectOption('mi')],
  ['k 6 → 2 (view)', () => set('k', 2)],
  ['noise features 5 → 12 (data)', () => set('nNoise', 12)],
  ['samples 300 → 800 (data)', () => set('n', 800)],
]) {
  await page.evaluate('window.__frames.splice(0); window.__long.splice(0)');
  const t0 = Date.now();
  await act();
  await page.waitForTimeout(300);
  await done();
  await page.waitForTimeout(500);
  console.log(`${label} (${Date.now() - t0} ms):`, await take());
}
await b.close();
