/** Seed files on disk for the command line: listing the files given, reading and decoding them, the folders' INDEX.yaml (walking folders: seedPaths.ts). */
import { statSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { DEFAULT_MAX_CHARS, DEFAULT_MAX_LINES } from '../core/analyze';
import { decodeSeedPrefix, seedBytesFor } from '../core/decode';
import { readIndexYaml } from '../corpus/indexFile';
import { type GuardedRead, readRegularFile } from './guardedRead';
import { readIndexText } from './indexText';
import { fsPath, type Report, seedPathsUnder } from './seedPaths';

/**
 * Every *.txt under the given files and folders, in a stable order; a path that cannot be read is
 * reported and skipped. `problems` counts them (exit 1), `roots` are the folders given.
 */
export function listSeedFiles(paths: readonly string[], report: Report): { files: string[]; roots: string[]; problems: number } {
  const files: string[] = [];
  const roots: string[] = [];
  let problems = 0;
  const counted: Report = (message) => {
    problems++;
    report(message);
  };
  for (const path of paths) {
    // A missing or unreadable argument is listed all the same: the reader names it with its reason.
    if (!isFolder(path)) {
      files.push(path);
      continue;
    }
    roots.push(path);
    for (const file of seedPathsUnder(path, counted)) files.push(join(path, file));
  }
  return { files, roots, problems };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A seed file's first bytes, as many as can be analysed (the rest is never read). */
export function readSeedFile(path: string): GuardedRead {
  return readRegularFile(fsPath(path), seedBytesFor(DEFAULT_MAX_CHARS));
}

/** readSeedFile for callers that take a failure as an error (the indexer's sources and workers). */
export function readSeedBytes(path: string): Uint8Array {
  const read = readSeedFile(path);
  if (!read.ok) throw Object.assign(new Error(read.reason), { code: read.code });
  return read.bytes;
}

export type SeedText = { ok: true; text: string } | { ok: false; reason: string };

export function readSeedText(file: string): SeedText {
  const read = readSeedFile(file);
  if (!read.ok) return read;
  const decoded = decodeSeedPrefix(read.bytes, DEFAULT_MAX_CHARS, read.size, DEFAULT_MAX_LINES);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

/**
 * Publication dates a scraping pipeline recorded in INDEX.yaml files (`documents: [{file, published}]`),
 * each file read once. A file's date comes from the INDEX.yaml of its own folder (entry `x.txt`),
 * else of a folder above it up to the folder given on the command line (entry `sub/x.txt`), as
 * `index` reads a collection's INDEX.yaml. Entries match by path relative to the INDEX.yaml, never
 * by base name. A malformed or unreadable file is reported through `warn` and gives no dates.
 */
export class PipelineDates {
  private readonly byFolder = new Map<string, Map<string, string>>();

  constructor(
    private readonly warn: Report,
    private readonly roots: readonly string[] = [],
  ) {}

  publishedOf(file: string): string | null {
    for (const folder of this.foldersAbove(file)) {
      const key = relative(folder, file).split(sep).join('/');
      const published = this.datesOf(folder).get(key);
      if (published) return published;
    }
    return null;
  }

  /** The file's folder, then each folder up to the command-line root holding it. */
  private foldersAbove(file: string): string[] {
    const folders = [dirname(file)];
    const root = this.roots.find((candidate) => !relative(candidate, file).startsWith('..'));
    if (root === undefined) return folders;
    while (relative(root, folders[folders.length - 1]!) !== '') {
      const parent = dirname(folders[folders.length - 1]!);
      if (parent === folders[folders.length - 1]) break;
      folders.push(parent);
    }
    return folders;
  }

  private datesOf(folder: string): Map<string, string> {
    let dates = this.byFolder.get(folder);
    if (!dates) {
      dates = this.read(join(folder, 'INDEX.yaml'));
      this.byFolder.set(folder, dates);
    }
    return dates;
  }

  private read(indexFile: string): Map<string, string> {
    const dates = new Map<string, string>();
    const read = readIndexText(indexFile);
    if (read === null) return dates;
    if (!read.ok) {
      this.warn(`${indexFile}: not read (${read.reason})`);
      return dates;
    }
    const contents = readIndexYaml(read.text);
    if (contents.error) {
      const { line, col, message } = contents.error;
      this.warn(`${indexFile}:${line}:${col}: not read, malformed YAML: ${message}`);
      return dates;
    }
    for (const entry of contents.entries.values()) if (entry.published) dates.set(posix.normalize(entry.file), entry.published);
    return dates;
  }
}
