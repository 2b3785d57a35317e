/** Bytes of a seed file to text, or a reason the bytes are not a text document. */

export type DecodeResult = { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' } | { ok: false; reason: string };

/** How far into a file we look for NUL bytes before calling it binary. */
const BINARY_SNIFF_BYTES = 8192;

export function decodeSeedBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), encoding: 'utf-16be' };
  }
  const sniffed = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniffed.includes(0)) {
    return { ok: false, reason: 'binary file (contains NUL bytes), not a text document' };
  }
  try {
    // ignoreBOM keeps a leading BOM in the text: offsets count it, as FORMAT.md and the editor do.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (save it as UTF-8 to review it)' };
  }
}

/**
 * Bytes to read of a seed file so that `maxChars` UTF-16 code units of it can be decoded: a code
 * unit takes at most 3 bytes in UTF-8 (U+0800-U+FFFF; 4-byte characters are 2 units) and 2 in
 * UTF-16, plus a byte-order mark. Reading no more bounds a huge file's cost to what is analysed.
 */
export function seedBytesFor(maxChars: number): number {
  return 3 * maxChars + 4;
}

export type PrefixResult = Extract<DecodeResult, { ok: false }> | (Extract<DecodeResult, { ok: true }> & { cut: boolean });

/**
 * At most `maxChars` of the text of a file of `size` bytes whose first bytes are `bytes`; when
 * anything is left out the text ends at the last line break (else space) in the second half, as
 * analyze cuts, and `cut` is true. Only the bytes kept are decoded, so a cut never lands inside a
 * character. UTF-8 text also stops after `maxLines` line feeds: 5 MB of one-letter lines is never
 * decoded past what analyze keeps (its own line bound counts \r alone too, and cuts the rest).
 */
export function decodeSeedPrefix(bytes: Uint8Array, maxChars: number, size = bytes.length, maxLines = Infinity): PrefixResult {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const end = utf16 ? utf16PrefixEnd(bytes, maxChars, bytes[0] === 0xff) : utf8PrefixEnd(bytes, maxChars, maxLines);
  const decoded = decodeSeedBytes(end < bytes.length ? bytes.subarray(0, end) : bytes);
  if (!decoded.ok) return decoded;
  const cut = end < size;
  return { ...decoded, text: cut ? cutAtBreak(decoded.text) : decoded.text, cut };
}

/**
 * Byte offset after the last whole character within `maxChars` code units (a BOM counts as one),
 * or just after the `maxLines`-th line feed when that comes first.
 */
function utf8PrefixEnd(bytes: Uint8Array, maxChars: number, maxLines: number): number {
  let units = 0;
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte
    units += byte >= 0xf0 ? 2 : 1;
    if (units > maxChars) return i;
    if (byte === LINE_FEED && ++lines >= maxLines) return i + 1;
  }
  return bytes.length;
}

const LINE_FEED = 0x0a;

function utf16PrefixEnd(bytes: Uint8Array, maxChars: number, littleEndian: boolean): number {
  let end = Math.min(bytes.length - (bytes.length % 2), 2 * (maxChars + 1));
  if (end >= bytes.length) return end;
  const high = littleEndian ? bytes[end - 1]! : bytes[end - 2]!;
  if (high >= 0xd8 && high <= 0xdb) end -= 2; // do not split a surrogate pair
  return end;
}

function cutAtBreak(text: string): string {
  const lineBreak = text.lastIndexOf('\n');
  if (lineBreak > text.length / 2) return text.slice(0, lineBreak + 1);
  const space = text.lastIndexOf(' ');
  return space > text.length / 2 ? text.slice(0, space + 1) : text;
}
