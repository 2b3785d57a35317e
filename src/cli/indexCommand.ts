/**
 * `source-review index <folder>`: indexes every seed file (*.txt, sub-folders included, dot-folders
 * skipped) with the collection indexer, writes `<folder>/INDEX.yaml` and prints a summary.
 *
 * - Worker threads analyse documents when the folder is big enough to repay starting them.
 * - The cache lives outside the folder (see diskCache.ts); `--cache DIR` moves it, `--no-cache` skips it.
 * - A malformed INDEX.yaml is reported as `path:line:col: message` and left alone (exit 1);
 *   how it is written safely is in indexWrite.ts.
 * Exit 0 when every file was indexed, 1 when some were not or INDEX.yaml could not be written, 2 on bad usage.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type CollectionIndex, contentHash, indexCollection, inThreadWorker, type SeedSource } from '../corpus';
import { DiskCache, defaultCacheFolder } from './diskCache';
import { formatIndexReport } from './indexReport';
import { describeMalformed, loadIndex, writeIndex } from './indexWrite';
import { WorkerPool } from './workerPool';

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
  const cache = parsed.cacheFolder === null ? undefined : await DiskCache.open(parsed.cacheFolder);
  const loaded = await loadIndex(indexPath, cache);
  if (!('inputs' in loaded)) {
    process.stderr.write(describeMalformed(indexPath, loaded));
    return 1;
  }
  for (const warning of loaded.warnings) process.stderr.write(`${indexPath}: ${warning}\n`);

  const files = await seedFiles(parsed.folder);
  const threads = files.length >= MIN_FILES_FOR_THREADS ? parsed.jobs : 1;
  const workerScript = join(__dirname, 'indexWorker.js');
  const pool = threads > 1 && existsSync(workerScript) ? new WorkerPool(workerScript, threads) : undefined;
  const stats: FileStats = new Map();
  const abort = new AbortController();
  const onInterrupt = (): void => abort.abort(new Error('interrupted'));
  process.once('SIGINT', onInterrupt);
  let index: CollectionIndex;
  try {
    index = await indexCollection(files.map((file) => seedSource(parsed.folder, file, cache, stats)), {
      inputs: loaded.inputs,
      cache,
      worker: pool ?? inThreadWorker,
      concurrency: pool ? threads * 2 : 1,
      engine: await engineIdentity(),
      signal: abort.signal,
      onProgress: progressPrinter(),
    });
  } catch (error) {
    process.stderr.write(`\nindexing stopped: ${error instanceof Error ? error.message : String(error)}; ${INDEX_FILE} left unchanged\n`);
    return 1;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    await pool?.close();
  }
  const written = await writeIndex(indexPath, index, loaded, cache);
  if (cache) {
    rememberFingerprints(cache, index, stats);
    await cache.save();
  }
  if (!written.ok) {
    process.stderr.write(written.message);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(`${formatIndexReport(index, { folder: parsed.folder, seconds, threads: pool?.started ?? 1, written: written.message })}\n`);
  return index.errors.length > 0 ? 1 : 0;
}

function parseArguments(args: readonly string[]): IndexArguments | string {
  let folder: string | undefined;
  let jobs = Math.min(availableParallelism(), 4);
  let cacheFolder: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--jobs') {
      jobs = Number(args[++i]);
      if (!Number.isInteger(jobs) || jobs < 1) return '--jobs needs a whole number of threads';
    } else if (arg === '--cache') {
      cacheFolder = args[++i];
      if (!cacheFolder) return '--cache needs a folder';
    } else if (arg === '--no-cache') cacheFolder = null;
    else if (arg.startsWith('-') || folder !== undefined) return `unexpected argument: ${arg}`;
    else folder = arg;
  }
  if (folder === undefined) return 'index needs a folder';
  return { folder, jobs, cacheFolder: cacheFolder === undefined ? defaultCacheFolder(folder) : cacheFolder };
}

type FileStats = Map<string, { size: number; mtimeMs: number }>;

/**
 * A seed file whose content hash comes from the cache's fingerprint when its size and time stamp
 * are unchanged. The file is stat'ed before it is read, so a change in between makes the next run
 * see a new time stamp and read it again.
 */
function seedSource(folder: string, file: string, cache: DiskCache | undefined, stats: FileStats): SeedSource {
  const path = join(folder, file);
  return {
    file,
    read: () => readFile(path),
    knownContentHash: async () => {
      if (!cache) return undefined;
      const { size, mtimeMs } = await stat(path);
      stats.set(file, { size, mtimeMs });
      return cache.knownContentHash(file, size, mtimeMs);
    },
  };
}

function rememberFingerprints(cache: DiskCache, index: CollectionIndex, stats: FileStats): void {
  for (const { file, contentHash } of index.documents) {
    const seen = stats.get(file);
    if (seen) cache.rememberFile(file, seen.size, seen.mtimeMs, contentHash);
  }
}

async function seedFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true });
  const hidden = (path: string): boolean => path.split(/[\\/]/).some((part) => part.startsWith('.') || part === 'node_modules');
  return entries
    .filter((path) => path.toLowerCase().endsWith('.txt') && !hidden(path))
    .map((path) => path.replace(/\\/g, '/'))
    .sort();
}

/** A hash of the running bundle: a changed engine must not reuse the old engine's analyses (a mere rebuild may). */
async function engineIdentity(): Promise<string> {
  return contentHash(await readFile(__filename));
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
