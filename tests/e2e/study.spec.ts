import { expect, test } from '@playwright/test';
import { QUESTIONS } from './study-questions';
import { openWidget, readMetric, watchConsole } from './helpers';

// The study path's answers are claims about what the widgets show: each question's state is opened here and its
// check asserted on the numbers on screen, so a question cannot keep an answer that stopped being true.
for (const q of QUESTIONS) {
  test(`study question ${q.id}: its state shows the answer`, async ({ page }) => {
    const con = watchConsole(page);
    await openWidget(page, q.widget, q.state);
    if ('notice' in q.check) {
      await expect(page.getByRole('alert').filter({ hasText: q.check.notice })).toBeVisible({ timeout: 20_000 });
    } else {
      for (const c of q.check) {
        await expect
          .poll(async () => {
            const v = await readMetric(page, c.metric);
            return Number.isFinite(v) && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max) ? 'ok' : `${c.metric} = ${v}`;
          }, { timeout: 20_000, message: `${q.id}: ${c.metric} in [${c.min ?? '−∞'}, ${c.max ?? '∞'}]` })
          .toBe('ok');
      }
    }
    con.check();
  });
}

test('commit an answer, the widget opens its state, the verdict and the progress stay in this browser; Reset clears', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./');
  const progress = page.getByTestId('study-progress');
  await expect(progress).toHaveText(`0 of ${QUESTIONS.length} answered, 0 right.`);
  await page.getByRole('link', { name: /^Start: / }).click();
  await expect(page.locator('[data-question]').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.formula.pending')).toHaveCount(0, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');

  const q = QUESTIONS.find((x) => x.id === 'tree-stump')!;
  await page.goto(`./#/${q.widget}`);
  const box = page.locator(`[data-question="${q.id}"]`);
  const commit = box.getByRole('button', { name: 'Commit and show me' });
  await commit.waitFor({ timeout: 30_000 });
  await expect(commit).toBeDisabled();
  await box.getByLabel(q.choices[0], { exact: true }).check(); // a wrong prediction: 1 leaf
  await commit.click();
  // the widget opens the question's state (it may then write its own step count back into the link)
  await expect.poll(() => new URL(page.url()).hash).toContain(`#/${q.widget}?maxDepth=1`);
  await expect(page.locator('[data-metric="leaves"]')).toHaveAttribute('data-value', '2');
  const verdict = page.locator(`[data-question="${q.id}"] .verdict`);
  await expect(verdict).toContainText(`Not quite: the answer is “${q.choices[q.answer]}”`);

  await page.reload();
  await expect(page.locator(`[data-question="${q.id}"] .verdict`)).toBeVisible();
  await page.goto('./');
  await expect(progress).toHaveText(`1 of ${QUESTIONS.length} answered, 0 right.`);
  await expect(page.locator(`[data-study="tree"]`)).toHaveText(`1/${QUESTIONS.filter((x) => x.widget === 'tree').length}`);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(progress).toHaveText(`0 of ${QUESTIONS.length} answered, 0 right.`);
  await page.reload();
  await expect(progress).toHaveText(`0 of ${QUESTIONS.length} answered, 0 right.`);
  // (requests the browser aborts because this test navigated away are not counted: watchConsole)
  con.check();
});

test('garbage in the stored progress is ignored, not a crash', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('ml-playground:study:v1', '{"tree-stump": 99, "nope": 1, "gini-edge": 0'));
  await page.reload();
  await expect(page.getByTestId('study-progress')).toHaveText(`0 of ${QUESTIONS.length} answered, 0 right.`);
  await page.evaluate(() => localStorage.setItem('ml-playground:study:v1', '{"tree-stump": 99, "nope": 1, "gini-edge": 0}'));
  await page.reload();
  await expect(page.getByTestId('study-progress')).toHaveText(`1 of ${QUESTIONS.length} answered, 1 right.`);
  con.check(); // (reloads abort requests in flight: watchConsole does not count those)
});
