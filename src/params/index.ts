// The parameter-schema layer's public surface (below charts, widgets and app; imports nothing of theirs).
export type * from './types';
export { defaults, defaultValue, defineSchema } from './defaults';
export { describeRange } from './describe';
export { formatFileRef, parseFileRef } from './files';
export { contentHash, contentHashInPieces, fileRef, FileStore } from './file-store';
export { formatValue, serializeParams } from './format';
export { lastValue, lastValues, parseParams, parseValue, type ParseResult } from './parse';
export { controlDecimals, roundToControl, unroundedRows } from './precision';
export { resolveChoice, resolveFlags, resolveRuntime, type ResolveResult, type RuntimeContext } from './runtime';
export { isRuntimeFlag, isRuntimeValue, MAX_RUNTIME_VALUE } from './text';
export { isEnabled, isShown, shownChoices, shownParams } from './visibility';
export { controlShown, formatShownControls, parseShownControls, type ShownControls } from './shown';
