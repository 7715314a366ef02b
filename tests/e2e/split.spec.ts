import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { trainTestSplit } from '../../src/core/data/split';
import { ShuffleSplit, crossValScore, meanStd } from '../../src/core/model_selection';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { openWidget, readMetric, shot, watchConsole } from './helpers';

// Iris as the shipped file lists it (the page's rows with order=sorted): 50 setosa, 50 versicolor, 50 virginica.
const lines = readFileSync(new URL('../../datasets/iris.csv', import.meta.url), 'utf8').trim().split('\n').slice(1);
const X = lines.map((l) => l.split(',').slice(0, 4).map(Number));
const y = lines.map((l) => Number(l.split(',')[4]));

test('split: the numbers on screen are core’s (trainTestSplit, kNN, 100 ShuffleSplit repeats) on iris in file order', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'split', 'seed=3&testSize=0.2&neighbors=7');
  const s = trainTestSplit(X, y, { testSize: 0.2, seed: 3 });
  const knn = new KNeighborsClassifier({ nNeighbors: 7 }).fit(s.XTrain, s.yTrain);
  expect(await readMetric(page, 'test-accuracy')).toBe(knn.score(s.XTest, s.yTest));
  expect(await readMetric(page, 'train-accuracy')).toBe(knn.score(s.XTrain, s.yTrain));
  expect(await readMetric(page, 'n-train')).toBe(120);
  const scores = crossValScore(new KNeighborsClassifier({ nNeighbors: 7 }), X, y, { cv: new ShuffleSplit({ nSplits: 100, testSize: 0.2, seed: 3 }) });
  expect(await readMetric(page, 'mean-score')).toBe(meanStd(scores).mean);
  expect(await readMetric(page, 'std-score')).toBe(meanStd(scores).std);
  expect(await readMetric(page, 'score-range')).toBe(Math.max(...scores) - Math.min(...scores));
  // the test set's class shares, as bars
  const shares = await page.getByTestId('shares-test').locator('[data-share]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-share'))));
  const counts = [0, 1, 2].map((c) => s.yTest.filter((v) => v === c).length).filter((k) => k > 0);
  expect(shares).toEqual(counts.map((k) => k / 30));
  await expect(page.locator('body')).not.toContainText('NaN');
  con.check();
});

test('split: unshuffled, iris tests on a class the model never saw; shuffling fixes it', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'split', 'shuffle=0&testSize=0.4');
  expect(await readMetric(page, 'unseen-test')).toBe(50);
  expect(await readMetric(page, 'test-accuracy')).toBeLessThan(0.2);
  await expect(page.getByTestId('split-summary')).toContainText('a class the training set has none of');
  await expect(page.getByTestId('repeat-summary')).toContainText('all 100 “repeats” are this split');
  expect(await readMetric(page, 'std-score')).toBeCloseTo(0, 12);
  await shot(page, 'split-unshuffled');
  await page.getByLabel('Shuffle', { exact: true }).check();
  await expect.poll(() => readMetric(page, 'test-accuracy')).toBeGreaterThan(0.9);
  expect(await readMetric(page, 'unseen-test')).toBe(0);
  await expect(page).not.toHaveURL(/shuffle=/);
  await expect(page).toHaveURL(/testSize=0.4/);
  con.check();
});

test('split: stratified test sets keep the class shares; bad settings give a message, not a crash', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'split', 'stratify=1&testSize=0.2');
  const shares = await page.getByTestId('shares-test').locator('[data-share]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-share'))));
  expect(shares).toEqual([1 / 3, 1 / 3, 1 / 3]);
  expect(await readMetric(page, 'missed-class-splits')).toBe(0);
  // one virginica left: nothing to stratify on
  await openWidget(page, 'split', 'stratify=1&rare=0.02');
  await expect(page.getByTestId('run-notice')).toContainText('Could not build this split: cannot stratify: class “virginica” has only 1 sample');
  expect(await readMetric(page, 'test-accuracy')).toBeNaN();
  await page.getByLabel('Stratify by class').uncheck();
  await expect(page.getByTestId('run-notice')).toHaveCount(0);
  expect(await readMetric(page, 'test-accuracy')).toBeGreaterThan(0.5);
  // stratifying without shuffling, and logistic regression on three classes
  await openWidget(page, 'split', 'stratify=1&shuffle=0');
  await expect(page.getByTestId('run-notice')).toContainText('stratifying needs shuffling');
  await openWidget(page, 'split', 'model=logistic');
  await expect(page.getByTestId('run-notice')).toContainText('separates two classes');
  await openWidget(page, 'split', 'dataset=moons&model=logistic&n=200');
  await expect(page.getByTestId('run-notice')).toHaveCount(0);
  expect(await readMetric(page, 'test-accuracy')).toBeGreaterThan(0.7);
  await expect(page.locator('body')).not.toContainText('NaN');
  con.check();
});
