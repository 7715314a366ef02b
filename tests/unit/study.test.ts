import { afterEach, describe, expect, it } from 'vitest';
import { WIDGETS, findWidget } from '../../src/app/registry';
import { SCHEMAS } from '../../src/app/all-schemas';
import { loadProgress, resetProgress, saveAnswer, tally } from '../../src/app/study/progress';
import { QUESTIONS } from '../../src/app/study/questions';
import { parseParams } from '../../src/params';

// The questions' claims are checked in Chromium (tests/e2e/study.spec.ts); here: that each one is well formed and
// its link is a valid state of its widget, and that stored progress is read defensively.
// Widgets whose every interesting number needs minutes of training in a worker: a question's check would have to
// train in the e2e suite. Each entry says why; the list should only shrink.
const WITHOUT_QUESTIONS: Record<string, string> = {};

describe('study questions', () => {
  it('every widget has two or three of them (issue 15), apart from the listed exceptions', () => {
    for (const w of WIDGETS) {
      const n = QUESTIONS.filter((q) => q.widget === w.name).length;
      if (w.name in WITHOUT_QUESTIONS) expect(n, w.name).toBe(0);
      else expect([2, 3], `${w.name} has ${n}`).toContain(n);
    }
  });

  it('have unique ids, a real widget, a valid answer and a link its widget reads without a notice', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    for (const q of QUESTIONS) {
      const w = findWidget(q.widget);
      expect(w, q.id).toBeDefined();
      expect(q.choices.length, q.id).toBeGreaterThanOrEqual(2);
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, q.id).toBe(true);
      const { notices } = parseParams(SCHEMAS[w!.name], new URLSearchParams(q.state));
      expect(notices, `${q.id}: ${q.state}`).toEqual([]);
      if (!('notice' in q.check)) {
        expect(q.check.length, q.id).toBeGreaterThan(0);
        for (const c of q.check) expect(c.min !== undefined || c.max !== undefined, `${q.id} ${c.metric}`).toBe(true);
      }
    }
  });
});

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) { return this.m.get(k) ?? null; }
  setItem(k: string, v: string) { this.m.set(k, String(v)); }
  removeItem(k: string) { this.m.delete(k); }
}

describe('study progress', () => {
  const g = globalThis as { localStorage?: unknown };
  afterEach(() => { delete g.localStorage; });

  it('without storage (Node, a refusing browser) reads empty and saving does not throw', () => {
    expect(loadProgress()).toEqual({});
    expect(saveAnswer({}, 'tree-stump', 1)).toEqual({ 'tree-stump': 1 });
    g.localStorage = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => { throw new Error('denied'); } };
    expect(loadProgress()).toEqual({});
    expect(saveAnswer({}, 'tree-stump', 1)).toEqual({ 'tree-stump': 1 });
    expect(resetProgress()).toEqual({});
  });

  it('keeps only known ids with a choice in range; saves, tallies and resets', () => {
    const s = new MemoryStorage();
    g.localStorage = s;
    s.setItem('ml-playground:study:v1', JSON.stringify({ 'tree-stump': 1, 'tree-full': 7, unknown: 0, 'gini-edge': 'x', 'knn-k1': 0.5 }));
    expect(loadProgress()).toEqual({ 'tree-stump': 1 });
    s.setItem('ml-playground:study:v1', '[1,2]');
    expect(loadProgress()).toEqual({});
    s.setItem('ml-playground:study:v1', '{not json');
    expect(loadProgress()).toEqual({});
    let p = saveAnswer({}, 'tree-stump', 0);
    p = saveAnswer(p, 'tree-full', 0);
    expect(loadProgress()).toEqual({ 'tree-stump': 0, 'tree-full': 0 });
    const tree = QUESTIONS.filter((q) => q.widget === 'tree');
    // tree-full's answer is choice 0 (100 %), tree-stump's is choice 1 (2 leaves): one right of two
    expect(tally(p, tree)).toEqual({ total: tree.length, answered: 2, right: 1 });
    resetProgress();
    expect(loadProgress()).toEqual({});
  });
});
