/**
 * The per-document work of indexing, from bytes: what runs in the indexer's thread or in a worker
 * (structured-clone-friendly inputs and outputs, no Node built-ins).
 */
import { analyze, ANALYSIS_BOUNDS, DEFAULT_MAX_CHARS, DEFAULT_MAX_LINES } from '../core/analyze';
import { decodeSeedPrefix } from '../core/decode';
import type { Corrections } from '../core/corrections';
import type { FactsRecord } from '../core/types';
import { contentHash } from './hash';
import { type DocumentProfile, normalizedLinesWithHashes, profileText } from './profile';
import { type DocumentSummary, summarizeDocument } from './summary';

export interface AnalysisJob {
  file: string;
  bytes: Uint8Array;
  /** Publication date given by INDEX.yaml, used when the text has none. */
  published: string | null;
  /** Hashes of this document's lines that repeat across the collection. */
  repeatedLineHashes: readonly number[];
  /** Send the whole facts record back; without it only the summary travels (10 KB less per document). */
  withRecord: boolean;
  /** The reviewer's corrections that apply to the document (see correctionsFile.ts). */
  corrections?: Corrections;
}

export interface AnalysisOutput {
  /** Of the bytes analysed: the indexer checks it against the profile's, as the file may have changed in between. */
  contentHash: string;
  summary: DocumentSummary;
  publishedFromText: boolean;
  record?: FactsRecord;
  /** The normalized text of the repeated lines the document holds. */
  repeatedLines: string[];
}

/** One document for `facts`: its facts record as the JSON line the command prints. */
export interface FactsJob {
  /** As the record names it. */
  file: string;
  bytes: Uint8Array;
  published: string | null;
  /** The file's size when `bytes` are only its first bytes (see seedBytesFor). */
  size?: number;
  corrections?: Corrections;
}

export interface FactsOutput {
  /** The record's JSON line, newline included, as UTF-8. */
  line: Uint8Array;
  warnings: string[];
}

/** A file's profile with its content hash, from a worker that read the file itself. */
export interface ProfiledFile {
  contentHash: string;
  profile: DocumentProfile;
}

/** An analysis job whose worker reads the file from `path` itself. */
export type FileAnalysisJob = Omit<AnalysisJob, 'bytes'> & { path: string };

/**
 * Does the per-document work; a worker pool implements the same interface. Rejects when the bytes
 * are not text. A worker that can read files (`profileFile`, `analyzeFile`) is given paths instead
 * of bytes for sources that have one: the thread that hands out the work then never holds the
 * documents' bytes, nor spends its time reading and copying them.
 */
export interface DocumentWorker {
  profile(bytes: Uint8Array): Promise<DocumentProfile>;
  analyze(job: AnalysisJob): Promise<AnalysisOutput>;
  profileFile?(path: string): Promise<ProfiledFile>;
  analyzeFile?(job: FileAnalysisJob): Promise<AnalysisOutput>;
  /**
   * The run sends no more work: a pool lets its threads go before the collection is put together,
   * which then does not stand on top of their heaps at the run's peak.
   */
  release?(): Promise<void>;
}

export class NotTextError extends Error {}

export function profileBytes(bytes: Uint8Array): DocumentProfile {
  return profileText(decodeText(bytes));
}

export function profileFileBytes(bytes: Uint8Array): ProfiledFile {
  return { contentHash: contentHash(bytes), profile: profileBytes(bytes) };
}

export function analyzeBytes(job: AnalysisJob): AnalysisOutput {
  const text = decodeText(job.bytes);
  const repeatedLines = job.repeatedLineHashes.length > 0 ? normalizedLinesWithHashes(text, new Set(job.repeatedLineHashes)) : [];
  const record = analyze(text, {
    file: job.file,
    published: job.published,
    repeatedLines: repeatedLines.length > 0 ? new Set(repeatedLines) : undefined,
    corrections: job.corrections,
  });
  const summary = summarizeDocument(record, text, job.file);
  return { contentHash: contentHash(job.bytes), summary, publishedFromText: record.publishedFrom === 'text', record: job.withRecord ? record : undefined, repeatedLines };
}

/**
 * Serialized where it was made, to bytes: a worker hands their buffer over without copying, and the
 * thread writing them never holds the record, nor its text (10 KB a document, a gigabyte of
 * strings for 100,000) in its heap.
 */
export function factsBytes(job: FactsJob): FactsOutput {
  const decoded = decodePrefix(job.bytes, job.size);
  const record = analyze(decoded.text, { file: job.file, published: job.published, corrections: job.corrections });
  if (decoded.cut) record.warnings.push(`Only the first ${decoded.text.length.toLocaleString('en-US')} characters of this ${(job.size ?? job.bytes.length).toLocaleString('en-US')}-byte file were analysed (${ANALYSIS_BOUNDS}); the rest of the file was skipped.`);
  return { line: utf8.encode(`${JSON.stringify(record)}\n`), warnings: record.warnings };
}

const utf8 = new TextEncoder();

/** The text analysed: at most DEFAULT_MAX_CHARS of it, so bytes beyond are never decoded. */
function decodePrefix(bytes: Uint8Array, size?: number): { text: string; cut: boolean } {
  const decoded = decodeSeedPrefix(bytes, DEFAULT_MAX_CHARS, size, DEFAULT_MAX_LINES);
  if (!decoded.ok) throw new NotTextError(decoded.reason);
  return decoded;
}

function decodeText(bytes: Uint8Array): string {
  return decodePrefix(bytes).text;
}

/** Runs the work in the calling thread: the simplest worker, and the one tests and small folders use. */
export const inThreadWorker: DocumentWorker = {
  profile: async (bytes) => profileBytes(bytes),
  analyze: async (job) => analyzeBytes(job),
};
