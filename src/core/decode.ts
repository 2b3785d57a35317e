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
