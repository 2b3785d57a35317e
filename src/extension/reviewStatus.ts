/**
 * A document's review status, written to its folder's INDEX.yaml. A file without an entry first
 * gets one from the collection index through updateIndexYaml; the status is then set through the
 * yaml Document API, so comments, key order and the user's other fields stay. The write goes
 * through commitIndex (lock, re-read and merge before the rename), like Write INDEX. A malformed
 * INDEX.yaml is reported with its line and column and left alone.
 */
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import * as vscode from 'vscode';
import { readIndexYaml } from '../corpus/indexFile';
import { commitIndex, type IndexMerge, updateIndexYaml } from '../corpus/indexUpdate';
import type { ReviewStatus } from '../webview/messages';
import { baseName, parentFolder } from './collection';
import type { CollectionIndex } from './collectionIndex';
import { INDEX_FILE, where, workspaceFolderAccess } from './indexFile';

export type StatusWrite = { ok: true } | { ok: false; problem: string };

export async function setReviewStatus(uri: vscode.Uri, status: ReviewStatus, collection: CollectionIndex): Promise<StatusWrite> {
  const folder = parentFolder(uri);
  const file = vscode.Uri.joinPath(folder, INDEX_FILE);
  const name = baseName(uri);
  const indexed = collection.allFolders().find((candidate) => candidate.folder.toString() === folder.toString());
  /** The status set in `current` (the file as it is at that moment: commitIndex may call this again). */
  const merge = (current: string | null): IndexMerge => {
    let text = current;
    const contents = text === null ? null : readIndexYaml(text);
    if (contents?.error) return { ok: false, error: contents.error };
    if (!contents?.entries.has(name)) {
      if (!indexed?.seeds.some((seed) => seed.uri.toString() === uri.toString())) return { ok: false, problem: `${vscode.workspace.asRelativePath(uri)} is not indexed yet` };
      const update = updateIndexYaml(text, indexed.seeds.map((seed) => seed.summary), indexed.collection);
      if (!update.ok) return update;
      text = update.text;
    }
    const document = parseDocument(text ?? '');
    const list = isMap(document.contents) ? document.contents.get('documents', true) : undefined;
    const entry = isSeq(list) ? list.items.find((item): item is YAMLMap => isMap(item) && item.get('file') === name) : undefined;
    if (!entry) return { ok: false, problem: `${vscode.workspace.asRelativePath(file)} has no entry for ${name}` };
    // Editing the scalar in place keeps a comment written after the old value.
    const value = entry.get('status', true);
    if (isScalar(value)) value.value = status;
    else entry.set('status', status);
    return { ok: true, text: document.toString({ lineWidth: 0 }), written: new Map() };
  };
  const commit = await commitIndex(workspaceFolderAccess(folder), INDEX_FILE, merge);
  if (commit.ok) return { ok: true };
  if ('problem' in commit) return { ok: false, problem: commit.problem };
  return { ok: false, problem: `${where(file, commit.malformed)} (not changed)` };
}
