import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseTopicsTsv } from '../../src/core/datasets/text';
import { CountVectorizer } from '../../src/core/feature_extraction';
import { LatentDirichletAllocation } from '../../src/core/models/decomposition';
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

test('LDA: the batch variational method shows core’s numbers for the same seed, and a link keeps the method', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'lda', 'method=batch&seed=2&steps=4&doc=12');
  expect(await readMetric(page, 'sweep')).toBe(4);
  // core's LatentDirichletAllocation on the same counts (CountVectorizer with the widget's defaults), here in Node
  const { docs } = parseTopicsTsv(readFileSync('datasets/topics-corpus.tsv', 'utf8'));
  const X = new CountVectorizer({ stopWords: 'english', minDf: 2, maxDf: 1 }).fitTransform(docs);
  const lda = new LatentDirichletAllocation({ nComponents: 5, method: 'batch', docTopicPrior: 0.2, topicWordPrior: 0.2, seed: 2, maxIter: 4 }).fit(X);
  const perp = lda.perplexity(X), score = lda.score(X);
  expect(Math.abs(await readMetric(page, 'perplexity') - perp)).toBeLessThan(1e-9 * perp);
  expect(Math.abs(await readMetric(page, 'log-likelihood') - score)).toBeLessThan(1e-9 * Math.abs(score));
  await expect(page.locator('[data-metric="perplexity"]')).toContainText(perp.toFixed(1));
  await expect(page.getByText('Perplexity (scikit-learn)', { exact: true })).toBeVisible();
  // the document's mixture is transform(X)'s row 12; every counted word is coloured
  const theta = lda.transform(X)[11];
  await expect(page.getByTestId('doc-text')).toHaveAttribute('data-top-topic', String(theta.indexOf(Math.max(...theta)) + 1));
  await expect(page.locator('[data-testid="doc-text"] [data-topic]').first()).toBeVisible();
  await expect(page.getByText('ELBO per iteration')).toBeVisible();
  // Step: one more EM iteration (spread over a few slices of the run's per-frame budget)
  await page.getByTestId('play').click();
  await waitForMetric(page, 'sweep', (v) => v >= 8);
  await page.getByTestId('play').click();
  await expect(page).toHaveURL(/method=batch/);
  await expect(page.locator('body')).not.toContainText('NaN');
  await shot(page, 'lda-batch');
  con.check();
});

test('LDA: a large corpus from a file is counted in a worker and samples in slices: frames stay short and the sweep’s progress shows', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'lda');
  // 3,000 documents of 50 words from a 3,000-word vocabulary (a fixed pseudo-random draw): 150,000 tokens
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const word = (i: number) => `w${i.toString(36)}x`;
  const lines = Array.from({ length: 3000 }, (_, d) => Array.from({ length: 50 }, () => word(Math.floor(rand() * rand() * 3000) + (d % 3) * 7)).join(' '));
  // the text is counted in the corpus worker, with its stage on screen (watched from before the file is given)
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.evaluate(() => {
    const w = window as unknown as { __sawPreparing: boolean };
    w.__sawPreparing = false;
    new MutationObserver(() => { if (document.querySelector('[data-testid="lda-preparing"]')) w.__sawPreparing = true; }).observe(document.body, { childList: true, subtree: true });
  });
  await page.locator('input[type=file][name=text]').setInputFiles({ name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.from(lines.join('\n')) });
  await waitForMetric(page, 'tokens', (v) => v > 140_000, 60_000);
  await expect(page.getByTestId('lda-preparing')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __sawPreparing: boolean }).__sawPreparing)).toBe(true);
  expect(workers.some((u) => /corpus\.worker/.test(u))).toBe(true);
  await page.evaluate(() => performance.clearMeasures('mlp-frame'));
  await page.getByTestId('play').click();
  await expect(page.getByTestId('iteration-part')).toBeVisible({ timeout: 20_000 });
  await waitForMetric(page, 'sweep', (v) => v >= 3, 60_000);
  await page.getByTestId('play').click();
  // the run's own frame measures: sampling slices, the draw and Svelte's update of the views
  const frames = await page.evaluate(() => performance.getEntriesByName('mlp-frame').map((e) => e.duration).sort((a, b) => a - b));
  console.log(`large corpus: ${frames.length} frames, median ${frames[frames.length >> 1].toFixed(1)} ms, p90 ${frames[Math.floor(frames.length * 0.9)].toFixed(1)} ms, max ${frames.at(-1)!.toFixed(1)} ms`);
  expect(frames.length).toBeGreaterThan(10);
  expect(frames[frames.length >> 1]).toBeLessThan(16.7);
  await expect(page.locator('body')).not.toContainText('NaN');
  con.check();
});
