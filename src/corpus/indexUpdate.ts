/**
 * Writing INDEX.yaml: the new text is the old one edited in place through the yaml Document API,
 * so comments, key order and every field the user or the pipeline wrote survive (field ownership
 * is in indexFields.ts). Large files are edited entry by entry (indexChunks.ts), and entries whose
 * text and facts are as the last write left them are copied without parsing.
 * A malformed INDEX.yaml is never regenerated: the error comes back instead.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap, YAMLSeq } from 'yaml';
import type { CollectionSummary } from './collection';
import { fnv1aString } from './hash';
import { frameText, type IndexChunks, joinIndexText, parseEntryChunk, printEntry, splitIndexText } from './indexChunks';
import { EntryValueTexts, engineValuesKey, mergeEntry, newEntry, newEntryData, newEntryText, writeCollection } from './indexFields';
import { type IndexFileError, type IndexInputs, nestingError, parseIndexYaml } from './indexFile';
import type { DocumentSummary } from './summary';

/**
 * Entries as last written, by entryKey of their text: which file, a hash of the facts written, and
 * the engine's own values of the reviewable fields then (engineValuesKey), which tell a value the
 * engine wrote from one a reviewer set once the document's text has changed.
 */
export type WrittenEntries = ReadonlyMap<string, WrittenEntry>;
export interface WrittenEntry {
  file: string;
  facts: string;
  /** Absent when not known (a cache written before it was kept). */
  engine?: string;
  /**
   * The engine's values of the write before, when they differed: an editor holding the file from
   * before that write and saving after it puts them back (a lost update of ours), and they are
   * still the engine's, not a reviewer's.
   */
  earlier?: string;
}

/** `text` is the new file; a large one comes in `parts` too (their concatenation), to be written part by part. */
export type IndexUpdate = { ok: true; text: string; parts?: readonly string[]; written: WrittenEntries } | { ok: false; error: IndexFileError };

/** An update whose text is joined only when asked for (see IndexFolderAccess.writeParts). */
function updateOfParts(parts: readonly string[], written: WrittenEntries): IndexUpdate {
  let text: string | undefined;
  return {
    ok: true,
    get text() {
      return (text ??= parts.join(''));
    },
    parts,
    written,
  };
}

/** The update's text in parts (one part when it has none of its own). */
export function partsOf(update: Extract<IndexUpdate, { ok: true }>): readonly string[] {
  return update.parts ?? [update.text];
}

/** Whether the update's text is `text`, compared part by part (the joined text is not made). */
function isText(update: Extract<IndexUpdate, { ok: true }>, text: string | null): boolean {
  if (text === null) return false;
  let at = 0;
  for (const part of partsOf(update)) {
    if (!text.startsWith(part, at)) return false;
    at += part.length;
  }
  return at === text.length;
}

const NEW_INDEX = [
  '# Seed files of this folder, indexed by Source Review.',
  '# Regenerating keeps your comments and fields: status (unreviewed, reviewed, flagged), notes and any other.',
  '',
  'documents:',
  '',
].join('\n');

export function updateIndexYaml(oldText: string | null, documents: readonly DocumentSummary[], collection: CollectionSummary, written: WrittenEntries = new Map()): IndexUpdate {
  // A byte-order mark some editors write stays where it was; YAML parsing needs the text without it.
  const bom = oldText?.startsWith(BOM) ? BOM : '';
  const body = oldText?.slice(bom.length) ?? null;
  const text = body === null || body.trim() === '' ? NEW_INDEX : body;
  const tooDeep = nestingError(text);
  if (tooDeep) return { ok: false, error: tooDeep };
  const chunks = splitIndexText(text);
  const update = (chunks && updateByEntry(chunks, documents, collection, written)) ?? updateWhole(text, documents, collection, written);
  return update.ok && bom ? updateOfParts([bom, ...partsOf(update)], update.written) : update;
}

const BOM = '\uFEFF';

