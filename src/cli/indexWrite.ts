/**
 * INDEX.yaml on disk for the `index` command: read it for its inputs, and write the regenerated
 * file safely. The new facts are merged into what is on disk at the end (edits made while indexing
 * are kept), under INDEX.yaml.lock and compared again right before the temporary file is renamed
 * over the old one (see commitIndex in indexUpdate.ts): a failed write leaves it intact, an edit
 * landing meanwhile is merged too, and a malformed file is never written.
 */
import { open, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fnv1aString } from '../corpus/hash';
import { describeForeignBytes, encodeIndexText } from '../corpus/indexBytes';
import { type IndexFileError, type IndexInputs, readIndexYaml } from '../corpus/indexFile';
import type { CollectionIndex } from '../corpus/indexer';
import { commitIndex, type IndexFolderAccess, inputsAfterUpdate, partsOf, updateIndexYaml } from '../corpus/indexUpdate';
import { renameRetrying } from './atomicFile';
import type { DiskCache } from './diskCache';
import { readIndexText } from './indexText';
import { replaceWatching } from './replaceWatching';
import { removeTemporariesOf } from './staleTemporaries';

export interface LoadedIndex {
  /**
   * What the write needs of the text read (was it there, empty, the same since?), not the text: a
   * 10,000-entry INDEX.yaml is a 7 MB string, 14 MB with one accented name, kept all run for this.
   */
  read: { hash: string; empty: boolean };
  inputs: IndexInputs;
  warnings: string[];
}

/** INDEX.yaml's inputs; read from the cache when the file is as the last run wrote it. */
export async function loadIndex(indexPath: string, cache: DiskCache | undefined): Promise<LoadedIndex | IndexFileError> {
  const read = readIndexText(indexPath);
  const text = readText(indexPath, read);
  const seen = { hash: hashText(text), empty: isEmpty(text) };
  const foreign = read?.ok && read.foreign ? [describeForeignBytes(read.foreign)] : [];
  const state = cache?.state;
  if (state && state.indexHash === seen.hash) return { read: seen, inputs: state.inputs, warnings: foreign };
  const contents = readIndexYaml(text ?? '');
  if (contents.error) return contents.error;
  return { read: seen, inputs: contents.entries, warnings: [...foreign, ...contents.warnings] };
}

export function describeMalformed(indexPath: string, error: IndexFileError): string {
  return `${indexPath}:${error.line}:${error.col}: ${error.message}\n${indexPath} is malformed and was not changed; fix it and index again.\n`;
}

/** Returns what happened, in words, or an error message when INDEX.yaml could not be written. */
export async function writeIndex(indexPath: string, index: CollectionIndex, loaded: LoadedIndex, cache: DiskCache | undefined): Promise<{ ok: boolean; message: string }> {
  const summaries = index.documents.map((d) => d.summary);
  // Hashed piece by piece: one JSON string of 10,000 summaries would be 10 MB.
  const resultHash = [index.collection, ...summaries].reduce((hash: number, part) => fnv1aString(JSON.stringify(part), hash), 0x811c9dc5).toString(36);
  // Only its hash is kept: the text (19 MB for 20,000 entries with one curly quote) would stay alive through the commit below.
  const currentHash = hashText(readText(indexPath));
  const state = cache?.state;
  if (state && state.indexHash === currentHash && state.resultHash === resultHash) return { ok: true, message: 'INDEX.yaml unchanged' };

  // The last run wrote a non-empty file: finding it empty now means someone is rewriting it.
  const lastWroteText = state !== undefined && state.indexHash !== hashText(null) && state.indexHash !== hashText('');
  const commit = await commitIndex(nodeFolderAccess(dirname(indexPath)), basename(indexPath), (text) => {
    // Emptied since it was read or last written: a pipeline rewriting it in place (`gen > INDEX.yaml`
    // truncates first, then writes into the same file), or a mistake. Written from nothing and renamed
    // over it, every status and note would be gone, and the pipeline's write with them. A file deleted
    // before the run started is a fresh start; an empty one is taken as one only when nothing says otherwise.
    const emptied = text === null ? !loaded.read.empty : isEmpty(text) && (!loaded.read.empty || lastWroteText);
    if (emptied) return { ok: false, problem: `${indexPath} was emptied or deleted while indexing or since the last run; it was left as it is now: index again once it is complete (delete it to start a new one)` };
    return updateIndexYaml(text, summaries, index.collection, state?.written);
  });
  if (!commit.ok) return { ok: false, message: 'malformed' in commit ? describeMalformed(indexPath, commit.malformed) : `${commit.problem}\n` };
  // Edited while we indexed: its inputs may have changed too.
  const previousInputs = hashText(commit.base) === loaded.read.hash ? loaded.inputs : readIndexYaml(commit.base ?? '').entries;
  if (cache) cache.state = { indexHash: hashParts(partsOf(commit.update)), resultHash, inputs: inputsAfterUpdate(previousInputs, summaries), written: commit.update.written };
  const notes = commit.notes.map((note) => ` (${note})`).join('');
  return { ok: true, message: commit.wrote ? `Wrote ${indexPath}${notes}` : 'INDEX.yaml unchanged' };
}

