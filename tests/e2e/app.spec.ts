import { expect, test } from '@playwright/test';
import { openWidget, readMetric, replayed, shot, waitForMetric, watchConsole } from './helpers';

test('gallery lists widgets by syllabus area and every route renders without console errors', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'See machine learning work.' })).toBeVisible();
  const cards = page.locator('a.card[data-widget]');
  await expect(cards.first()).toBeVisible();
  const names = await cards.evaluateAll((as) => as.map((a) => a.getAttribute('data-widget')!));
  expect(names).toContain('logistic');
  await shot(page, 'gallery');
  for (const name of names) {
    await page.goto(`./#/${name}`);
    await page.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
    await expect(page.locator('body')).not.toContainText('NaN');
    await shot(page, `route-${name}`);
  }
  con.check();
});

test('a garbage URL falls back to defaults with a notice, and an unknown route says so', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic', 'lr=abc&penalty=%3Cb%3Ebold%3C%2Fb%3E&bogus=1&n=3');
  const notices = page.getByTestId('param-notices');
  await expect(notices).toContainText('Learning rate');
  await expect(notices).toContainText('<b>bold</b>');
  await expect(notices).toContainText('Unknown setting “bogus”');
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
  await expect(page.locator('[data-param="lr"] output')).toHaveText('0.3');
  await page.goto('./#/no-such-widget');
  await expect(page.getByText('There is no widget called “no-such-widget”.')).toBeVisible();
  con.check();
});

test('logistic regression: play trains, the loss falls, and the link restores the same run', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./');
  await page.locator('a.card[data-widget="logistic"]').click();
  await page.locator('[data-metric="train-loss"]').waitFor();
  const before = await readMetric(page, 'train-loss');
  expect(before).toBeCloseTo(Math.log(2), 2); // zero weights: p = 0.5 everywhere

  await page.locator('[data-param="penalty"] select').selectOption('l2');
  await page.getByTestId('play').click();
  await waitForMetric(page, 'epoch', (v) => v >= 30);
  await page.getByTestId('play').click(); // pause
  const after = await readMetric(page, 'train-loss');
  expect(after).toBeLessThan(before * 0.7);
  expect(await readMetric(page, 'test-accuracy')).toBeGreaterThan(0.75);
  await shot(page, 'logistic-trained');

  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/steps=\d+/);
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toContain('penalty=l2');
  const metrics = async () => Promise.all(['epoch', 'train-loss', 'test-loss', 'test-accuracy'].map((m) => readMetric(page, m)));
  const saved = await metrics();
  await page.reload();
  await page.locator('[data-metric="train-loss"]').waitFor();
  await expect.poll(metrics).toEqual(saved);
  await expect(page.locator('[data-param="penalty"] select')).toHaveValue('l2');
  con.check();
});

test('clicking the plot adds a training point of the chosen class', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic');
  const caption = page.locator('.caption').first();
  const text = await caption.textContent();
  const nBefore = Number(/(\d+) training/.exec(text ?? '')![1]);
  // An empty corner of the plot area (top left of two moons): a click there is a click on the plot, not a point.
  const box = (await page.locator('figure.map rect.plot-hit').first().boundingBox())!;
  await page.mouse.click(box.x + 15, box.y + 15);
  await expect(caption).toContainText(`${nBefore + 1} training points`);
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/added=/);
  con.check();
});

test('a diverging learning rate pauses training with a clear message and no NaN on screen', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic', 'penalty=l2&C=0.001&lr=3');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('diverged')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('play')).toHaveText(/Play/);
  await expect(page.locator('body')).not.toContainText('NaN');
  await expect(page.locator('body')).not.toContainText('Infinity');
  await shot(page, 'logistic-diverged');
  con.check();
});

test('embed page: chrome-less, optional controls, and two embeds do not share state', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./embed.html#/logistic?controls=0&seed=3');
  await page.locator('[data-metric="epoch"]').waitFor();
  await expect(page.locator('aside[aria-label="Settings"]')).toHaveCount(0);
  await expect(page.locator('header.top')).toHaveCount(0);
  await shot(page, 'embed-no-controls');
  await page.goto('./embed.html#/logistic?seed=3');
  // the compact embed layout: views first, the settings folded after them
  await expect(page.getByTestId('embed-settings')).toBeVisible();
  await expect(page.getByTestId('embed-settings')).not.toHaveAttribute('open');

  const base = new URL('./', page.url()).href;
  await page.setContent(`<!doctype html><html><body>
    <iframe id="a" src="${base}embed.html#/logistic?seed=1" style="width:1000px;height:700px"></iframe>
    <iframe id="b" src="${base}embed.html#/logistic?seed=1" style="width:1000px;height:700px"></iframe></body></html>`);
  const a = page.frameLocator('#a'), b = page.frameLocator('#b');
  await a.locator('[data-metric="epoch"]').waitFor();
  await b.locator('[data-metric="epoch"]').waitFor();
  await a.getByTestId('play').click();
  await expect.poll(async () => Number(await a.locator('[data-metric="epoch"]').getAttribute('data-value'))).toBeGreaterThan(5);
  expect(Number(await b.locator('[data-metric="epoch"]').getAttribute('data-value'))).toBe(0);
  con.check();
});

test('the embed dialog gives an iframe snippet and a custom element that works', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic', 'seed=5');
  await page.getByTestId('embed-button').click();
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html#\/logistic\?seed=5"/);
  await page.getByTestId('embed-show-controls').uncheck();
  await expect(snippet).toHaveValue(/seed=5&amp;controls=0/);
  await expect(snippet).toHaveValue(/height="1100"[^\n]*<\/iframe>\n<script>addEventListener\("message"/);
  await shot(page, 'embed-dialog');

  const base = new URL('./', page.url()).href;
  await page.setContent(`<!doctype html><html><body style="width:1100px">
    <script type="module" src="${base}embed-element.js"></script>
    <mlp-logistic seed="5" lr="0.5" controls="0"></mlp-logistic></body></html>`);
  const frame = page.frameLocator('mlp-logistic iframe');
  await frame.locator('[data-metric="epoch"]').waitFor({ timeout: 30_000 });
  await expect(frame.locator('aside[aria-label="Settings"]')).toHaveCount(0);

  // HTML lowercases attribute names: camelCase and kebab-case settings must still reach the widget.
  await page.setContent(`<!doctype html><html><body style="width:1100px">
    <script type="module" src="${base}embed-element.js"></script>
    <mlp-roc positiveShare="0.1" n="600"></mlp-roc></body></html>`);
  const roc = page.frameLocator('mlp-roc iframe');
  await roc.locator('[data-metric]').first().waitFor({ timeout: 30_000 });
  await expect(roc.getByTestId('param-notices')).toHaveCount(0);
  await expect(page.locator('mlp-roc iframe')).toHaveAttribute('src', /positiveShare=0\.1/);
  con.check();
});

test('the evaluation panel threshold is part of the link and does not restart training', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'logistic', 'steps=80');
  const loss = await readMetric(page, 'train-loss');
  await page.getByTestId('panel-threshold').fill('0.3');
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/threshold=0\.3/);
  expect(await readMetric(page, 'epoch')).toBe(80);
  expect(await readMetric(page, 'train-loss')).toBe(loss);
  await page.reload();
  await page.getByTestId('panel-threshold').waitFor();
  await replayed(page);
  await expect(page.getByTestId('panel-threshold')).toHaveValue('0.3');
  expect(await readMetric(page, 'epoch')).toBe(80);
  con.check();
});