/** Null when some part does not parse on its own: the whole-document path then places the error. */
function updateByEntry(chunks: IndexChunks, documents: readonly DocumentSummary[], collection: CollectionSummary, written: WrittenEntries): IndexUpdate | null {
  const frame = parseDocument(frameText(chunks), { uniqueKeys: true });
  if (frame.errors.length > 0 || !isMap(frame.contents)) return null;
  writeCollection(frame, frame.contents, collection);
  const summaries = new Map(documents.map((summary) => [summary.file, summary]));
  const engineWrote = engineValuesByFile(written);
  const texts: string[] = [];
  const nowWritten = new Map<string, WrittenEntry>();
  const seen = new Set<string>();
  for (const chunk of chunks.entries) {
    const key = entryKey(chunk.text);
    const known = written.get(key);
    const parsed = known ? null : parseEntryChunk(chunk);
    const file = known?.file ?? parsed?.entry.get('file');
    if (typeof file !== 'string') return null;
    const summary = seen.has(file) ? null : summaries.get(file);
    seen.add(file);
    if (summary === null) {
      texts.push(chunk.text); // a second entry for the same file is the user's; the first one is kept up to date
      continue;
    }
    const facts = factsKey(summary);
    if (known?.facts === facts) {
      texts.push(chunk.text);
      nowWritten.set(key, known);
      continue;
    }
    const entry = parsed ?? parseEntryChunk(chunk);
    if (!entry) return null;
    const wrote = engineWrote.get(file);
    mergeEntry(entry.document, entry.entry, summary, wrote);
    const entryText = printEntry(entry.document, chunks.indent);
    texts.push(entryText);
    nowWritten.set(entryKey(entryText), { file, facts, ...engineRecord(summary ? engineValuesKey(summary) : wrote?.[0], wrote) });
  }
  const added = documents.filter((summary) => !seen.has(summary.file)).sort((a, b) => a.file.localeCompare(b.file));
  const values = new EntryValueTexts();
  values.prepare(added);
  for (const summary of added) {
    const entryText = newEntryText(summary, chunks.indent, values) ?? printNewEntry(summary, chunks.indent);
    texts.push(entryText);
    nowWritten.set(entryKey(entryText), { file: summary.file, facts: factsKey(summary), engine: engineValuesKey(summary) });
  }
  return updateOfParts(joinIndexText(frame.toString({ lineWidth: 0 }), chunks, texts), nowWritten);
}

/**
 * An entry text's identity among the last write's: two FNV-1a passes with different seeds and the
 * length, as contentHash does for files. One 32-bit hash was not enough: over 20,000 generated
 * entries two differed and hashed alike ("Story 4777 Headline" and "Story 14679 Headline"), the
 * first was copied as the second's, and its file got a new entry at every run.
 */
export function entryKey(text: string): string {
  return `${fnv1aString(text).toString(36)}.${fnv1aString(text, 0x9747b28c).toString(36)}.${text.length.toString(36)}`;
}

/** The node path newEntryText stands for, for the entries it does not write. */
function printNewEntry(summary: DocumentSummary, indent: string): string {
  const document = new Document(new YAMLSeq());
  (document.contents as YAMLSeq).items.push(newEntry(document, newEntryData(summary)));
  return printEntry(document, indent);
}

/** The engine's reviewable values each file's entry was written with, the last write's first (see WrittenEntry). */
function engineValuesByFile(written: WrittenEntries): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const { file, engine, earlier } of written.values()) if (engine) byFile.set(file, earlier ? [engine, earlier] : [engine]);
  return byFile;
}

/** WrittenEntry's engine values for a write of `engine` over an entry last written with `wrote`. */
function engineRecord(engine: string | undefined, wrote: readonly string[] | undefined): Pick<WrittenEntry, 'engine' | 'earlier'> {
  if (engine === undefined) return {};
  const earlier = wrote?.[0] !== engine ? wrote?.[0] : wrote[1];
  return earlier === undefined ? { engine } : { engine, earlier };
}

function updateWhole(text: string, documents: readonly DocumentSummary[], collection: CollectionSummary, written: WrittenEntries): IndexUpdate {
  const parsed = parseIndexYaml(text);
  if (parsed.contents.error) return { ok: false, error: parsed.contents.error };
  const document = parsed.document;
  if (!isMap(document.contents)) document.contents = document.createNode({}) as YAMLMap;
  const root = document.contents as YAMLMap;
  writeCollection(document, root, collection);
  if (!isSeq(root.get('documents', true))) root.set('documents', new YAMLSeq());
  const list = root.get('documents', true) as unknown as YAMLSeq;
  const summaries = new Map(documents.map((summary) => [summary.file, summary]));
  const engineWrote = engineValuesByFile(written);
  for (const [file, item] of parsed.items) if (isMap(item)) mergeEntry(document, item, summaries.get(file), engineWrote.get(file));
  for (const summary of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    if (!parsed.items.has(summary.file)) list.items.push(newEntry(document, newEntryData(summary)));
  }
  return { ok: true, text: document.toString({ lineWidth: 0 }), written: new Map() };
}

