// The parameter-schema layer's public surface (below charts, widgets and app; imports nothing of theirs).
export type * from './types';
export { defaults, defineSchema } from './defaults';
export { describeRange } from './describe';
export { formatValue, serializeParams } from './format';
export { parseParams, parseValue, type ParseResult } from './parse';
