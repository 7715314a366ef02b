import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, watchConsole } from './helpers';

// The data lab's prepared penguins, fitted by the SVM in #/svm (issue 11, Output; issue 10): the SVC reads every
// column (three species: one-vs-one, as scikit-learn's SVC), the map shows one plane through them, clicks add nothing.
// Reference: tests/fixtures/make_svm_table.py (scikit-learn's SVC on the rows the session splits).
const fx = JSON.parse(readFileSync(new URL('../fixtures/svm_table.json', import.meta.url), 'utf8'));

test('the lab opens its prepared penguins in the SVM: scikit-learn’s support vectors and accuracies on every column', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/data?tab=output');
  await page.getByTestId('open-in-svm').click({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/svm\?table=penguins-prepared\.csv(%40|@)[0-9a-f]{8}$/);
  const caption = page.getByTestId('table-map-caption');
  await expect(caption).toContainText(`all ${fx.featureNames.penguins.length} columns, 3 classes one-vs-one`, { timeout: 30_000 });
  await expect(page.locator('.map')).toContainText('PC1');
  const sk = fx.cases['penguins-defaults'].sklearn;
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 30_000 }).toBe(sk.testAccuracy);
  expect(await readMetric(page, 'train-accuracy')).toBe(sk.trainAccuracy);
  expect(await readMetric(page, 'support-vectors')).toBe(sk.support.length);
  await expect(page.getByTestId('sv-rings')).toHaveAttribute('data-count', String(sk.support.length));
  // clicking the map adds no row: the caption says so, and the link stays the same
  await expect(page.getByTestId('no-clicks')).toBeVisible();
  // the pair menu lists the three species' pairs by name (scikit-learn's one-vs-one order), no "class 3"
  await expect(page.locator('[data-param="pair"] select option')).toHaveText(['none (the vote only)', ...['Adelie vs Chinstrap', 'Adelie vs Gentoo', 'Chinstrap vs Gentoo']]);
  const link = page.url();
  const box = (await page.locator('.map svg').first().boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  expect(page.url()).toBe(link);
  expect(await readMetric(page, 'support-vectors')).toBe(sk.support.length);

  // another link (a linear kernel, C = 0.1): the table found again in this browser
  const c = fx.cases['penguins-linear-C0.1'].sklearn;
  await page.goto('about:blank');
  await page.goto(`${link}&kernel=linear&C=0.1`);
  await expect(page.getByTestId('table-map-caption')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 30_000 }).toBe(c.testAccuracy);
  expect(await readMetric(page, 'train-accuracy')).toBe(c.trainAccuracy);
  expect(await readMetric(page, 'support-vectors')).toBe(c.support.length);
  // two chosen columns as the map's axes, in the link; the model is the same
  await page.getByLabel('Map plane').selectOption('features');
  await page.getByTestId('plane-x').selectOption('num__Flipper Length (mm)');
  await expect(page).toHaveURL(/fx=num__Flipper/);
  await expect(page.locator('.map')).toContainText('num__Flipper Length (mm)');
  expect(await readMetric(page, 'test-accuracy')).toBe(c.testAccuracy);
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});

test('#/svm: a link to a table kept in another browser says so and fits the default data', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'svm', 'table=somebody-else.csv%40deadbeef');
  await expect(page.getByTestId('table-notice')).toContainText('this browser does not keep', { timeout: 30_000 });
  await expect(page.locator('.map .caption')).toContainText('Click to add a point');
  expect(await readMetric(page, 'test-accuracy')).toBeGreaterThan(0.5);
  con.check();
});

test('#/svm: a table that cannot train an SVM gives the reason, not a crash or NaN', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'svm');
  const input = page.locator('input[type=file][name=table]');
  await input.setInputFiles({ name: 'one-class.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,kind\n1,2,x\n3,4,x\n5,6,x\n') });
  await expect(page.getByTestId('run-notice')).toContainText('only one class');
  await input.setInputFiles({ name: 'gap.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,kind\n1,,x\n3,,y\n5,,x\n2,,y\n') });
  await expect(page.getByTestId('run-notice')).toContainText('The column “b” is empty');
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});
