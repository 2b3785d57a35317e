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
  for (const { file, stats } of files) {
    if (!stats) return undefined;
    hash.update(`${file}\t${stats.size}\t${stats.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export function statOf(path: string): SeedFile['stats'] {
  try {
    const { size, mtimeMs } = statSync(fsPath(path));
    return { size, mtimeMs };
  } catch {
    return undefined;
  }
}
