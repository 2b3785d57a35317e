/** Seed files on disk for the command line: walking folders, decoding bytes, the folder's INDEX.yaml. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { decodeSeedBytes } from '../core/decode';
import { readIndexYaml } from '../corpus/indexFile';

/** Every *.txt under the given files and folders, in a stable order. */
export function listSeedFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => (statSync(path).isDirectory() ? seedPathsUnder(path).map((relative) => join(path, relative)) : [path]));
}

/**
 * The *.txt files under `folder` (any case of the extension), as sorted paths relative to it with
 * "/" between folders. Walked by hand: a recursive readdir also lists hidden folders and
 * node_modules, only to drop them, and took 0.1 s for 10,000 files.
 */
export function seedPathsUnder(folder: string): string[] {
  const names: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.toLowerCase().endsWith('.txt')) names.push(path);
    }
  };
  walk('');
  return names.sort();
}

export type SeedText = { ok: true; text: string } | { ok: false; reason: string };

export function readSeedText(file: string): SeedText {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message) };
  }
  const decoded = decodeSeedBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : decoded;
}

/**
 * Publication dates a scraping pipeline recorded in a folder's INDEX.yaml (`documents: [{file, published}]`),
 * read once per folder. A malformed file is reported through `warn` and gives no dates.
 */
export class PipelineDates {
  private readonly byFolder = new Map<string, Map<string, string>>();

  constructor(private readonly warn: (message: string) => void) {}

  publishedOf(file: string): string | null {
    const folder = dirname(file);
    let dates = this.byFolder.get(folder);
    if (!dates) {
      dates = this.read(join(folder, 'INDEX.yaml'));
      this.byFolder.set(folder, dates);
    }
    return dates.get(basename(file)) ?? null;
  }

  private read(indexFile: string): Map<string, string> {
    const dates = new Map<string, string>();
    let text: string;
    try {
      text = readFileSync(indexFile, 'utf8');
    } catch {
      return dates;
    }
    const contents = readIndexYaml(text);
    if (contents.error) {
      const { line, col, message } = contents.error;
      this.warn(`${indexFile}:${line}:${col}: not read, malformed YAML: ${message}`);
      return dates;
    }
    for (const entry of contents.entries.values()) if (entry.published) dates.set(basename(entry.file), entry.published);
    return dates;
  }
}
