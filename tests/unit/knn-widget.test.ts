import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/knn/params';
import { KnnSession } from '../../src/widgets/knn/session';

const base = defaults(schema) as Params;

describe('kNN widget session', () => {
  it('the accuracy-against-k curve equals the classifier\'s own score at every k', () => {
    for (const over of [{}, { weights: 'distance' }, { dataset: 'moons', metric: 'manhattan' }, { dataset: 'iris', k: 3 }] as Partial<Params>[]) {
      const p = { ...base, ...over } as Params;
      const curve = new KnnSession(p).accuracyCurve(15);
      for (const k of [1, 2, 5, 9, 15]) {
        const s = new KnnSession({ ...p, k }).scores();
        expect(curve.train[k - 1]).toBeCloseTo(s.train, 12);
        expect(curve.test[k - 1]).toBeCloseTo(s.test, 12);
      }
    }
  });

  it('the grid is the classifier\'s prediction at each cell centre', () => {
    const s = new KnnSession({ ...base, k: 7 } as Params);
    const g = s.grid(16, 12);
    const [x0, x1] = s.domain.x, [y0, y1] = s.domain.y;
    for (const [i, j] of [[0, 0], [15, 11], [7, 5], [3, 9]]) {
      const x = x0 + ((i + 0.5) * (x1 - x0)) / 16, y = y1 - ((j + 0.5) * (y1 - y0)) / 12;
      const q = s.toModel(x, y);
      expect(g.classes[j * 16 + i]).toBe(s.model.predict([q])[0]);
      expect(g.confidence[j * 16 + i]).toBeCloseTo(Math.max(...s.model.predictProba([q])[0]), 6);
    }
  });

  it('stretching x₁ without standardising lowers test accuracy on moons; standardising restores it', () => {
    const p = { ...base, dataset: 'moons', noise: 0.3, k: 7, seed: 3 } as Params;
    const plain = new KnnSession(p).scores().test;
    const stretched = new KnnSession({ ...p, stretch: true }).scores().test;
    const fixed = new KnnSession({ ...p, stretch: true, standardize: true }).scores().test;
    expect(stretched).toBeLessThan(plain);
    expect(fixed).toBeGreaterThan(stretched);
  });

  it('moved and added points enter the training set', () => {
    const s0 = new KnnSession(base);
    const src = s0.points.find((q) => !q.test)!.src;
    const s1 = new KnnSession({ ...base, moved: [[3.5, 3.5, src]], added: [[-3, 3, 1]] } as Params);
    expect(s1.nTrain).toBe(s0.nTrain + 1);
    expect(s1.points.some((q) => q.src === src && q.x === 3.5 && q.y === 3.5)).toBe(true);
    expect(s1.points.some((q) => q.src === -1 && q.c === 1)).toBe(true);
  });
});
