/**
 * The collection indexer shared by the command line and the extension. It knows nothing of files
 * or threads: it is given sources that can be read, a cache and a worker, and returns every
 * document's summary (and facts record, if asked) with the collection's facts.
 *
 * Two passes, because a document's analysis depends on the rest of the collection:
 * 1. profile every document (line hashes, MinHash signature, source named in the text);
 * 2. find the lines repeated across documents of one source, then analyse each document with the
 *    repeated lines it holds.
 * The cache keeps both per content hash; an analysis is reused when the engine, the given
 * publication date and the document's repeated lines are the same as when it was made.
 */
import type { FactsRecord } from '../core/types';
import {
  type CollectionSummary, type DuplicateCandidate, type FileError, findDuplicateGroups, findNumberingGaps, findRepeatedLines,
  publicationRange, type RepeatedLine,
} from './collection';
import { type AnalysisJob, type DocumentWorker, inThreadWorker, NotTextError } from './documentWork';
import { contentHash, fnv1aString } from './hash';
import type { IndexInputs } from './indexFile';
import { originalOf } from './nearDuplicates';
import type { DocumentProfile } from './profile';
import type { DocumentSummary } from './summary';

export interface SeedSource {
  /** Name relative to the collection folder; INDEX.yaml entries are matched by it. */
  file: string;
  read(): Promise<Uint8Array>;
  /** The content hash when the caller knows it without reading (unchanged size and time stamp). */
  knownContentHash?(): Promise<string | undefined>;
  /** Where a worker that reads files itself finds it (see DocumentWorker.profileFile). */
  path?: string;
}

export interface CachedAnalysis {
  /** The engine and repeated lines it was made with. */
  variant: string;
  /** The publication date it was given; it does not matter when the text had its own. */
  given: string | null;
  publishedFromText: boolean;
  summary: DocumentSummary;
  repeatedLines: string[];
  /** A cache may leave the record out to stay small; a caller that keeps records then re-analyses. */
  record?: FactsRecord;
}

export interface CachedDocument {
  /** The engine that made this entry; another engine's entries are recomputed. */
  engine: string;
  profile: DocumentProfile;
  analysis?: CachedAnalysis;
}

export interface FactsCache {
  get(contentHash: string): Promise<CachedDocument | undefined>;
  set(contentHash: string, entry: CachedDocument): Promise<void>;
}

export interface IndexProgress {
  phase: 'profiling' | 'analyzing';
  done: number;
  total: number;
}

export interface IndexOptions {
  /** What INDEX.yaml gives per file: the pipeline's publication date and source. */
  inputs?: IndexInputs;
  cache?: FactsCache;
  worker?: DocumentWorker;
  /** Documents in flight at once; match the worker's threads. */
  concurrency?: number;
  /** Identifies the engine build, so a new engine does not reuse old analyses. */
  engine?: string;
  signal?: AbortSignal;
  onProgress?: (progress: IndexProgress) => void;
  /** Keep every facts record in the result (the extension's cross-references need them; the CLI does not). */
  keepRecords?: boolean;
}

export interface IndexedDocument {
  file: string;
  contentHash: string;
  summary: DocumentSummary;
  record?: FactsRecord;
  fromCache: boolean;
}

export interface CollectionIndex {
  documents: IndexedDocument[];
  collection: CollectionSummary;
  errors: FileError[];
}

/** Repeated lines listed in the collection summary; the engine gets all of them. */
const REPEATED_LINES_LISTED = 20;

export interface Profiled {
  source: SeedSource;
  contentHash: string;
  profile: DocumentProfile;
  cached: CachedDocument | undefined;
}

/** One run's settings and the errors it collects, shared by its passes. */
export interface Run {
  options: IndexOptions;
  worker: DocumentWorker;
  engine: string;
  errors: FileError[];
}

export function startRun(options: IndexOptions): Run {
  return { options, worker: options.worker ?? inThreadWorker, engine: options.engine ?? '', errors: [] };
}

/** Rejects with the signal's reason when cancelled. */
export async function indexCollection(sources: readonly SeedSource[], options: IndexOptions = {}): Promise<CollectionIndex> {
  const run = startRun(options);
  const documents = await profileAll(sources, run);
  const duplicates = findDuplicateGroups(documents.map(duplicateCandidate));
  const clusterOf = duplicateClusters(duplicates);
  const repeated = findRepeatedLines(documents.map((d, index) => ({ group: groupOf(d, run), cluster: clusterOf.get(d.source.file) ?? index, lineHashes: d.profile.lineHashes })));
  const { indexed, repeatedLines } = await analyzeAll(documents, repeated, run);
  await run.worker.release?.();
  return collectionIndexOf(indexed, sortErrors(run.errors), findNumberingGaps(sources.map((s) => s.file)).map((gap) => gap.label), duplicates, repeatedLines);
}

