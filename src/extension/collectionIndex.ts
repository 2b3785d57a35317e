/**
 * The workspace's seed collection, indexed in the background: every seed folder (of every
 * workspace folder) through the corpus indexer, with a cancellable progress notification, a cache
 * by content hash in the extension's storage, and re-indexing of a folder when one of its files
 * is created, changed or deleted. Entities and quotations across documents are looked up here.
 */
import * as vscode from 'vscode';
import type { CollectionSummary } from '../corpus/collection';
import { analyzeBytes, type DocumentWorker, profileBytes } from '../corpus/documentWork';
import { EntityIndex } from '../corpus/entities';
import { indexCollection, type IndexProgress, type SeedSource } from '../corpus/indexer';
import { QuoteIndex } from '../corpus/quotations';
import type { DocumentSummary } from '../corpus/summary';
import type { FactsRecord } from '../core/types';
import { baseName, findSeedFiles, groupByFolder, parentFolder, SEED_GLOB } from './collection';
import { storageFactsCache } from './factsCache';
import { readIndexEntries } from './indexFile';
import { settingsFor } from './workspaceSettings';

export interface IndexedSeed {
  uri: vscode.Uri;
  /** Its facts, with `file` set to the URI string so cross-references name documents unambiguously. */
  record: FactsRecord;
  summary: DocumentSummary;
  /** Taken from the storage cache (same content seen before) rather than analysed. */
  fromCache: boolean;
}

export interface FolderIndex {
  folder: vscode.Uri;
  seeds: IndexedSeed[];
  collection: CollectionSummary;
}

/** Quiet time after the last file event before the folder is indexed again. */
const REINDEX_DELAY_MS = 400;

