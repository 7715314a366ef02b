import { expect, test } from '@playwright/test';
import { openWidget, readMetric, shot, waitForMetric, watchConsole } from './helpers';

test('LDA: Play runs Gibbs sweeps; log p(w, z) rises and perplexity falls; words are coloured by topic', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'lda');
  expect(await readMetric(page, 'sweep')).toBe(0);
  const ll0 = await readMetric(page, 'log-likelihood');
  const perp0 = await readMetric(page, 'perplexity');
  expect(await readMetric(page, 'tokens')).toBeGreaterThan(4000);
  await page.getByTestId('play').click();
  await waitForMetric(page, 'sweep', (v) => v >= 40);
  await page.getByTestId('play').click(); // pause
  expect(await readMetric(page, 'log-likelihood')).toBeGreaterThan(ll0 + 5000);
  expect(await readMetric(page, 'perplexity')).toBeLessThan(perp0 * 0.5);
  // every counted word of the document carries a topic, and the map has five circles
  await expect(page.locator('[data-testid="doc-text"] [data-topic]').first()).toBeVisible();
  await expect(page.locator('svg [data-topic]')).toHaveCount(5);
  await expect(page).toHaveURL(/steps=\d+/);
  con.check();
});

test('LDA: a link restores the sweeps, the selected topic, λ and the term', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'lda', 'steps=60&topic=3&lambda=0.25&term=galaxy&doc=7');
  expect(await readMetric(page, 'sweep')).toBe(60);
  await expect(page.getByTestId('lambda-value')).toHaveText('0.25');
  await expect(page.locator('svg [data-topic="3"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('size: share of “galaxy”')).toBeVisible();
  await expect(page.getByTestId('doc-number')).toHaveValue('7');
  const ll = await readMetric(page, 'log-likelihood');
  // clicking another circle selects it and goes into the link
  await page.locator('svg [data-topic="1"]').click();
  await expect(page).not.toHaveURL(/topic=/); // topic 1 is the default: links leave it out
  await page.locator('svg [data-topic="4"]').click();
  await expect(page).toHaveURL(/topic=4/);
  await page.reload();
  await expect(page.locator('svg [data-topic="4"]')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => readMetric(page, 'sweep')).toBe(60);
  expect(await readMetric(page, 'log-likelihood')).toBe(ll);
  await expect(page.getByTestId('lambda-value')).toHaveText('0.25');
  await shot(page, 'lda-link');
  con.check();
});

test('LDA: bad pasted text gives a clear message, not a crash', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'lda');
  const paste = page.getByTestId('paste-text');
  if (!(await paste.isVisible())) await page.getByRole('button', { name: /settings/i }).click();
  await paste.fill('the and of\nit is was\nwe are the');
  await page.getByTestId('paste-use').click();
  await expect(page.getByText(/every word is an English stop word/)).toBeVisible();
  await expect(page.getByTestId('play')).toBeDisabled();
  await expect(page.locator('body')).not.toContainText('NaN');
  // a file with NUL bytes (binary)
  await page.locator('input[type=file][name=text]').setInputFiles({ name: 'image.png', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
  await expect(page.getByText(/binary/)).toBeVisible();
  // own text that works: two themes, K larger than the documents gets a note
  await paste.fill('goal striker goal referee\nstriker goal oven bread');
  await page.getByTestId('paste-use').click();
  await expect(page.getByText(/more topics than documents/)).toBeVisible();
  await page.getByTestId('step').click();
  await waitForMetric(page, 'sweep', (v) => v === 1);
  expect(Number.isFinite(await readMetric(page, 'perplexity'))).toBe(true);
  await expect(page.locator('body')).not.toContainText('NaN');
  con.check();
});
