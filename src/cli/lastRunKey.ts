/**
 * What a replayed `index` run must find unchanged (see indexCommand.ts), shared by the command's
 * light half, which checks it before the engine is loaded, and indexRun.ts, which records it.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { fsPath } from './seedPaths';

/** A seed file as listed, with its size and time stamp (none when it vanished before its stat). */
export interface SeedFile {
  file: string;
  stats: { size: number; mtimeMs: number } | undefined;
}

/** Characters of file lines hashed in one call. */
const HASHED_AT_ONCE = 1 << 16;

/**
 * Everything a run's result depends on, by size and time stamp: the command line's bundles,
 * INDEX.yaml, the corrections files (all in `inputPaths`) and every seed file (stat'ed before it
 * was read). Undefined when a file could not be stat'ed.
 */
export function lastRunKey(files: readonly SeedFile[], inputPaths: readonly string[]): string | undefined {
  const hash = createHash('sha256');
  for (const path of inputPaths) {
    const stats = statOf(path);
    hash.update(stats ? `${stats.size} ${stats.mtimeMs}\n` : 'none\n');
  }
  // The files' lines a batch at a time: one update per file was 10,000 calls into the hash for a warm run.
  let lines = '';
  for (const { file, stats } of files) {
    if (!stats) return undefined;
    lines += `${file}\t${stats.size}\t${stats.mtimeMs}\n`;
    if (lines.length < HASHED_AT_ONCE) continue;
    hash.update(lines);
    lines = '';
  }
  return hash.update(lines).digest('hex');
}

export function statOf(path: string): SeedFile['stats'] {
  try {
    const { size, mtimeMs } = statSync(fsPath(path));
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}