/** INDEX.yaml's folder through node:fs; the lock's stale check can ask whether its process still runs. */
export function nodeFolderAccess(folder: string): IndexFolderAccess {
  const path = (name: string): string => join(folder, name);
  return {
    read: async (name) => readText(path(name)),
    write: (name, text) => writeDurably(path(name), [text]),
    writeParts: (name, parts) => writeDurably(path(name), parts),
    async createNew(name, text) {
      try {
        await writeFile(path(name), encodeIndexText(text), { flag: 'wx' }); // O_CREAT | O_EXCL, on every platform
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
    },
    replace: (from, to) => renameRetrying(path(from), path(to)),
    replaceWatching: (from, to, expected, complete) => replaceWatching(path(from), path(to), expected, renameRetrying, complete),
    remove: (name) => unlink(path(name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    }),
    removeTemporaries: (name, keep) => removeTemporariesOf(folder, name, keep),
    label: path,
    owner: { pid: process.pid, host: hostname() },
    isRunning(pid) {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
      }
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}

function hashText(text: string | null): string {
  return text === null ? 'none' : hashParts([text]);
}

/** hashText of the parts' concatenation. */
function hashParts(parts: readonly string[]): string {
  let hash: number | undefined;
  let length = 0;
  for (const part of parts) {
    hash = fnv1aString(part, hash);
    length += part.length;
  }
  return `${(hash ?? fnv1aString('')).toString(16)}-${length}`;
}

function isEmpty(text: string | null): boolean {
  return text === null || text.trim() === '';
}

/** The file's text, null when there is none; throws when it cannot be read (see indexText.ts). */
function readText(path: string, read = readIndexText(path)): string | null {
  if (read === null) return null;
  if (!read.ok) throw new Error(read.reason);
  return read.text;
}

/**
 * The temporary file's bytes reach the disk before it is renamed over INDEX.yaml: after a crash
 * or power loss the rename may survive while unsynced data does not, leaving an empty INDEX.yaml.
 */
async function writeDurably(path: string, parts: readonly string[]): Promise<void> {
  const file = await open(path, 'w');
  try {
    // A few hundred KB at a time: 20,000 entries are 17 MB, which as one string and its bytes came on
    // top of the entries' own texts at the run's peak.
    let batch: string[] = [];
    let batchLength = 0;
    for (const part of parts) {
      batch.push(part);
      batchLength += part.length;
      if (batchLength < WRITE_BATCH_CHARS) continue;
      await file.write(encodeIndexText(batch.join('')));
      batch = [];
      batchLength = 0;
    }
    await file.write(encodeIndexText(batch.join('')));
    await file.sync();
  } finally {
    await file.close();
  }
}

const WRITE_BATCH_CHARS = 256 * 1024;
