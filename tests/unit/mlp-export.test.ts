import { describe, it, expect } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/mlp/params';
import { MlpSession } from '../../src/widgets/mlp/session';
import { weightsJson } from '../../src/widgets/mlp/export';

const params = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });

// Written from the exported document's note alone, in plain arithmetic: nothing of the widget's featurizer, scaler
// or network is used, so a missing or wrong transform in the export fails here.
const FORMULA: Record<string, (a: number, b: number) => number> = {
  x1: (a) => a, x2: (_, b) => b, 'x1^2': (a) => a * a, 'x2^2': (_, b) => b * b, 'x1*x2': (a, b) => a * b,
  'sin(x1)': (a) => Math.sin(a), 'sin(x2)': (_, b) => Math.sin(b),
};
const ACT: Record<string, (z: number) => number> = {
  relu: (z) => Math.max(0, z), tanh: Math.tanh, sigmoid: (z) => 1 / (1 + Math.exp(-z)), linear: (z) => z,
};

interface Doc {
  inputs: string[];
  inputTransform: { mean: number[]; scale: number[] };
  activations: string[];
  output: string;
  coefs: number[][][];
  intercepts: number[][];
  check: { x: number[]; output: number[] };
}

function predict(doc: Doc, x1: number, x2: number): number[] {
  let h = doc.inputs.map((f, j) => (FORMULA[f](x1, x2) - doc.inputTransform.mean[j]) / doc.inputTransform.scale[j]);
  doc.coefs.forEach((w, l) => {
    const z = doc.intercepts[l].map((b, j) => h.reduce((s, v, i) => s + v * w[i][j], b));
    if (l < doc.coefs.length - 1) h = z.map(ACT[doc.activations[l]]);
    else if (doc.output.startsWith('sigmoid')) h = z.map(ACT.sigmoid);
    else if (doc.output.startsWith('softmax')) {
      const top = Math.max(...z), e = z.map((v) => Math.exp(v - top)), sum = e.reduce((s, v) => s + v, 0);
      h = e.map((v) => v / sum);
    } else h = z;
  });
  return h;
}

/** The largest gap between the model's outputs on the test points and the JSON's, from the raw (x₁, x₂) of each. */
function gap(s: MlpSession, doc: Doc): number {
  const raw = s.problem.points.filter((q) => q.test);
  const ours = s.model!.evaluate(s.problem.test).out, k = ours.length / raw.length;
  expect(raw.length).toBe(s.problem.test.n);
  let worst = 0;
  raw.forEach((q, r) => predict(doc, q.x, q.y).forEach((v, c) => (worst = Math.max(worst, Math.abs(v - ours[r * k + c])))));
  return worst;
}

describe('#/mlp weights JSON reproduces the predictions from raw points', () => {
  const cases: [string, Partial<Params>][] = [
    ['binary, tanh, all seven features (x₁² … sin x₂ are far from standardised raw)', { dataset: 'circles', layers: [4, 3], features: ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'] }],
    ['multiclass softmax, ReLU and a sigmoid layer', { dataset: 'blobs3', layers: [5, 4], activation: 'relu', acts: ['relu', 'sigmoid'], lr: 0.1 }],
    ['regression, identity output, x₁·x₂ only', { dataset: 'plane', layers: [3], features: ['x1', 'x1*x2'], activation: 'linear' }],
  ];
  for (const [name, o] of cases) {
    it(name, () => {
      const s = new MlpSession(params(o));
      for (let e = 0; e < 6; e++) expect(s.step()).toBe(true);
      const doc = JSON.parse(weightsJson(s)) as Doc;
      expect(doc.inputTransform.mean).toHaveLength(doc.inputs.length);
      expect(gap(s, doc)).toBeLessThan(1e-12);
      // the worked point is the first training point and agrees with the same arithmetic
      const [x1, x2] = doc.check.x;
      expect(Math.max(...predict(doc, x1, x2).map((v, c) => Math.abs(v - doc.check.output[c])))).toBeLessThan(1e-12);
    });
  }

  it('without the scaler the same weights predict something else (the transform is not a no-op here)', () => {
    const s = new MlpSession(params({ dataset: 'circles', layers: [3], features: ['x1', 'x2', 'x1^2'] }));
    for (let e = 0; e < 6; e++) s.step();
    const doc = JSON.parse(weightsJson(s)) as Doc;
    const bare = { ...doc, inputTransform: { mean: doc.inputs.map(() => 0), scale: doc.inputs.map(() => 1) } };
    expect(gap(s, bare)).toBeGreaterThan(1e-3);
  });
});
