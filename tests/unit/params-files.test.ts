import { describe, expect, it } from 'vitest';
import { contentHash, contentHashInPieces, defaults, defineSchema, fileRef, FileStore, formatValue, parseFileRef, parseParams, resolveRuntime, serializeParams } from '../../src/params';

const bytes = (s: string) => new TextEncoder().encode(s);
const schema = defineSchema([
  { name: 'data', affects: 'data', type: 'file', default: null, accept: '.csv', maxBytes: 1e6, label: 'Your data', help: 'h' },
  { name: 'k', affects: 'model', type: 'int', default: 3, min: 1, max: 9, label: 'k', help: 'h' },
] as const);

describe('content hash', () => {
  it('is 32-bit FNV-1a (the published test vectors)', () => {
    expect(contentHash(bytes(''))).toBe('811c9dc5');
    expect(contentHash(bytes('a'))).toBe('e40c292c');
    expect(contentHash(bytes('foobar'))).toBe('bf9cf968');
  });

  it('in pieces (a task between them) is the same digest, whatever the piece', async () => {
    expect(await contentHashInPieces(bytes('foobar'), 4)).toBe('bf9cf968');
    expect(await contentHashInPieces(bytes(''), 4)).toBe('811c9dc5');
    const big = new Uint8Array(100_003).map((_, i) => (i * 7919) % 251);
    for (const piece of [1000, 65_536, 1 << 20]) expect(await contentHashInPieces(big, piece)).toBe(contentHash(big));
    expect(await contentHashInPieces(big.subarray(0, 97), 1)).toBe(contentHash(big.subarray(0, 97)));
  });

  it('in pieces lets other tasks run between them', async () => {
    let ran = 0;
    const ticks = setInterval(() => ran++, 0);
    await contentHashInPieces(new Uint8Array(50), 5);
    clearInterval(ticks);
    expect(ran).toBeGreaterThan(0);
  });
});

describe('a store that hashes in pieces', () => {
  it('gives the reference add() gives, and holds the bytes', async () => {
    const store = new FileStore();
    const b = bytes('one doc\ntwo doc\n'.repeat(50));
    const ref = await store.addInPieces('  my\u0007 text.txt ', b);
    expect(ref).toEqual(fileRef('  my\u0007 text.txt ', b));
    expect(store.get(ref)).toBe(b);
  });
});

describe('file references in links', () => {
  it('carry name@hash, never the contents', () => {
    const store = new FileStore();
    const ref = store.add('iris.csv', bytes('secret,data\n1,2\n'));
    expect(ref).toEqual({ name: 'iris.csv', hash: contentHash(bytes('secret,data\n1,2\n')) });
    const q = serializeParams(schema, { data: ref, k: 3 });
    expect(q).toBe(`data=iris.csv%40${ref.hash}`);
    expect(decodeURIComponent(q)).not.toContain('secret');
    expect(parseParams(schema, new URLSearchParams(q)).values).toEqual({ data: ref, k: 3 });
    expect(serializeParams(schema, defaults(schema))).toBe('');
  });

  it('keep a safe name: no control characters, at most 80 characters, never empty', () => {
    expect(fileRef('my\ndata\t.csv', bytes('a')).name).toBe('mydata.csv');
    expect(fileRef('x'.repeat(200), bytes('a')).name).toHaveLength(80);
    expect(fileRef('\n', bytes('a')).name).toBe('file');
  });

  it('parse back, with @ allowed in the name, and refuse anything else with a notice', () => {
    expect(parseFileRef('a@b.csv@e40c292c')).toEqual({ name: 'a@b.csv', hash: 'e40c292c' });
    expect(parseFileRef('')).toBeNull();
    for (const bad of ['iris.csv', 'iris.csv@', '@e40c292c', 'x@e40c292', 'x@E40C292C', 'x@e40c292cc', `${'x'.repeat(81)}@e40c292c`, 'a\nb@e40c292c']) {
      expect(parseFileRef(bad), bad).toBeUndefined();
    }
    const r = parseParams(schema, { data: 'iris.csv' });
    expect(r.values.data).toBeNull();
    expect(r.notices).toEqual(['Your data: “iris.csv” is not a file reference “name@hash” (8 hex digits); using the default data.']);
    expect(formatValue(schema[0], null)).toBe('');
  });
});

describe('opening a link that refers to a file', () => {
  const link = new URLSearchParams('data=iris.csv%40bf9cf968&k=5');

  it('falls back to the default data with a notice where the file is not loaded', () => {
    const parsed = parseParams(schema, link).values;
    const r = resolveRuntime(schema, parsed, { files: new FileStore() });
    expect(r.values).toEqual({ data: null, k: 5 });
    expect(r.notices).toEqual([
      'Your data: the link names the file “iris.csv@bf9cf968”, which is not loaded here (links never carry files); using the default data. Choose the file to use it.',
    ]);
  });

  it('keeps the reference when this page holds the same contents (under any name), not other contents', () => {
    const parsed = parseParams(schema, link).values;
    const same = new FileStore();
    same.add('renamed.csv', bytes('foobar'));
    expect(resolveRuntime(schema, parsed, { files: same })).toEqual({ values: parsed, notices: [] });
    const other = new FileStore();
    other.add('iris.csv', bytes('foobaz'));
    expect(resolveRuntime(schema, parsed, { files: other }).values.data).toBeNull();
    // Without a store (the widget has not said what it holds) nothing is decided yet.
    expect(resolveRuntime(schema, parsed, {}).values).toEqual(parsed);
  });

  it('keeps each store to itself and hands back the bytes by reference', () => {
    const a = new FileStore();
    const b = new FileStore();
    const ref = a.add('x.csv', bytes('1,2'));
    expect(new TextDecoder().decode(a.get(ref))).toBe('1,2');
    expect(a.has(ref)).toBe(true);
    expect(b.has(ref)).toBe(false);
    expect(b.get(ref)).toBeUndefined();
    expect(a.get(null)).toBeUndefined();
  });
});
