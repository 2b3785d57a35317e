/**
 * INDEX.yaml on disk for the `index` command: read it for its inputs, and write the regenerated
 * file safely. The file is re-read just before writing and the new facts merged into what is on
 * disk then (edits made while indexing are kept), written to a temporary file and renamed over
 * the old one (a failed write leaves it intact), and never written when malformed.
 */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { fnv1aString } from '../corpus/hash';
import { type IndexFileError, type IndexInputs, readIndexYaml } from '../corpus/indexFile';
import type { CollectionIndex } from '../corpus/indexer';
import { inputsAfterUpdate, updateIndexYaml } from '../corpus/indexUpdate';
import type { DiskCache } from './diskCache';

export interface LoadedIndex {
  text: string | null;
  inputs: IndexInputs;
  warnings: string[];
}

/** INDEX.yaml's inputs; read from the cache when the file is as the last run wrote it. */
export async function loadIndex(indexPath: string, cache: DiskCache | undefined): Promise<LoadedIndex | IndexFileError> {
  const text = await readText(indexPath);
  const state = cache?.state;
  if (state && state.indexHash === hashText(text)) return { text, inputs: state.inputs, warnings: [] };
  const contents = readIndexYaml(text ?? '');
  if (contents.error) return contents.error;
  return { text, inputs: contents.entries, warnings: contents.warnings };
}

export function describeMalformed(indexPath: string, error: IndexFileError): string {
  return `${indexPath}:${error.line}:${error.col}: ${error.message}\n${indexPath} is malformed and was not changed; fix it and index again.\n`;
}

/** Returns what happened, in words, or an error message when INDEX.yaml could not be written. */
export async function writeIndex(indexPath: string, index: CollectionIndex, loaded: LoadedIndex, cache: DiskCache | undefined): Promise<{ ok: boolean; message: string }> {
  const summaries = index.documents.map((d) => d.summary);
  // Hashed piece by piece: one JSON string of 10,000 summaries would be 10 MB.
  const resultHash = [index.collection, ...summaries].reduce((hash: number, part) => fnv1aString(JSON.stringify(part), hash), 0x811c9dc5).toString(36);
  const current = await readText(indexPath);
  const state = cache?.state;
  if (state && state.indexHash === hashText(current) && state.resultHash === resultHash) return { ok: true, message: 'INDEX.yaml unchanged' };

  // Edited while we indexed: its inputs may have changed too.
  const previousInputs = current === loaded.text ? loaded.inputs : readIndexYaml(current ?? '').entries;
  const update = updateIndexYaml(current, summaries, index.collection, state?.written);
  if (!update.ok) return { ok: false, message: describeMalformed(indexPath, update.error) };
  const remember = (): void => {
    if (cache) cache.state = { indexHash: hashText(update.text), resultHash, inputs: inputsAfterUpdate(previousInputs, summaries), written: update.written };
  };
  if (update.text === current) {
    remember();
    return { ok: true, message: 'INDEX.yaml unchanged' };
  }
  const temporary = `${indexPath}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, update.text);
    await rename(temporary, indexPath);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    return { ok: false, message: `could not write ${indexPath}: ${error instanceof Error ? error.message : String(error)}; the old file is intact\n` };
  }
  remember();
  return { ok: true, message: `Wrote ${indexPath}` };
}

function hashText(text: string | null): string {
  return text === null ? 'none' : `${fnv1aString(text).toString(16)}-${text.length}`;
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
