/**
 * `source-review index <folder>`: indexes every seed file (*.txt, sub-folders included, dot-folders
 * skipped) with the collection indexer, writes `<folder>/INDEX.yaml` and prints a summary.
 *
 * - `--jobs` threads analyse documents: this one and, when the folder is big enough to repay starting
 *   them, `--jobs` - 1 worker threads (see WorkerPool).
 * - The cache lives outside the folder (see diskCache.ts); `--cache DIR` moves it, `--no-cache` skips it.
 * - A malformed INDEX.yaml is reported as `path:line:col: message` and left alone (exit 1);
 *   how it is written safely is in indexWrite.ts.
 * - This half lists the folder and replays the last run when nothing changed since; the engine
 *   (dist/cliEngine.js, indexRun.ts) is loaded only when there is work: reading and evaluating its
 *   bundle was about a third of a warm run's CPU.
 * Exit 0 when every file was indexed, 1 when some were not or INDEX.yaml could not be written, 2 on bad usage.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { CorrectionsFiles } from './correctionsFiles';
import { readLastRun, takeCacheOptions } from './diskCache';
import { reportHeadline } from './indexReport';
import { lastRunKey, type SeedFile, statOf } from './lastRunKey';
import { seedPathsUnder } from './seedPaths';
import { terminalLine } from './terminal';
import { keepHeapSmall } from './youngGeneration';

const USAGE = 'usage: source-review index <folder> [--jobs N] [--cache DIR | --no-cache]';
export const INDEX_FILE = 'INDEX.yaml';
/**
 * The command line's bundles, by path: a run's result depends on the engine's build and the folder
 * walk. In a build, this module is in dist/cli.js, with the engine and the walk beside it.
 */
const BUNDLES = [__filename, join(__dirname, 'cliEngine.js'), join(__dirname, 'seedPaths.js')];

export interface IndexArguments {
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
  const inputPaths = [...BUNDLES, indexPath, ...corrections.paths()];
  if (await replayedLastRun(parsed, files, inputPaths, started)) return corrections.hadProblem ? 1 : 0;
  const { indexFolder } = await import('./cliEngine');
  return indexFolder({ ...parsed, files, corrections, indexPath, inputPaths, started, unlisted });
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

/**
 * Every seed file, listed and stat'ed synchronously: 10,000 promise-based stats queue on libuv's
 * four threads and take several times longer, and nothing else runs meanwhile.
 */
function seedFiles(folder: string, report: (message: string) => void): SeedFile[] {
  const pathOf = pathsUnder(folder);
  return seedPathsUnder(folder, report).map((file) => ({ file, stats: statOf(pathOf(file)) }));
}

/**
 * `join(folder, file)` for the walk's paths, which have no "." or ".." parts and "/" between folders:
 * on a "/" system that is the normalized folder and the path, without normalizing each of 10,000 paths.
 */
function pathsUnder(folder: string): (file: string) => string {
  const base = join(folder, '/');
  // Not for "." (join gives "a.txt", not "./a.txt": the walk keys names that are not UTF-8 by the former).
  if (sep !== '/' || join(folder, 'a') !== `${base}a`) return (file) => join(folder, file);
  return (file) => base + file;
}

/**
 * Every seed folder's corrections, read before indexing so their key can name the cache's entries:
 * asked once per folder that holds seed files, in the order the listing meets them.
 */
function correctionsOf(folder: string, files: readonly SeedFile[]): CorrectionsFiles {
  const corrections = new CorrectionsFiles((message) => process.stderr.write(`${message}\n`));
  const pathOf = pathsUnder(folder);
  let lastFolder: string | undefined;
  for (const { file } of files) {
    const slash = file.lastIndexOf('/');
    const seedFolder = slash < 0 ? '' : file.slice(0, slash);
    if (seedFolder === lastFolder) continue;
    lastFolder = seedFolder;
    corrections.forFile(pathOf(file));
  }
  return corrections;
}
