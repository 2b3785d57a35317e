/**
 * The CLI's facts cache, in `$XDG_CACHE_HOME/source-review/<folder key>/` (`~/.cache/…` by
 * default), never inside the seed folder, which may be read-only or shared:
 * - `entries.jsonl`, one line per content hash (`hash<TAB>json`): profiles and summaries, not
 *   whole facts records (10 KB each, 100 MB for 10,000 documents); the CLI needs only summaries.
 *   Lines are parsed when asked for, so a run holds 10,000 strings rather than their objects.
 * - `journal.jsonl`, entries made since `entries.jsonl` was written, appended: a run that analysed
 *   one changed file writes one line, not the 20 MB of the whole set. The two are merged into a
 *   new `entries.jsonl` once the journal or the entries no run uses grow past a share of the set.
 * - `files.json`: file fingerprints (size and time stamp, as git's index keeps them) give a file's
 *   content hash without reading it: a warm run of 10,000 files reads a few files, not 10,001.
 * - `state.json`: the state of the last INDEX.yaml write lets a run skip parsing and regenerating it.
 * Every whole file is written to a temporary file and renamed; a torn journal line is skipped.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { type FileHandle, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IndexInputs } from '../corpus/indexFile';
import type { CachedDocument, FactsCache } from '../corpus/indexer';
import type { WrittenEntries, WrittenEntry } from '../corpus/indexUpdate';
import { writeFileAtomic } from './atomicFile';
import { removeStaleTemporaries } from './staleTemporaries';

/**
 * What the last run wrote: with it, a run that finds INDEX.yaml as it left it needs neither parse
 * it (its inputs are here) nor, when the facts did not change either, regenerate it. Parsing and
 * printing a 10,000-entry INDEX.yaml through the yaml Document API takes seconds.
 */
export interface IndexState {
  /** Hash of INDEX.yaml as written. */
  indexHash: string;
  /** Hash of the summaries and collection facts it was written from. */
  resultHash: string;
  inputs: IndexInputs;
  /** Its entries' texts and facts, so the next write copies unchanged entries without parsing them. */
  written: WrittenEntries;
}

interface Fingerprint {
  size: number;
  mtimeMs: number;
  contentHash: string;
}

/** An entry as stored: hash lists as base64 of their 32-bit values (a third of the JSON, far fewer heap objects). */
type StoredDocument = Omit<CachedDocument, 'profile'> & { profile: Omit<CachedDocument['profile'], 'lineHashes' | 'signature'> & { lineHashes: string; signature: string } };

interface StoredState extends Omit<IndexState, 'inputs' | 'written'> {
  inputs: [string, { published: string | null; source: string | null }][];
  written: [string, WrittenEntry][];
}

/** Changes to a file's layout change the folder: an old cache is simply not found. */
const LAYOUT = 'v3';
const ENTRIES_FILE = 'entries.jsonl';
const JOURNAL_FILE = 'journal.jsonl';
const FILES_FILE = 'files.json';
const STATE_FILE = 'state.json';
const WRITE_BATCH = 1 << 20;
/** The journal is merged in once it, or the entries this run did not use, pass this share of the entries used. */
const REWRITE_SHARE = 0.25;
/** ... or this many lines, whichever is more: a small folder merges rarely. */
const REWRITE_MINIMUM = 64;

function encodeHashes(hashes: readonly number[]): string {
  return Buffer.from(Uint32Array.from(hashes).buffer).toString('base64');
}

function decodeHashes(encoded: string): number[] {
  // A copy: Buffer.from may hand out a slice of its pool at an offset Uint32Array cannot start at.
  return Array.from(new Uint32Array(new Uint8Array(Buffer.from(encoded, 'base64')).buffer));
}

/**
 * The cache options of the commands that read the cache (`index`, `export`): `--cache <folder>` and
 * `--no-cache`, taken out of the arguments. `cacheFolderOf` then gives the folder to use, or null for none.
 */
