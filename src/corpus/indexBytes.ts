/**
 * INDEX.yaml's bytes as text and back, losing none. A reviewer's note typed in an editor set to
 * Latin-1 ("Café" as the byte 0xE9) is not UTF-8; decoded with U+FFFD it would be rewritten as
 * "Caf�" by the next write, and refusing the file would stop every `index` and Write INDEX until
 * someone finds the byte. So a byte that is not UTF-8 stands for itself while the file is read and
 * merged, as the noncharacter U+FDD0 followed by its two hex digits (Unicode reserves
 * noncharacters for a program's internal use, and YAML keeps them in plain scalars, so the stand-in
 * survives a re-serialized entry), and is written back as the same byte. The reader is told, with
 * the first such byte's line and column, that the file holds bytes that are not UTF-8.
 */

/** The first byte that is not UTF-8, and how many there are. */
export interface ForeignBytes {
  count: number;
  byte: number;
  line: number;
  col: number;
}

export interface DecodedIndex {
  text: string;
  foreign: ForeignBytes | null;
}

const STAND_IN = '\uFDD0';
const STAND_IN_PATTERN = /\uFDD0([89A-F][0-9A-F])/g;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8 = new TextEncoder();

export function decodeIndexBytes(bytes: Uint8Array): DecodedIndex {
  try {
    return { text: strictUtf8.decode(bytes), foreign: null };
  } catch {
    return decodeKeepingForeignBytes(bytes);
  }
}

export function encodeIndexText(text: string): Uint8Array {
  if (!text.includes(STAND_IN)) return utf8.encode(text);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const match of text.matchAll(STAND_IN_PATTERN)) {
    parts.push(utf8.encode(text.slice(from, match.index)), Uint8Array.of(Number.parseInt(match[1]!, 16)));
    from = match.index + match[0].length;
  }
  parts.push(utf8.encode(text.slice(from)));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** Whether text decoded by decodeIndexBytes came from a file holding bytes that are not UTF-8. */
export function holdsForeignBytes(text: string): boolean {
  return text.includes(STAND_IN);
}

/** "line 1, column 6: byte 0xE9 is not UTF-8 (3 such bytes); kept as it is" */
export function describeForeignBytes(foreign: ForeignBytes): string {
  const more = foreign.count > 1 ? ` (${foreign.count} such bytes)` : '';
  return `line ${foreign.line}, column ${foreign.col}: byte 0x${hex(foreign.byte)} is not UTF-8${more}; kept as it is (save the file as UTF-8 to show it as a character)`;
}

function decodeKeepingForeignBytes(bytes: Uint8Array): DecodedIndex {
  const pieces: string[] = [];
  let foreign: ForeignBytes | null = null;
  let validFrom = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
      i += length;
      continue;
    }
    pieces.push(strictUtf8.decode(bytes.subarray(validFrom, i)), `${STAND_IN}${hex(bytes[i]!)}`);
    if (foreign) foreign.count++;
    else foreign = { count: 1, byte: bytes[i]!, line, col: i - lineStart + 1 };
    validFrom = ++i;
  }
  pieces.push(strictUtf8.decode(bytes.subarray(validFrom)));
  return { text: pieces.join(''), foreign };
}

/** Length of the well-formed UTF-8 sequence at `i`, 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  if (length === 3) {
    const second = bytes[i + 1]!;
    // Overlong (E0 80..9F) and surrogate (ED A0..BF) forms are not UTF-8 either.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)) return 0;
  }
  if (length === 4) {
    const second = bytes[i + 1]!;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return 0;
  }
  return length;
}

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
