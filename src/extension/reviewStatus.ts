/**
 * A document's review status and tags, written to its folder's INDEX.yaml. A file without an entry first
 * gets one from the collection index through updateIndexYaml; the field is then set through the
 * yaml Document API (reviewFields.ts), so comments, key order and the user's other fields stay. The write goes
 * through commitIndex (lock, re-read and merge before the rename), like Write INDEX. A malformed
 * INDEX.yaml is reported with its line and column and left alone.
 */
import * as vscode from 'vscode';
import { readIndexYaml } from '../corpus/indexFile';
import { commitIndex, type IndexMerge, updateIndexYaml } from '../corpus/indexUpdate';
import { normalizeTags, setEntryField } from '../corpus/reviewFields';
import type { ReviewStatus } from '../webview/messages';
import { baseName, parentFolder } from './collection';
import type { CollectionIndex } from './collectionIndex';
import { INDEX_FILE, where, workspaceFolderAccess } from './indexFile';

export type StatusWrite = { ok: true } | { ok: false; problem: string };

export async function setReviewStatus(uri: vscode.Uri, status: ReviewStatus, collection: CollectionIndex): Promise<StatusWrite> {
  return setReviewField(uri, 'status', status, collection);
}

/** Replaces the document's `tags` (normalised: trimmed, no empty ones or repeats). */
export async function setReviewTags(uri: vscode.Uri, tags: readonly string[], collection: CollectionIndex): Promise<StatusWrite> {
  return setReviewField(uri, 'tags', normalizeTags(tags), collection);
}

async function setReviewField(uri: vscode.Uri, key: 'status' | 'tags', value: string | readonly string[], collection: CollectionIndex): Promise<StatusWrite> {
  const folder = parentFolder(uri);
  const file = vscode.Uri.joinPath(folder, INDEX_FILE);
  const name = baseName(uri);
  const indexed = collection.allFolders().find((candidate) => candidate.folder.toString() === folder.toString());
  /** The field set in `current` (the file as it is at that moment: commitIndex may call this again). */
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
    const edit = setEntryField(text ?? '', name, key, value);
    if (!edit.ok) return { ok: false, problem: `${vscode.workspace.asRelativePath(file)}: ${edit.problem}` };
    return { ok: true, text: edit.text, written: new Map() };
  };
  const commit = await commitIndex(workspaceFolderAccess(folder), INDEX_FILE, merge);
  if (commit.ok) return { ok: true };
  if ('problem' in commit) return { ok: false, problem: commit.problem };
  return { ok: false, problem: `${where(file, commit.malformed)} (not changed)` };
}
