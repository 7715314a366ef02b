// RecordIO-protobuf as SageMaker's built-in algorithms read it. The reference is a hand derivation from the published
// format (no sagemaker package here): record.proto of sagemaker-python-sdk (aialgs.data.Record), the protobuf wire
// format, and the RecordIO framing of sagemaker/amazon/common.py's _write_recordio (MXNet/dmlc RecordIO).
import { describe, expect, it } from 'vitest';
import { MAGIC, decodeRecordIO, encodeRecordIO, readRecordIO, varint } from '../../src/core/io/recordio';
import { Rng } from '../../src/core/random';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');

describe('RecordIO-protobuf, byte for byte', () => {
  it('features [1, −2], label 1: worked out by hand', () => {
    // float32 1.0 = 0x3f800000 → little-endian 00 00 80 3f;  −2.0 = 0xc0000000 → 00 00 00 c0
    // Float32Tensor { values (field 1, packed, wire type 2) }: tag (1<<3)|2 = 0x0a, length 8, the 8 bytes
    //     0a 08 | 00 00 80 3f 00 00 00 c0                                                   (10 bytes)
    // Value { float32_tensor = field 2 }: tag (2<<3)|2 = 0x12, length 10 = 0x0a               (12 bytes)
    // map entry { key = field 1: "values" (6 bytes: 76 61 6c 75 65 73), value = field 2 }:
    //     0a 06 76 61 6c 75 65 73 | 12 0c <Value>                                            (22 bytes)
    // Record.features = field 1: 0a 16 <entry>                                               (24 bytes)
    // label [1]: tensor 0a 04 00 00 80 3f (6), Value 12 06 … (8), entry 0a 06 "values" 12 08 … (18),
    // Record.label = field 2: 12 12 <entry>                                                  (20 bytes)
    // payload 24 + 20 = 44 bytes, a multiple of 4: no padding.
    // Frame: magic 0xced7230a → 0a 23 d7 ce; length word 44 = 0x2c with continuation flag 0 → 2c 00 00 00.
    const expected = [
      '0a 23 d7 ce', '2c 00 00 00',
      '0a 16', '0a 06 76 61 6c 75 65 73', '12 0c', '12 0a', '0a 08', '00 00 80 3f 00 00 00 c0',
      '12 12', '0a 06 76 61 6c 75 65 73', '12 08', '12 06', '0a 04', '00 00 80 3f',
    ].join(' ');
    const { bytes, spans } = encodeRecordIO([[1, -2]], [1]);
    expect(hex(bytes)).toBe(expected);
    expect(spans.map((s) => [s.kind, s.start, s.end])).toEqual([['magic', 0, 4], ['length', 4, 8], ['features', 8, 32], ['label', 32, 52]]);
  });

  it('30 features: a 2-byte varint length and 3 bytes of padding', () => {
    // 30 floats = 120 bytes (varint 0x78); Float32Tensor 1 + 1 + 120 = 122; Value 1 + 1 + 122 = 124 (0x7c);
    // entry 8 + 1 + 1 + 124 = 134 → varint 134 = 0x86 0x01 (2 bytes); Record.features 1 + 2 + 134 = 137;
    // label as above 20 → payload 157 = 0x9d; padded to 160: 3 zero bytes; the record takes 8 + 160 = 168 bytes.
    const { bytes, spans } = encodeRecordIO([Array.from({ length: 30 }, (_, j) => j)], [0]);
    expect(bytes.length).toBe(168);
    expect(hex(bytes.subarray(4, 8))).toBe('9d 00 00 00');
    expect(hex(bytes.subarray(8, 11))).toBe('0a 86 01');
    expect(hex(bytes.subarray(165))).toBe('00 00 00');
    expect(spans.at(-1)).toEqual({ start: 165, end: 168, record: 0, kind: 'padding' });
    expect(varint(300)).toEqual([0xac, 0x02]); // the protobuf guide's own example
  });
});

describe('decode(encode(rows)) gives the rows back', () => {
  it('random float32 rows with labels, and rows without labels', () => {
    const rng = new Rng(5);
    const rows = Array.from({ length: 25 }, (_, i) => Array.from({ length: 1 + (i % 40) }, () => Math.fround(rng.normal(0, 1000))));
    const labels = rows.map((_, i) => i % 3);
    const back = decodeRecordIO(encodeRecordIO(rows, labels).bytes);
    expect(back.rows).toEqual(rows);
    expect(back.labels).toEqual(labels);
    const noLabel = decodeRecordIO(encodeRecordIO(rows.slice(0, 3)).bytes);
    expect(noLabel.rows).toEqual(rows.slice(0, 3));
    expect(noLabel.labels).toEqual([null, null, null]);
  });

  it('values are stored as float32 (0.1 comes back as Math.fround(0.1))', () => {
    expect(decodeRecordIO(encodeRecordIO([[0.1]], [2.5]).bytes).rows[0][0]).toBe(Math.fround(0.1));
  });

  it('a split record (continuation flags 1 and 3) is rejoined with the magic number between its parts', () => {
    const payload = encodeRecordIO([[7, 8]], [1]).bytes.subarray(8);
    // two parts as a writer splitting on a magic number at byte 10 would leave them: bytes 0–9 and 14–end
    const a = payload.subarray(0, 10), b = payload.subarray(14);
    const joined = new Uint8Array([...a, 0x0a, 0x23, 0xd7, 0xce, ...b]);
    const part = (flag: number, data: Uint8Array) => {
      const pad = (4 - (data.length % 4)) % 4;
      const h = new DataView(new ArrayBuffer(8));
      h.setUint32(0, MAGIC, true);
      h.setUint32(4, (flag << 29) | data.length, true);
      return [...new Uint8Array(h.buffer), ...data, ...new Array(pad).fill(0)];
    };
    const file = Uint8Array.from([...part(1, a), ...part(3, b)]);
    expect(readRecordIO(file)[0]).toEqual(joined);
  });

  it('bad input: a missing value, a wrong magic number, a truncated file', () => {
    expect(() => encodeRecordIO([[1, NaN]])).toThrow(/row 0 has NaN in column 1; impute or drop/);
    const bytes = encodeRecordIO([[1]], [0]).bytes;
    const bad = bytes.slice();
    bad[0] = 0;
    expect(() => decodeRecordIO(bad)).toThrow(/no magic number at byte 0/);
    expect(() => decodeRecordIO(bytes.subarray(0, 20))).toThrow(/only 12 are left/);
  });
});