/** The index record from its parts (a full run's or a LiveCollection's). */
export function collectionIndexOf(indexed: IndexedDocument[], errors: FileError[], gaps: string[], duplicates: CollectionIndex['collection']['duplicates'], repeatedLines: Iterable<RepeatedLine>): CollectionIndex {
  const copies = wireCopies(indexed, duplicates);
  return {
    documents: copies.documents,
    errors,
    collection: {
      documents: indexed.length,
      dateRange: publicationRange(indexed.map((d) => d.summary.published)),
      gaps,
      duplicates: copies.groups,
      repeatedLines: listRepeatedLines(repeatedLines),
      errors,
    },
  };
}

/**
 * Each duplicate group with its original first (then the copies in name order), and the copies'
 * summaries marked `duplicateOf` it. New summary objects: the given ones may be a cache's.
 */
function wireCopies(indexed: readonly IndexedDocument[], duplicates: readonly string[][]): { documents: IndexedDocument[]; groups: string[][] } {
  const byFile = new Map(indexed.map((d) => [d.file, d]));
  const originalOfCopy = new Map<string, string>();
  const groups = duplicates.map((members) => {
    const original = originalOf(members.flatMap((file) => byFile.get(file)?.summary ?? []))?.file ?? members[0]!;
    for (const file of members) if (file !== original) originalOfCopy.set(file, original);
    return [original, ...members.filter((file) => file !== original)];
  });
  const documents = indexed.map((d) => {
    const duplicateOf = originalOfCopy.get(d.file);
    if (duplicateOf === d.summary.duplicateOf) return d;
    const { duplicateOf: _, ...summary } = d.summary;
    // Object.assign, not `{ ...summary, duplicateOf }`: V8 gave each object spread-and-extended a
    // hidden class of its own (20,000 copies of a seed: 10 MB of shapes held by the collection).
    return { ...d, summary: duplicateOf === undefined ? summary : Object.assign(summary, { duplicateOf }) };
  });
  return { documents, groups };
}

export function duplicateCandidate(d: Profiled): DuplicateCandidate {
  return { file: d.source.file, contentHash: d.contentHash, signature: d.profile.signature };
}

export function sortErrors(errors: FileError[]): FileError[] {
  return errors.sort((a, b) => a.file.localeCompare(b.file));
}

/** The most repeated lines, for the collection summary. */
function listRepeatedLines(lines: Iterable<RepeatedLine>): RepeatedLine[] {
  return [...lines].sort((a, b) => b.documents - a.documents || a.line.localeCompare(b.line) || a.source.localeCompare(b.source)).slice(0, REPEATED_LINES_LISTED);
}

/** Pass 1: every document's profile, from the cache when its content and the engine are known. */
export async function profileAll(sources: readonly SeedSource[], run: Run): Promise<Profiled[]> {
  let done = 0;
  const profiled = await forEachConcurrently(sources, run.options, async (source): Promise<Profiled | undefined> => {
    try {
      return await profileOne(source, run);
    } catch (error) {
      fail(run, source.file, error);
      return undefined;
    } finally {
      run.options.onProgress?.({ phase: 'profiling', done: ++done, total: sources.length });
    }
  });
  return profiled.filter((entry): entry is Profiled => entry !== undefined);
}

export async function profileOne(source: SeedSource, run: Run): Promise<Profiled> {
  const known = await source.knownContentHash?.();
  if (known === undefined && source.path !== undefined && run.worker.profileFile) {
    // Profiled before the cache is asked: profiling costs about what reading and hashing do.
    const { contentHash: hash, profile } = await run.worker.profileFile(source.path);
    const cached = await cachedEntry(hash, run);
    return { source, contentHash: hash, profile: cached?.profile ?? profile, cached };
  }
  let bytes: Uint8Array | undefined;
  const hash = known ?? contentHash((bytes = await source.read()));
  const cached = await cachedEntry(hash, run);
  const profile = cached?.profile ?? (await run.worker.profile(bytes ?? (await source.read())));
  return { source, contentHash: hash, profile, cached };
}

async function cachedEntry(hash: string, run: Run): Promise<CachedDocument | undefined> {
  const hit = await run.options.cache?.get(hash);
  return hit?.engine === run.engine ? hit : undefined;
}

/**
 * Pass 2: every document's facts, given the lines its source repeats. Each document's slot in
 * `documents` is emptied as its analysis starts: its profile (line hashes, signature) is not needed
 * after it, and a run then holds all profiles or all summaries at its height, not both.
 */
