// The little of the protocol-buffers wire format that SageMaker's Record needs, by hand
// (https://protobuf.dev/programming-guides/encoding/): base-128 varints, a field's tag ((number << 3) | wire type),
// length-delimited fields (wire type 2: a varint byte count, then the bytes) and packed float32s (little-endian).

/** Wire type 2: strings, bytes, embedded messages, packed repeated fields. */
export const LEN = 2;

/** A varint: 7 bits per byte, least significant group first, the top bit set on every byte but the last. */
export function varint(n: number): number[] {
  if (!Number.isInteger(n) || n < 0 || n > Number.MAX_SAFE_INTEGER) throw new RangeError(`varint: ${n} is not a whole number ≥ 0`);
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

/** A length-delimited field: its tag, the byte count, the bytes. */
export function lenField(field: number, body: readonly number[] | Uint8Array): number[] {
  return [...varint((field << 3) | LEN), ...varint(body.length), ...body];
}

/** Float32 values, little-endian, 4 bytes each (a packed repeated float's body). */
export function float32Bytes(values: readonly number[]): number[] {
  const buf = new DataView(new ArrayBuffer(4 * values.length));
  values.forEach((v, i) => buf.setFloat32(4 * i, v, true));
  return Array.from(new Uint8Array(buf.buffer));
}

export const utf8 = (s: string): number[] => Array.from(new TextEncoder().encode(s));

/** A reader of one message's bytes. */
export class Reader {
  pos: number;
  constructor(private readonly bytes: Uint8Array, private readonly start = 0, readonly end = bytes.length) {
    this.pos = start;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): number {
    let n = 0, mul = 1;
    for (;;) {
      if (this.pos >= this.end) throw new RangeError(`protobuf: a varint runs past the end of the message at byte ${this.pos}`);
      const b = this.bytes[this.pos++];
      n += (b & 0x7f) * mul;
      if (b < 0x80) return n;
      mul *= 0x80;
      if (mul > 2 ** 56) throw new RangeError('protobuf: a varint is longer than 8 bytes');
    }
  }

  /** The next field: its number, wire type, and for wire type 2 where its body starts and ends. */
  field(): { field: number; wire: number; start: number; end: number } {
    const tag = this.varint();
    const field = Math.floor(tag / 8), wire = tag & 7;
    if (wire === LEN) {
      const len = this.varint(), start = this.pos, end = start + len;
      if (end > this.end) throw new RangeError(`protobuf: field ${field} says ${len} bytes, but only ${this.end - start} are left`);
      this.pos = end;
      return { field, wire, start, end };
    }
    const start = this.pos;
    if (wire === 0) this.varint();
    else if (wire === 5) this.pos += 4;
    else if (wire === 1) this.pos += 8;
    else throw new RangeError(`protobuf: unsupported wire type ${wire} (field ${field})`);
    return { field, wire, start, end: this.pos };
  }

  sub(start: number, end: number): Reader {
    return new Reader(this.bytes, start, end);
  }

  float32s(start: number, end: number): number[] {
    if ((end - start) % 4) throw new RangeError(`protobuf: packed floats of ${end - start} bytes (not a multiple of 4)`);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset + start, end - start);
    return Array.from({ length: (end - start) / 4 }, (_, i) => view.getFloat32(4 * i, true));
  }

  text(start: number, end: number): string {
    return new TextDecoder().decode(this.bytes.subarray(start, end));
  }
}
