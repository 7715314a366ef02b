import { expect, test, type Page } from '@playwright/test';
import { datasetNamed, noiseAt } from '../../src/core/datasets/catalog';
import { GENERATED } from '../../src/core/datasets/generated';
import { LeaveOneOut, crossValScore, meanStd } from '../../src/core/model_selection';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

const finished = (page: Page) => expect(page.locator('[data-run-status="finished"]')).toHaveCount(1, { timeout: 60_000 });
const foldScores = (page: Page) => page.locator('[data-fold-score]').evaluateAll((els) => els.map((e) => e.getAttribute('data-fold-score')));

test('cv: the mean shown is core’s crossValScore for that state (LeaveOneOut, kNN)', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'cv', 'dataset=moons&n=60&splitter=loo&neighbors=5&speed=60');
  await finished(page);
  // LeaveOneOut's mean does not depend on the row order: the page's data are moons(n = 60, seed 1), in any order
  const d = GENERATED.moons({ n: 60, noise: noiseAt(datasetNamed('moons')!, 0.5), seed: 1 });
  const ref = crossValScore(new KNeighborsClassifier({ nNeighbors: 5 }), d.X, d.y, { cv: new LeaveOneOut() });
  expect(await readMetric(page, 'mean-score')).toBeCloseTo(meanStd(ref).mean, 12);
  expect(await readMetric(page, 'std-score')).toBeCloseTo(meanStd(ref).std, 12);
  await expect(page.locator('[data-metric="folds-done"]')).toHaveText('60 / 60');
  await expect(page.locator('figure.thumb')).toHaveCount(20); // the first 20 of 60 folds
  con.check();
});

test('cv: class-sorted rows, unshuffled KFold (k = 3) scores 0 %; StratifiedKFold does not', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'cv', 'splitter=kfold&k=3');
  await finished(page);
  expect(await readMetric(page, 'mean-score')).toBe(0);
  expect(await foldScores(page)).toEqual(['0', '0', '0']);
  await page.getByLabel('Splitter').selectOption('stratified');
  await finished(page);
  expect(await readMetric(page, 'mean-score')).toBeGreaterThan(0.8);
  await expect(page).not.toHaveURL(/splitter=/); // the default splitter leaves the link
  await shot(page, 'cv-stratified-k3');
  con.check();
});

test('cv: a link reproduces the folds and scores; a partial count stays where it was', async ({ page, context }) => {
  const con = watchConsole(page);
  await openWidget(page, 'cv', 'splitter=shuffle&k=6&seed=5&order=random');
  await finished(page);
  await expect(page).toHaveURL(/steps=6/);
  const mean = await readMetric(page, 'mean-score');
  const scores = await foldScores(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await finished(other);
  expect(await readMetric(other, 'mean-score')).toBe(mean);
  expect(await foldScores(other)).toEqual(scores);
  await openWidget(other, 'cv', 'splitter=shuffle&k=6&seed=5&order=random&steps=2');
  await expect(other.locator('[data-metric="folds-done"]')).toHaveText('2 / 6');
  await other.waitForTimeout(600);
  await expect(other.locator('[data-metric="folds-done"]')).toHaveText('2 / 6');
  expect(await foldScores(other)).toEqual([...scores.slice(0, 2), '', '', '', '']);
  con.check();
});

test('cv: bad settings give a message, not a crash', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'cv', 'splitter=group&groups=3&k=5');
  await expect(page.getByRole('alert')).toContainText('only 3 groups');
  await openWidget(page, 'cv', 'model=logistic');
  await expect(page.getByRole('alert')).toContainText('two classes');
  con.check();
});
