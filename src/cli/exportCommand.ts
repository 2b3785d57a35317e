/**
 * `source-review export <folder> [--format csv|jsonl] [--cache DIR | --no-cache]`: the folder's
 * INDEX.yaml as a table on stdout, one row per entry in its order (columns in exportRows.ts):
 * RFC 4180 CSV with a header row, or JSON Lines with lists kept as arrays. The index's cache fills
 * what INDEX.yaml does not hold (outlet, language) for files whose content it has seen; nothing is
 * analysed. Exit 0 on success, 1 when INDEX.yaml is missing or malformed, 2 on bad usage.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentHash, csvTable, type DocumentSummary, exportRows, type IndexEntry, readIndexYaml } from '../corpus';
import { DiskCache, takeCacheOptions } from './diskCache';

const USAGE = 'usage: source-review export <folder> [--format csv|jsonl] [--cache DIR | --no-cache]';
const INDEX_FILE = 'INDEX.yaml';

interface ExportArguments {
  folder: string;
  format: 'csv' | 'jsonl';
  cacheFolder: string | null;
}

export async function runExportCommand(args: readonly string[], write: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`${parsed}\n${USAGE}\n`);
    return 2;
  }
  const indexPath = join(parsed.folder, INDEX_FILE);
  const text = await readFile(indexPath, 'utf8').catch(() => undefined);
  if (text === undefined) {
    process.stderr.write(`${indexPath}: cannot be read; run \`source-review index ${parsed.folder}\` first\n`);
    return 1;
  }
  const contents = readIndexYaml(text);
  if (contents.error) {
    const { line, col, message } = contents.error;
    process.stderr.write(`${indexPath}:${line}:${col}: ${message}\n`);
    return 1;
  }
  const entries = [...contents.entries.values()];
  const cache = parsed.cacheFolder === null ? undefined : await DiskCache.open(parsed.cacheFolder);
  const summaries = cache ? await cachedSummaries(parsed.folder, entries, cache) : new Map<string, DocumentSummary>();
  const rows = exportRows(entries, (file) => summaries.get(file));
  if (parsed.format === 'jsonl') write(rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
  else write(csvTable(rows));
  return 0;
}

/** Summaries the cache holds for the entries' files as they are now; a file gone or never indexed has none. */
async function cachedSummaries(folder: string, entries: readonly IndexEntry[], cache: DiskCache): Promise<Map<string, DocumentSummary>> {
  const summaries = new Map<string, DocumentSummary>();
  for (const entry of entries) {
    if (entry.missing) continue;
    const bytes = await readFile(join(folder, entry.file)).catch(() => undefined);
    const summary = bytes && (await cache.get(contentHash(bytes)))?.analysis?.summary;
    if (summary) summaries.set(entry.file, summary);
  }
  return summaries;
}

function parseArguments(args: readonly string[]): ExportArguments | string {
  const cache = takeCacheOptions(args);
  if (typeof cache === 'string') return cache;
  let folder: string | undefined;
  let format: ExportArguments['format'] = 'csv';
  for (let i = 0; i < cache.rest.length; i++) {
    const arg = cache.rest[i]!;
    if (arg === '--format') {
      const value = cache.rest[++i];
      if (value !== 'csv' && value !== 'jsonl') return '--format is csv or jsonl';
      format = value;
    } else if (arg.startsWith('-') || folder !== undefined) return `unexpected argument: ${arg}`;
    else folder = arg;
  }
  if (folder === undefined) return 'export needs a folder';
  return { folder, format, cacheFolder: cache.cacheFolderOf(folder) };
}
