import type { Component } from 'svelte';
import type { AnyValues } from '../params';

/** The syllabus areas the gallery is organised by (AWS ML Specialty's domains, roughly). */
export type Area = 'data-preparation' | 'ml-concepts' | 'algorithms' | 'deep-learning' | 'model-evaluation';

export const AREAS: { id: Area; title: string; blurb: string }[] = [
  { id: 'data-preparation', title: 'Data preparation', blurb: 'Scaling, features, splits and dimensionality reduction.' },
  { id: 'ml-concepts', title: 'ML concepts', blurb: 'Loss, gradient descent, regularisation, over- and underfitting.' },
  { id: 'algorithms', title: 'Classical algorithms', blurb: 'Linear models, neighbours, clustering and trees, trained live.' },
  { id: 'deep-learning', title: 'Deep learning', blurb: 'Neural networks trained in your browser.' },
  { id: 'model-evaluation', title: 'Model evaluation', blurb: 'Confusion matrices, thresholds, ROC and PR curves.' },
];

/** Props every widget component takes. */
export interface WidgetProps<V extends AnyValues = AnyValues> {
  /** Parsed, validated parameters; the widget's controls write into them (bind:params) and the URL follows. */
  params: V;
  /** False in embeds opened with controls=0: show the views only. */
  controls?: boolean;
  /** True inside the chrome-less embed page. */
  embedded?: boolean;
}

/**
 * What the app needs to list, route to and lazily load a widget. Lives in the widget's own index.ts, whose folder
 * name is the route name; the schema is the folder's params.ts (`export const schema`), loaded with the widget; the
 * gallery card's one line is the folder's blurb.ts (`export const blurb`), loaded after first paint.
 */
export interface WidgetEntry {
  /** Route and embed name: `#/<name>`, `<mlp-<name>>`. */
  name: string;
  title: string;
  area: Area;
  /** Place within its area in the gallery (ascending; steps of 10 leave room to slot a widget in between). */
  order: number;
  /** Gallery thumbnail under public/ (e.g. 'thumbs/logistic.jpg'); a drawn placeholder when absent. */
  thumbnail?: string;
  load: () => Promise<{ default: Component<WidgetProps<any>> }>;
}

// ---- The study path's "predict, then check" questions (issue 15) ----------------------------------------------
// For a widget, a question the learner answers before seeing, and the state (a link's query) that shows the answer.
// Each widget keeps its own in its folder (src/widgets/<name>/questions.ts, exporting `questions`);
// src/app/study/questions.ts collects them.

export interface MetricCheck {
  /** A `data-metric` the widget shows. */
  metric: string;
  min?: number;
  max?: number;
}

export interface Question {
  /** Stable key for the saved progress (never reuse an id for a different question). */
  id: string;
  /** The widget's route name (its folder). */
  widget: string;
  prompt: string;
  choices: string[];
  /** Index of the right choice. */
  answer: number;
  /** The link's query (after `#/<widget>?`) that shows the answer. */
  state: string;
  /** Why, in a sentence or three, with what to look at. */
  explain: string;
  /** What the state shows, as numbers: a metric range, or a notice the page must show. */
  check: MetricCheck[] | { notice: string };
}

/** A question as a widget's questions.ts writes it: its widget is the folder it lives in. */
export type WidgetQuestion = Omit<Question, 'widget'>;
