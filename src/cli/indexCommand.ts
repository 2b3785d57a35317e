/**
 * `source-review index <folder>`: indexes every seed file (*.txt, sub-folders included, dot-folders
 * skipped) with the collection indexer, writes `<folder>/INDEX.yaml` and prints a summary.
 *
 * - Worker threads (`--jobs` of them, one included) analyse documents when the folder is big enough
 *   to repay starting them: the engine's caches then grow and are dropped with a thread, not here.
 * - The cache lives outside the folder (see diskCache.ts); `--cache DIR` moves it, `--no-cache` skips it.
 * - A malformed INDEX.yaml is reported as `path:line:col: message` and left alone (exit 1);
 *   how it is written safely is in indexWrite.ts.
 * Exit 0 when every file was indexed, 1 when some were not or INDEX.yaml could not be written, 2 on bad usage.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_CHARS } from '../core/analyze';
import { ENGINE_BUILD } from '../core/build';
import { seedBytesFor } from '../core/decode';
import { type CollectionIndex, indexCollection, inThreadWorker, type SeedSource } from '../corpus';
import { correctingWorker } from '../corpus/correctionsFile';
import { CorrectionsFiles } from './correctionsFiles';
import { DiskCache, type LastRun, readLastRun, takeCacheOptions, writeLastRun } from './diskCache';
import { formatIndexReport, reportHeadline } from './indexReport';
import { describeMalformed, loadIndex, writeIndex } from './indexWrite';
import { fsPath, hasRawName, readSeedBytes, seedPathsUnder } from './seedFiles';
import { terminalLine, terminalText } from './terminal';
import { WorkerPool } from './workerPool';
import { keepHeapSmall } from './youngGeneration';

const USAGE = 'usage: source-review index <folder> [--jobs N] [--cache DIR | --no-cache]';
export const INDEX_FILE = 'INDEX.yaml';
/** Below this many files, starting threads (about 30 ms each) costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;

interface IndexArguments {
  folder: string;
  jobs: number;
  cacheFolder: string | null;
}

export async function runIndexCommand(args: string[]): Promise<number> {
  keepHeapSmall();
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  if (!(await stat(parsed.folder).then((found) => found.isDirectory(), () => false))) {
    process.stderr.write(`${parsed.folder} is not a folder\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const indexPath = join(parsed.folder, INDEX_FILE);
  let unlisted = 0;
  const files = seedFiles(parsed.folder, (message) => {
    unlisted++;
    process.stderr.write(`${terminalLine(message)}\n`);
  });
  const corrections = correctionsOf(parsed.folder, files);
  if (await replayedLastRun(parsed, files, [indexPath, ...corrections.paths()], started)) return corrections.hadProblem ? 1 : 0;
  const cache = parsed.cacheFolder === null ? undefined : await DiskCache.open(parsed.cacheFolder);
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
  const pool = files.length >= MIN_FILES_FOR_THREADS && existsSync(workerScript) ? new WorkerPool(workerScript, parsed.jobs, largest) : undefined;
  const abort = new AbortController();
  const onInterrupt = (): void => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onInterrupt);
  let index: CollectionIndex;
  try {
    index = await indexCollection(files.map((file) => seedSource(parsed.folder, file, cache)), {
      inputs: loaded.inputs,
      cache,
      worker: correctingWorker(pool ?? inThreadWorker, (file) => corrections.forFile(join(parsed.folder, file))),
      // Eight per thread: a worker replying in fours (see indexWorker.ts) still has four to work on.
      concurrency: pool ? parsed.jobs * 8 : 1,
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
  const report = formatIndexReport(index, { folder: parsed.folder, seconds, threads: pool?.started ?? 1, written: written.message });
  process.stdout.write(`${terminalText(report)}\n`);
  // The folder was listed once, before indexing; a file created or renamed since is not in INDEX.yaml.
  const listed = new Set(files.map((seed) => seed.file));
  const appeared = seedPathsUnder(parsed.folder).filter((file) => !listed.has(file));
  for (const file of appeared) process.stderr.write(`${terminalLine(join(parsed.folder, file))}: appeared while indexing; index again to include it\n`);
  const clean = index.errors.length === 0 && appeared.length === 0 && unlisted === 0;
  // Only a clean run is replayed: a file that failed may read fine next time.
  if (parsed.cacheFolder !== null) await writeLastRun(parsed.cacheFolder, clean ? lastRunOf(files, [indexPath, ...corrections.paths()], report, index.documents.length) : undefined);
  return clean && !corrections.hadProblem ? 0 : 1;
}

/** Prints the last run's report when nothing it depended on changed since; false when something did. */
async function replayedLastRun(parsed: IndexArguments, files: readonly SeedFile[], inputPaths: readonly string[], started: number): Promise<boolean> {
  if (parsed.cacheFolder === null) return false;
  const key = lastRunKey(files, inputPaths);
  const lastRun = await readLastRun(parsed.cacheFolder);
  if (key === undefined || lastRun?.key !== key) return false;
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${reportHeadline(lastRun.documents, lastRun.documents, { folder: parsed.folder, seconds, threads: 1 })}\n${lastRun.report}\nINDEX.yaml unchanged\n`);
  return true;
}

function lastRunOf(files: readonly SeedFile[], inputPaths: readonly string[], report: string, documents: number): LastRun | undefined {
  const key = lastRunKey(files, inputPaths);
  return key === undefined ? undefined : { key, report: report.split('\n').slice(1, -1).join('\n'), documents };
}

/**
 * Everything a run's result depends on, by size and time stamp: the engine bundle, INDEX.yaml, the
 * corrections files and every seed file (stat'ed before it was read). Undefined when a file could
 * not be stat'ed.
 */
function lastRunKey(files: readonly SeedFile[], inputPaths: readonly string[]): string | undefined {
  const hash = createHash('sha256');
  for (const path of [__filename, ...inputPaths]) {
    const stats = statOf(path);
    hash.update(stats ? `${stats.size} ${stats.mtimeMs}\n` : 'none\n');
  }
  for (const { file, stats } of files) {
    if (!stats) return undefined;
    hash.update(`${file}\t${stats.size}\t${stats.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function parseArguments(args: readonly string[]): IndexArguments | string {
  let folder: string | undefined;
  let jobs = Math.min(availableParallelism(), 4);
  const maxJobs = availableParallelism() * 2;
  const cache = takeCacheOptions(args);
  if (typeof cache === 'string') return cache;
  for (let i = 0; i < cache.rest.length; i++) {
    const arg = cache.rest[i]!;
    if (arg === '--jobs') {
      const given = cache.rest[++i] ?? '';
      jobs = Number(given);
      // Digits only: Number() also takes "1e9", "0x10" and " 4 ".
      if (!/^\d+$/.test(given) || jobs < 1) return '--jobs needs a whole number of threads';
      // More threads than cores only add memory (each holds its own engine, about 30 MB at rest).
      if (jobs > maxJobs) return `--jobs ${given}: at most ${maxJobs} on this machine (twice its ${availableParallelism()} cores)`;
    } else if (arg.startsWith('-') || folder !== undefined) return `unexpected argument: ${arg}`;
    else folder = arg;
  }
  if (folder === undefined) return 'index needs a folder';
  return { folder, jobs, cacheFolder: cache.cacheFolderOf(folder) };
}

/** A seed file as listed, with its size and time stamp (none when it vanished before its stat). */
interface SeedFile {
  file: string;
  stats: { size: number; mtimeMs: number } | undefined;
}

/**
 * A seed file whose content hash comes from the cache's fingerprint when its size and time stamp
 * are unchanged. The file was stat'ed before it is read, so a change in between makes the next run
 * see a new time stamp and read it again.
 */
function seedSource(folder: string, { file, stats }: SeedFile, cache: DiskCache | undefined): SeedSource {
  return {
    file,
    // Synchronous: the thread only waits for workers meanwhile, and a promise-based read (open, stat,
    // read, close on libuv's threads) costs ten times the CPU of a 4 KB file's readFileSync.
    read: async () => readSeedBytes(join(folder, file)),
    // A name that is not UTF-8 is read here, through fsPath: a worker thread has not got its bytes.
    path: hasRawName(join(folder, file)) ? undefined : join(folder, file),
    knownContentHash: async () => (cache && stats ? cache.knownContentHash(file, stats.size, stats.mtimeMs) : undefined),
  };
}

function rememberFingerprints(cache: DiskCache, index: CollectionIndex, files: readonly SeedFile[]): void {
  const stats = new Map(files.map((seed) => [seed.file, seed.stats]));
  for (const { file, contentHash } of index.documents) {
    const seen = stats.get(file);
    if (seen) cache.rememberFile(file, seen.size, seen.mtimeMs, contentHash);
  }
}

/**
 * Every seed file, listed and stat'ed synchronously: 10,000 promise-based stats queue on libuv's
 * four threads and take several times longer, and nothing else runs meanwhile.
 */
function seedFiles(folder: string, report: (message: string) => void): SeedFile[] {
  return seedPathsUnder(folder, report).map((file) => ({ file, stats: statOf(join(folder, file)) }));
}

/** Every seed folder's corrections, read before indexing so their key can name the cache's entries. */
function correctionsOf(folder: string, files: readonly SeedFile[]): CorrectionsFiles {
  const corrections = new CorrectionsFiles((message) => process.stderr.write(`${message}\n`));
  for (const { file } of files) corrections.forFile(join(folder, file));
  return corrections;
}

function statOf(path: string): SeedFile['stats'] {
  try {
    const { size, mtimeMs } = statSync(fsPath(path));
    return { size, mtimeMs };
  } catch {
    return undefined;
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
