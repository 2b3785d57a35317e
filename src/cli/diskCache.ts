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
import { appendFile, type FileHandle, mkdir, readFile, unlink } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IndexInputs } from '../corpus/indexFile';
import type { CachedDocument, FactsCache } from '../corpus/indexer';
import type { WrittenEntries } from '../corpus/indexUpdate';
import { writeFileAtomic } from './atomicFile';

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
  written: [string, { file: string; facts: string }][];
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

export function defaultCacheFolder(seedFolder: string): string {
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  const key = createHash('sha256').update(resolve(seedFolder)).digest('hex').slice(0, 16);
  return join(base, 'source-review', key);
}

export class DiskCache implements FactsCache {
  /** Stored entries as their JSON text, by content hash: base file and journal, the journal's last. */
  private readonly stored = new Map<string, string>();
  private readonly usedEntries = new Set<string>();
  /** Entries made this run, as JSON text, to append. */
  private readonly madeEntries = new Map<string, string>();
  private readonly seenFiles = new Map<string, Fingerprint>();
  private journalLines = 0;
  private hasBase = false;
  private stateAtOpen: IndexState | undefined;
  private filesChanged = false;
  state: IndexState | undefined;

  private constructor(
    private readonly folder: string,
    private readonly files: Map<string, Fingerprint>,
  ) {}

  /** Missing, unreadable or foreign files are an empty cache. */
  static async open(root: string): Promise<DiskCache> {
    const folder = join(root, LAYOUT);
    const [entries, journal, files, state] = await Promise.all([ENTRIES_FILE, JOURNAL_FILE, FILES_FILE, STATE_FILE].map((name) => readFile(join(folder, name), 'utf8').catch(() => undefined)));
    const cache = new DiskCache(folder, new Map(parseOr<[string, Fingerprint][]>(files, [])));
    cache.hasBase = entries !== undefined;
    cache.readLines(entries);
    cache.journalLines = cache.readLines(journal);
    const stored = parseOr<StoredState | undefined>(state, undefined);
    if (stored) cache.state = cache.stateAtOpen = { ...stored, inputs: new Map(stored.inputs), written: new Map(stored.written) };
    return cache;
  }

  async get(contentHash: string): Promise<CachedDocument | undefined> {
    const text = this.madeEntries.get(contentHash) ?? this.stored.get(contentHash);
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
    this.madeEntries.set(contentHash, JSON.stringify(stored));
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
      const unused = [...this.stored.keys()].filter((hash) => !this.usedEntries.has(hash)).length;
      const limit = Math.max(REWRITE_MINIMUM, this.usedEntries.size * REWRITE_SHARE);
      if (!this.hasBase || unused > limit || this.journalLines + this.madeEntries.size > limit) await this.writeEntries();
      else if (this.madeEntries.size > 0) await appendFile(join(this.folder, JOURNAL_FILE), entryLines(this.madeEntries));
      if (this.filesChanged || this.seenFiles.size !== this.files.size) await this.replace(FILES_FILE, JSON.stringify([...this.seenFiles]));
      if (this.state !== this.stateAtOpen) {
        const state = this.state && { ...this.state, inputs: [...this.state.inputs], written: [...this.state.written] };
        await this.replace(STATE_FILE, JSON.stringify(state ?? null));
      }
    } catch {
      // Nothing to undo: every whole file is replaced by a rename, and the next run reads what is there.
    }
  }

  /** Adds `hash<TAB>json` lines to the stored entries; returns how many there were. */
  private readLines(text: string | undefined): number {
    if (!text) return 0;
    let count = 0;
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab <= 0) continue;
      this.stored.set(line.slice(0, tab), line.slice(tab + 1));
      count++;
    }
    return count;
  }

  /** Every entry this run used, in one new entries file; the journal is then merged in and goes. */
  private async writeEntries(): Promise<void> {
    await writeFileAtomic(join(this.folder, ENTRIES_FILE), (file) => writeLines(file, this.usedEntries, (hash) => this.madeEntries.get(hash) ?? this.stored.get(hash)));
    await unlink(join(this.folder, JOURNAL_FILE)).catch(() => undefined);
  }

  private async replace(name: string, text: string): Promise<void> {
    await writeFileAtomic(join(this.folder, name), text);
  }
}

function entryLines(entries: Map<string, string>): string {
  return [...entries].map(([hash, text]) => `${hash}\t${text}\n`).join('');
}

/** Writes the lines in batches: one string of them all would be tens of megabytes. */
async function writeLines(file: FileHandle, hashes: Iterable<string>, textOf: (hash: string) => string | undefined): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  for (const hash of hashes) {
    const text = textOf(hash);
    if (text === undefined) continue;
    batch.push(`${hash}\t${text}\n`);
    size += text.length;
    if (size < WRITE_BATCH) continue;
    await file.write(batch.join(''));
    batch = [];
    size = 0;
  }
  await file.write(batch.join(''));
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
