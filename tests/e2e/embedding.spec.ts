// Embeds that fit the page they are in (issue 15): a plain HTML page with two widgets as iframes (with the dialog's
// resize script) and two as custom elements. Heights applied, attributes read and updated, no notices for the page's
// own attributes, and "Open in ml-playground" follows what the embed shows.
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { RESIZE_SCRIPT } from '../../src/app/url-state';
import { shot, watchConsole } from './helpers';

const frameHeight = (page: Page, sel: string) => page.locator(sel).evaluate((f) => f.getBoundingClientRect().height);
const innerHeight = (f: FrameLocator) => f.locator('html').evaluate((h) => h.scrollHeight);

test('a plain page with two iframes and two custom elements: sized to fit, attributes live, links follow state', async ({ page }) => {
  test.setTimeout(180_000);
  const con = watchConsole(page);
  // A plain page on the preview's origin (so the module script loads), served by the test itself: it does not
  // carry the app's CSP, which would refuse the page's inline resize script, as a reader's own page would not.
  const base = test.info().project.use.baseURL!;
  const fixture = `${base}__embedding-fixture.html`;
  await page.route(fixture, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  const html = `<!doctype html><html><body style="max-width:860px;margin:0 auto">
    <h1>My notes</h1>
    <iframe id="f1" src="${base}embed.html#/logistic?seed=3" width="100%" height="1100" style="border:0"></iframe>
    <iframe id="f2" src="${base}embed.html#/roc?controls=0" width="100%" height="1100" style="border:0"></iframe>
    ${RESIZE_SCRIPT}
    <script type="module" src="${base}embed-element.js"></script>
    <div id="box1"><mlp-knn id="a" class="wide" style="display:block" title="kNN demo" data-note="x" k="7"></mlp-knn></div>
    <div id="box2"><mlp-gini positive-share="1" split="1.5"></mlp-gini></div>
  </body></html>`;
  await page.goto(fixture);
  const f1 = page.frameLocator('#f1'), f2 = page.frameLocator('#f2');
  const knn = page.frameLocator('mlp-knn iframe'), gini = page.frameLocator('mlp-gini iframe');
  // the frames load lazily: bring each into view as a reader scrolling down would
  for (const [sel, f] of [['#f1', f1], ['#f2', f2], ['mlp-knn', knn], ['mlp-gini', gini]] as const) {
    await page.locator(sel).scrollIntoViewIfNeeded();
    await f.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
  }

  // heights: every frame is as tall as its page (within a pixel), so nothing scrolls inside it
  for (const [sel, f] of [['#f1', f1], ['#f2', f2], ['mlp-knn iframe', knn], ['mlp-gini iframe', gini]] as const) {
    await expect.poll(async () => Math.abs((await frameHeight(page, sel)) - (await innerHeight(f))), { timeout: 15_000, message: sel }).toBeLessThanOrEqual(1);
  }
  // the compact layout: views first, settings folded
  await expect(f1.getByTestId('embed-settings')).not.toHaveAttribute('open');
  await expect(f2.getByTestId('embed-settings')).toHaveCount(0); // controls=0

  // id / class / style / title / data-* are the page's: no "Unknown setting" notice; k is read
  await expect(knn.getByTestId('param-notices')).toHaveCount(0);
  await expect(page.locator('mlp-knn iframe')).toHaveAttribute('src', /#\/knn\?k=7$/);
  await expect(page.locator('mlp-knn iframe')).toHaveAttribute('title', 'kNN demo');
  // positive-share is not a gini setting: ignored without a notice either (only schema names are settings)
  await expect(gini.getByTestId('param-notices')).toHaveCount(0);

  // an attribute changed after insertion updates the widget
  await page.locator('mlp-knn').evaluate((e) => e.setAttribute('k', '3'));
  await expect(page.locator('mlp-knn iframe')).toHaveAttribute('src', /k=3$/);
  await expect.poll(() => knn.locator('body').evaluate(() => location.hash)).toBe('#/knn?k=3');
  await expect(knn.getByTestId('open-full')).toHaveAttribute('href', /index\.html#\/knn\?k=3$/);

  // moving the element with moveBefore keeps its iframe and state
  const before = await page.locator('mlp-knn iframe').evaluate((f) => ((f as HTMLIFrameElement).contentWindow as Window & { __mark?: number }).__mark = 42);
  expect(before).toBe(42);
  await page.evaluate(() => {
    const el = document.querySelector('mlp-knn')!;
    const to = document.getElementById('box2')! as HTMLElement & { moveBefore?: (n: Node, r: Node | null) => void };
    if (to.moveBefore) to.moveBefore(el, null);
    else to.append(el);
  });
  expect(await page.locator('#box2 mlp-knn iframe').count()).toBe(1);
  expect(await page.locator('#box2 mlp-knn iframe').evaluate((f) => ((f as HTMLIFrameElement).contentWindow as Window & { __mark?: number }).__mark)).toBe(42);

  // "Open in ml-playground" follows the widget's state, not the original link
  await f1.getByTestId('embed-settings').locator('summary').click();
  await f1.locator('[data-param="dataset"] select').selectOption('spiral');
  await expect(f1.getByTestId('open-full')).toHaveAttribute('href', /index\.html#\/logistic\?dataset=spiral&seed=3$/);
  await shot(page, 'embedding-plain-page');
  con.check();
});

test('the embed link never keeps a link’s invalid values', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./embed.html#/logistic?seed=abc&lr=0.0301995&bogus=1');
  await page.locator('[data-metric]').first().waitFor();
  await expect(page.getByTestId('open-full')).toHaveAttribute('href', /index\.html#\/logistic\?lr=0\.0302$/);
  con.check();
});
