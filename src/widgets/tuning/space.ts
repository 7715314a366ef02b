// The two hyperparameters searched for each model: their axes (log, integer or a list), the grid a budget
// allows and the distributions random search draws from, in core's ParamGrid / ParamDistributions shapes.
// Pure (types only from core): the page's views import it without pulling any model code into their chunk.
import type { Distribution, ParamDistributions, ParamGrid } from '../../core/model_selection';
import type { ModelName } from './params';

export interface Axis {
  /** The estimator's option (camelCase, as core's getParams). */
  name: string;
  label: string;
  /** 'log': positive reals on a log axis; 'int': integers (a log axis when `log`); 'list': named choices. */
  kind: 'log' | 'int' | 'list';
  low: number;
  high: number;
  /** Integer axes spread over decades (k, leaf size): grid values and the plot are log-spaced. */
  log?: boolean;
  choices?: readonly string[];
}

export interface Space {
  x: Axis;
  y: Axis;
}

export function searchSpace(model: ModelName, kMax: number): Space {
  switch (model) {
    case 'knn':
      return {
        x: { name: 'nNeighbors', label: 'k (neighbours)', kind: 'int', low: 1, high: kMax, log: true },
        y: { name: 'weights', label: 'weights', kind: 'list', low: 0, high: 1, choices: ['uniform', 'distance'] },
      };
    case 'svm':
      return {
        x: { name: 'C', label: 'C', kind: 'log', low: 1e-2, high: 1e3 },
        y: { name: 'gamma', label: 'gamma', kind: 'log', low: 1e-2, high: 1e2 },
      };
    case 'tree':
      return {
        x: { name: 'maxDepth', label: 'max depth', kind: 'int', low: 1, high: 12 },
        y: { name: 'minSamplesLeaf', label: 'min samples per leaf', kind: 'int', low: 1, high: 40, log: true },
      };
  }
}

/** `count` values spread over an axis: geometric for log axes, rounded and deduplicated for integers. */
export function axisValues(a: Axis, count: number): (number | string)[] {
  if (a.kind === 'list') return [...(a.choices ?? [])];
  if (count <= 1) return [a.kind === 'int' ? Math.round(Math.sqrt(a.low * a.high)) : Math.sqrt(a.low * a.high)];
  const geometric = a.kind === 'log' || a.log;
  const raw = Array.from({ length: count }, (_, i) => {
    const t = i / (count - 1);
    return geometric ? a.low * (a.high / a.low) ** t : a.low + t * (a.high - a.low);
  });
  if (a.kind === 'log') return raw.map((v) => Number(v.toPrecision(3)));
  return [...new Set(raw.map((v) => Math.round(v)))];
}

/**
 * The grid a budget allows: a list axis keeps all its choices and the other axis gets the rest of the budget;
 * two numeric axes get about √budget values each. Never more candidates than the budget.
 */
export function gridFor(s: Space, budget: number): { grid: ParamGrid; xValues: (number | string)[]; yValues: (number | string)[] } {
  let nx: number, ny: number;
  if (s.y.kind === 'list') {
    ny = s.y.choices!.length;
    nx = Math.max(1, Math.floor(budget / ny));
  } else {
    nx = Math.max(1, Math.round(Math.sqrt(budget)));
    ny = Math.max(1, Math.floor(budget / nx));
  }
  let xValues = axisValues(s.x, nx);
  let yValues = axisValues(s.y, ny);
  if (budget < xValues.length * yValues.length) {
    // a budget smaller than a list axis: fewer choices rather than more candidates than allowed
    yValues = yValues.slice(0, Math.max(1, Math.floor(budget / xValues.length)));
    xValues = xValues.slice(0, Math.max(1, Math.floor(budget / yValues.length)));
  }
  return { grid: { [s.x.name]: xValues, [s.y.name]: yValues }, xValues, yValues };
}

function distribution(a: Axis): Distribution | readonly string[] {
  if (a.kind === 'list') return a.choices!;
  if (a.kind === 'log') return { type: 'loguniform', low: a.low, high: a.high };
  return { type: 'int', low: a.low, high: a.high + 1 }; // scipy's randint(low, high + 1): both ends included
}

/** What random search draws from: the same ranges as the grid, continuous where the grid is a lattice. */
export function distributionsFor(s: Space): ParamDistributions {
  return { [s.x.name]: distribution(s.x), [s.y.name]: distribution(s.y) };
}

/** A candidate's values in plot coordinates (a list axis: the choice's index). */
export function axisPosition(a: Axis, v: unknown): number {
  return a.kind === 'list' ? (a.choices ?? []).indexOf(String(v)) : Number(v);
}

export function formatValue(a: Axis, v: unknown): string {
  if (a.kind !== 'log' || typeof v !== 'number') return String(v);
  return v >= 1000 || v < 0.01 ? v.toExponential(1).replace('e+', 'e') : String(Number(v.toPrecision(2)));
}

/** A candidate as `name=value, …` (numbers to 4 significant digits), for tables and messages. */
export const describeCandidate = (c: Record<string, unknown>) =>
  Object.entries(c).map(([k, v]) => `${k}=${typeof v === 'number' ? Number(v.toPrecision(4)) : String(v)}`).join(', ');
