/**
 * The CLI's facts cache: one pack file, `$XDG_CACHE_HOME/source-review/<folder key>/cache.json`
 * (`~/.cache/…` by default), never inside the seed folder, which may be read-only or shared.
 * - Entries hold profiles and summaries by content hash, not whole facts records (10 KB each,
 *   100 MB for 10,000 documents): the CLI needs only the summaries.
 * - File fingerprints (size and time stamp, as git's index keeps them) give a file's content hash
 *   without reading it: a warm run of 10,000 files reads one file instead of 10,001.
 * - The state of the last INDEX.yaml write lets a run skip parsing and regenerating it.
 * One file read once and written once (atomically) is what makes a warm run take well under a second.
 * Only entries used by this run are written back, so the cache never outgrows the folder.
 */
import { createHash } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { IndexInputs } from '../corpus/indexFile';
import type { CachedDocument, FactsCache } from '../corpus/indexer';
import type { WrittenEntries } from '../corpus/indexUpdate';

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

interface Pack {
  version: typeof PACK_VERSION;
  entries: [string, StoredDocument][];
  files: [string, Fingerprint][];
  state?: Omit<IndexState, 'inputs' | 'written'> & {
    inputs: [string, { published: string | null; source: string | null }][];
    written: [string, { file: string; facts: string }][];
  };
}

const PACK_VERSION = 2;
const PACK_FILE = 'cache.json';
const WRITE_BATCH = 1 << 20;

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
  private readonly usedEntries = new Map<string, StoredDocument>();
  private readonly seenFiles = new Map<string, Fingerprint>();
  private stateAtOpen: IndexState | undefined;
  private changed = false;
  state: IndexState | undefined;

  private constructor(
    private readonly folder: string,
    private readonly entries: Map<string, StoredDocument>,
    private readonly files: Map<string, Fingerprint>,
  ) {}

  /** A missing, unreadable or foreign pack is an empty cache. */
  static async open(folder: string): Promise<DiskCache> {
    try {
      const pack = JSON.parse(await readFile(join(folder, PACK_FILE), 'utf8')) as Pack;
      if (pack.version !== PACK_VERSION) throw new Error('another cache format');
      const cache = new DiskCache(folder, new Map(pack.entries), new Map(pack.files));
      if (pack.state) cache.state = cache.stateAtOpen = { ...pack.state, inputs: new Map(pack.state.inputs), written: new Map(pack.state.written) };
      return cache;
    } catch {
      return new DiskCache(folder, new Map(), new Map());
    }
  }

  async get(contentHash: string): Promise<CachedDocument | undefined> {
    const stored = this.entries.get(contentHash);
    if (!stored) return undefined;
    this.usedEntries.set(contentHash, stored);
    const { lineHashes, signature } = stored.profile;
    return { ...stored, profile: { ...stored.profile, lineHashes: decodeHashes(lineHashes), signature: decodeHashes(signature) } };
  }

  async set(contentHash: string, entry: CachedDocument): Promise<void> {
    const { record: _record, ...analysis } = entry.analysis ?? {};
    const { lineHashes, signature } = entry.profile;
    const profile = { ...entry.profile, lineHashes: encodeHashes(lineHashes), signature: encodeHashes(signature) };
    this.usedEntries.set(contentHash, { ...entry, profile, analysis: entry.analysis ? (analysis as NonNullable<CachedDocument['analysis']>) : undefined });
    this.changed = true;
  }

  /** The content hash of a file whose size and time stamp are those seen when it was last hashed. */
  knownContentHash(file: string, size: number, mtimeMs: number): string | undefined {
    const known = this.files.get(file);
    return known && known.size === size && known.mtimeMs === mtimeMs ? known.contentHash : undefined;
  }

  rememberFile(file: string, size: number, mtimeMs: number, contentHash: string): void {
    this.seenFiles.set(file, { size, mtimeMs, contentHash });
    const known = this.files.get(file);
    if (known?.contentHash !== contentHash || known.size !== size || known.mtimeMs !== mtimeMs) this.changed = true;
  }

  /**
   * Writes what this run used, when that differs from what was read; a cache that cannot be
   * written only costs time on the next run.
   */
  async save(): Promise<void> {
    const pruned = this.usedEntries.size !== this.entries.size || this.seenFiles.size !== this.files.size;
    if (!this.changed && !pruned && this.state === this.stateAtOpen) return;
    const state = this.state && { ...this.state, inputs: [...this.state.inputs], written: [...this.state.written] };
    const path = join(this.folder, PACK_FILE);
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await mkdir(this.folder, { recursive: true });
      const file = await open(temporary, 'w');
      try {
        await writePack(file, this.usedEntries, this.seenFiles, state);
      } finally {
        await file.close();
      }
      await rename(temporary, path);
    } catch {
      await unlink(temporary).catch(() => undefined);
    }
  }
}

/** Writes the pack's JSON (as Pack) entry by entry: one string of it would be tens of megabytes. */
async function writePack(file: FileHandle, entries: Map<string, StoredDocument>, files: Map<string, Fingerprint>, state: Pack['state']): Promise<void> {
  let buffered: string[] = [];
  let size = 0;
  const write = async (text: string): Promise<void> => {
    buffered.push(text);
    size += text.length;
    if (size < WRITE_BATCH) return;
    await file.write(buffered.join(''));
    buffered = [];
    size = 0;
  };
  const list = async (name: string, items: Iterable<unknown>, last = false): Promise<void> => {
    await write(`"${name}":[`);
    let first = true;
    for (const item of items) {
      await write(`${first ? '' : ','}${JSON.stringify(item)}`);
      first = false;
    }
    await write(last ? ']' : '],');
  };
  await write(`{"version":${PACK_VERSION},`);
  await list('entries', entries);
  await list('files', files, state === undefined);
  if (state) await write(`"state":${JSON.stringify(state)}`);
  await write('}');
  await file.write(buffered.join(''));
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
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, JSON.stringify(lastRun));
    await rename(temporary, path);
  } catch {
    await unlink(temporary).catch(() => undefined);
  }
}
