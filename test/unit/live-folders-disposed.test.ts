// The extension's collection index (src/extension/collectionIndex.ts) against a small stand-in of
// the vscode API: a folder it drops must have its live collection disposed, or that collection goes on
// analysing documents in the background for an index no one reads.
import assert from 'node:assert/strict';
import Module from 'node:module';
import { test } from 'node:test';

class Disposable {
  constructor(private readonly onDispose: () => void = () => undefined) {}
  static from(...disposables: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => disposables.forEach((d) => d.dispose()));
  }
  dispose(): void {
    this.onDispose();
  }
}

class EventEmitter {
  readonly event = (): Disposable => new Disposable();
  fire(): void {}
  dispose(): void {}
}

/** An empty workspace: no seed files are found, and progress runs its task at once. */
const vscode = {
  Disposable,
  EventEmitter,
  ProgressLocation: { Notification: 15, Window: 10 },
  Uri: { joinPath: (uri: { path: string }, ...parts: string[]) => ({ path: [uri.path, ...parts].join('/'), toString: () => [uri.path, ...parts].join('/') }) },
  workspace: {
    findFiles: async () => [],
    getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback }),
    createFileSystemWatcher: () => ({ onDidCreate: () => new Disposable(), onDidChange: () => new Disposable(), onDidDelete: () => new Disposable(), dispose() {} }),
    onDidChangeConfiguration: () => new Disposable(),
    onDidChangeWorkspaceFolders: () => new Disposable(),
  },
  window: {
    withProgress: async (_options: unknown, task: (progress: unknown, token: unknown) => Promise<void>) => task({ report() {} }, { onCancellationRequested: () => new Disposable() }),
    showWarningMessage: async () => undefined,
  },
};

// Resolves `vscode` to the stand-in for the modules loaded below.
const moduleInternals = Module as unknown as { _resolveFilename(request: string, ...rest: unknown[]): string; _cache: Record<string, unknown> };
const resolve = moduleInternals._resolveFilename;
moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest);
};
moduleInternals._cache['vscode'] = { id: 'vscode', filename: 'vscode', loaded: true, exports: vscode };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CollectionIndex } = require('../../src/extension/collectionIndex') as typeof import('../../src/extension/collectionIndex');

test('a folder no longer in the workspace is dropped with its live collection disposed', async () => {
  const corrections = { onDidChange: () => new Disposable(), whenLoaded: async () => undefined };
  const index = new CollectionIndex({ path: '/storage' } as never, 'engine', (async () => undefined) as never, corrections as never);
  let disposed = 0;
  const folders = (index as unknown as { folders: Map<string, unknown> }).folders;
  folders.set('file:///gone', { live: { dispose: () => disposed++ } });
  await index.indexAll();
  assert.equal(folders.size, 0, 'the folder is dropped');
  assert.equal(disposed, 1, 'its live collection is disposed');
  index.dispose();
});
