/**
 * INDEX.yaml's text as the command line reads it: through the guarded reader (a FIFO or a link to
 * /dev/zero is refused, not waited on or read without end), at most MAX_INDEX_BYTES, and decoded so
 * that a byte that is not UTF-8 is kept, never a silent U+FFFD that the next write would make
 * permanent (see indexBytes.ts).
 */
import { decodeIndexBytes, type ForeignBytes } from '../corpus/indexBytes';
import { readRegularFile } from './guardedRead';

/** Far beyond a 150,000-entry INDEX.yaml (50 MB), and below what V8 can hold as one string. */
export const MAX_INDEX_BYTES = 256 * 1024 * 1024;

export type IndexText = { ok: true; text: string; foreign: ForeignBytes | null } | { ok: false; reason: string };

/** Null when there is no such file. */
export function readIndexText(path: string): IndexText | null {
  const read = readRegularFile(path, MAX_INDEX_BYTES + 1);
  if (!read.ok) return read.code === 'ENOENT' ? null : { ok: false, reason: read.reason };
  if (read.size > MAX_INDEX_BYTES) return { ok: false, reason: `larger than ${MAX_INDEX_BYTES / 1024 / 1024} MB` };
  return { ok: true, ...decodeIndexBytes(read.bytes) };
}

