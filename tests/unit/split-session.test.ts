// The #/split widget's session against core: the split is train_test_split's, the repeats are ShuffleSplit's (or
// StratifiedShuffleSplit's) scored by crossValScore, and the trap of a class-sorted file is what it should be.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { loadIris } from '../../src/core/datasets/load';
import { trainTestSplit } from '../../src/core/data/split';
import { crossValScore, meanStd } from '../../src/core/model_selection';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';
import { LogisticRegression } from '../../src/core/models/linear';
import { schema, type Params } from '../../src/widgets/split/params';
import { SplitSession, buildSplit, repeatSplitter, splitData } from '../../src/widgets/split/session';

const P = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });
const asc = (a: number[]) => a.slice().sort((u, v) => u - v);

describe('the split widget against core', () => {
  it('iris sorted is the shipped file in its own order (50 setosa, 50 versicolor, 50 virginica)', () => {
    const d = splitData(P());
    const iris = loadIris();
    expect(d.X).toEqual(iris.X);
    expect(d.y).toEqual(iris.y);
    expect(d.y.slice(0, 50).every((c) => c === 0) && d.y.slice(100).every((c) => c === 2)).toBe(true);
  });

  for (const o of [{}, { stratify: true }, { dataset: 'moons' as const, model: 'logistic' as const, testSize: 0.2 }, { order: 'random' as const, neighbors: 9, seed: 4 }]) {
    it(`${JSON.stringify(o)}: the split is trainTestSplit's, the scores are core's, the repeats are crossValScore over ${'ShuffleSplit'}`, () => {
      const p = P(o);
      const s = buildSplit(p);
      const ref = trainTestSplit(s.X, s.y, { testSize: p.testSize, shuffle: p.shuffle, stratify: p.stratify ? s.y : undefined, seed: p.seed });
      expect(s.split.test).toEqual(asc(ref.testIndices));
      expect(s.split.train).toEqual(asc(ref.trainIndices));
      const model = () => (p.model === 'logistic' ? new LogisticRegression({ penalty: 'l2', C: p.C }) : new KNeighborsClassifier({ nNeighbors: p.neighbors }));
      const m = model().fit(ref.XTrain, ref.yTrain);
      expect(s.testScore).toBe(m.score(ref.XTest, ref.yTest));
      expect(s.trainScore).toBe(m.score(ref.XTrain, ref.yTrain));
      const scores = crossValScore(model(), s.X, s.y, { cv: repeatSplitter(p) });
      expect(s.repeats!.scores).toEqual(scores);
      expect(s.repeats!.scores[0]).toBe(s.testScore); // the first repeat is the split shown
      expect(s.repeats!.mean).toBe(meanStd(scores).mean);
      expect(s.repeats!.std).toBe(meanStd(scores).std);
      expect(s.train.total + s.test.total).toBe(s.X.length);
      expect(s.test.total).toBe(Math.ceil(p.testSize * s.X.length));
    });
  }

  it('the trap: iris in file order, unshuffled, test size 0.3: the test set is 45 virginica the model never saw, 0 %', () => {
    const s = buildSplit(P({ shuffle: false }));
    expect(s.test.counts).toEqual([0, 0, 45]);
    expect(s.train.counts).toEqual([50, 50, 5]);
    expect(s.unseen).toEqual([]); // 5 virginica made it into training …
    const t = buildSplit(P({ shuffle: false, testSize: 0.35 }));
    expect(t.test.counts).toEqual([0, 3, 50]);
    expect(t.unseen).toEqual([2]); // … with 35 % held out, none does
    expect(t.unseenTest).toBe(50);
    expect(t.testScore).toBeLessThan(0.1);
    expect(t.repeats!.repeated).toBe(false);
    expect(t.repeats!.std).toBeCloseTo(0, 12); // one score a hundred times
    // shuffled, the same sizes score far higher
    expect(buildSplit(P({ testSize: 0.35 })).testScore).toBeGreaterThan(0.9);
  });

  it('stratified: both sets keep the class shares (to within one sample)', () => {
    const s = buildSplit(P({ stratify: true, testSize: 0.2 }));
    expect(s.test.counts).toEqual([10, 10, 10]);
    expect(s.train.counts).toEqual([40, 40, 40]);
  });

  it('a rare class: unstratified repeats often test on none of it; stratified ones never do', () => {
    const rare = buildSplit(P({ rare: 0.1, testSize: 0.2 }));
    expect(rare.all.counts).toEqual([50, 50, 5]);
    expect(rare.repeats!.missedClass).toBeGreaterThan(10);
    expect(buildSplit(P({ rare: 0.1, testSize: 0.2, stratify: true })).repeats!.missedClass).toBe(0);
  });

  it('bad settings throw a sentence that names the problem (the run shows it as its notice)', () => {
    const msg = (o: Partial<Params>) => { try { new SplitSession(P(o)); return ''; } catch (e) { return (e as Error).message; } };
    expect(msg({ rare: 0.02, stratify: true })).toMatch(/^cannot stratify: class “virginica” has only 1 sample/);
    expect(msg({ shuffle: false, stratify: true })).toMatch(/^stratifying needs shuffling/);
    expect(msg({ model: 'logistic' })).toMatch(/two classes and this data set has 3/);
    expect(msg({ dataset: 'blobs4', n: 20, testSize: 0.1, stratify: true })).toMatch(/test size 2 is smaller than the number of classes 4/);
    expect(msg({})).toBe('');
    const k = new SplitSession(P({ dataset: 'moons', n: 20, testSize: 0.9 }));
    expect(k.notice).toMatch(/k = 2 neighbours/);
  });
});