/** Runs the engine in the extension host, giving the event loop a turn before each document. */
const yieldingWorker: DocumentWorker = {
  profile: async (bytes) => {
    await nextTurn();
    return profileBytes(bytes);
  },
  analyze: async (job) => {
    await nextTurn();
    return analyzeBytes(job);
  },
};

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class CollectionIndex implements vscode.Disposable {
  private readonly folders = new Map<string, FolderIndex>();
  /** Size and time stamp of each file at its last indexing, so unchanged files are not read again. */
  private readonly known = new Map<string, { mtime: number; size: number; contentHash: string }>();
  private readonly dirty = new Set<string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watchers: vscode.Disposable = new vscode.Disposable(() => undefined);
  private reindexTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs one after another, so two indexings of one folder never interleave. */
  private queue: Promise<void> = Promise.resolve();
  private entityIndex = new EntityIndex([]);
  private quoteIndex = new QuoteIndex([]);
  /** Fires after the index changed; hovers and the panel read it again. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly storage: vscode.Uri,
    private readonly engine: string,
  ) {
    this.watch();
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('sourceReview.files')) return;
        this.watch();
        void this.indexAll();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.indexAll()),
    );
  }

  get entities(): EntityIndex {
    return this.entityIndex;
  }

  get quotes(): QuoteIndex {
    return this.quoteIndex;
  }

  /** Every indexed folder, in path order. */
  allFolders(): FolderIndex[] {
    return [...this.folders.values()].sort((a, b) => a.folder.path.localeCompare(b.folder.path));
  }

  /** Resolves once every indexing started so far has finished. */
  whenIdle(): Promise<void> {
    return this.queue;
  }

  /** Indexes every seed folder of the workspace, with a progress notification the user can cancel. */
  indexAll(): Promise<void> {
    return this.enqueue(async () => {
      const groups = groupByFolder(await findSeedFiles());
      for (const key of this.folders.keys()) if (!groups.has(key)) this.folders.delete(key);
      await this.indexGroups([...groups.values()], vscode.ProgressLocation.Notification);
    });
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      void vscode.window.showWarningMessage(`Source Review: indexing failed (${error instanceof Error ? error.message : String(error)}).`);
    });
    return this.queue;
  }

  /** `location`: a notification for whole-workspace runs; the status bar for a file saved or added, which should not interrupt. */
  private async indexGroups(groups: { folder: vscode.Uri; files: vscode.Uri[] }[], location: vscode.ProgressLocation): Promise<void> {
    if (groups.length === 0) return this.rebuildLookups();
    await vscode.window.withProgress(
      { location, title: 'Source Review: indexing the collection', cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const cancellation = token.onCancellationRequested(() => abort.abort(new Error('cancelled')));
        try {
          for (const group of groups) {
            if (abort.signal.aborted) break;
            const report = ({ phase, done, total: count }: IndexProgress) =>
              progress.report({ message: `${vscode.workspace.asRelativePath(group.folder)}: ${phase} ${done} of ${count}` });
            // A folder that fails, or is cancelled, keeps its previous index.
            const indexed = await this.indexFolder(group.folder, group.files, abort.signal, report).catch((error: unknown) => {
              if (!abort.signal.aborted) void vscode.window.showWarningMessage(`Source Review: ${vscode.workspace.asRelativePath(group.folder)} could not be indexed (${error instanceof Error ? error.message : String(error)}).`);
              return undefined;
            });
            if (indexed) this.folders.set(group.folder.toString(), indexed);
          }
        } finally {
          cancellation.dispose();
        }
      },
    );
    this.rebuildLookups();
  }

  private async indexFolder(folder: vscode.Uri, files: readonly vscode.Uri[], signal: AbortSignal, onProgress: (progress: IndexProgress) => void): Promise<FolderIndex> {
    const entries = await readIndexEntries(folder);
    const inputs = new Map((entries.ok ? [...entries.entries] : []).map(([name, entry]) => [name, { published: entry.published, source: entry.source }]));
    const byName = new Map(files.map((uri) => [baseName(uri), uri]));
    const sources = files.map((uri) => this.sourceFor(uri));
    const index = await indexCollection(sources, {
      inputs,
      cache: storageFactsCache(this.storage),
      worker: yieldingWorker,
      engine: this.engine,
      signal,
      onProgress,
      keepRecords: true,
    });
    const seeds: IndexedSeed[] = [];
    for (const document of index.documents) {
      const uri = byName.get(document.file);
      if (!uri || !document.record) continue;
      const stat = this.known.get(uri.toString());
      if (stat) stat.contentHash = document.contentHash;
      seeds.push({ uri, record: { ...document.record, file: uri.toString() }, summary: document.summary, fromCache: document.fromCache });
    }
    return { folder, seeds, collection: index.collection };
  }

  private sourceFor(uri: vscode.Uri): SeedSource {
    const key = uri.toString();
    return {
      file: baseName(uri),
      read: async () => {
        const stat = await vscode.workspace.fs.stat(uri);
        // The hash is filled in once the indexer has computed it (see indexFolder).
        this.known.set(key, { mtime: stat.mtime, size: stat.size, contentHash: '' });
        return vscode.workspace.fs.readFile(uri);
      },
      knownContentHash: async () => {
        const known = this.known.get(key);
        if (!known || known.contentHash === '') return undefined;
        const stat = await vscode.workspace.fs.stat(uri);
        return stat.mtime === known.mtime && stat.size === known.size ? known.contentHash : undefined;
      },
    };
  }

  private rebuildLookups(): void {
    const records = this.allFolders().flatMap((folder) => folder.seeds.map((seed) => seed.record));
    this.entityIndex = new EntityIndex(records);
    this.quoteIndex = new QuoteIndex(records);
    this.changed.fire();
  }

  /** One watcher per seed glob; a file event marks its folder for re-indexing after a quiet time. */
  private watch(): void {
    this.watchers.dispose();
    const globs = [SEED_GLOB, ...settingsFor().files];
    const onEvent = (uri: vscode.Uri) => this.markDirty(parentFolder(uri));
    this.watchers = vscode.Disposable.from(
      ...globs.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(glob);
        return vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
      }),
    );
  }

  private markDirty(folder: vscode.Uri): void {
    this.dirty.add(folder.toString());
    clearTimeout(this.reindexTimer);
    this.reindexTimer = setTimeout(() => void this.reindexDirty(), REINDEX_DELAY_MS);
  }

  private reindexDirty(): Promise<void> {
    return this.enqueue(async () => {
      const dirty = new Set(this.dirty);
      this.dirty.clear();
      const groups = groupByFolder(await findSeedFiles());
      for (const key of dirty) if (!groups.has(key)) this.folders.delete(key);
      await this.indexGroups(
        [...groups.entries()].filter(([key]) => dirty.has(key)).map(([, group]) => group),
        vscode.ProgressLocation.Window,
      );
    });
  }

  dispose(): void {
    clearTimeout(this.reindexTimer);
    this.watchers.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
