import type { WidgetQuestion } from '../types';

// Predict-then-check questions for the study path (see src/widgets/types.ts); tests/e2e/study.spec.ts opens
// each state and asserts its check.
export const questions: WidgetQuestion[] = [
  {
    id: 'linear-diverge',
    prompt: 'The bowl allows learning rates up to 2/λmax = 1 here. You set 1.5. What does gradient descent do?',
    choices: ['Converges faster', 'Overshoots further at each step and diverges'],
    answer: 1,
    state: 'lr=1.5&steps=30',
    explain:
      'Along the steepest direction each step lands farther on the other side than it started, so the error grows geometrically; the run stops with a message. Lower the rate, or use an adaptive optimiser.',
    check: { notice: 'diverged' },
  },
  {
    id: 'linear-outlier',
    prompt: 'One of thirty points is pulled far off the line (outlier slider at 6). The least-squares slope…',
    choices: ['hardly changes: one point cannot matter', 'tilts noticeably towards the outlier'],
    answer: 1,
    state: 'outlier=6',
    explain:
      'Squared error grows with the square of the distance, so one far point pulls the least-squares line hard (slope 1.04 → 1.43 here). The absolute error grows only linearly, which is why robust losses resist outliers.',
    check: [{ metric: 'ls-slope', min: 1.2 }],
  },
];
