/**
 * The workspace's seed collection, indexed in the background: every seed folder (of every
 * workspace folder) as a LiveCollection, with a cancellable progress notification and a cache by
 * content hash in the extension's storage. A file created, changed or deleted updates its folder's
 * collection for that file alone; the documents whose repeated lines it changed are analysed again
 * in the background, and shown once settled. Entities and quotations across documents are looked up here.
 */
import * as vscode from 'vscode';
import type { CollectionSummary } from '../corpus/collection';
import { correctingWorker } from '../corpus/correctionsFile';
import { EntityIndex } from '../corpus/entities';
import { type FolderAccount, foldersToComplete } from '../corpus/indexCoverage';
import type { IndexInputs } from '../corpus/indexFile';
import type { WrittenEntries } from '../corpus/indexUpdate';
import type { CollectionIndex as CorpusIndex, IndexedDocument, IndexProgress, SeedSource } from '../corpus/indexer';
import type { LiveCollection } from '../corpus/liveCollection';
import { QuoteIndex } from '../corpus/quotations';
import type { DocumentSummary } from '../corpus/summary';
import type { FactsRecord } from '../core/types';
import { contentHash } from '../corpus/hash';
import { baseName, findSeedFiles, groupByFolder, isExcluded, parentFolder, SEED_GLOB } from './collection';
import type { CorrectionsStore } from './correctionsStore';
import type { Engine, IndexWorkers, LoadEngine } from './engine';
import { storageFactsCache } from './factsCache';
import { INDEX_FILE, readIndexEntries } from './indexFile';
import { settingsFor } from './workspaceSettings';

export interface IndexedSeed {
  uri: vscode.Uri;
  /** Its facts, with `file` set to the URI string so cross-references name documents unambiguously. */
  record: FactsRecord;
  summary: DocumentSummary;
  /** Taken from the storage cache (same content seen before) rather than analysed. */
  fromCache: boolean;
  /** Of the bytes indexed: an open document with this text has this record. */
  contentHash: string;
}

export interface FolderIndex {
  folder: vscode.Uri;
  seeds: IndexedSeed[];
  collection: CollectionSummary;
}

/** Quiet time after the last file event before the changed files are indexed again (a save storm is one update). */
const UPDATE_DELAY_MS = 100;

/** A seed folder's live collection, with what the features read of it. */
interface LiveFolder {
  live: LiveCollection;
  /** The INDEX.yaml inputs it was made with: when they change, the folder is indexed afresh. */
  inputsKey: string;
  /** The key of the corrections its documents were analysed with (see CorrectionsStore.keyFor). */
  correctionsKey: string;
  /** INDEX.yaml's modification time and size when those inputs were last read (see indexStampOf). */
  indexStamp: string;
  uris: Map<string, vscode.Uri>;
  index: FolderIndex;
  /** Each indexed document's seed, so an update converts only the documents analysed again. */
  seedOf: WeakMap<IndexedDocument, IndexedSeed>;
  seedByUri: Map<string, IndexedSeed>;
  /** Documents a save changed are being analysed in the background: refreshed once they are. */
  settling?: boolean;
}

