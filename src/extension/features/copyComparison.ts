/**
 * A wire copy's word difference from its original, for the INDEX tab: the article text of each
 * (the indexed facts record says where the boilerplate is), compared word by word.
 */
import * as vscode from 'vscode';
import { articleText, copyDifference } from '../../corpus/copyDifference';
import type { WordChange } from '../../webview/messages';
import { readSeedText } from '../collection';
import type { CollectionIndex } from '../collectionIndex';

export async function compareCopy(collection: CollectionIndex, original: vscode.Uri, copy: vscode.Uri): Promise<WordChange[]> {
  const [from, to] = await Promise.all([original, copy].map((uri) => articleOf(collection, uri)));
  return copyDifference(from ?? '', to ?? '');
}

async function articleOf(collection: CollectionIndex, uri: vscode.Uri): Promise<string | null> {
  const seed = collection.allFolders().flatMap((folder) => folder.seeds).find((candidate) => candidate.uri.toString() === uri.toString());
  const text = await readSeedText(uri);
  if (!text.ok) return null;
  return seed ? articleText(seed.record, text.text) : text.text;
}
