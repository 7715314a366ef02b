export { CountVectorizer, tokenize, compareCodePoints } from './count-vectorizer';
export type { CountVectorizerParams, CountVectorizerOptions } from './count-vectorizer';
export { ENGLISH_STOP_WORDS } from './stop-words';
export { toDense, fromDense, asCounts, totalCount } from './sparse';
export type { CountMatrix } from './sparse';
