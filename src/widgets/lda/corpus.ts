/**
 * The widget's corpus: the shipped documents or the learner's text (one document per line), counted by
 * CountVectorizer with the widget's settings. Every way this can fail (no text, binary bytes, nothing left after
 * the stop words or the document-frequency cut) becomes a message for the learner, never an exception.
 */
import { parseDocumentLines, textProblem } from '../../core/datasets/text';
import { CountVectorizer, type CountMatrix } from '../../core/feature_extraction';

export const MAX_DOCS = 5000;

export interface Corpus {
  docs: string[];
  /** the shipped corpus' themes, [] for a learner's text */
  themes: string[];
  X: CountMatrix;
  vocab: string[];
  /** word → column (CountVectorizer's vocabulary_), and whether words were lower-cased before the look-up */
  vocabulary: ReadonlyMap<string, number>;
  lowercase: boolean;
  /** documents left with no counted word (all stop words or cut words) */
  emptyDocs: number;
}

export interface CorpusSettings {
  stopWords: boolean;
  minDf: number;
  maxDf: number;
}

/** The learner's bytes as documents, or the reason they cannot be used. */
export function documentsFromBytes(bytes: Uint8Array): { docs: string[]; problem: string } {
  const problem = textProblem(bytes);
  if (problem) return { docs: [], problem };
  const docs = parseDocumentLines(new TextDecoder().decode(bytes));
  if (docs.length === 0) return { docs, problem: 'The text is empty: write or paste at least two documents, one per line.' };
  if (docs.length > MAX_DOCS) return { docs: [], problem: `The text has ${docs.length.toLocaleString('en')} lines; this page samples at most ${MAX_DOCS.toLocaleString('en')} documents. Use fewer lines.` };
  return { docs, problem: '' };
}

/** Counts the documents; a message instead of a corpus when no word is left to model. */
export function buildCorpus(docs: string[], themes: string[], s: CorpusSettings): { corpus: Corpus | null; problem: string } {
  if (docs.length === 0) return { corpus: null, problem: 'The corpus is empty: there are no documents to model.' };
  // minDf above the number of documents would cut every word: cap it and keep going (the notice says so)
  const minDf = Math.min(s.minDf, docs.length);
  const vectorizer = new CountVectorizer({ stopWords: s.stopWords ? 'english' : null, minDf, maxDf: s.maxDf });
  let X: CountMatrix;
  try {
    X = vectorizer.fitTransform(docs);
  } catch (e) {
    const msg = (e as Error).message;
    if (/empty vocabulary/.test(msg)) {
      return { corpus: null, problem: s.stopWords
        ? 'No words to model: every word is an English stop word or shorter than two letters. Untick “Drop English stop words” or use other text.'
        : 'No words to model: the text has no word of two or more letters or digits.' };
    }
    return { corpus: null, problem: `No words are left after the document-frequency cut (minDf ${minDf}, maxDf ${s.maxDf}): lower minDf or raise maxDf.` };
  }
  let emptyDocs = 0;
  for (let d = 0; d < X.nRows; d++) if (X.indptr[d + 1] === X.indptr[d]) emptyDocs++;
  return { corpus: { docs, themes, X, vocab: vectorizer.getFeatureNamesOut(), vocabulary: vectorizer.vocabulary, lowercase: vectorizer.lowercase, emptyDocs }, problem: '' };
}

/** Warnings that do not stop the model: too many topics, one word, empty documents, a capped minDf. */
export function corpusNotes(c: Corpus, k: number, minDfAsked: number): string[] {
  const notes: string[] = [];
  const n = c.docs.length;
  if (minDfAsked > n) notes.push(`minDf ${minDfAsked} is more than the ${n} documents; using ${n}.`);
  if (k > n) notes.push(`K = ${k} topics for ${n} document${n === 1 ? '' : 's'}: more topics than documents, so some topics stay almost empty (their words are drawn from the prior η).`);
  if (c.vocab.length === 1) notes.push(`The vocabulary is one word (“${c.vocab[0]}”): every topic is that word with probability 1, so the topics cannot differ.`);
  if (c.emptyDocs > 0) notes.push(`${c.emptyDocs} document${c.emptyDocs === 1 ? ' has' : 's have'} no counted word (stop words or cut by minDf/maxDf): ${c.emptyDocs === 1 ? 'its' : 'their'} mixture is the prior alone.`);
  return notes;
}