export class CollectionIndex implements vscode.Disposable {
  private readonly folders = new Map<string, LiveFolder>();
  /** Size and time stamp of each file at its last indexing, so unchanged files are not read again. */
  private readonly known = new Map<string, { mtime: number; size: number; contentHash: string }>();
  /** Files created, changed or deleted since the last update, by URI string. */
  private readonly pending = new Map<string, { uri: vscode.Uri; deleted: boolean }>();
  /**
   * What this window last wrote to each folder's INDEX.yaml, by folder URI string: with it, a title
   * the engine wrote is refreshed after its document changed rather than kept as a reviewer's.
   */
  readonly indexWrites = new Map<string, WrittenEntries>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private watchers: vscode.Disposable = new vscode.Disposable(() => undefined);
  private updateTimer: ReturnType<typeof setTimeout> | undefined;
  /** Runs one after another, so two indexings of one folder never interleave. */
  private queue: Promise<void> = Promise.resolve();
  /** Built when first read; a saved document's entries are then replaced in them (see documentsChanged). */
  private entityIndex: EntityIndex | undefined;
  private quoteIndex: QuoteIndex | undefined;
  /** Loaded on first use, after activation (see engine.ts). */
  private engine: Engine | undefined;
  private engineLoading: Promise<Engine> | undefined;
  private workers: IndexWorkers | undefined;
  /** Fires after the index changed, or the engine is loaded; hovers and the panel read it again. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly storage: vscode.Uri,
    private readonly engineBuild: string,
    private readonly loadEngine: LoadEngine,
    private readonly corrections: CorrectionsStore,
  ) {
    this.watch();
    this.subscriptions.push(
      this.changed,
      corrections.onDidChange(() => void this.correctionsChanged()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('sourceReview.files')) return;
        this.watch();
        void this.indexAll();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.indexAll()),
    );
  }

  get entities(): EntityIndex {
    this.entityIndex ??= new EntityIndex(this.records());
    return this.entityIndex;
  }

  get quotes(): QuoteIndex {
    this.quoteIndex ??= new QuoteIndex(this.records());
    return this.quoteIndex;
  }

  /**
   * A document's facts as the index makes them, the one way every feature gets them: the indexed
   * record when `text` is the text indexed, else `text` analysed with what the index gives the
   * engine for it (INDEX.yaml's date, its source's repeated lines), so an unsaved edit shows the
   * facts the index will have once it is saved. `file` is the name the record carries. Undefined
   * until the engine is loaded: onDidChange fires when it is.
   */
  factsFor(uri: vscode.Uri, text: string, file: string): FactsRecord | undefined {
    const { engine } = this;
    if (!engine) {
      void this.loadedEngine();
      return undefined;
    }
    const state = this.folders.get(parentFolder(uri).toString());
    const seed = state?.correctionsKey === this.corrections.keyFor(uri) ? state.seedByUri.get(uri.toString()) : undefined;
    if (seed && seed.contentHash === contentHash(new TextEncoder().encode(text))) return { ...seed.record, file };
    const inputs = state?.live.analysisInputsFor(baseName(uri), text);
    return engine.analyze(text, {
      file,
      published: inputs?.published ?? null,
      repeatedLines: inputs && inputs.repeatedLines.length > 0 ? new Set(inputs.repeatedLines) : undefined,
      corrections: this.corrections.correctionsFor(uri),
    });
  }