function factsKey(summary: DocumentSummary | undefined): string {
  return summary ? fnv1aString(JSON.stringify(summary)).toString(36) : 'missing';
}

/**
 * The inputs INDEX.yaml gives once `updateIndexYaml` has written these summaries, without parsing
 * it again: pipeline values stay, and the engine's fill the fields the pipeline left empty.
 */
export function inputsAfterUpdate(previous: IndexInputs, documents: readonly DocumentSummary[]): IndexInputs {
  const next = new Map(previous);
  for (const { file, published, source } of documents) {
    const before = previous.get(file);
    next.set(file, { published: before?.published ?? published, source: before?.source ?? source });
  }
  return next;
}

/*
 * Committing INDEX.yaml when others may write it too: the CLI, each VS Code window on the folder,
 * and the user's editor. Two mechanisms, because neither is enough alone on every platform:
 * - An advisory lock file (`INDEX.yaml.lock`, created only if absent, holding pid, host, time and
 *   a random token) serialises Source Review's own writers. Exclusive create and rename exist on
 *   Linux, macOS and Windows alike (fcntl/flock locks do not behave the same on all three, nor
 *   on network drives, and VS Code for the Web has neither). A lock whose process is gone (same
 *   host) or that has not changed for STALE_LOCK_MS is broken with a note.
 * - Compare before replace: right before the rename the file is read again, and if it is not what
 *   the merge started from (the user saved, or a writer that ignored the lock) the merge is done
 *   again on the new text, at most MAX_MERGES times, then the write is refused by name. The lock
 *   is checked to still be ours at the same moment, so a writer whose lock was broken starts over.
 * What is left is the time between that last read and the rename: one system call, where before
 * it was the whole merge and write. No file system offers a portable compare-and-swap rename.
 */

/** The folder holding INDEX.yaml, as the CLI (node:fs) or the extension (workspace.fs) reaches it. */
export interface IndexFolderAccess {
  /** The file's text; null when there is none; throws when it exists but cannot be read. */
  read(name: string): Promise<string | null>;
  /** Creates or replaces the file (temporary files only). */
  write(name: string, text: string): Promise<void>;
  /** As write, from the text's parts (their concatenation), where the text need not be made whole. */
  writeParts?(name: string, parts: readonly string[]): Promise<void>;
  /** Creates the file with this text only if none exists; false when one does. */
  createNew(name: string, text: string): Promise<boolean>;
  /** Moves `from` over `to` in one step: readers see the old file or the new one, never a mix. */
  replace(from: string, to: string): Promise<void>;
  /**
   * `replace`, and then the replaced file's text when it no longer holds `expected`: a save that
   * landed in it around the rename (see src/cli/replaceWatching.ts); null when it still does.
   * Absent where a file cannot be held open across a rename.
   */
  replaceWatching?(from: string, to: string, expected: string | null, complete: (text: string) => boolean): Promise<string | null>;
  /** Deletes the file; nothing to do when it is gone. */
  remove(name: string): Promise<void>;
  /**
   * Deletes `name`'s temporary files (`name.<pid>.tmp`) but `keep`: called under the lock, when no
   * other writer can have one, they are what a writer killed (kill -9) before its rename left.
   */
  removeTemporaries?(name: string, keep: string): Promise<void>;
  /** How messages name the file. */
  label(name: string): string;
  /** This writer as the lock names it; pid is null where there are no processes (the web). */
  owner: { pid: number | null; host: string };
  /** Whether a process of this host is running; without it only age makes a lock stale. */
  isRunning?(pid: number): boolean;
  wait(ms: number): Promise<void>;
  now(): number;
}

export type IndexCommit =
  | { ok: true; base: string | null; update: Extract<IndexUpdate, { ok: true }>; wrote: boolean; notes: string[] }
  | { ok: false; malformed: IndexFileError }
  | { ok: false; problem: string };

