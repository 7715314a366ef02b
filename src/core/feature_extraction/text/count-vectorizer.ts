/**
 * scikit-learn's CountVectorizer (sklearn.feature_extraction.text, 1.2) for single words: each document is
 * lower-cased, split into tokens by the default token pattern `\b\w\w+\b` (runs of two or more letters, digits
 * or underscores, Unicode-aware: Python's `\w` is a letter or number of any script, or `_`), stop words are
 * dropped, and the vocabulary is every remaining token, sorted, then pruned by document frequency.
 *
 * - `stopWords`: 'english' (scikit-learn's list, ENGLISH_STOP_WORDS), a list of words, or null (none).
 * - `minDf`, `maxDf`: ignore terms found in fewer / more documents. An integer is a count of documents; a
 *   number in (0, 1) a proportion of them. JavaScript has one number type, so `maxDf: 1` is the proportion
 *   1.0 (every document: scikit-learn's default), while `minDf: 1` is one document (also its default).
 * - `maxFeatures`: keep only the most frequent terms over the corpus (ties go to the alphabetically first).
 * - `fitTransform(docs)` gives a CSR count matrix (rows = documents, columns = getFeatureNamesOut()).
 */
import { Estimator } from '../../base';
import { checkNumber, checkOption } from '../../validation';
import type { CountMatrix } from './sparse';
import { ENGLISH_STOP_WORDS } from './stop-words';

export interface CountVectorizerParams {
  stopWords: 'english' | readonly string[] | null;
  lowercase: boolean;
  minDf: number;
  maxDf: number;
  maxFeatures: number | null;
}
export type CountVectorizerOptions = Partial<CountVectorizerParams>;

const DEFAULTS: CountVectorizerParams = { stopWords: null, lowercase: true, minDf: 1, maxDf: 1, maxFeatures: null };
const NAME = 'CountVectorizer';
// Python's \w (str.isalnum() or '_'): letters and numbers of every script. Two or more of them in a row.
const TOKEN = /[\p{L}\p{N}_]{2,}/gu;

/** scikit-learn's default analyzer: lower-case (optionally), then every run of two or more word characters. */
export function tokenize(doc: string, lowercase = true): string[] {
  return (lowercase ? doc.toLowerCase() : doc).match(TOKEN) ?? [];
}

/** Document-frequency bounds as counts: integers are counts, other numbers in (0, 1) proportions, maxDf 1 = all. */
function docCount(v: number, nDocs: number, isMax: boolean): number {
  if (isMax && v === 1) return nDocs;
  return Number.isInteger(v) ? v : v * nDocs;
}

export class CountVectorizer extends Estimator<CountVectorizerParams> {
  declare readonly stopWords: CountVectorizerParams['stopWords'];
  declare readonly lowercase: boolean;
  declare readonly minDf: number;
  declare readonly maxDf: number;
  declare readonly maxFeatures: number | null;

  /** term → column, as scikit-learn's vocabulary_ */
  vocabulary = new Map<string, number>();
  /** terms cut by minDf, maxDf or maxFeatures (scikit-learn's stop_words_) */
  prunedTerms = new Set<string>();
  private features: string[] = [];

  constructor(options: CountVectorizerOptions = {}) {
    super(NAME, DEFAULTS, options);
  }

  protected checkParams(p: CountVectorizerParams): CountVectorizerParams {
    const sw = p.stopWords;
    if (!(sw === null || sw === 'english' || (Array.isArray(sw) && sw.every((w) => typeof w === 'string')))) {
      throw new RangeError(`${NAME}: stopWords must be 'english', a list of words or null; got ${String(sw)}`);
    }
    const fraction = (name: string, v: number) => checkNumber(name, v, Number.isInteger(v) ? { min: 0 } : { min: 0, max: 1 }, NAME);
    return {
      stopWords: sw,
      lowercase: checkOption('lowercase', p.lowercase, [true, false], NAME),
      minDf: fraction('minDf', p.minDf),
      maxDf: fraction('maxDf', p.maxDf),
      maxFeatures: p.maxFeatures === null ? null : checkNumber('maxFeatures', p.maxFeatures, { integer: true, min: 1 }, NAME),
    };
  }

  private stopSet(): ReadonlySet<string> {
    const sw = this.stopWords;
    return sw === 'english' ? ENGLISH_STOP_WORDS : new Set(sw ?? []);
  }

  /** The tokens of one document that count (stop words removed), in order. */
  analyze(doc: string): string[] {
    const stop = this.stopSet();
    return tokenize(String(doc), this.lowercase).filter((t) => !stop.has(t));
  }

  fit(docs: readonly string[]): this {
    this.fitTransform(docs);
    return this;
  }

  /** Learns the vocabulary and returns the document–term counts. Throws scikit-learn's errors for an empty vocabulary. */
  fitTransform(docs: readonly string[]): CountMatrix {
    if (!Array.isArray(docs)) throw new TypeError(`${NAME}.fit: expected a list of documents (strings)`);
    const tokens = docs.map((d) => this.analyze(d));
    const df = new Map<string, number>();
    const tf = new Map<string, number>();
    for (const toks of tokens) {
      for (const t of new Set(toks)) df.set(t, (df.get(t) ?? 0) + 1);
      for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
    }
    if (df.size === 0) throw new RangeError('empty vocabulary; perhaps the documents only contain stop words');
    const n = docs.length;
    const high = docCount(this.maxDf, n, true);
    const low = docCount(this.minDf, n, false);
    if (high < low) throw new RangeError('maxDf corresponds to < documents than minDf');
    const sorted = [...df.keys()].sort(compareCodePoints);
    let kept = sorted.filter((t) => df.get(t)! <= high && df.get(t)! >= low);
    if (this.maxFeatures !== null && kept.length > this.maxFeatures) {
      const top = new Set(kept.map((t, i) => [t, i] as const).sort((a, b) => tf.get(b[0])! - tf.get(a[0])! || a[1] - b[1]).slice(0, this.maxFeatures).map(([t]) => t));
      kept = kept.filter((t) => top.has(t));
    }
    const keptSet = new Set(kept);
    this.prunedTerms = new Set(sorted.filter((t) => !keptSet.has(t)));
    if (kept.length === 0) throw new RangeError('After pruning, no terms remain. Try a lower minDf or a higher maxDf.');
    this.features = kept;
    this.vocabulary = new Map(kept.map((t, i) => [t, i]));
    return this.count(tokens);
  }

  /** Counts of the fitted vocabulary's terms in new documents (other words are ignored). */
  transform(docs: readonly string[]): CountMatrix {
    if (this.features.length === 0) throw new Error(`${NAME}.transform: call fit first`);
    return this.count(docs.map((d) => this.analyze(d)));
  }

  /** The terms, in column order (sorted by code point, as Python sorts strings). */
  getFeatureNamesOut(): string[] {
    return this.features.slice();
  }

  private count(tokens: string[][]): CountMatrix {
    const indptr = new Int32Array(tokens.length + 1);
    const idx: number[] = [];
    const val: number[] = [];
    tokens.forEach((toks, d) => {
      const counts = new Map<number, number>();
      for (const t of toks) {
        const j = this.vocabulary.get(t);
        if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1);
      }
      for (const j of [...counts.keys()].sort((a, b) => a - b)) { idx.push(j); val.push(counts.get(j)!); }
      indptr[d + 1] = idx.length;
    });
    return { nRows: tokens.length, nCols: this.features.length, indptr, indices: Int32Array.from(idx), data: Float64Array.from(val) };
  }
}

/** Python's string order: by code point (JavaScript's < compares UTF-16 units, which differs above U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  const x = [...a], y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}
