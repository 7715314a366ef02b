import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { WIDGETS } from './registry';
import { replayed, watchConsole } from './helpers';

// axe-core on every page a learner can reach: the gallery, every widget route (found through the registry, so a
// new widget is covered without editing this file), each widget's embed page and the Embed dialog. Critical and
// serious violations fail, and so do four moderate rules about the page's structure that issue 16 names (heading
// levels, one main landmark, an h1, content outside landmarks); other moderate and minor ones are left to judgement.
const STRUCTURE = ['heading-order', 'landmark-one-main', 'page-has-heading-one', 'region'];

/** Waits until a widget has drawn: its live numbers, its views, the link's steps replayed and every formula typeset. */
async function rendered(page: Page) {
  await page.locator('[data-metric]').first().waitFor({ timeout: 60_000 });
  await page.locator('.views svg, .views canvas, .views table').first().waitFor({ timeout: 60_000 });
  await replayed(page);
  await expect(page.locator('.formula.pending')).toHaveCount(0, { timeout: 20_000 });
}

/** Runs axe on the page (or part of it) and fails listing each critical or serious rule with its first offenders. */
async function expectNoSeriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const bad = violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious' || (!include && STRUCTURE.includes(v.id)))
    .map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n    ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
}

test('the gallery has no critical or serious accessibility violations', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./');
  await page.locator('a.card').first().waitFor();
  await expectNoSeriousViolations(page);
  con.check();
});

for (const w of WIDGETS) {
  test(`#/${w.name} has no critical or serious accessibility violations`, async ({ page }) => {
    const con = watchConsole(page);
    await page.goto(`./#/${w.name}`);
    await rendered(page);
    await expectNoSeriousViolations(page);
    con.check();
  });

  test(`the embed page of ${w.name} has no critical or serious accessibility violations`, async ({ page }) => {
    const con = watchConsole(page);
    await page.goto(`./embed.html#/${w.name}`);
    await rendered(page);
    await expectNoSeriousViolations(page);
    con.check();
  });
}

test('the Embed dialog has no critical or serious accessibility violations', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./#/logistic');
  await rendered(page);
  await page.getByTestId('embed-button').click();
  await expect(page.getByTestId('embed-dialog')).toBeVisible();
  // open the folded parts too (classroom mode's list of controls, the custom-element snippet), so they are checked
  for (const summary of await page.getByTestId('embed-dialog').locator('summary').all()) await summary.click();
  await expectNoSeriousViolations(page, '[data-testid="embed-dialog"]');
  con.check();
});
