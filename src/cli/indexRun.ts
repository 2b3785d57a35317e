/**
 * The part of `source-review index` that needs the engine (see indexCommand.ts, which loads it with
 * dist/cliEngine.js only when the last run cannot be replayed): analyses the listed files, writes
 * INDEX.yaml and the cache, prints the report and records the run for the next one to replay.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_CHARS } from '../core/analyze';
import { ENGINE_BUILD } from '../core/build';
import { seedBytesFor } from '../core/decode';
import { type CollectionIndex, indexCollection, inThreadWorker, type SeedSource } from '../corpus';
import { correctingWorker } from '../corpus/correctionsFile';
import type { CorrectionsFiles } from './correctionsFiles';
import { DiskCache, type LastRun, writeLastRun } from './diskCache';
import { type IndexArguments, INDEX_FILE } from './indexCommand';
import { formatIndexReport } from './indexReport';
import { describeMalformed, loadIndex, writeIndex } from './indexWrite';
import { lastRunKey, type SeedFile } from './lastRunKey';
import { readSeedBytes } from './seedFiles';
import { hasRawName, seedPathsUnder } from './seedPaths';
import { terminalLine, terminalText } from './terminal';
import { WorkerPool } from './workerPool';

/** Below this many files, starting threads (about 30 ms each) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;

/** A run the last one's record could not stand for, as indexCommand.ts listed it. */
export interface IndexWork extends IndexArguments {
  files: readonly SeedFile[];
  corrections: CorrectionsFiles;
  indexPath: string;
  /** What the run depends on besides the seed files (see lastRunKey). */
  inputPaths: readonly string[];
  /** performance.now() when the command started. */
  started: number;
  /** Files the listing could not name. */
  unlisted: number;
}

export async function indexFolder(work: IndexWork): Promise<number> {
  const { files, corrections, indexPath, inputPaths, started, unlisted } = work;
  const cache = work.cacheFolder === null ? undefined : await DiskCache.open(work.cacheFolder);
  const loaded = await loadIndex(indexPath, cache).catch((error: unknown) => error instanceof Error ? error : new Error(String(error)));
  if (loaded instanceof Error) {
    process.stderr.write(`${terminalLine(indexPath)}: cannot be read (${loaded.message}); ${INDEX_FILE} left unchanged\n`);
    return 1;
  }
  if (!('inputs' in loaded)) {
    process.stderr.write(describeMalformed(indexPath, loaded));
    return 1;
  }
  for (const warning of loaded.warnings) process.stderr.write(`${indexPath}: ${warning}\n`);

  const workerScript = join(__dirname, 'indexWorker.js');
  const largest = files.reduce((size, seed) => Math.max(size, Math.min(seed.stats?.size ?? 0, seedBytesFor(DEFAULT_MAX_CHARS))), 0);
  const pool = files.length >= MIN_FILES_FOR_THREADS && existsSync(workerScript) ? new WorkerPool(workerScript, work.jobs, { largestBytes: largest }) : undefined;
  const abort = new AbortController();
  const onInterrupt = (): void => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onInterrupt);
  let index: CollectionIndex;
  try {
    index = await indexCollection(files.map((file) => new FolderSeedSource(work.folder, file, cache)), {
      inputs: loaded.inputs,
      cache,
      worker: correctingWorker(pool ?? inThreadWorker, (file) => corrections.forFile(join(work.folder, file))),
      // Eight per thread: a worker replying in fours (see indexWorker.ts) still has four to work on.
      concurrency: pool ? work.jobs * 8 : 1,
      engine: `${ENGINE_BUILD}${corrections.key()}`,
      signal: abort.signal,
      onProgress: progressPrinter(),
    });
  } catch (error) {
    process.stderr.write(`\nindexing stopped: ${error instanceof Error ? error.message : String(error)}; ${INDEX_FILE} left unchanged\n`);
    cache?.discard();
    return 1;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await pool?.close();
  }
  const written = await writeIndex(indexPath, index, loaded, cache);
  if (cache) {
    rememberFingerprints(cache, index, files);
    await cache.save();
  }
  if (!written.ok) {
    process.stderr.write(written.message);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  const report = formatIndexReport(index, { folder: work.folder, seconds, threads: pool?.started ?? 1, written: written.message });
  process.stdout.write(`${terminalText(report)}\n`);
  // The folder was listed once, before indexing; a file created or renamed since is not in INDEX.yaml.
  const listed = new Set(files.map((seed) => seed.file));
  const appeared = seedPathsUnder(work.folder).filter((file) => !listed.has(file));
  for (const file of appeared) process.stderr.write(`${terminalLine(join(work.folder, file))}: appeared while indexing; index again to include it\n`);
  const clean = index.errors.length === 0 && appeared.length === 0 && unlisted === 0;
  // Only a clean run is replayed: a file that failed may read fine next time.
  if (work.cacheFolder !== null) await writeLastRun(work.cacheFolder, clean ? lastRunOf(files, inputPaths, report, index.documents.length) : undefined);
  return clean && !corrections.hadProblem ? 0 : 1;
}

function lastRunOf(files: readonly SeedFile[], inputPaths: readonly string[], report: string, documents: number): LastRun | undefined {
  const key = lastRunKey(files, inputPaths);
  return key === undefined ? undefined : { key, report: report.split('\n').slice(1, -1).join('\n'), documents };
}

/**
 * A seed file whose content hash comes from the cache's fingerprint when its size and time stamp
 * are unchanged. The file was stat'ed before it is read, so a change in between makes the next run
 * see a new time stamp and read it again. A class, not an object of closures: the indexer keeps a
 * source per file all run, and two closures and their context were 3.6 MB of 20,000 files' sources.
 */
class FolderSeedSource implements SeedSource {
  readonly file: string;
  /** A name that is not UTF-8 is read here, through fsPath: a worker thread has not got its bytes. */
  readonly path: string | undefined;
  private readonly fullPath: string;

  constructor(
    folder: string,
    private readonly seed: SeedFile,
    private readonly cache: DiskCache | undefined,
  ) {
    this.file = seed.file;
    this.fullPath = join(folder, seed.file);
    this.path = hasRawName(this.fullPath) ? undefined : this.fullPath;
  }

  // Synchronous: the thread only waits for workers meanwhile, and a promise-based read (open, stat,
  // read, close on libuv's threads) costs ten times the CPU of a 4 KB file's readFileSync.
  async read(): Promise<Uint8Array> {
    return readSeedBytes(this.fullPath);
  }

  async knownContentHash(): Promise<string | undefined> {
    const { stats } = this.seed;
    return this.cache && stats ? this.cache.knownContentHash(this.file, stats.size, stats.mtimeMs) : undefined;
  }
}

function rememberFingerprints(cache: DiskCache, index: CollectionIndex, files: readonly SeedFile[]): void {
  const stats = new Map(files.map((seed) => [seed.file, seed.stats]));
  for (const { file, contentHash } of index.documents) {
    const seen = stats.get(file);
    if (seen) cache.rememberFile(file, seen.size, seen.mtimeMs, contentHash);
  }
}

function progressPrinter(): ((progress: { phase: string; done: number; total: number }) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = 0;
  return ({ phase, done, total }) => {
    const now = performance.now();
    if (now - last < 100 && done < total) return;
    last = now;
    process.stderr.write(`\r${phase} ${done}/${total}${done === total ? '\n' : ''}`);
  };
}
