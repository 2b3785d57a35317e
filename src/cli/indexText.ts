/**
 * INDEX.yaml's text as the command line reads it: through the guarded reader (a FIFO or a link to
 * /dev/zero is refused, not waited on or read without end), at most MAX_INDEX_BYTES, and strictly
 * as UTF-8: a byte that is not UTF-8 is an error naming its line and column, never a silent U+FFFD
 * that the next write would make permanent.
 */
import { readRegularFile } from './guardedRead';

/** Far beyond a 150,000-entry INDEX.yaml (50 MB), and below what V8 can hold as one string. */
export const MAX_INDEX_BYTES = 256 * 1024 * 1024;

export type IndexText = { ok: true; text: string } | { ok: false; reason: string; line?: number; col?: number };

/** Null when there is no such file. */
export function readIndexText(path: string): IndexText | null {
  const read = readRegularFile(path, MAX_INDEX_BYTES + 1);
  if (!read.ok) return read.code === 'ENOENT' ? null : { ok: false, reason: read.reason };
  if (read.size > MAX_INDEX_BYTES) return { ok: false, reason: `larger than ${MAX_INDEX_BYTES / 1024 / 1024} MB` };
  return decodeIndexBytes(read.bytes);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeIndexBytes(bytes: Uint8Array): IndexText {
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return { ok: false, reason: `not valid UTF-8 (byte 0x${bytes[offset]?.toString(16).toUpperCase() ?? '??'}); save it as UTF-8`, line, col: offset - lineStart + 1 };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
