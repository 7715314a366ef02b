// SageMaker's Record message (aialgs.data, record.proto of the sagemaker-python-sdk's amazon/record_pb2), dense rows
// only, as write_numpy_to_dense_tensor writes them:
//   message Float32Tensor { repeated float values = 1 [packed = true]; repeated uint64 keys = 2; repeated uint64 shape = 3; }
//   message Value         { oneof value { Float32Tensor float32_tensor = 2; Float64Tensor float64_tensor = 3; ... } }
//   message Record        { map<string, Value> features = 1; map<string, Value> label = 2; ... }
// A map entry is a message { key = 1; value = 2 }; both maps use the key "values".
import { Reader, float32Bytes, lenField, utf8 } from './protobuf';

const KEY = 'values';

/** One map field of a Record: { "values": Value{ float32_tensor: values } } as bytes. */
export function tensorMapField(field: number, values: readonly number[]): number[] {
  const tensor = lenField(1, float32Bytes(values)); // Float32Tensor.values, packed
  const value = lenField(2, tensor); // Value.float32_tensor
  const entry = [...lenField(1, utf8(KEY)), ...lenField(2, value)]; // map entry: key, value
  return lenField(field, entry);
}

/** A Record's bytes: features (field 1) and, when given, the label (field 2). */
export function encodeRecord(features: readonly number[], label?: number | null): number[] {
  const out = tensorMapField(1, features);
  if (label !== undefined && label !== null) out.push(...tensorMapField(2, [label]));
  return out;
}

/** The float32 values of a map field's "values" entry (a float32_tensor; float64 and int32 tensors are read too). */
function readTensorMap(r: Reader, start: number, end: number): { key: string; values: number[] } {
  const e = r.sub(start, end);
  let key = '', values: number[] = [];
  while (!e.done) {
    const f = e.field();
    if (f.field === 1) key = e.text(f.start, f.end);
    else if (f.field === 2) {
      const v = e.sub(f.start, f.end);
      while (!v.done) {
        const t = v.field();
        if (t.field !== 2) throw new RangeError(`RecordIO-protobuf: only float32 tensors are read (Value field ${t.field} found)`);
        const tr = v.sub(t.start, t.end);
        while (!tr.done) {
          const x = tr.field();
          if (x.field === 1 && x.wire === 2) values = values.concat(tr.float32s(x.start, x.end));
          else if (x.field === 2) throw new RangeError('RecordIO-protobuf: a sparse tensor (keys) is not supported here');
        }
      }
    }
  }
  return { key, values };
}

/** A Record's features and label (null when it has none). */
export function decodeRecord(bytes: Uint8Array): { features: number[]; label: number | null } {
  const r = new Reader(bytes);
  let features: number[] = [], label: number | null = null;
  while (!r.done) {
    const f = r.field();
    if (f.wire !== 2) continue;
    if (f.field === 1) features = readTensorMap(r, f.start, f.end).values;
    else if (f.field === 2) label = readTensorMap(r, f.start, f.end).values[0] ?? null;
  }
  return { features, label };
}
