/**
 * The indexer's cache in the extension's storage: one JSON file per content hash, read and written
 * through vscode.workspace.fs (so it also works in VS Code for the Web). A reopened workspace
 * finds every unchanged document here and is ready without analysing anything. The storage is
 * global, so every window shares it: a file is written under a name of its own and renamed into
 * place, so a reader in another window finds the whole file or none (two windows writing the same
 * hash write the same facts, and the last rename wins).
 */
import * as vscode from 'vscode';
import type { CachedDocument, FactsCache } from '../corpus/indexer';

const CACHE_FOLDER = 'facts-cache';

export function storageFactsCache(storage: vscode.Uri): FactsCache {
  const folder = vscode.Uri.joinPath(storage, CACHE_FOLDER);
  const fileOf = (contentHash: string) => vscode.Uri.joinPath(folder, `${contentHash.replace(/[^\w-]/g, '_')}.json`);
  let folderMade: Thenable<void> | undefined;
  return {
    async get(contentHash) {
      try {
        return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fileOf(contentHash)))) as CachedDocument;
      } catch {
        // Missing or unreadable (an older format, a partial write): analyse again.
        return undefined;
      }
    },
    async set(contentHash, entry) {
      try {
        folderMade ??= vscode.workspace.fs.createDirectory(folder);
        await folderMade;
        const own = vscode.Uri.joinPath(folder, `${Math.random().toString(36).slice(2)}.tmp`);
        await vscode.workspace.fs.writeFile(own, new TextEncoder().encode(JSON.stringify(entry)));
        await vscode.workspace.fs.rename(own, fileOf(contentHash), { overwrite: true }).then(undefined, async (error: unknown) => {
          await vscode.workspace.fs.delete(own).then(undefined, () => undefined);
          throw error;
        });
      } catch {
        // A cache that cannot be written only costs time on the next start.
      }
    },
  };
}
