import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from './registry';
import { openWidget, pressPlayIfEnabled, watchConsole } from './helpers';

// The content security policy (vite.config.ts) holds on every route, the embed page and inside workers:
// every route works under it (no violation report), and a request to another origin is refused, from the page
// and from a worker. "Another origin" is this same server under another host name (localhost vs 127.0.0.1),
// so without the policy the request would succeed: a refusal here is the policy's doing, not the network's.

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const otherOrigin = (page: Page) => page.url().replace('//127.0.0.1:', '//localhost:').replace(/[#?].*$/, '');

for (const w of WIDGETS) {
  test(`#/${w.name} runs under the content security policy with no violation`, async ({ page }) => {
    await recordViolations(page);
    const con = watchConsole(page);
    await openWidget(page, w.name);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    if (await pressPlayIfEnabled(page)) await page.waitForTimeout(800);
    expect(await violations(page)).toEqual([]);
    con.check();
  });
}

test('the embed page runs under the policy, and the page cannot reach another origin', async ({ page }) => {
  await recordViolations(page);
  await page.goto('./embed.html#/logistic');
  await page.locator('[data-metric]').first().waitFor();
  expect(await violations(page)).toEqual([]);
  const url = otherOrigin(page);
  const result = await page.evaluate((u) => fetch(u, { mode: 'no-cors' }).then(() => 'reached', () => 'refused'), url);
  expect(result).toBe('refused');
  expect((await violations(page)).some((v) => v.startsWith('connect-src'))).toBe(true);
});

test('a worker gets the same policy: fetch, no-cors fetch and import() to another origin are refused', async ({ page }) => {
  const workerStarted = page.waitForEvent('worker');
  await openWidget(page, 'cnn');
  const worker = await workerStarted;
  const url = otherOrigin(page);
  const outcome = await worker.evaluate(async (u) => {
    const tryIt = (p: Promise<unknown>) => p.then(() => 'reached', () => 'refused');
    return {
      fetch: await tryIt(fetch(u)),
      noCors: await tryIt(fetch(u, { mode: 'no-cors' })),
      importModule: await tryIt(import(/* @vite-ignore */ `${u}embed-element.js`)),
    };
  }, url);
  expect(outcome).toEqual({ fetch: 'refused', noCors: 'refused', importModule: 'refused' });
  // The control: the same requests to the worker's own origin go through, so the refusals above are the policy's.
  const own = await worker.evaluate(async (u) => fetch(u, { mode: 'no-cors' }).then(() => 'reached', () => 'refused'), page.url().replace(/[#?].*$/, ''));
  expect(own).toBe('reached');
});

test('#/lda’s corpus worker (a learner’s text) gets the same policy', async ({ page }) => {
  await openWidget(page, 'lda');
  const workerStarted = page.waitForEvent('worker', { predicate: (w) => /corpus\.worker/.test(w.url()) });
  await page.locator('input[type=file][name=text]').setInputFiles({ name: 'few.txt', mimeType: 'text/plain', buffer: Buffer.from('goal striker match\noven bread flour\n') });
  // The widget's worker ends as soon as it has counted the text, often before a probe could reach it. So the probe
  // runs in a second worker started from the same script URL (served with the same headers, so under the same
  // policy), which stays alive waiting for a message that never comes.
  const scriptUrl = (await workerStarted).url();
  const probeStarted = page.waitForEvent('worker', { predicate: (w) => w.url() === scriptUrl });
  await page.evaluate((u) => { (window as unknown as { __probe: Worker }).__probe = new Worker(u, { type: 'module' }); }, scriptUrl);
  const probe = await probeStarted;
  const refused = await probe.evaluate(async (u) => fetch(u, { mode: 'no-cors' }).then(() => 'reached', () => 'refused'), otherOrigin(page));
  expect(refused).toBe('refused');
  // The control: the same worker reaches its own origin, so the refusal above is the policy's.
  const own = await probe.evaluate(async (u) => fetch(u, { mode: 'no-cors' }).then(() => 'reached', () => 'refused'), page.url().replace(/[#?].*$/, ''));
  expect(own).toBe('reached');
});
