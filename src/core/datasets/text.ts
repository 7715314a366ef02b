/**
 * Text corpora: the shipped topics corpus (datasets/topics-corpus.tsv: a header `theme<TAB>text`, then one
 * document per line) and a learner's own text (one document per line). Pure functions: the page bundles the
 * file through ./topics-corpus.ts, Node tests read it with fs.
 */

export interface TextCorpus {
  docs: string[];
  /** each document's theme (the shipped corpus), or [] when unknown (a learner's text) */
  themes: string[];
}

/** The shipped corpus' TSV. */
export function parseTopicsTsv(text: string): TextCorpus {
  const docs: string[] = [];
  const themes: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    themes.push(line.slice(0, tab));
    docs.push(line.slice(tab + 1).trim());
  }
  return { docs, themes };
}

/** A learner's text: one document per non-blank line (Windows and old-Mac line ends too), trimmed. */
export function parseDocumentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0);
}

/**
 * Why bytes cannot be read as a corpus, or '' when they can: not UTF-8, or containing NUL or other control
 * characters that text does not have (a binary file), checked before any tokenising.
 */
export function textProblem(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'This is not UTF-8 text (a binary file?). Choose a plain-text file with one document per line.';
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'This file contains NUL bytes, so it is binary, not text. Choose a plain-text file with one document per line.';
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  if (control > Math.max(4, text.length * 0.01)) return `This file has ${control} control characters, so it looks binary, not text. Choose a plain-text file with one document per line.`;
  return '';
}
