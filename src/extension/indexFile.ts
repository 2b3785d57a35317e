/**
 * A seed folder's INDEX.yaml, read and written through vscode.workspace.fs with the corpus
 * module's reader and Document-API merge (which keeps user fields and comments). Writes
 * go through commitIndex (indexUpdate.ts): under INDEX.yaml.lock, shared with the CLI and other
 * windows on the folder, and merged again when the file changed before the rename.
 */
import * as vscode from 'vscode';
import type { CollectionSummary } from '../corpus/collection';
import { decodeIndexBytes, encodeIndexText, holdsForeignBytes } from '../corpus/indexBytes';
import { readIndexYaml, type IndexEntry } from '../corpus/indexFile';
import { commitIndex, type IndexFolderAccess, updateIndexYaml, type WrittenEntries } from '../corpus/indexUpdate';
import type { DocumentSummary } from '../corpus/summary';

export type { IndexEntry } from '../corpus/indexFile';

export const INDEX_FILE = 'INDEX.yaml';

export type IndexEntries = { ok: true; entries: Map<string, IndexEntry> } | { ok: false; problem: string };
export type IndexWrite = { ok: true; file: vscode.Uri; documents: number; problems: string[]; written: WrittenEntries } | { ok: false; problem: string };

/** The file's text, or null when it does not exist or cannot be read. */
export async function readText(file: vscode.Uri): Promise<string | null> {
  try {
    return decodeIndexBytes(await vscode.workspace.fs.readFile(file)).text;
  } catch {
    return null;
  }
}

/** "seeds/INDEX.yaml:3:5: message" for a malformed INDEX.yaml. */
export function where(file: vscode.Uri, error: { line: number; col: number; message: string }): string {
  return `${vscode.workspace.asRelativePath(file)}:${error.line}:${error.col}: ${error.message}`;
}

/** The folder's INDEX.yaml entries by file name; no file is an empty index, a malformed one a problem. */
export async function readIndexEntries(folder: vscode.Uri): Promise<IndexEntries> {
  const file = vscode.Uri.joinPath(folder, INDEX_FILE);
  const text = await readText(file);
  if (text === null) return { ok: true, entries: new Map() };
  const contents = readIndexYaml(text);
  return contents.error ? { ok: false, problem: where(file, contents.error) } : { ok: true, entries: contents.entries };
}

/**
 * Merges the folder's indexed documents (the collection index's summaries, which the panel shows
 * too) into its INDEX.yaml; a malformed file is left alone. `written` is what the last write
 * returned (see WrittenEntries).
 */
export async function writeIndexFile(folder: vscode.Uri, summaries: readonly DocumentSummary[], collection: CollectionSummary, written: WrittenEntries | undefined, signal?: AbortSignal): Promise<IndexWrite> {
  const file = vscode.Uri.joinPath(folder, INDEX_FILE);
  const commit = await commitIndex(workspaceFolderAccess(folder), INDEX_FILE, (current) => updateIndexYaml(current, summaries, collection, written), signal);
  if (!commit.ok) return { ok: false, problem: 'malformed' in commit ? `${where(file, commit.malformed)} (not overwritten)` : commit.problem };
  const foreign = commit.base !== null && holdsForeignBytes(commit.base) ? [`${vscode.workspace.asRelativePath(file)} holds bytes that are not UTF-8 (a note typed in another encoding?); they were kept as they are`] : [];
  const problems = [...commit.notes, ...foreign, ...collection.errors.map((error) => `${error.file}: ${error.message}`)];
  return { ok: true, file, documents: summaries.length, problems, written: commit.update.written };
}

/**
 * The folder through vscode.workspace.fs, which has no create-if-absent: the lock is written under
 * a name of its own and renamed without overwrite (VS Code checks, then renames: a gap of one call,
 * covered by commitIndex checking the lock is still its own right before the rename).
 */
export function workspaceFolderAccess(folder: vscode.Uri): IndexFolderAccess {
  const uri = (name: string): vscode.Uri => vscode.Uri.joinPath(folder, name);
  const encode = encodeIndexText;
  const hasProcess = typeof process !== 'undefined' && typeof process.kill === 'function';
  return {
    async read(name) {
      try {
        return decodeIndexBytes(await vscode.workspace.fs.readFile(uri(name))).text;
      } catch (error) {
        // Only a missing file reads as none: an unreadable INDEX.yaml taken for empty would be overwritten.
        if (isMissing(error)) return null;
        throw error;
      }
    },
    write: async (name, text) => vscode.workspace.fs.writeFile(uri(name), encode(text)),
    async createNew(name, text) {
      const own = uri(`${name}.${Math.random().toString(36).slice(2)}.tmp`);
      await vscode.workspace.fs.writeFile(own, encode(text));
      try {
        await vscode.workspace.fs.rename(own, uri(name), { overwrite: false });
        return true;
      } catch (error) {
        await vscode.workspace.fs.delete(own).then(undefined, () => undefined);
        // Refused because the lock exists: the holder may release it before we look, so the refusal
        // itself says "taken" (the caller waits and tries again), not only a lock still there.
        if (isAlreadyThere(error) || (await readText(uri(name))) !== null) return false;
        throw error;
      }
    },
    replace: async (from, to) => vscode.workspace.fs.rename(uri(from), uri(to), { overwrite: true }),
    remove: async (name) => vscode.workspace.fs.delete(uri(name)).then(undefined, (error: unknown) => {
      if (!isMissing(error)) throw error;
    }),
    label: (name) => vscode.workspace.asRelativePath(uri(name)),
    // Two windows on one machine are two extension hosts: the pid tells whether the other one still runs.
    owner: { pid: hasProcess ? process.pid : null, host: vscode.env.machineId },
    isRunning: hasProcess ? isRunning : undefined,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => Date.now(),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function isAlreadyThere(error: unknown): boolean {
  return error instanceof vscode.FileSystemError ? error.code === 'FileExists' : /EEXIST|FileExists|already exists/.test(String(error));
}

function isMissing(error: unknown): boolean {
  return error instanceof vscode.FileSystemError ? error.code === 'FileNotFound' : /ENOENT|FileNotFound|EntryNotFound/.test(String(error));
}
