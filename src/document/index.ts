export type { SourceDocument, SourceOptions } from './source-document.js';
export { parseSource } from './parse-source.js';
export { formatFromFileName, type SourceFormat } from './source-format.js';
export { DEFAULT_SOURCE_LIMITS, resolveSourceLimits, type SourceLimits } from './limits.js';
export { SOURCE_CODES, type SourceCode } from './source-codes.js';
export { LineIndex } from './line-index.js';
