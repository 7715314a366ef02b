import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/knn/params';
import { KnnSession } from '../../src/widgets/knn/session';

const base = defaults(schema) as Params;

/** The cell centres a session's map queries (the same grid as KnnSession's, in model space). */
function gridCentres(s: KnnSession, nx: number, ny: number): Float64Array {
  return (s as unknown as { cellCentres(nx: number, ny: number): Float64Array }).cellCentres(nx, ny);
}
/** The neighbour lists a session keeps for a map size (private: what searchAhead filled). */
function searchedLists(s: KnnSession, cellKey: string) {
  return (s as unknown as { shared: { cells: Map<string, { indices: Int32Array; distances: Float64Array }> } }).shared.cells.get(cellKey);
}

// scikit-learn's answers on the widget's own points (tests/fixtures/make_widgets.py)
interface KnnCase {
  over: Partial<Params>;
  train: number[][];
  test: number[][];
  probes: number[][];
  sklearn: {
    curve: { train: number[]; test: number[] };
    probes: { distances: number[]; indices: number[]; votes: number[]; predict: number }[];
    grid: { nx: number; ny: number; classes: number[]; confidence: number[] };
  };
}
const fx: Record<string, KnnCase> = JSON.parse(readFileSync(new URL('../fixtures/widgets.json', import.meta.url), 'utf8')).knn;

describe('kNN widget session against scikit-learn', () => {
  for (const [name, c] of Object.entries(fx)) {
    describe(name, () => {
      const s = new KnnSession({ ...base, ...c.over } as Params);
      const trainPts = s.points.filter((q) => !q.test);

      it('builds the points the reference was computed on', () => {
        // if this fails the widget's data changed: re-run make_widgets.py only if that was intended
        expect(trainPts.map((q) => [q.x, q.y, q.c])).toEqual(c.train);
        expect(s.points.filter((q) => q.test).map((q) => [q.x, q.y, q.c])).toEqual(c.test);
      });

      it('train and test accuracy for every k, and at the chosen k', () => {
        const curve = s.accuracyCurve(50);
        expect(curve.k).toEqual(c.sklearn.curve.train.map((_, i) => i + 1));
        curve.train.forEach((v, i) => expect(v, `train k=${i + 1}`).toBeCloseTo(c.sklearn.curve.train[i], 12));
        curve.test.forEach((v, i) => expect(v, `test k=${i + 1}`).toBeCloseTo(c.sklearn.curve.test[i], 12));
        const at = s.scores();
        expect(at.train).toBeCloseTo(c.sklearn.curve.train[s.k - 1], 12);
        expect(at.test).toBeCloseTo(c.sklearn.curve.test[s.k - 1], 12);
      });

      it('the hovered point\'s neighbours, distances and vote', () => {
        c.probes.forEach(([x, y], i) => {
          const ref = c.sklearn.probes[i];
          const nb = s.neighbours(x, y);
          expect(nb.list.map((n) => trainPts.indexOf(n.point)), `probe ${i}`).toEqual(ref.indices);
          nb.list.forEach((n, j) => expect(n.distance).toBeCloseTo(ref.distances[j], 10));
          nb.votes.forEach((v, k) => expect(v, `probe ${i} class ${k}`).toBeCloseTo(ref.votes[k], 12));
          expect(nb.winner, `probe ${i}`).toBe(ref.predict);
        });
      });

      it('the map: the predicted class and its share of the vote at each cell centre', () => {
        const { nx, ny, classes, confidence } = c.sklearn.grid;
        const g = s.grid(nx, ny);
        expect(Array.from(g.classes)).toEqual(classes);
        g.confidence.forEach((v, i) => expect(v).toBeCloseTo(confidence[i], 6)); // stored as float32
      });
    });
  }
});

describe('kNN widget session', () => {
  it('cell centres: an 8 × 4 map over [-4, 4]² asks the classifier at x = -3.5 … 3.5 and y = 3, 1, -1, -3', () => {
    const s = new KnnSession({ ...base, k: 7 } as Params);
    expect(s.domain).toEqual({ x: [-4, 4], y: [-4, 4] });
    const g = s.grid(8, 4);
    const xs = [-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5], ys = [3, 1, -1, -3];
    ys.forEach((y, j) => xs.forEach((x, i) => {
      const [row] = s.model.predictProba([s.toModel(x, y)]);
      expect(g.classes[j * 8 + i], `(${x}, ${y})`).toBe(s.model.predict([s.toModel(x, y)])[0]);
      expect(g.confidence[j * 8 + i]).toBeCloseTo(Math.max(...row), 6);
    }));
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

  it('a k change reuses the points and the map\'s neighbour lists, and draws the map a fresh session draws', () => {
    for (const over of [{ n: 1000 }, { n: 300, weights: 'distance', dataset: 'moons' }, { n: 60, added: [[0, 0, 1], [0, 0, 2]] }] as Partial<Params>[]) {
      const p = { ...base, ...over } as Params;
      let prev = new KnnSession({ ...p, k: 5 });
      prev.grid(40, 30);
      for (const k of [6, 50, 1, 17, 2]) {
        const s = new KnnSession({ ...p, k }, prev), fresh = new KnnSession({ ...p, k });
        expect(s.points).toBe(prev.points); // the same array: the view does not redraw the points
        const a = s.grid(40, 30), b = fresh.grid(40, 30);
        expect(Array.from(a.classes), `k = ${k}`).toEqual(Array.from(b.classes));
        a.confidence.forEach((v, i) => expect(v).toBeCloseTo(b.confidence[i], 6));
        expect(s.scores()).toEqual(fresh.scores());
        expect(s.k).toBe(Math.min(k, s.nTrain));
        prev = s;
      }
      // any other change builds everything again
      expect(new KnnSession({ ...p, k: 2, seed: 9 }, prev).points).not.toBe(prev.points);
    }
  });

  it('the map\'s lists searched ahead in idle slices are one whole search, and the first k change votes from them', () => {
    for (const over of [{ n: 700 }, { n: 40, weights: 'distance', dataset: 'moons' }] as Partial<Params>[]) {
      const p = { ...base, ...over } as Params;
      const s0 = new KnnSession({ ...p, k: 5 });
      let slices = 0;
      for (;;) {
        let budget = 2; // two units of work per idle period
        slices++;
        if (s0.searchAhead(40, 30, () => budget-- > 0)) break;
      }
      expect(slices).toBeGreaterThan(2); // it really went in slices (30 rows, 4 per unit, 2 units each)
      expect(s0.searchAhead(40, 30, () => false)).toBe(true); // done: nothing more to do, even with no time
      const whole = new KnnSession({ ...p, k: 5 }).model.kneighborsFlat(gridCentres(s0, 40, 30), 40 * 30, Math.min(50, s0.nTrain));
      const k1 = new KnnSession({ ...p, k: 17 }, s0);
      const fresh = new KnnSession({ ...p, k: 17 });
      const a = k1.grid(40, 30);
      const b = fresh.grid(40, 30);
      expect(Array.from(a.classes)).toEqual(Array.from(b.classes));
      a.confidence.forEach((v, i) => expect(v).toBeCloseTo(b.confidence[i], 6));
      // the k change kept the lists searched ahead (the same object), and they equal one whole search
      expect(searchedLists(k1, '40×30')).toBe(searchedLists(s0, '40×30'));
      expect(searchedLists(k1, '40×30')!.indices).toEqual(whole.indices);
      expect(searchedLists(k1, '40×30')!.distances).toEqual(whole.distances);
    }
  });
});
