// The study path's "predict, then check" questions (issue 15): for a widget, a question the learner answers before
// seeing, and the state (a link's query) that shows the answer. Each widget keeps its own in its folder
// (src/widgets/<name>/questions.ts, exporting `questions`); src/app/study/questions.ts collects them.

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
