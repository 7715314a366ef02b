// MXNet / dmlc RecordIO framing, as SageMaker's _write_recordio writes it (sagemaker/amazon/common.py): per record
// the magic number 0xced7230a and a length word, both uint32 little-endian, then the payload, then zero bytes up to a
// multiple of 4. The length word's upper 3 bits are the continuation flag (0 = a whole record; 1/2/3 = first, middle,
// last part of a record split where its data held the magic number, which dmlc's reader rejoins with the magic between
// the parts) and its lower 29 bits the payload length. SageMaker writes whole records only.
import { decodeRecord, encodeRecord } from './record';

export const MAGIC = 0xced7230a;
const MAX_LEN = (1 << 29) - 1;

/** A marked byte range of an encoded file, for the hex view. */
export interface Span {
  start: number;
  end: number;
  record: number;
  kind: 'magic' | 'length' | 'features' | 'label' | 'padding';
}

export interface Encoded {
  bytes: Uint8Array;
  spans: Span[];
}

/** Rows (features) and optional labels as RecordIO-protobuf, with each part's byte range. */
export function encodeRecordIO(rows: readonly (readonly number[])[], labels?: readonly number[] | null): Encoded {
  if (labels && labels.length !== rows.length) throw new RangeError(`encodeRecordIO: ${rows.length} rows but ${labels.length} labels`);
  const out: number[] = [], spans: Span[] = [];
  rows.forEach((row, i) => {
    row.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new RangeError(`encodeRecordIO: row ${i} has ${v} in column ${j}; impute or drop missing values first`);
    });
    const featureBytes = encodeRecord(row).length;
    const payload = encodeRecord(row, labels ? labels[i] : null);
    if (payload.length > MAX_LEN) throw new RangeError(`encodeRecordIO: record ${i} is too long for RecordIO (${payload.length} bytes)`);
    const s = out.length;
    const head = new DataView(new ArrayBuffer(8));
    head.setUint32(0, MAGIC, true);
    head.setUint32(4, payload.length, true); // continuation flag 0: a whole record
    out.push(...new Uint8Array(head.buffer), ...payload);
    const pad = (4 - (payload.length % 4)) % 4;
    for (let k = 0; k < pad; k++) out.push(0);
    spans.push({ start: s, end: s + 4, record: i, kind: 'magic' }, { start: s + 4, end: s + 8, record: i, kind: 'length' });
    spans.push({ start: s + 8, end: s + 8 + featureBytes, record: i, kind: 'features' });
    if (payload.length > featureBytes) spans.push({ start: s + 8 + featureBytes, end: s + 8 + payload.length, record: i, kind: 'label' });
    if (pad) spans.push({ start: s + 8 + payload.length, end: s + 8 + payload.length + pad, record: i, kind: 'padding' });
  });
  return { bytes: Uint8Array.from(out), spans };
}

/** The payloads of a RecordIO file (split records rejoined). */
export function readRecordIO(bytes: Uint8Array): Uint8Array[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Uint8Array[] = [];
  let pos = 0, parts: Uint8Array[] | null = null;
  while (pos < bytes.length) {
    if (pos + 8 > bytes.length) throw new RangeError(`RecordIO: ${bytes.length - pos} stray bytes at the end (offset ${pos})`);
    const magic = view.getUint32(pos, true);
    if (magic !== MAGIC) throw new RangeError(`RecordIO: no magic number at byte ${pos} (found 0x${magic.toString(16).padStart(8, '0')})`);
    const word = view.getUint32(pos + 4, true);
    const cflag = word >>> 29, len = word & MAX_LEN;
    if (pos + 8 + len > bytes.length) throw new RangeError(`RecordIO: the record at byte ${pos} says ${len} bytes, but only ${bytes.length - pos - 8} are left`);
    const data = bytes.subarray(pos + 8, pos + 8 + len);
    pos += 8 + len + ((4 - (len % 4)) % 4);
    if (cflag === 0) out.push(data);
    else if (cflag === 1) parts = [data];
    else {
      if (!parts) throw new RangeError(`RecordIO: a continuation part (flag ${cflag}) without a first part`);
      parts.push(Uint8Array.of(0x0a, 0x23, 0xd7, 0xce), data); // the magic number the writer split on
      if (cflag === 3) {
        const whole = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
        let k = 0;
        for (const p of parts) { whole.set(p, k); k += p.length; }
        out.push(whole);
        parts = null;
      }
    }
  }
  return out;
}

/** Rows and labels back from RecordIO-protobuf (labels null for records without one). */
export function decodeRecordIO(bytes: Uint8Array): { rows: number[][]; labels: (number | null)[] } {
  const recs = readRecordIO(bytes).map(decodeRecord);
  return { rows: recs.map((r) => r.features), labels: recs.map((r) => r.label) };
}