/** Merges seen in a row that found the file changed again before giving up. */
export const MAX_MERGES = 5;
/** Longer than any merge and write holds the lock; a lock this old is left over from a crash. */
export const STALE_LOCK_MS = 30_000;
/** How long a writer waits for a lock that is alive before refusing. */
export const LOCK_WAIT_MS = 45_000;

/** What a merge gives: the new text, the file's error (malformed), or a reason of the caller's not to write. */
export type IndexMerge = IndexUpdate | { ok: false; problem: string };

/** Writes `merge(current text)` to `name`; merges again whenever the file changed under it. `signal` stops a wait for the lock. */
export async function commitIndex(access: IndexFolderAccess, name: string, merge: (current: string | null) => IndexMerge, signal?: AbortSignal): Promise<IndexCommit> {
  const lockName = `${name}.lock`;
  const notes: string[] = [];
  try {
    // The first merge runs without the lock: most of the time nobody else writes.
    const base = await access.read(name);
    const update = merge(base);
    if (!update.ok) return refused(update);
    if (isText(update, base)) return { ok: true, base, update, wrote: false, notes };
    let merged: Merged = { base, update };
    for (let attempt = 0; attempt < MAX_MERGES; attempt++) {
      const lock = await acquireLock(access, name, notes, signal);
      if (typeof lock !== 'string') return lock;
      try {
        const outcome = await commitLocked(access, name, lock, merge, merged, notes);
        if ('ok' in outcome) return outcome;
        merged = outcome.lockLost;
      } finally {
        await releaseLock(access, lockName, lock);
      }
    }
    return { ok: false, problem: `${access.label(lockName)} was taken from this writer ${MAX_MERGES} times, so ${access.label(name)} was not written` };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    // ENOENT on a file this writer creates, and no INDEX.yaml: the folder is gone (deleted during the run).
    if ((error as { code?: unknown }).code === 'ENOENT' && (await access.read(name).then((text) => text === null, () => true))) {
      return { ok: false, problem: `could not write ${access.label(name)}: it or its folder is gone (${why}); nothing was written` };
    }
    return { ok: false, problem: `could not write ${access.label(name)}: ${why}; the old file is intact` };
  }
}

type Merged = { base: string | null; update: Extract<IndexUpdate, { ok: true }> };

function refused(merge: Extract<IndexMerge, { ok: false }>): IndexCommit {
  return 'problem' in merge ? { ok: false, problem: merge.problem } : { ok: false, malformed: merge.error };
}

/** The commit, or the last merge when the lock was broken (as stale) before the rename. */
async function commitLocked(access: IndexFolderAccess, name: string, lock: string, merge: (current: string | null) => IndexMerge, merged: Merged, notes: string[]): Promise<IndexCommit | { lockLost: Merged }> {
  // The lock makes this writer the only one of the folder: its pid is name enough (a web window has none).
  const temporary = `${name}.${access.owner.pid ?? parseHolder(lock)?.token}.tmp`;
  let { base, update } = merged;
  /** What the file holds as far as this writer knows: `base`, or its own text once it has renamed it in. */
  let expected = base;
  let wrote = false;
  /** The merge this writer last renamed in: what the file holds, and what the caller must record as written. */
  let renamed: Merged | undefined;
  try {
    await access.removeTemporaries?.(name, temporary);
    for (let merges = 0; merges < MAX_MERGES; merges++) {
      await (access.writeParts ? access.writeParts(temporary, partsOf(update)) : access.write(temporary, update.text));
      const [current, held] = await Promise.all([access.read(name), access.read(`${name}.lock`)]);
      if (held !== lock) return { lockLost: { base, update } };
      if (current === expected) {
        // A save is complete once it merges: a torn one does not parse.
        const merges = (text: string): boolean => merge(text).ok;
        const lateSave = access.replaceWatching ? await access.replaceWatching(temporary, name, current, merges) : await access.replace(temporary, name).then(() => null);
        wrote = true;
        renamed = { base, update };
        if (lateSave === null) return { ok: true, base, update, wrote, notes };
        // Saved into the file just replaced: that save is the newest text, merged and written again.
        notes.push(`merged a save made to ${access.label(name)} while it was being replaced`);
        expected = update.text;
        base = lateSave;
      } else {
        base = current;
        expected = current;
      }
      const again = merge(base);
      if (!again.ok && wrote) {
        // This writer's file is in place; the save it found cannot be merged (torn or malformed) and is named.
        notes.push(`a save made to ${access.label(name)} while it was being replaced could not be merged (${'problem' in again ? again.problem : again.error.message}); it was not kept`);
        return { ok: true, base: expected, update, wrote, notes };
      }
      if (!again.ok) return refused(again);
      update = again;
      if (isText(update, expected)) return { ok: true, base, update, wrote, notes };
    }
    if (renamed) {
      // This writer's file is in place and the caller must know it: a record of the write before would
      // take the engine's new values in the file for a reviewer's, and keep them for good.
      notes.push(`saves kept landing in ${access.label(name)} while it was being replaced (${MAX_MERGES} merges); the last one found was not kept`);
      return { ok: true, ...renamed, wrote, notes };
    }
    return { ok: false, problem: `${access.label(name)} kept changing while it was being written (${MAX_MERGES} merges); it was left as it is now: index again to add the new facts` };
  } finally {
    await access.remove(temporary).catch(() => undefined);
  }
}

