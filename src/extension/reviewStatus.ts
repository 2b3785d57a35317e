/**
 * A document's review status, written to its folder's INDEX.yaml. A file without an entry first
 * gets one from the collection index through updateIndexYaml; the status is then set through the
 * yaml Document API, so comments, key order and the user's other fields stay. A malformed
 * INDEX.yaml is reported with its line and column and left alone.
 */
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import * as vscode from 'vscode';
import { readIndexYaml } from '../corpus/indexFile';
import { updateIndexYaml } from '../corpus/indexUpdate';
import type { ReviewStatus } from '../webview/messages';
import { baseName, parentFolder } from './collection';
import type { CollectionIndex } from './collectionIndex';
import { INDEX_FILE, readText, where } from './indexFile';

export type StatusWrite = { ok: true } | { ok: false; problem: string };

export async function setReviewStatus(uri: vscode.Uri, status: ReviewStatus, collection: CollectionIndex): Promise<StatusWrite> {
  const folder = parentFolder(uri);
  const file = vscode.Uri.joinPath(folder, INDEX_FILE);
  const name = baseName(uri);
  let text = await readText(file);
  const contents = text === null ? null : readIndexYaml(text);
  if (contents?.error) return { ok: false, problem: `${where(file, contents.error)} (not changed)` };
  if (!contents?.entries.has(name)) {
    const indexed = collection.allFolders().find((candidate) => candidate.folder.toString() === folder.toString());
    if (!indexed?.seeds.some((seed) => seed.uri.toString() === uri.toString())) return { ok: false, problem: `${vscode.workspace.asRelativePath(uri)} is not indexed yet` };
    const update = updateIndexYaml(text, indexed.seeds.map((seed) => seed.summary), indexed.collection);
    if (!update.ok) return { ok: false, problem: `${where(file, update.error)} (not changed)` };
    text = update.text;
  }
  const document = parseDocument(text ?? '');
  const list = isMap(document.contents) ? document.contents.get('documents', true) : undefined;
  const entry = isSeq(list) ? list.items.find((item): item is YAMLMap => isMap(item) && item.get('file') === name) : undefined;
  if (!entry) return { ok: false, problem: `${vscode.workspace.asRelativePath(file)} has no entry for ${name}` };
  // Editing the scalar in place keeps a comment written after the old value.
  const current = entry.get('status', true);
  if (isScalar(current)) current.value = status;
  else entry.set('status', status);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(document.toString({ lineWidth: 0 })));
  return { ok: true };
}
