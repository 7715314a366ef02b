export { encodeRecordIO, decodeRecordIO, readRecordIO, MAGIC } from './recordio';
export type { Encoded, Span } from './recordio';
export { encodeRecord, decodeRecord } from './record';
export { varint } from './protobuf';
