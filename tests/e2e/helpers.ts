import { expect, type Page } from '@playwright/test';

/**
 * Collects console errors and uncaught page errors from the moment it is called.
 * Call `check()` at the end of a test: it fails listing every error seen.
 */
export function watchConsole(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // A request cancelled because the test navigated on (net::ERR_ABORTED: a route's after-first-paint chunks, left
  // mid-load) is not a failure of the app; a missing file, a refused connection or a CSP block still is.
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    if (!why.includes('ERR_ABORTED')) errors.push(`request failed: ${r.url()} ${why}`);
  });
  // The app may fetch only its own assets: anything to another origin is a failure (privacy, offline use).
  page.on('request', (r) => {
    const u = new URL(r.url());
    const own = u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:' || u.hostname === '127.0.0.1' || u.hostname === 'localhost';
    if (!own) errors.push(`request to another origin: ${r.url()}`);
  });
  return {
    errors,
    check: () => expect(errors, errors.join('\n')).toEqual([]),
  };
}

/** Opens a widget route (`#/<name>?<query>`) on the main page and waits for it to render and to replay the link's steps. */
export async function openWidget(page: Page, name: string, query = '') {
  await page.goto(`./#/${name}${query ? `?${query}` : ''}`);
  await page.locator('[data-metric]').first().waitFor({ timeout: 30_000 });
  await replayed(page);
}

/**
 * Waits until the run has replayed the step count the page's link carries (`steps=N`): its count reached N, or it
 * stopped by itself (finished, diverged, failed), and the replay indicator is gone. Waiting only for the indicator
 * to go raced a replay that had not started yet (a widget whose data loads first shows its numbers before it).
 */
export async function replayed(page: Page, timeout = 60_000) {
  const want = Number(new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('steps') ?? 0);
  const play = page.locator('[data-run-status]');
  if (want > 0 && (await play.count()) > 0) {
    await expect
      .poll(async () => {
        const [status, steps] = await play.first().evaluate((e) => [e.getAttribute('data-run-status') ?? '', Number(e.getAttribute('data-run-steps'))] as const);
        return ['finished', 'diverged', 'error'].includes(status) || (status !== 'replaying' && steps >= want) ? 'done' : `${status} at ${steps} of ${want}`;
      }, { timeout, message: `replaying the link's ${want} steps` })
      .toBe('done');
  }
  await expect(page.getByTestId('run-progress')).toHaveCount(0, { timeout });
}

/** Reads a `data-metric` number (its raw `data-value`), or NaN when it shows '—'. */
export async function readMetric(page: Page, name: string): Promise<number> {
  const el = page.locator(`[data-metric="${name}"]`).first();
  const v = await el.getAttribute('data-value');
  return v === null || v === '' ? NaN : Number(v);
}

/** Waits until a metric satisfies a predicate (polling). */
export async function waitForMetric(page: Page, name: string, pred: (v: number) => boolean, timeout = 20_000) {
  await expect.poll(async () => pred(await readMetric(page, name)), { timeout, message: `metric ${name}` }).toBe(true);
}

/** Screenshot into test-results/screenshots/<name>.png (kept out of git) for a person to look at. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * Presses the widget's Play button if it has one and it is enabled; true if it was pressed. A run that finishes by
 * itself (an auto-started search, #/cv's autoplayed folds) may disable Play between the check and the click: that is
 * not a failure, but a Play that stays enabled and cannot be clicked is.
 */
export async function pressPlayIfEnabled(page: Page, timeout = 10_000): Promise<boolean> {
  const play = page.getByTestId('play');
  if ((await play.count()) === 0 || !(await play.isEnabled())) return false;
  await play.click({ timeout }).catch(async (e) => {
    if (await play.isEnabled()) throw e;
  });
  return true;
}
