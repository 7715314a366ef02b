// Collects every widget's predict-then-check questions (src/widgets/<name>/questions.ts) in gallery order. Every
// claim is checked in Chromium by tests/e2e/study.spec.ts: it opens each `state` and asserts `check` on the numbers
// the widget shows, so an answer cannot silently stop being true when a widget changes. This module and the widgets'
// question files are only in the study chunk, loaded after first paint.
import { WIDGETS, widgetFolder } from '../registry';
import type { Question, WidgetQuestion } from '../../widgets/types';

export type { Question, MetricCheck, WidgetQuestion } from '../../widgets/types';

const found = import.meta.glob<WidgetQuestion[]>('../../widgets/*/questions.ts', { eager: true, import: 'questions' });
const byWidget = new Map(Object.entries(found).map(([path, list]) => [widgetFolder(path), list]));
for (const name of byWidget.keys()) {
  // A questions.ts beside no widget would be dropped without a word: say so, as the registry does for entries.
  if (!WIDGETS.some((w) => w.name === name)) throw new Error(`src/widgets/${name}/questions.ts: no widget named ${name}`);
}

export const QUESTIONS: Question[] = WIDGETS.flatMap((w) => (byWidget.get(w.name) ?? []).map((q) => ({ ...q, widget: w.name })));

export function questionsFor(widget: string): Question[] {
  return QUESTIONS.filter((q) => q.widget === widget);
}
