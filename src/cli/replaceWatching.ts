/**
 * Renaming the new INDEX.yaml over the old one loses a save the user's editor makes in place
 * (open, truncate, write) at that moment: it lands in the file the rename has just unlinked, and
 * nobody reads that file again. So the old file is held open across the rename and watched for a
 * moment; a save found there is handed back to the writer, which merges it and writes again.
 * An editor that opened the file before the rename and writes after the watch is still not seen:
 * no portable file system call closes that gap, so the watch outlasts a busy machine's pauses.
 */
import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { decodeIndexBytes } from '../corpus/indexBytes';
import { MAX_INDEX_BYTES } from './indexText';

/**
 * How long after the rename a save already under way is given to land. An editor opens, truncates
 * and writes within microseconds, but on a loaded machine (ten runnable processes on two cores) it
 * can be descheduled for tens of milliseconds between the open and the write: with 20 ms here,
 * `concurrency.mjs` lost one such save in about ten runs.
 */
const LATE_SAVE_WATCH_MS = 150;
/** How often the held file's size and time are looked at during the watch (an fstat, no read). */
const WATCH_POLL_MS = 10;
/**
 * A save found is read again until two reads agree and the text is `complete` (an editor may write
 * in pieces, and a busy machine may pause it between them), this often at most.
 */
const SETTLE_READS = 80;
const SETTLE_MS = 25;

/**
 * Renames `from` over `to` and returns the text the old `to` holds afterwards when it is no longer
 * `expected` (someone wrote to it around the rename), or null when it is, or when there was none.
 */
export async function replaceWatching(from: string, to: string, expected: string | null, rename: (from: string, to: string) => Promise<void>, complete: (text: string) => boolean = () => true): Promise<string | null> {
  const old = await openRegular(to);
  try {
    await rename(from, to);
    if (old === null) return null;
    const beforeRead = await old.stat();
    let text = await readWhole(old);
    if (text === expected && !(await changesWithin(old, beforeRead, LATE_SAVE_WATCH_MS))) return null;
    // `complete` is asked once per text (it may merge a large file), when two reads agree on it.
    let asked: string | undefined;
    for (let read = 0; read < SETTLE_READS; read++) {
      await pause(SETTLE_MS);
      const again = await readWhole(old);
      if (again === text && again !== asked && endsAtLineEnd(again)) {
        asked = again;
        if (complete(again)) break;
      }
      text = again;
    }
    return text === expected ? null : text;
  } finally {
    await old?.close();
  }
}

/** Whether the file's size or modification time moves from `seen` within `ms`. */
async function changesWithin(file: FileHandle, { size, mtimeMs }: Stats, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await pause(WATCH_POLL_MS);
    const now = await file.stat();
    if (now.size !== size || now.mtimeMs !== mtimeMs) return true;
  }
  return false;
}

/**
 * A save cut off between an editor's writes often parses (a YAML list cut after any entry does) but
 * stops mid-line; every YAML writer ends its file with a line end. A file that truly ends without
 * one is still taken once the settle reads run out.
 */
function endsAtLineEnd(text: string): boolean {
  return text === '' || text.endsWith('\n');
}

/** The file open for reading; null when it is missing or not a regular file (never waits on a FIFO). */
async function openRegular(path: string): Promise<FileHandle | null> {
  let file: FileHandle;
  try {
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if ((await file.stat()).isFile()) return file;
  await file.close();
  return null;
}

/** From the start, whatever was read before (FileHandle.readFile would go on from the last position). */
async function readWhole(file: FileHandle): Promise<string> {
  const { size } = await file.stat();
  const bytes = Buffer.alloc(Math.min(size, MAX_INDEX_BYTES));
  const { bytesRead } = await file.read(bytes, 0, bytes.length, 0);
  return decodeIndexBytes(bytes.subarray(0, bytesRead)).text;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
