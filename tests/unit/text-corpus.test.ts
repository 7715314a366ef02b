import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDocumentLines, parseTopicsTsv, textProblem } from '../../src/core/datasets/text';

describe('text corpora', () => {
  it('the shipped corpus: 300 documents, 60 per theme', () => {
    const c = parseTopicsTsv(readFileSync(new URL('../../datasets/topics-corpus.tsv', import.meta.url), 'utf8'));
    expect(c.docs.length).toBe(300);
    const counts: Record<string, number> = {};
    c.themes.forEach((t) => (counts[t] = (counts[t] ?? 0) + 1));
    expect(counts).toEqual({ space: 60, cooking: 60, football: 60, garden: 60, music: 60 });
  });
  it('a learner’s text: one document per non-blank line, any line ending', () => {
    expect(parseDocumentLines('one doc\r\n\r\n  two  \rthree\n\n')).toEqual(['one doc', 'two', 'three']);
    expect(parseDocumentLines('   \n\n')).toEqual([]);
  });
  it('binary bytes are refused before tokenising; non-English UTF-8 is text', () => {
    expect(textProblem(new Uint8Array([0xff, 0xfe, 0x00, 0x41]))).toMatch(/not UTF-8/);
    expect(textProblem(new Uint8Array([0x41, 0x00, 0x42]))).toMatch(/NUL/);
    expect(textProblem(new TextEncoder().encode('\u0001\u0002\u0003\u0004\u0005\u0006 abc'))).toMatch(/control characters/);
    expect(textProblem(new TextEncoder().encode('Ελληνικά κείμενα\n日本語の文章'))).toBe('');
  });
});
