/**
 * Characters as tokens for the character-level language model: the vocabulary (the distinct characters of
 * a text, in code-point order), encoding, and the checks that turn bad input (empty, binary, too short for
 * one training window) into a message instead of a crash. Pure TypeScript, no TF.js.
 */

export interface CharVocab {
  /** The characters, index = token id. */
  chars: string[];
  index: Map<string, number>;
}

/** Distinct characters of the text (by code point, so surrogate pairs stay whole), sorted. */
export function buildVocab(text: string): CharVocab {
  const chars = [...new Set(Array.from(text))].sort();
  return { chars, index: new Map(chars.map((c, i) => [c, i])) };
}

/** Token ids; a character outside the vocabulary throws (the vocabulary is built from the same text). */
export function encode(vocab: CharVocab, text: string): Int32Array {
  const cs = Array.from(text);
  const out = new Int32Array(cs.length);
  for (let i = 0; i < cs.length; i++) {
    const k = vocab.index.get(cs[i]);
    if (k === undefined) throw new Error(`the character ${JSON.stringify(cs[i])} is not in the vocabulary`);
    out[i] = k;
  }
  return out;
}

export function decode(vocab: CharVocab, ids: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < ids.length; i++) s += vocab.chars[ids[i]] ?? '';
  return s;
}

/** Bytes as text: UTF-8 with CR LF → LF; null when the bytes are not text (NUL bytes, invalid UTF-8, or many control characters). */
export function bytesToText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return looksBinary(text) ? null : text.replace(/\r\n?/g, '\n');
}

/** More than 2 % control characters (other than tab, newline, carriage return) or any U+FFFD: not prose. */
export function looksBinary(text: string): boolean {
  let bad = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) bad++;
  }
  return text.length > 0 && bad > 0.02 * text.length;
}

/** The most distinct characters the model takes (its input and output layers are this wide). */
export const MAX_VOCAB = 200;

/**
 * Why this text cannot train a model with windows of `seqLen` characters, or '' when it can. The text is
 * split 90 / 10 into training and validation, and each part needs at least one window plus the next character.
 */
export function textProblem(text: string, seqLen: number): string {
  const n = Array.from(text).length;
  if (n === 0 || text.trim() === '') return 'The text is empty: paste some text (a few thousand characters or more) or use the shipped text.';
  if (looksBinary(text)) return 'This does not look like text (it has many control characters): paste plain text.';
  const vocab = buildVocab(text).chars.length;
  if (vocab < 2) return 'The text uses a single character: a model has nothing to learn from it. Paste varied text.';
  if (vocab > MAX_VOCAB) return `The text uses ${vocab} different characters; the model takes at most ${MAX_VOCAB}. Paste text in fewer scripts.`;
  const need = Math.ceil((seqLen + 1) / 0.1);
  if (n < need) return `The text has ${n} characters, too short for windows of ${seqLen} characters: the 10 % held out for validation must hold one window plus the next character, so at least ${need} are needed. Paste more text or lower the sequence length.`;
  return '';
}