async function analyzeAll(documents: (Profiled | undefined)[], repeated: Map<string, Map<number, number>>, run: Run): Promise<{ indexed: IndexedDocument[]; repeatedLines: RepeatedLine[] }> {
  const { options } = run;
  let done = 0;
  // Group -> line -> its entry: every document of a source reports the same furniture lines, so a
  // key string made per line and document would be garbage the moment it was made.
  const repeatedTexts = new Map<string, Map<string, RepeatedLine>>();
  const indexed = await forEachConcurrently(documents.map((_, at) => at), options, async (at): Promise<IndexedDocument | undefined> => {
    const d = documents[at]!;
    documents[at] = undefined;
    try {
      const group = groupOf(d, run);
      const inGroup = repeated.get(group);
      const { indexed: document, analysis } = await analyzeOne(d, repeatedHashesOf(d, inGroup), run);
      let texts = repeatedTexts.get(group);
      if (!texts) repeatedTexts.set(group, (texts = new Map()));
      for (const line of analysis.repeatedLines) {
        if (!texts.has(line)) texts.set(line, { line, source: group, documents: inGroup?.get(fnv1aString(line)) ?? 0 });
      }
      return document;
    } catch (error) {
      fail(run, d.source.file, error);
      return undefined;
    } finally {
      options.onProgress?.({ phase: 'analyzing', done: ++done, total: documents.length });
    }
  });
  return { indexed: indexed.filter((entry): entry is IndexedDocument => entry !== undefined), repeatedLines: [...repeatedTexts.values()].flatMap((texts) => [...texts.values()]) };
}

/** The document's lines among its group's repeated ones, in its own (sorted) order. */
export function repeatedHashesOf(d: Profiled, inGroup: ReadonlyMap<number, number> | ReadonlySet<number> | undefined): number[] {
  return inGroup ? d.profile.lineHashes.filter((hash) => inGroup.has(hash)) : [];
}

/** One document's facts given its repeated lines: from the cache when made the same way, else analysed. */
export async function analyzeOne(d: Profiled, repeatedLineHashes: readonly number[], run: Run): Promise<{ indexed: IndexedDocument; analysis: CachedAnalysis }> {
  const { options } = run;
  const published = options.inputs?.get(d.source.file)?.published ?? null;
  const variant = `${run.engine}|${hashNumbers(repeatedLineHashes)}`;
  const cached = d.cached?.analysis;
  const fromCache = cached?.variant === variant && (cached.publishedFromText || cached.given === published) &&
    (cached.record !== undefined || !options.keepRecords);
  const { analysis, analysedHash } = fromCache ? { analysis: cached, analysedHash: d.contentHash } : await analyzeAfresh(d, { file: d.source.file, published, repeatedLineHashes, withRecord: options.keepRecords === true }, variant, run);
  // Labelled with the text the facts are of: a file saved between its profile and its analysis is
  // analysed as saved, and an editor holding the profiled text must not take these facts for its own.
  // A cached analysis may be another file's with the same bytes: its facts are this file's, its name is not.
  const file = d.source.file;
  const summary = analysis.summary.file === file ? analysis.summary : { ...analysis.summary, file };
  const record = options.keepRecords && analysis.record ? (analysis.record.file === file ? analysis.record : { ...analysis.record, file }) : undefined;
  const indexed = { file, contentHash: analysedHash, summary, record, fromCache };
  return { indexed, analysis };
}

/** FNV-1a over 32-bit values: a cache key for a list of line hashes without making a string of it. */
function hashNumbers(values: readonly number[]): number {
  let hash = fnv1aString('');
  for (const value of values) hash = Math.imul(hash ^ value, 0x01000193);
  return hash >>> 0;
}

async function analyzeAfresh(d: Profiled, job: Omit<AnalysisJob, 'bytes'>, variant: string, run: Run): Promise<{ analysis: CachedAnalysis; analysedHash: string }> {
  const { path } = d.source;
  const output = path !== undefined && run.worker.analyzeFile ? await run.worker.analyzeFile({ ...job, path }) : await run.worker.analyze({ ...job, bytes: await d.source.read() });
  const { contentHash: analysed, ...rest } = output;
  const analysis = { variant, given: job.published, ...rest };
  // A file that changed since it was profiled is indexed as it is now, but not cached under its old content.
  if (analysed === d.contentHash) await run.options.cache?.set(d.contentHash, { engine: run.engine, profile: d.profile, analysis });
  return { analysis, analysedHash: analysed };
}

/** Documents of one source share furniture: INDEX.yaml's source, else the one the text names. */
export function groupOf(d: Profiled, run: Run): string {
  return (run.options.inputs?.get(d.source.file)?.source ?? d.profile.source ?? '').toLowerCase();
}

export function fail(run: Run, file: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  run.errors.push({ file, message: error instanceof NotTextError ? reason : `could not be indexed: ${reason}` });
}

/** Documents of one duplicate group share a (negative) cluster number; every other document uses its index. */
export function duplicateClusters(duplicates: readonly string[][]): Map<string, number> {
  const clusters = new Map<string, number>();
  duplicates.forEach((members, group) => members.forEach((file) => clusters.set(file, -1 - group)));
  return clusters;
}

/** Maps `items` with at most `options.concurrency` calls in flight, in order; stops when the signal aborts. */
export async function forEachConcurrently<T, R>(items: readonly T[], options: IndexOptions, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      options.signal?.throwIfAborted();
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane));
  options.signal?.throwIfAborted();
  return results;
}
