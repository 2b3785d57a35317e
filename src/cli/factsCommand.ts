/**
 * `source-review facts <files or folders…>`: one facts record per document as JSON Lines on stdout,
 * in file order.
 * - Many documents are analysed in worker threads: their heaps are capped (see workerPool.ts), where
 *   one thread analysing 10,000 documents let V8 grow to 850 MB before collecting.
 * - Output streams: at most a few records are in flight or waiting, each as the bytes its thread
 *   made, and writing waits while stdout is full, so a slow reader holds the run back instead of
 *   filling memory.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import type { Corrections } from '../core/corrections';
import { factsBytes, type FactsJob, type FactsOutput, NotTextError } from '../corpus/documentWork';
import { DEFAULT_MAX_CHARS } from '../core/analyze';
import { seedBytesFor } from '../core/decode';
import { PipelineDates, readSeedFile } from './seedFiles';
import { fsPath } from './seedPaths';
import { writeToStdout } from './stdout';
import { WorkerPool } from './workerPool';
import { keepHeapSmall } from './youngGeneration';

/** Below this many files, starting threads costs more than it saves. */
const MIN_FILES_FOR_THREADS = 64;

type Outcome = { ok: true; output: FactsOutput } | { ok: false; reason: string };

/** `files` as listSeedFiles gives them. Exit 0 when every file was analysed, 1 when some were skipped. */
export async function runFactsCommand(files: readonly string[], warn: (message: string) => void, roots: readonly string[] = [], correctionsFor?: (file: string) => Corrections | undefined): Promise<number> {
  keepHeapSmall();
  const pipelineDates = new PipelineDates(warn, roots);
  const workerScript = join(__dirname, 'indexWorker.js');
  const threads = Math.min(availableParallelism(), 4);
  const pool = files.length >= MIN_FILES_FOR_THREADS && existsSync(workerScript) ? new WorkerPool(workerScript, threads, { largestBytes: largestSize(files) }) : undefined;
  const analyse = (job: FactsJob): Promise<FactsOutput> => (pool ? pool.facts(job) : Promise.resolve().then(() => factsBytes(job)));
  let skipped = 0;
  const start = (file: string): Promise<Outcome> => {
    const read = readSeedFile(file);
    if (!read.ok) return Promise.resolve({ ok: false, reason: read.reason });
    const job = { file: relative(process.cwd(), file) || file, bytes: read.bytes, size: read.size, published: pipelineDates.publishedOf(file), corrections: correctionsFor?.(file) };
    return analyse(job).then(
      (facts): Outcome => ({ ok: true, output: facts }),
      (error: unknown): Outcome => ({ ok: false, reason: error instanceof NotTextError ? error.message : `could not be analysed: ${error instanceof Error ? error.message : String(error)}` }),
    );
  };
  const finish = async (file: string, outcome: Outcome): Promise<void> => {
    if (!outcome.ok) {
      warn(`${file}: ${outcome.reason}; skipped`);
      skipped++;
      return;
    }
    for (const warning of outcome.output.warnings) warn(`${file}: ${warning}`);
    await writeToStdout(outcome.output.line);
  };
  try {
    // Eight documents per thread in flight: a worker replying in fours (see indexWorker.ts) still
    // has four to work on while the next results are written.
    const window = pool ? threads * 8 : 1;
    const inFlight: { file: string; outcome: Promise<Outcome> }[] = [];
    for (const file of files) {
      inFlight.push({ file, outcome: start(file) });
      if (inFlight.length < window) continue;
      const next = inFlight.shift()!;
      await finish(next.file, await next.outcome);
    }
    for (const next of inFlight) await finish(next.file, await next.outcome);
  } finally {
    await pool?.close();
  }
  process.stderr.write(`source-review: ${files.length - skipped} of ${files.length} documents analysed\n`);
  return skipped ? 1 : 0;
}

/** Bytes of the largest file, which sizes the threads' heaps (see workerPool.ts); one stat each, 20,000 in about 50 ms. */
function largestSize(files: readonly string[]): number {
  let largest = 0;
  for (const file of files) {
    try {
      largest = Math.max(largest, Math.min(statSync(fsPath(file)).size, seedBytesFor(DEFAULT_MAX_CHARS)));
    } catch {
      // Named by the reader when it is read.
    }
  }
  return largest;
}
