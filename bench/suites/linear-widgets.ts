// In-browser probe: #/linear and #/regularization refitting on a slider change (issue 10: on #/linear and
// #/regularization a slider change refits and redraws within one frame, p95 ≤ 16.7 ms in headless Chromium).
import type { Page } from '@playwright/test';
import { runSliderSuite } from '../lib/slider-suite';

const shown = (metric: string) => async (page: Page) => {
  await page.locator(`[data-metric="${metric}"]`).waitFor();
  await page.waitForTimeout(1500);
};

await runSliderSuite({
  port: Number(process.env.PORT || 4213),
  section: 'linear-widgets',
  title: '#/linear and #/regularization: a slider change in the browser',
  method: 'Each widget at its defaults; a change rebuilds the data and the fits and redraws the views.',
  cases: [
    { label: '#/linear, outlier (30 points: least squares, the gradient-descent line, residual squares)', route: '#/linear', ready: shown('ls-loss'), slider: /^Outlier/ },
    { label: '#/linear, noise (30 points: new data, both lines refitted)', route: '#/linear', ready: shown('ls-loss'), slider: /^Noise/ },
    { label: '#/regularization, degree (30 points, ridge)', route: '#/regularization', ready: shown('test-mse'), slider: /^Degree/ },
    { label: '#/regularization, α (30 points, ridge, degree 5)', route: '#/regularization', ready: shown('test-mse'), slider: /^alpha/ },
  ],
});
