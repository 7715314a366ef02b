// The #/cv widget's session: one fold per step, scores equal to core's crossValScore on the same rows and splitter.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { schema, type Params } from '../../src/widgets/cv/params';
import { CvSession, blockGroups, cvData, makeModel, makeSplitter } from '../../src/widgets/cv/session';
import { GroupKFold, crossValScore, meanStd } from '../../src/core/model_selection';
import { KNeighborsClassifier } from '../../src/core/models/neighbors';

const P = (o: Partial<Params> = {}): Params => ({ ...(defaults(schema) as Params), ...o });
const runAll = (s: CvSession) => { while (s.step()); return s.frame(); };

describe('CvSession', () => {
  it('trains one fold per step; the mean and std are those of crossValScore with the same splitter', () => {
    for (const o of [{}, { splitter: 'kfold' as const, k: 7 }, { splitter: 'shuffle' as const, k: 4 }, { model: 'logistic' as const, dataset: 'moons' as const }]) {
      const p = P(o);
      const s = new CvSession(p);
      expect(s.frame().results).toHaveLength(0);
      expect(s.step()).toBe(true);
      expect(s.steps).toBe(1);
      const f = runAll(s);
      expect(s.done).toBe(true);
      expect(s.step()).toBe(false);
      const d = cvData(p);
      const ref = crossValScore(makeModel(p, d.classNames.length), d.X, d.y, { cv: makeSplitter(p) });
      expect(f.results.map((r) => r.score)).toEqual(ref);
      expect(f.mean).toBe(meanStd(ref).mean);
      expect(f.results[0].grid.classes).toHaveLength(40 * 40);
    }
  });
  it('the trap: three class-sorted blobs, unshuffled KFold with k = 3 scores 0 %; stratified or shuffled, far above', () => {
    expect(runAll(new CvSession(P({ splitter: 'kfold', k: 3 }))).mean).toBe(0);
    expect(runAll(new CvSession(P({ splitter: 'stratified', k: 3 }))).mean).toBeGreaterThan(0.8);
    expect(runAll(new CvSession(P({ splitter: 'kfold', k: 3, shuffle: true }))).mean).toBeGreaterThan(0.8);
    expect(runAll(new CvSession(P({ splitter: 'kfold', k: 3, order: 'random' }))).mean).toBeGreaterThan(0.8);
  });
  it('LeaveOneOut makes one fold per point; GroupKFold keeps blocks whole', () => {
    expect(new CvSession(P({ splitter: 'loo', n: 40 })).splits).toHaveLength(40);
    const s = new CvSession(P({ splitter: 'group', groups: 6, k: 3 }));
    for (const f of s.splits) {
      const inTest = new Set(f.test.map((i) => s.groups![i]));
      expect(f.train.some((i) => inTest.has(s.groups![i]))).toBe(false);
    }
    expect(s.splits).toEqual(new GroupKFold({ nSplits: 3 }).split(s.X, null, blockGroups(s.X, 6)));
  });
  it('bad settings: clear messages', () => {
    expect(() => new CvSession(P({ model: 'logistic' }))).toThrow(/separates two classes and this data set has 3/);
    expect(() => new CvSession(P({ splitter: 'group', groups: 3, k: 5 }))).toThrow(/only 3 groups/);
    const few = new CvSession(P({ splitter: 'shuffle', testShare: 0.5, n: 30, neighbors: 40 }));
    expect(few.notice).toMatch(/k = 15 neighbours/);
    expect((few.model as KNeighborsClassifier).nNeighbors).toBe(15);
  });
});
