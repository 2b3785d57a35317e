/** The engine's package entry (dist/core.js): everything a caller outside src/core may use. */
export { analyze, DEFAULT_MAX_CHARS, DEFAULT_MAX_LINES } from './analyze';
export type { AnalyzeOptions } from './analyze';
export { ENGINE_BUILD } from './build';
export { decodeSeedBytes } from './decode';
export type { DecodeResult } from './decode';
export * from './types';
export { formatSummary, escapeMarkdown, entityCounts, boilerplateShare } from './summary';
export type { Corrections } from './corrections';
