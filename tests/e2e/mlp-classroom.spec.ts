import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openWidget, shot, watchConsole } from './helpers';

// Classroom mode (issue 13): a teacher ticks, in the Embed dialog, the #/mlp controls readers may change; the list
// goes into the embed link, every other control is hidden (also the diagram's own), and the hidden settings keep
// the values the link gives them. A list with garbage in it is read without a notice.

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(bad, bad.join('\n')).toEqual([]);
}

/** The settings rows the embed shows, by parameter name. */
const rows = (page: Page) => page.locator('[data-testid="embed-settings"] [data-param]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.param));

test('the Embed dialog chooses the controls an embed shows; the embed shows only those, with the hidden values kept; axe stays clean', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'layers=6,3&lr=0.3&seed=4');
  await page.getByTestId('embed-button').click();
  await page.getByTestId('embed-choose').locator('summary').click();
  await page.getByRole('button', { name: 'Untick all' }).click();
  await page.getByTestId('embed-control-lr').check();
  await page.getByTestId('embed-control-activation').check();
  const snippet = page.getByTestId('embed-snippet');
  await expect(snippet).toHaveValue(/embed\.html#\/mlp\?seed=4&amp;layers=6%2C3&amp;lr=0\.3&amp;controls=activation%2Clr"/);
  await expect(page.getByTestId('embed-element-snippet')).toHaveValue(/<mlp-mlp seed="4" layers="6,3" lr="0.3" controls="activation,lr"><\/mlp-mlp>/);
  await expectAxeClean(page);
  await shot(page, 'mlp-classroom-dialog');

  const href = (await page.getByTestId('embed-open').getAttribute('href'))!;
  await page.goto(href);
  await page.locator('[data-metric="epoch"]').waitFor();
  await page.getByTestId('embed-settings').locator('summary').click();
  expect(await rows(page)).toEqual(['activation', 'lr']);
  await expect(page.getByLabel('Learning rate')).toBeVisible();
  // the diagram's controls are settings too: hidden or disabled with them
  await expect(page.getByTestId('layer-plus')).toHaveCount(0);
  await expect(page.getByTestId('neurons-plus-1')).toHaveCount(0);
  await expect(page.getByTestId('feature-x1')).toBeDisabled();
  await expect(page.getByTestId('act-1')).toBeDisabled();
  await expect(page.getByTestId('drop-1')).toBeDisabled();
  await expect(page.getByTestId('link-0-0-0')).not.toHaveAttribute('tabindex');
  await expect(page.getByTestId('regenerate')).toHaveCount(0);
  // hidden settings keep the link's values: the network is 6 × 3, and the link still says so
  await expect(page.getByTestId('layer-count')).toHaveText('2 hidden layers');
  await expect(page.getByTestId('neurons-minus-1')).toHaveCount(0);
  await expect(page.locator('.head .count').first()).toHaveText('6');
  const hash = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
  expect(hash().get('layers')).toBe('6,3');
  expect(hash().get('controls')).toBe('activation,lr');
  // a shown control still works, and the list stays in the link
  await page.getByLabel('Activation', { exact: true }).selectOption('relu');
  await expect.poll(() => hash().get('activation')).toBe('relu');
  expect(hash().get('controls')).toBe('activation,lr');
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await page.locator('[data-metric="epoch"]').getAttribute('data-value'))).toBeGreaterThan(2);
  await expectAxeClean(page);
  await shot(page, 'mlp-classroom-embed');
  con.check();
});

test('a page opened from a classroom link opens the Embed dialog on the same list, ready to adjust', async ({ page }) => {
  const con = watchConsole(page);
  await openWidget(page, 'mlp', 'seed=4&controls=lr,activation');
  await page.getByTestId('embed-button').click();
  const choose = page.getByTestId('embed-choose');
  await expect(choose).toHaveAttribute('open', '');
  await expect(choose.locator('summary')).toContainText(/: 2 of \d+/);
  await expect(page.getByTestId('embed-control-lr')).toBeChecked();
  await expect(page.getByTestId('embed-control-activation')).toBeChecked();
  await expect(page.getByTestId('embed-control-layers')).not.toBeChecked();
  await expect(page.getByTestId('embed-snippet')).toHaveValue(/controls=activation%2Clr"/);
  // the teacher adds one more, and the list follows (in the schema's order)
  await page.getByTestId('embed-control-layers').check();
  await expect(page.getByTestId('embed-snippet')).toHaveValue(/controls=layers%2Cactivation%2Clr"/);
  con.check();
});

test('a hand-written list: garbage ignored with no notice, the diagram follows its rows, and the custom element takes it', async ({ page }) => {
  const con = watchConsole(page);
  await page.goto('./embed.html#/mlp?controls=layers,bogus,%3Cb%3E,features&seed=2');
  await page.locator('[data-metric="epoch"]').waitFor();
  await expect(page.getByTestId('param-notices')).toHaveCount(0);
  await page.getByTestId('embed-settings').locator('summary').click();
  expect(await rows(page)).toEqual(['features', 'layers']);
  await expect(page.getByTestId('layer-plus')).toBeEnabled();
  await expect(page.getByTestId('feature-x1')).toBeEnabled();
  await expect(page.getByTestId('act-1')).toBeDisabled();
  await page.getByTestId('layer-plus').click();
  await expect(page.getByTestId('layer-count')).toHaveText('3 hidden layers');
  // the link is rewritten with the known names only
  await expect.poll(() => new URLSearchParams(new URL(page.url()).hash.split('?')[1]).get('controls')).toBe('features,layers');

  // nothing but garbage: every control hidden (never all of them shown)
  await page.goto('./embed.html#/mlp?controls=nonsense');
  await page.reload();
  await page.locator('[data-metric="epoch"]').waitFor();
  await expect(page.getByTestId('embed-settings')).toHaveCount(0);
  await expect(page.getByTestId('layer-plus')).toHaveCount(0);
  await expect(page.getByTestId('param-notices')).toHaveCount(0);

  const base = new URL('./', page.url()).href;
  await page.setContent(`<!doctype html><html><body style="width:1100px">
    <script type="module" src="${base}embed-element.js"></script>
    <mlp-mlp controls="lr" lr="0.1"></mlp-mlp></body></html>`);
  const frame = page.frameLocator('mlp-mlp iframe');
  await frame.locator('[data-metric="epoch"]').waitFor({ timeout: 30_000 });
  await frame.getByTestId('embed-settings').locator('summary').click();
  await expect(frame.locator('[data-testid="embed-settings"] [data-param]')).toHaveCount(1);
  await expect(frame.locator('[data-param="lr"] output')).toHaveText('0.1');
  con.check();
});
