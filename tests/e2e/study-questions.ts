import { existsSync, readdirSync } from 'node:fs';
import type { Question, WidgetQuestion } from '../../src/widgets/types';

// The study questions as the app collects them (src/app/study/questions.ts uses Vite's import.meta.glob, which the
// Playwright runner has not): every widget folder's questions.ts, with the folder as the widget.
const root = new URL('../../src/widgets/', import.meta.url);
const folders = readdirSync(root).filter((d) => existsSync(new URL(`${d}/questions.ts`, root))).sort();

export const QUESTIONS: Question[] = (
  await Promise.all(
    folders.map(async (d) => {
      const mod = (await import(new URL(`${d}/questions.ts`, root).href)) as { questions: WidgetQuestion[] };
      return mod.questions.map((q) => ({ ...q, widget: d }));
    }),
  )
).flat();