interface LockHolder {
  pid: number | null;
  host: string;
  time: string;
  token: string;
}

/** The lock's text once created (the caller's proof of ownership), or why it could not be had. */
async function acquireLock(access: IndexFolderAccess, name: string, notes: string[], signal: AbortSignal | undefined): Promise<string | { ok: false; problem: string }> {
  const lockName = `${name}.lock`;
  const holder: LockHolder = { ...access.owner, time: new Date(access.now()).toISOString(), token: `${access.now().toString(36)}${Math.random().toString(36).slice(2, 10)}` };
  const text = `${JSON.stringify(holder)}\n`;
  const started = access.now();
  let seen = { text: '', since: started };
  let held: LockHolder | null = null;
  for (let pause = 10; access.now() - started <= LOCK_WAIT_MS; pause = Math.min(pause * 2, 400)) {
    if (await access.createNew(lockName, text)) return text;
    const heldText = await access.read(lockName);
    if (heldText === null) continue; // released between the two calls
    if (heldText !== seen.text) seen = { text: heldText, since: access.now() };
    held = parseHolder(heldText);
    if (isStale(access, held, seen.since)) {
      notes.push(`broke the stale lock ${access.label(lockName)} of ${describeHolder(held)}`);
      if ((await access.read(lockName)) === heldText) await access.remove(lockName);
      continue;
    }
    if (signal?.aborted) return { ok: false, problem: `${access.label(name)} was not written: cancelled while ${describeHolder(held)} held ${access.label(lockName)}` };
    await access.wait(pause * (0.5 + Math.random())); // jittered, so waiting writers do not retry in step
  }
  return { ok: false, problem: `${access.label(name)} was not written: ${access.label(lockName)} is held by ${describeHolder(held)}; delete the lock file if no Source Review is writing it` };
}

async function releaseLock(access: IndexFolderAccess, lockName: string, lock: string): Promise<void> {
  try {
    if ((await access.read(lockName)) === lock) await access.remove(lockName);
  } catch {
    // Left behind, it is broken as stale by the next writer.
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const held = JSON.parse(text) as Partial<LockHolder>;
    return typeof held.token === 'string' && typeof held.time === 'string' ? { pid: typeof held.pid === 'number' ? held.pid : null, host: String(held.host ?? ''), time: held.time, token: held.token } : null;
  } catch {
    return null; // being written (created, not yet filled) or not ours: stale only by age
  }
}

/** Age counts from when we first saw this lock too, so a clock ahead on another host does not keep it alive. */
function isStale(access: IndexFolderAccess, held: LockHolder | null, seenSince: number): boolean {
  if (held?.pid != null && held.host === access.owner.host && access.isRunning && !access.isRunning(held.pid)) return true;
  const written = held ? Date.parse(held.time) : Number.NaN;
  const since = Number.isNaN(written) ? seenSince : Math.min(written, seenSince);
  return access.now() - since > STALE_LOCK_MS;
}

function describeHolder(held: LockHolder | null): string {
  if (!held) return 'an unknown writer';
  return `${held.pid === null ? 'a web window' : `process ${held.pid}`}${held.host ? ` on ${held.host}` : ''} since ${held.time}`;
}
