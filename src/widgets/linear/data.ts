/**
 * The linear-regression widget's points: a 1-feature set of the table (x moved by the offset), the generated points
 * the learner dragged, the points they clicked, and the optional outlier; split into training and held-out rows.
 * Everything is in the plotted coordinates (x as drawn), so a link's points are exactly what the plot shows.
 */
import { trainTestSplit } from '../../core/data';
import { datasetNamed, noiseAt, type DatasetDomain } from '../../core/datasets/catalog';
import { buildDataset } from '../../core/datasets/build';
import { linregress } from '../../core/models/linear/linregress';
import type { Params } from './params';

export interface LinearPoint {
  x: number;
  y: number;
  test: boolean;
  /** Where it came from: the drag handler writes a generated point into `moved`, a clicked one into `added`. */
  kind: 'generated' | 'added' | 'outlier';
  /** Index among the generated points, or among the added ones. */
  index: number;
}

export interface LinearData {
  /** Generated points (in generated order), then the clicked ones, then the outlier. */
  points: LinearPoint[];
  XTrain: number[][];
  yTrain: number[];
  XTest: number[][];
  yTest: number[];
  /** Plot domain: the table's fixed domain (x moved by the offset), widened to hold every point. */
  domain: DatasetDomain;
  /** The least-squares line without the outlier, when there is one (what the outlier pulls away from). */
  withoutOutlier: { w: number; b: number } | null;
}

/** The clicked-points set has no table entry: the plot shows line1d's frame. */
const CLICKS_DOMAIN: DatasetDomain = { x: [-3.5, 3.5], y: [-4, 6] };

/** The least-squares line (one feature: closed form, the same line as LinearRegression's SVD). */
export function lsLine(x: number[], y: number[]): { w: number; b: number } {
  const r = linregress(x, y);
  return { w: r.slope, b: r.intercept };
}

export function buildPoints(p: Params): LinearData {
  const points: LinearPoint[] = [];
  let base: DatasetDomain = CLICKS_DOMAIN;
  if (p.dataset !== 'clicks') {
    const spec = datasetNamed(p.dataset);
    if (!spec?.domain || spec.kind !== 'regression' || spec.nFeatures !== 1) throw new RangeError(`the data set “${p.dataset}” is not a 1-feature regression set`);
    base = spec.domain;
    const d = buildDataset(p.dataset, { n: p.n, noise: noiseAt(spec, p.noise), seed: p.seed });
    const xs = d.X.map((r) => r[0] + p.shift);
    const ys = d.y.slice();
    for (const [x, y, i] of p.moved) if (i < xs.length) [xs[i], ys[i]] = [x, y];
    // A count, not a fraction, so that 2 points still split 1 / 1 (a fraction of 2 can round to an empty side).
    const nTrain = Math.min(xs.length - 1, Math.max(1, Math.round(p.trainShare * xs.length)));
    const split = trainTestSplit(xs.map((x) => [x]), ys, { trainSize: nTrain, seed: p.seed });
    const test = new Set(split.testIndices);
    xs.forEach((x, i) => points.push({ x, y: ys[i], test: test.has(i), kind: 'generated', index: i }));
  }
  p.added.forEach(([x, y], i) => points.push({ x, y, test: false, kind: 'added', index: i }));

  const domain: DatasetDomain = { x: [base.x[0] + p.shift, base.x[1] + p.shift], y: [base.y[0], base.y[1]] };
  let withoutOutlier: LinearData['withoutOutlier'] = null;
  const train = () => points.filter((q) => !q.test);
  if (p.outlier !== 0) {
    // Near the right edge, where a point has the most leverage over the slope; placed relative to the line the
    // other points give, so the slider reads "this far off the line".
    const x = domain.x[1] - 0.5;
    const rest = train();
    withoutOutlier = rest.length ? lsLine(rest.map((q) => q.x), rest.map((q) => q.y)) : { w: 0, b: 0 };
    points.push({ x, y: withoutOutlier.w * x + withoutOutlier.b + p.outlier, test: false, kind: 'outlier', index: 0 });
  }

  const tr = train(), te = points.filter((q) => q.test);
  for (const q of points) {
    domain.x = [Math.min(domain.x[0], q.x - 0.3), Math.max(domain.x[1], q.x + 0.3)];
    domain.y = [Math.min(domain.y[0], q.y - 0.5), Math.max(domain.y[1], q.y + 0.5)];
  }
  return {
    points,
    XTrain: tr.map((q) => [q.x]),
    yTrain: tr.map((q) => q.y),
    XTest: te.map((q) => [q.x]),
    yTest: te.map((q) => q.y),
    domain,
    withoutOutlier,
  };
}
