/**
 * A seed folder's INDEX.yaml, read and written through vscode.workspace.fs with the corpus
 * module's reader, indexer and Document-API merge (which keeps user fields and comments).
 */
import * as vscode from 'vscode';
import { indexCollection, type SeedSource } from '../corpus/indexer';
import { readIndexYaml, type IndexEntry } from '../corpus/indexFile';
import { updateIndexYaml } from '../corpus/indexUpdate';

export type { IndexEntry } from '../corpus/indexFile';

export const INDEX_FILE = 'INDEX.yaml';

export type IndexEntries = { ok: true; entries: Map<string, IndexEntry> } | { ok: false; problem: string };
export type IndexWrite = { ok: true; file: vscode.Uri; documents: number; problems: string[] } | { ok: false; problem: string };

/** The file's text, or null when it does not exist or cannot be read. */
export async function readText(file: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
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

/** Indexes the folder's seed files and merges them into its INDEX.yaml; a malformed file is left alone. */
export async function writeIndexFile(folder: vscode.Uri, files: readonly vscode.Uri[], signal?: AbortSignal): Promise<IndexWrite> {
  const file = vscode.Uri.joinPath(folder, INDEX_FILE);
  const oldText = await readText(file);
  const old = oldText === null ? null : readIndexYaml(oldText);
  if (old?.error) return { ok: false, problem: `${where(file, old.error)} (not overwritten)` };
  const sources: SeedSource[] = files.map((uri) => ({
    file: uri.path.slice(uri.path.lastIndexOf('/') + 1),
    read: async () => vscode.workspace.fs.readFile(uri),
  }));
  const inputs = new Map([...(old?.entries ?? new Map<string, IndexEntry>())].map(([name, entry]) => [name, { published: entry.published, source: entry.source }]));
  const index = await indexCollection(sources, { inputs, signal });
  const update = updateIndexYaml(oldText, index.documents.map((document) => document.summary), index.collection);
  if (!update.ok) return { ok: false, problem: `${where(file, update.error)} (not overwritten)` };
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(update.text));
  const problems = index.errors.map((error) => `${error.file}: ${error.message}`);
  return { ok: true, file, documents: index.documents.length, problems };
}
