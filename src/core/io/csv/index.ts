export { detectDelimiter, stripBom, looksLikeHeader, parseNumber, DELIMITER_NAMES, type Delimiter } from './detect';
export { inferKind, buildColumn, parseDate, isMissing, MISSING_MARKERS, TRUE_WORDS, FALSE_WORDS } from './infer';
export { RecordSplitter, splitRecords } from './records';
export { TableReader, readTable, MAX_COLUMNS, type ReadOptions } from './read';
export { raggedMessage, raggedSummary, listRows, countMessage, formatBytes, type ReadReport, type ReadResult } from './report';
export { readBytes, readText, sizeError, binaryError, MAX_BYTES, PIECE_BYTES } from './source';