export function takeCacheOptions(args: readonly string[]): { rest: string[]; cacheFolderOf: (seedFolder: string) => string | null } | string {
  const rest: string[] = [];
  let chosen: string | null | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--cache') {
      chosen = args[++i];
      if (!chosen) return '--cache needs a folder';
    } else if (arg === '--no-cache') chosen = null;
    else rest.push(arg);
  }
  return { rest, cacheFolderOf: (seedFolder) => (chosen === undefined ? defaultCacheFolder(seedFolder) : chosen) };
}

function defaultCacheFolder(seedFolder: string): string {
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  const key = createHash('sha256').update(resolve(seedFolder)).digest('hex').slice(0, 16);
  return join(base, 'source-review', key);
}

export class DiskCache implements FactsCache {
  /**
   * Stored entries as their JSON's UTF-8 bytes, by content hash: base file and journal, the journal's
   * last. Views into the files' bytes, decoded when asked for: read as one string, a 15 MB entries file
   * with one accented name became a 30 MB two-byte string that every entry's slice kept alive all run.
   */
  private readonly stored = new Map<string, Buffer>();
  private readonly usedEntries = new Set<string>();
  /** Entries made this run, to append. */
  private readonly madeEntries: EntrySpool;
  private readonly seenFiles = new Map<string, Fingerprint>();
  private journalLines = 0;
  private hasBase = false;
  private stateAtOpen: IndexState | undefined;
  private filesChanged = false;
  state: IndexState | undefined;

  private constructor(
    private readonly folder: string,
    private readonly files: Map<string, Fingerprint>,
  ) {
    this.madeEntries = new EntrySpool(join(folder, `made.${process.pid}.tmp`));
  }

  /** Missing, unreadable or foreign files are an empty cache. */
  static async open(root: string): Promise<DiskCache> {
    const folder = join(root, LAYOUT);
    await removeStaleTemporaries(folder);
    const [entries, journal, files, state] = await Promise.all([ENTRIES_FILE, JOURNAL_FILE, FILES_FILE, STATE_FILE].map((name) => readFile(join(folder, name)).catch(() => undefined)));
    const cache = new DiskCache(folder, new Map(parseOr<[string, Fingerprint][]>(files?.toString('utf8'), [])));
    cache.hasBase = entries !== undefined;
    cache.readLines(entries);
    cache.journalLines = cache.readLines(journal);
    const stored = parseOr<StoredState | undefined>(state?.toString('utf8'), undefined);
    if (stored) cache.state = cache.stateAtOpen = { ...stored, inputs: new Map(stored.inputs), written: new Map(stored.written) };
    return cache;
  }

  async get(contentHash: string): Promise<CachedDocument | undefined> {
    const text = this.madeEntries.get(contentHash) ?? this.stored.get(contentHash)?.toString('utf8');
    const stored = parseOr<StoredDocument | undefined>(text, undefined);
    if (!stored) return undefined;
    this.usedEntries.add(contentHash);
    const { lineHashes, signature } = stored.profile;
    return { ...stored, profile: { ...stored.profile, lineHashes: decodeHashes(lineHashes), signature: decodeHashes(signature) } };
  }

  async set(contentHash: string, entry: CachedDocument): Promise<void> {
    const { record: _record, ...analysis } = entry.analysis ?? {};
    const { lineHashes, signature } = entry.profile;
    const profile = { ...entry.profile, lineHashes: encodeHashes(lineHashes), signature: encodeHashes(signature) };
    const stored: StoredDocument = { ...entry, profile, analysis: entry.analysis ? (analysis as NonNullable<CachedDocument['analysis']>) : undefined };
    this.madeEntries.add(contentHash, JSON.stringify(stored));
    this.usedEntries.add(contentHash);
  }

  /** The content hash of a file whose size and time stamp are those seen when it was last hashed. */
  knownContentHash(file: string, size: number, mtimeMs: number): string | undefined {
    const known = this.files.get(file);
    return known && known.size === size && known.mtimeMs === mtimeMs ? known.contentHash : undefined;
  }

