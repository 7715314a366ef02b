import { TableReader, type ReadOptions } from './read';
import { formatBytes, type ReadResult } from './report';

/**
 * From bytes to a table: the size limit, a check that the bytes are text, UTF-8 decoding piece by piece
 * (the byte-order mark dropped) and the reader, with progress after each piece. Runs in a Web Worker in
 * the page and directly in Node tests.
 */

/** The largest file the data lab reads (the bench's 50 MB CSV fits). */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Bytes decoded and parsed between two progress reports. */
export const PIECE_BYTES = 1024 * 1024;

export function sizeError(bytes: number, max = MAX_BYTES): string | null {
  if (bytes > max) return `The file is ${formatBytes(bytes)}; the limit is ${formatBytes(max)}. Load a smaller file (a sample of its rows).`;
  return null;
}

/** A reason the bytes are not a text table (NUL bytes, or mostly not UTF-8), or null. */
export function binaryError(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 65536);
  let invalid = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return 'This file is not a text table: it holds NUL bytes (a binary file, or text in UTF-16). Save it as CSV in UTF-8 and load it again.';
  const sample = new TextDecoder('utf-8').decode(bytes.subarray(0, n));
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) invalid++;
  if (invalid > Math.max(8, sample.length / 20)) return 'This file is not UTF-8 text (many of its bytes are not characters). Save it as CSV in UTF-8 and load it again.';
  return null;
}

/** The bytes as text, PIECE_BYTES at a time (UTF-8; a BOM dropped; invalid bytes become U+FFFD). */
class TextPieces implements Iterator<string>, Iterable<string> {
  private readonly decoder = new TextDecoder('utf-8');
  private at = 0;
  private ended = false;
  constructor(private readonly bytes: Uint8Array) {}
  /** Share of the bytes decoded so far, 0..1. */
  get done(): number {
    return this.bytes.length ? Math.min(1, this.at / this.bytes.length) : 1;
  }
  next(): IteratorResult<string> {
    if (this.at < this.bytes.length) {
      let end = Math.min(this.bytes.length, this.at + PIECE_BYTES);
      // Cut after the piece's last line-feed byte (never part of a multi-byte UTF-8 character): then each
      // piece is whole records (unless a quoted field spans it), and the splitter parses it as it is instead of
      // joining the rest of one piece to the next (that concatenation cost as much as the parsing).
      const lf = end < this.bytes.length ? this.bytes.lastIndexOf(10, end - 1) : -1;
      if (lf >= this.at) end = lf + 1;
      const text = this.decoder.decode(this.bytes.subarray(this.at, end), { stream: end < this.bytes.length });
      this.at = end;
      return { done: false, value: text };
    }
    if (this.ended) return { done: true, value: undefined };
    this.ended = true;
    return { done: false, value: this.decoder.decode() };
  }
  [Symbol.iterator](): Iterator<string> {
    return this;
  }
}

/** Reads bytes into a table, reporting the share done after each piece; never throws. */
export async function readBytes(
  bytes: Uint8Array,
  options: ReadOptions & { maxBytes?: number },
  progress: (done: number) => void | Promise<void> = () => {},
): Promise<ReadResult> {
  try {
    const refusal = sizeError(bytes.length, options.maxBytes) ?? binaryError(bytes);
    if (refusal) return { ok: false, error: refusal };
    const pieces = () => new TextPieces(bytes);
    const reader = new TableReader(options, (push) => {
      for (const piece of pieces()) push(piece);
    });
    const source = pieces();
    let reported = source.done;
    for (let piece = source.next(); !piece.done; piece = source.next()) {
      reader.push(piece.value);
      if (source.done !== reported) await progress((reported = source.done));
    }
    return reader.finish();
  } catch (err) {
    return { ok: false, error: `The file could not be read: ${err instanceof Error ? err.message : String(err)}.` };
  }
}

/** Reads pasted or fetched text (same rules as a file). */
export function readText(text: string, options: ReadOptions & { maxBytes?: number }): Promise<ReadResult> {
  return readBytes(new TextEncoder().encode(text), options);
}
