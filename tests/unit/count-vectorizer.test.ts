import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CountVectorizer, ENGLISH_STOP_WORDS, toDense, tokenize } from '../../src/core/feature_extraction';

const fx = JSON.parse(readFileSync(new URL('../fixtures/lda.json', import.meta.url), 'utf8'));
const TRICKY = [
  "Don't stop-believing: it's 2024, the_year of C3PO & R2-D2!",
  'Café naïve résumé — ÜBER straße; ΕΛΛΗΝΙΚΆ λέξεις',
  'a I x yz 12 3 __ _a e\u0301t\u00e9 \u{1F600} smile',
  '数据 科学 and 機械学習 mixed with english words',
  'THE the The tHe, and AND and... repeated repeated REPEATED',
  '',
  '   \t\n  ',
];
const corpus = readFileSync(new URL('../../datasets/topics-corpus.tsv', import.meta.url), 'utf8')
  .split('\n').slice(1).filter(Boolean).map((l) => l.split('\t')[1]);

const OPTION_NAMES: Record<string, string> = { stop_words: 'stopWords', min_df: 'minDf', max_df: 'maxDf', max_features: 'maxFeatures' };
const camel = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [OPTION_NAMES[k], v]));

describe('CountVectorizer equals scikit-learn 1.2', () => {
  for (const c of fx.vectorizer) {
    it(c.name, () => {
      const docs = c.name.startsWith('tricky') ? TRICKY : corpus;
      const v = new CountVectorizer(camel(c.options));
      const X = v.fitTransform(docs);
      expect(v.getFeatureNamesOut()).toEqual(c.features);
      expect(Array.from(X.indptr)).toEqual(c.indptr);
      expect(Array.from(X.indices)).toEqual(c.indices);
      expect(Array.from(X.data)).toEqual(c.data);
    });
  }

  it('has scikit-learn’s 318 English stop words', () => {
    expect(ENGLISH_STOP_WORDS.size).toBe(318);
    for (const w of ['the', 'and', 'of', 'whereafter', 'amoungst']) expect(ENGLISH_STOP_WORDS.has(w)).toBe(true);
    expect(ENGLISH_STOP_WORDS.has('galaxy')).toBe(false);
  });

  it('tokenises as \\b\\w\\w+\\b on lower-cased text', () => {
    expect(tokenize("Don't stop-believing, R2-D2!")).toEqual(['don', 'stop', 'believing', 'r2', 'd2']);
    expect(tokenize('a I x')).toEqual([]);
  });

  it('transform counts only the fitted vocabulary', () => {
    const v = new CountVectorizer().fit(['red apple', 'green apple']);
    expect(v.getFeatureNamesOut()).toEqual(['apple', 'green', 'red']);
    expect(toDense(v.transform(['apple apple pear red']))).toEqual([[2, 0, 1]]);
  });

  it('gives scikit-learn’s messages for an empty vocabulary and impossible bounds', () => {
    expect(() => new CountVectorizer({ stopWords: 'english' }).fitTransform(['the and of', 'it is'])).toThrow(/empty vocabulary/);
    expect(() => new CountVectorizer().fitTransform([])).toThrow(/empty vocabulary/);
    expect(() => new CountVectorizer({ minDf: 3, maxDf: 2 }).fitTransform(['aa bb', 'aa', 'bb'])).toThrow(/maxDf corresponds to < documents than minDf/);
    expect(() => new CountVectorizer({ minDf: 3 }).fitTransform(['aa bb', 'aa', 'bb'])).toThrow(/no terms remain/);
    expect(() => new CountVectorizer({ maxDf: 1.5 })).toThrow(/maxDf/);
  });
});
