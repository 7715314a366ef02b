// #/lda counts a learner's text in a worker (corpus.worker.ts) and sends the counts back as typed arrays: the corpus
// that arrives must model exactly as the one counted on the page, and while it is counted the widget has nothing to
// run and says nothing wrong.
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/params';
import { buildCorpus, documentsFromBytes } from '../../src/widgets/lda/corpus';
import { docSegments } from '../../src/widgets/lda/document';
import { schema, type Params } from '../../src/widgets/lda/params';
import { corpusFromWire, corpusToWire } from '../../src/widgets/lda/prepare-protocol';
import { LdaSession } from '../../src/widgets/lda/session';

const P = (o: Partial<Params> = {}): Params => ({ ...defaults(schema), ...o }) as Params;
const TEXT = ['The Striker scored a late goal in the match.', 'Knead the dough, then bake the bread in a hot oven.', 'The goalkeeper saved; the match ended level.', 'Bread needs flour, water, yeast and a hot oven.', 'A goal in the last minute won the match.'].join('\n');

describe('a corpus counted in the worker', () => {
  const docs = documentsFromBytes(new TextEncoder().encode(TEXT)).docs;
  const here = buildCorpus(docs, [], P({ minDf: 1 })).corpus!;
  // what the worker posts, cloned as postMessage would clone it
  const wire = structuredClone(corpusToWire(buildCorpus(docs, [], P({ minDf: 1 })).corpus!, []));
  const arrived = corpusFromWire(wire);

  it('arrives with the same counts, words and word → column map', () => {
    expect(arrived.vocab).toEqual(here.vocab);
    expect([...arrived.vocabulary]).toEqual([...here.vocabulary]);
    expect(Array.from(arrived.X.indptr)).toEqual(Array.from(here.X.indptr));
    expect(Array.from(arrived.X.indices)).toEqual(Array.from(here.X.indices));
    expect(Array.from(arrived.X.data)).toEqual(Array.from(here.X.data));
    expect(arrived.docs).toEqual(docs);
  });

  it('models exactly as the corpus counted on the page', () => {
    for (const method of ['gibbs', 'batch'] as const) {
      const a = new LdaSession(P({ method, minDf: 1, k: 2 }), { docs, themes: [], problem: '' });
      const b = new LdaSession(P({ method, minDf: 1, k: 2 }), { docs: [], themes: [], problem: '', corpus: arrived });
      for (let i = 0; i < 4; i++) { a.step(); b.step(); }
      expect(b.frame()).toEqual(a.frame());
      const colours = (s: LdaSession) => docSegments(s.corpus!, 2, s.fit!.topicOf(2)).map((g) => g.topic);
      expect(colours(b)).toEqual(colours(a));
      expect(colours(b).some((t) => t >= 0)).toBe(true);
    }
  });

  it('while it is counted: no model, no message, nothing to step', () => {
    const s = new LdaSession(P(), { docs: [], themes: [], problem: '', preparing: true });
    expect(s.corpus).toBeNull();
    expect(s.notice).toBe('');
    expect(s.done).toBe(true);
    expect(s.step()).toBe(false);
  });
});