  rememberFile(file: string, size: number, mtimeMs: number, contentHash: string): void {
    this.seenFiles.set(file, { size, mtimeMs, contentHash });
    const known = this.files.get(file);
    if (known?.contentHash !== contentHash || known.size !== size || known.mtimeMs !== mtimeMs) this.filesChanged = true;
  }

  /**
   * Writes what changed: new entries appended to the journal (or every entry used merged into a new
   * entries file), fingerprints and state when they differ. A cache that cannot be written only
   * costs time on the next run.
   */
  async save(): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
      this.madeEntries.finish();
      const unused = [...this.stored.keys()].filter((hash) => !this.usedEntries.has(hash)).length;
      const limit = Math.max(REWRITE_MINIMUM, this.usedEntries.size * REWRITE_SHARE);
      if (!this.hasBase || unused > limit || this.journalLines + this.madeEntries.count > limit) await this.writeEntries();
      else if (this.madeEntries.count > 0) await appendTo(join(this.folder, JOURNAL_FILE), (file) => this.madeEntries.copyTo(file));
      if (this.filesChanged || this.seenFiles.size !== this.files.size) await this.replace(FILES_FILE, JSON.stringify([...this.seenFiles]));
      if (this.state !== this.stateAtOpen) {
        const state = this.state && { ...this.state, inputs: [...this.state.inputs], written: [...this.state.written] };
        await this.replace(STATE_FILE, JSON.stringify(state ?? null));
      }
    } catch {
      // Nothing to undo: every whole file is replaced by a rename, and the next run reads what is there.
    } finally {
      this.madeEntries.discard();
    }
  }

  /** Forgets the entries made this run, for a run that stops without saving. */
  discard(): void {
    this.madeEntries.discard();
  }

  /** Adds the file's `hash<TAB>json` lines to the stored entries; returns how many there were. */
  private readLines(bytes: Buffer | undefined): number {
    let count = 0;
    for (const [hash, json] of entryLines(bytes)) {
      this.stored.set(hash, json);
      count++;
    }
    return count;
  }

  /** Every entry this run used, in one new entries file; the journal is then merged in and goes. */
  private async writeEntries(): Promise<void> {
    const storedOnly = [...this.usedEntries].filter((hash) => !this.madeEntries.has(hash));
    await writeFileAtomic(join(this.folder, ENTRIES_FILE), async (file) => {
      await writeLines(file, storedOnly, (hash) => this.stored.get(hash));
      await this.madeEntries.copyTo(file);
    });
    await unlink(join(this.folder, JOURNAL_FILE)).catch(() => undefined);
  }

  private async replace(name: string, text: string): Promise<void> {
    await writeFileAtomic(join(this.folder, name), text);
  }
}

async function appendTo(path: string, write: (file: FileHandle) => Promise<void>): Promise<void> {
  const file = await open(path, 'a');
  try {
    await write(file);
  } finally {
    await file.close();
  }
}

/**
 * The entries a run makes, written to a file of this process as they are made instead of kept:
 * those of 10,000 new documents are 17 MB of JSON the heap would otherwise carry to the end of
 * the run. Read back for a document whose content comes again. A spool that cannot be written
 * drops its entries: the cache only costs the next run its time.
 */
class EntrySpool {
  private fd: number | undefined;
  private bytesWritten = 0;
  private failed = false;
  /** Hash -> where its JSON stands in the file; a hash made again points to its last line. */
  private readonly lines = new Map<string, { at: number; length: number }>();

  constructor(private readonly path: string) {}

  add(hash: string, json: string): void {
    if (this.failed) return;
    const bytes = Buffer.from(`${hash}\t${json}\n`);
    try {
      if (this.fd === undefined) {
        mkdirSync(join(this.path, '..'), { recursive: true });
        this.fd = openSync(this.path, 'w+');
      }
      writeSync(this.fd, bytes, 0, bytes.length, this.bytesWritten);
    } catch {
      this.failed = true;
      this.lines.clear();
      return;
    }
    const at = this.bytesWritten + Buffer.byteLength(hash) + 1;
    this.lines.set(hash, { at, length: bytes.length - (at - this.bytesWritten) - 1 });
    this.bytesWritten += bytes.length;
  }