  /** Loads the engine once; a timer's turn first, so loading never counts in activation. */
  private loadedEngine(): Promise<Engine> {
    this.engineLoading ??= new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => this.loadEngine())
      .then((engine) => {
        this.engine = engine;
        this.changed.fire();
        return engine;
      });
    return this.engineLoading;
  }

  /** Forgets a folder's index; its live collection stops analysing in the background for an index no one reads. */
  private dropFolder(key: string): void {
    this.folders.get(key)?.live.dispose();
    this.folders.delete(key);
  }

  /** The folder's index, if it is indexed. */
  folderIndex(folder: vscode.Uri): FolderIndex | undefined {
    return this.folders.get(folder.toString())?.index;
  }

  /** Every indexed folder, in path order. */
  allFolders(): FolderIndex[] {
    return [...this.folders.values()].map((folder) => folder.index).sort((a, b) => a.folder.path.localeCompare(b.folder.path));
  }

  /** Resolves once every indexing started so far has finished, background analyses after saves included. */
  whenIdle(): Promise<void> {
    return this.enqueue(() => this.settleAll());
  }

  /** Indexes every seed folder of the workspace, with a progress notification the user can cancel. */
  indexAll(): Promise<void> {
    return this.enqueue(async () => {
      // The cache is keyed by the corrections: indexing before they are read would analyse twice.
      await this.corrections.whenLoaded();
      const groups = groupByFolder(await findSeedFiles());
      for (const key of this.folders.keys()) if (!groups.has(key)) this.dropFolder(key);
      await this.indexGroups([...groups.values()], vscode.ProgressLocation.Notification);
    });
  }

  /**
   * Resolves once the index is up to date with the folders' INDEX.yaml files too (no watcher sees
   * them change): a folder whose inputs changed is indexed again, unchanged documents from the cache.
   */
  upToDate(): Promise<void> {
    return this.enqueue(() => this.indexChangedInputs());
  }

  /**
   * Resolves once the index accounts for every seed file of the workspace (indexed, or failed with
   * a reason), with the INDEX.yaml inputs and corrections of now: file events still waiting are
   * applied, and a folder the background index has not finished (its first run not done, cancelled
   * or failed; a file created since) is indexed now, with a progress notification. Write INDEX and
   * Summarize Collection read the index only after this. Returns the folders that still miss files
   * (their indexing was cancelled or failed): nothing may be written for them.
   */
  async complete(): Promise<vscode.Uri[]> {
    let incomplete: vscode.Uri[] | undefined;
    await this.enqueue(async () => {
      await this.corrections.whenLoaded();
      await this.applyPending();
      await this.settleAll();
      await this.reindexCorrected();
      await this.indexChangedInputs();
      const groups = groupByFolder(await findSeedFiles());
      for (const key of this.folders.keys()) if (!groups.has(key)) this.dropFolder(key);
      const listings = [...groups.entries()].map(([folder, group]) => ({ folder, files: group.files.map(baseName) }));
      const missing = foldersToComplete(listings, (folder) => this.accountOf(folder));
      if (missing.length > 0) await this.indexGroups(missing.flatMap((folder) => groups.get(folder) ?? []), vscode.ProgressLocation.Notification);
      incomplete = foldersToComplete(listings, (folder) => this.accountOf(folder)).flatMap((folder) => groups.get(folder)?.folder ?? []);
    });
    if (!incomplete) throw new Error('the index could not be brought up to date');
    return incomplete;
  }

  /** The files the folder's index holds, by name. */
  private accountOf(folder: string): FolderAccount | undefined {
    const state = this.folders.get(folder);
    return state && { indexed: state.index.seeds.map((seed) => baseName(seed.uri)), failed: state.index.collection.errors.map((error) => error.file) };
  }

  private async indexChangedInputs(): Promise<void> {
    const changed: vscode.Uri[] = [];
    for (const state of this.folders.values()) if (!(await this.sameInputs(state, state.index.folder))) changed.push(state.index.folder);
    if (changed.length === 0) return;
    const groups = groupByFolder(await findSeedFiles());
    await this.indexGroups(changed.flatMap((folder) => groups.get(folder.toString()) ?? []), vscode.ProgressLocation.Window);
  }

  /**
   * Indexes again the folders whose corrections changed: a folder indexed with other corrections is
   * found in the cache under their key, or analysed again.
   */
  private correctionsChanged(): Promise<void> {
    return this.enqueue(() => this.reindexCorrected());
  }

  private async reindexCorrected(): Promise<void> {
    const changed = [...this.folders.values()].filter((state) => state.correctionsKey !== this.corrections.keyFor(correctionsSample(state))).map((state) => state.index.folder.toString());
    if (changed.length === 0) return;
    const groups = groupByFolder(await findSeedFiles());
    await this.indexGroups(changed.flatMap((folder) => groups.get(folder) ?? []), vscode.ProgressLocation.Window);
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work).catch((error: unknown) => {
      void vscode.window.showWarningMessage(`Source Review: indexing failed (${error instanceof Error ? error.message : String(error)}).`);
    });
    return this.queue;
  }

  /** `location`: a notification for whole-workspace runs; the status bar for a folder found by a file event. */
  private async indexGroups(groups: { folder: vscode.Uri; files: vscode.Uri[] }[], location: vscode.ProgressLocation): Promise<void> {
    if (groups.length === 0) return this.lookupsChanged();
    await vscode.window.withProgress(
      { location, title: 'Source Review', cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const cancellation = token.onCancellationRequested(() => abort.abort(new Error('cancelled')));
        try {
          for (const group of groups) {
            if (abort.signal.aborted) break;
            const report = ({ phase, done, total: count }: IndexProgress) =>
              progress.report({ message: `${phase === 'profiling' ? 'Reading' : 'Indexing'} ${done} of ${count} (${vscode.workspace.asRelativePath(group.folder)})` });
            // A folder that fails, or is cancelled, keeps its previous index.
            const indexed = await this.indexFolder(group.folder, group.files, abort.signal, report).catch((error: unknown) => {
              if (!abort.signal.aborted) void vscode.window.showWarningMessage(`Source Review: ${vscode.workspace.asRelativePath(group.folder)} could not be indexed (${error instanceof Error ? error.message : String(error)}).`);
              return undefined;
            });
            if (indexed) {
              this.folders.get(group.folder.toString())?.live.dispose();
              this.folders.set(group.folder.toString(), indexed);
            }
          }
        } finally {
          cancellation.dispose();
        }
      },
    );
    this.lookupsChanged();
  }

  private async indexFolder(folder: vscode.Uri, files: readonly vscode.Uri[], signal: AbortSignal, onProgress: (progress: IndexProgress) => void): Promise<LiveFolder> {
    const indexStamp = await indexStampOf(folder);
    const inputs = await this.inputsOf(folder);
    const sample = files[0] ?? folder;
    const correctionsKey = this.corrections.keyFor(sample);
    // Taken now, with the key: the live collection analyses later saves with them too, and caches
    // them under this key; corrections changed since make correctionsChanged index the folder again.
    const corrections = this.corrections.correctionsFor(sample);
    // The live collection keeps its options: progress and cancellation belong to this first run only.
    let creating = true;
    const engine = await this.loadedEngine();
    this.workers ??= engine.startWorkers();
    const live = await engine.LiveCollection.create(files.map((uri) => this.sourceFor(uri)), {
      inputs,
      cache: storageFactsCache(this.storage),
      // Every file of a folder has the same corrections files above it: the folder's key names its cache entries.
      worker: correctingWorker(this.workers.worker, () => corrections),
      concurrency: this.workers.concurrency,
      engine: `${this.engineBuild}${correctionsKey}`,
      signal,
      onProgress: (progress) => creating && onProgress(progress),
      keepRecords: true,
    });
    creating = false;
    const uris = new Map(files.map((uri) => [baseName(uri), uri]));
    const index = live.index();
    const state: LiveFolder = { live, inputsKey: inputsKey(inputs), correctionsKey, indexStamp, uris, seedOf: new WeakMap(), seedByUri: new Map(), index: { folder, seeds: [], collection: index.collection } };
    this.refresh(state, index);
    return state;
  }

  /** The folder's INDEX.yaml inputs: publication date and source per file (none when it is malformed). */
  private async inputsOf(folder: vscode.Uri): Promise<IndexInputs> {
    const entries = await readIndexEntries(folder);
    return new Map((entries.ok ? [...entries.entries] : []).map(([name, entry]) => [name, { published: entry.published, source: entry.source }]));
  }

  /**
   * The folder's seeds and collection facts from its live index, converting only documents not seen
   * before; returns the seeds that changed and the URIs of those gone.
   */
  private refresh(state: LiveFolder, index: CorpusIndex): { changed: IndexedSeed[]; gone: string[] } {
    const seeds: IndexedSeed[] = [];
    const changed: IndexedSeed[] = [];
    for (const document of index.documents) {
      let seed = state.seedOf.get(document);
      if (!seed) {
        const uri = state.uris.get(document.file);
        if (!uri || !document.record) continue;
        const stat = this.known.get(uri.toString());
        if (stat) stat.contentHash = document.contentHash;
        seed = { uri, record: { ...document.record, file: uri.toString() }, summary: document.summary, fromCache: document.fromCache, contentHash: document.contentHash };
        state.seedOf.set(document, seed);
        changed.push(seed);
      }
      seeds.push(seed);
    }
    const now = new Set(seeds.map((seed) => seed.uri.toString()));
    const gone = state.index.seeds.map((seed) => seed.uri.toString()).filter((uri) => !now.has(uri));
    state.index = { folder: state.index.folder, seeds, collection: index.collection };
    state.seedByUri = new Map(seeds.map((seed) => [seed.uri.toString(), seed]));
    return { changed, gone };
  }

  private sourceFor(uri: vscode.Uri): SeedSource {
    const key = uri.toString();
    return {
      file: baseName(uri),
      read: async () => vscode.workspace.fs.readFile(uri),
      // Asked before every read: a file not known, or changed, gets its new size and time stamp, and
      // its hash once the indexer has computed it (see refresh).
      knownContentHash: async () => {
        const stat = await vscode.workspace.fs.stat(uri);
        const known = this.known.get(key);
        if (known && known.contentHash !== '' && stat.mtime === known.mtime && stat.size === known.size) return known.contentHash;
        this.known.set(key, { mtime: stat.mtime, size: stat.size, contentHash: '' });
        return undefined;
      },
      // Threads that read files themselves are given the path: the extension host never holds the bytes.
      path: this.workers?.readsFiles && uri.scheme === 'file' ? uri.fsPath : undefined,
    };
  }

  private records(): FactsRecord[] {
    return this.allFolders().flatMap((folder) => folder.seeds.map((seed) => seed.record));
  }

  private lookupsChanged(): void {
    this.entityIndex = undefined;
    this.quoteIndex = undefined;
    this.changed.fire();
  }

  /**
   * Replaces the changed documents' entries in the lookups, if built. A document new to the index
   * has no place in their order yet: they are built again, in path order, when next read.
   */
  private documentsChanged(changed: readonly IndexedSeed[], gone: readonly string[], known: ReadonlySet<string>): void {
    if (changed.some((seed) => !known.has(seed.uri.toString()))) return this.lookupsChanged();
    for (const lookup of [this.entityIndex, this.quoteIndex]) {
      for (const seed of changed) lookup?.replace(seed.uri.toString(), seed.record);
      for (const uri of gone) lookup?.replace(uri, undefined);
    }
    this.changed.fire();
  }

  /** One watcher per seed glob; a file event queues that file for an update after a quiet time. */
  private watch(): void {
    this.watchers.dispose();
    const globs = [SEED_GLOB, ...settingsFor().files];
    const onEvent = (deleted: boolean) => (uri: vscode.Uri) => this.queueFile(uri, deleted);
    this.watchers = vscode.Disposable.from(
      ...globs.map((glob) => {
        const watcher = vscode.workspace.createFileSystemWatcher(glob);
        return vscode.Disposable.from(watcher, watcher.onDidCreate(onEvent(false)), watcher.onDidChange(onEvent(false)), watcher.onDidDelete(onEvent(true)));
      }),
    );
  }

  /** A rename arrives as a delete and a create: both are queued, in that order. */
  private queueFile(uri: vscode.Uri, deleted: boolean): void {
    if (isExcluded(uri)) return;
    this.pending.delete(uri.toString());
    this.pending.set(uri.toString(), { uri, deleted });
    clearTimeout(this.updateTimer);
    this.updateTimer = setTimeout(() => void this.updatePending(), UPDATE_DELAY_MS);
  }

  private updatePending(): Promise<void> {
    return this.enqueue(() => this.applyPending());
  }

  /** Applies the file events received so far (complete() does not wait for their quiet time). */
  private async applyPending(): Promise<void> {
    clearTimeout(this.updateTimer);
    const changes = [...this.pending.values()];
    if (changes.length === 0) return;
    this.pending.clear();
    const byFolder = new Map<string, { folder: vscode.Uri; changes: typeof changes }>();
    for (const change of changes) {
      const folder = parentFolder(change.uri);
      const entry = byFolder.get(folder.toString()) ?? { folder, changes: [] };
      entry.changes.push(change);
      byFolder.set(folder.toString(), entry);
    }
    const unknown: vscode.Uri[] = [];
    for (const [key, { folder, changes: inFolder }] of byFolder) {
      const state = this.folders.get(key);
      if (state && (await this.sameInputs(state, folder))) await this.updateFolder(key, state, inFolder);
      else if (inFolder.some((change) => !change.deleted) || state) unknown.push(folder);
    }
    if (unknown.length === 0) return;
    // A new folder, or one whose INDEX.yaml inputs changed: indexed afresh (from the cache).
    const groups = groupByFolder(await findSeedFiles());
    for (const folder of unknown) if (!groups.has(folder.toString())) this.dropFolder(folder.toString());
    await this.indexGroups(unknown.flatMap((folder) => groups.get(folder.toString()) ?? []), vscode.ProgressLocation.Window);
  }

  /** Whether INDEX.yaml still gives the inputs the folder was indexed with; parsed only when it changed on disk. */
  private async sameInputs(state: LiveFolder, folder: vscode.Uri): Promise<boolean> {
    const stamp = await indexStampOf(folder);
    if (stamp === state.indexStamp) return true;
    if (inputsKey(await this.inputsOf(folder)) !== state.inputsKey) return false;
    state.indexStamp = stamp;
    return true;
  }

  private async updateFolder(key: string, state: LiveFolder, changes: readonly { uri: vscode.Uri; deleted: boolean }[]): Promise<void> {
    const known = new Set(state.index.seeds.map((seed) => seed.uri.toString()));
    for (const { uri, deleted } of changes) {
      const name = baseName(uri);
      if (deleted) {
        if (!state.uris.delete(name)) continue;
        this.known.delete(uri.toString());
        await state.live.remove(name);
      } else {
        state.uris.set(name, uri);
        await state.live.update(this.sourceFor(uri));
      }
    }
    const { changed, gone } = this.refresh(state, state.live.index());
    if (state.uris.size === 0) this.dropFolder(key);
    this.documentsChanged(changed, gone, known);
    state.settling ||= !state.live.isSettled;
    if (state.settling) void state.live.settled().then(() => this.enqueue(async () => this.showSettled(key, state)));
  }

  /** The documents analysed again in the background since the folder's last refresh, in its seeds and lookups. */
  private showSettled(key: string, state: LiveFolder): void {
    // Still settling after a later save: that save's turn shows them.
    if (this.folders.get(key) !== state || !state.settling || !state.live.isSettled) return;
    state.settling = false;
    const known = new Set(state.index.seeds.map((seed) => seed.uri.toString()));
    const { changed, gone } = this.refresh(state, state.live.index());
    if (changed.length > 0 || gone.length > 0) this.documentsChanged(changed, gone, known);
  }

  /** Waits for every folder's background analyses, and shows them. */
  private async settleAll(): Promise<void> {
    for (const [key, state] of this.folders) {
      await state.live.settled();
      this.showSettled(key, state);
    }
  }

  dispose(): void {
    for (const state of this.folders.values()) state.live.dispose();
    void this.workers?.close();
    clearTimeout(this.updateTimer);
    this.watchers.dispose();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

/** INDEX.yaml's modification time and size, or 'none': a cheap test of whether it changed. */
async function indexStampOf(folder: vscode.Uri): Promise<string> {
  try {
    const { mtime, size } = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, INDEX_FILE));
    return `${mtime}:${size}`;
  } catch {
    return 'none';
  }
}

/** Inputs as a string, to tell whether INDEX.yaml changed what the engine is given. */
function inputsKey(inputs: IndexInputs): string {
  return JSON.stringify([...inputs].sort(([a], [b]) => a.localeCompare(b)));
}

/** A file of the folder: the corrections files that apply are those above its files (see CorrectionsStore). */
function correctionsSample(state: LiveFolder): vscode.Uri {
  return state.uris.values().next().value ?? state.index.folder;
}
