import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWidget, readMetric, watchConsole } from './helpers';

// The data lab's prepared table, trained on in #/knn (issue 11, Output): the lab keeps it in this browser and the
// link names it; the model uses every feature, the map one plane. Reference: tests/fixtures/make_knn_table.py.
const fx = JSON.parse(readFileSync(new URL('../fixtures/knn_table.json', import.meta.url), 'utf8'));
const sk = fx.cases.defaults.sklearn;

test('the lab hands its prepared penguins to kNN: scikit-learn’s accuracies on every feature, kept across a reload', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/data?tab=output');
  await page.getByTestId('open-in-knn').click({ timeout: 30_000 });
  await expect(page).toHaveURL(/#\/knn\?table=penguins-prepared\.csv(%40|@)[0-9a-f]{8}$/);
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 30_000 }).toBeCloseTo(sk.test, 10);
  expect(await readMetric(page, 'train-accuracy')).toBeCloseTo(sk.train, 10);
  await expect(page.locator('.map .caption')).toContainText(`over all ${fx.featureNames.length} features`);
  await expect(page.locator('.map')).toContainText('PC1');
  // the table stays in this browser: a reload (or the link opened again here) trains on it again
  await page.reload();
  await expect.poll(() => readMetric(page, 'test-accuracy'), { timeout: 30_000 }).toBeCloseTo(sk.test, 10);
  // two chosen features as the map's axes, in the link
  await page.getByLabel('Map plane').selectOption('features');
  await page.getByTestId('plane-x').selectOption('num__Flipper Length (mm)');
  await expect(page).toHaveURL(/fx=num__Flipper/);
  await expect(page.locator('.map')).toContainText('num__Flipper Length (mm)');
  expect(await readMetric(page, 'test-accuracy')).toBeCloseTo(sk.test, 10); // the plane is a view: the model is the same
  con.check();
});

test('a link to a table kept in another browser says so and shows the default data', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'knn', 'table=somebody-else.csv%40deadbeef');
  await expect(page.getByTestId('table-notice')).toContainText('this browser does not keep');
  await expect(page.locator('.map .caption')).toContainText('Drag any point');
  expect(await readMetric(page, 'test-accuracy')).toBeGreaterThan(0.5);
  con.check();
});

test('a table that cannot train a classifier: the reason, not a crash or NaN', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'knn');
  const input = page.locator('input[type=file][name=table]');
  await input.setInputFiles({ name: 'words.csv', mimeType: 'text/csv', buffer: Buffer.from('height,colour,kind\n1.2,red,a\n3.4,blue,b\n2.2,red,a\n') });
  await expect(page.getByTestId('run-notice')).toContainText('“colour” holds labels, not numbers: encode it first');
  await input.setInputFiles({ name: 'one-class.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b,kind\n1,2,x\n3,4,x\n5,6,x\n') });
  await expect(page.getByTestId('run-notice')).toContainText('only one class');
  await expect(page.locator('main')).not.toContainText('NaN');
  con.check();
});