  /** Entries made (a hash made twice counts once). */
  get count(): number {
    return this.lines.size;
  }

  has(hash: string): boolean {
    return this.lines.has(hash);
  }

  get(hash: string): string | undefined {
    const line = this.lines.get(hash);
    if (!line || this.fd === undefined) return undefined;
    const buffer = Buffer.alloc(line.length);
    readSync(this.fd, buffer, 0, line.length, line.at);
    return buffer.toString('utf8');
  }

  /** Its lines, appended to `file` a megabyte at a time. */
  async copyTo(file: FileHandle): Promise<void> {
    if (this.fd === undefined) return;
    const chunk = Buffer.alloc(WRITE_BATCH);
    for (let at = 0; at < this.bytesWritten; ) {
      const read = readSync(this.fd, chunk, 0, Math.min(chunk.length, this.bytesWritten - at), at);
      await file.write(chunk.subarray(0, read));
      at += read;
    }
  }

  /** No more entries come: a failed spool is dropped here, so that a half-written one is never copied. */
  finish(): void {
    if (this.failed) this.discard();
  }

  discard(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
      try {
        unlinkSync(this.path);
      } catch {
        // Already gone.
      }
    }
    this.lines.clear();
  }
}

/** Writes the lines in batches: one buffer of them all would be tens of megabytes. */
async function writeLines(file: FileHandle, hashes: Iterable<string>, bytesOf: (hash: string) => Buffer | undefined): Promise<void> {
  let batch: Buffer[] = [];
  let size = 0;
  for (const hash of hashes) {
    const json = bytesOf(hash);
    if (json === undefined) continue;
    batch.push(Buffer.from(`${hash}\t`), json, NEWLINE);
    size += json.length;
    if (size < WRITE_BATCH) continue;
    await file.writev(batch);
    batch = [];
    size = 0;
  }
  if (batch.length > 0) await file.writev(batch);
}

const NEWLINE = Buffer.from('\n');
const LINE_FEED = 0x0a;
const TAB = 0x09;

/**
 * The `hash<TAB>json` lines of an entries or journal file, each json as a view of the file's bytes
 * (no copy); a line without a tab after a non-empty hash (a torn write) is skipped.
 */
export function* entryLines(bytes: Buffer | undefined): Generator<[string, Buffer]> {
  if (!bytes) return;
  for (let start = 0; start < bytes.length; ) {
    const found = bytes.indexOf(LINE_FEED, start);
    const end = found < 0 ? bytes.length : found;
    const tab = bytes.subarray(start, end).indexOf(TAB);
    if (tab > 0) yield [bytes.toString('utf8', start, start + tab), bytes.subarray(start + tab + 1, end)];
    start = end + 1;
  }
}

function parseOr<T>(text: string | undefined, fallback: T): T {
  if (text === undefined) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/**
 * What the last clean run printed, under a key of everything it depended on (the engine bundle,
 * INDEX.yaml and every seed file, by size and time stamp). A run that finds the same key has
 * nothing to do: it prints this without opening the pack, which is most of a warm run's time.
 */
export interface LastRun {
  key: string;
  /** The report's lines after its first (which carries the run's time). */
  report: string;
  documents: number;
}

const LAST_RUN_FILE = 'last-run.json';

export async function readLastRun(folder: string): Promise<LastRun | undefined> {
  try {
    return JSON.parse(await readFile(join(folder, LAST_RUN_FILE), 'utf8')) as LastRun;
  } catch {
    return undefined;
  }
}

/** Written after the pack; a failed write only costs the next run its shortcut. */
export async function writeLastRun(folder: string, lastRun: LastRun | undefined): Promise<void> {
  const path = join(folder, LAST_RUN_FILE);
  if (!lastRun) {
    await unlink(path).catch(() => undefined);
    return;
  }
  try {
    await mkdir(folder, { recursive: true });
    await writeFileAtomic(path, JSON.stringify(lastRun));
  } catch {
    // A failed write only costs the next run its shortcut.
  }
}
