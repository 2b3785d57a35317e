/** Fast pure-JS hashes (FNV-1a, 32 bit): content identity for the cache and keys for line and shingle counts. */

import { FNV_OFFSET, FNV_PRIME } from '../core/hash';

export { fnv1aString } from '../core/hash';

export function fnv1aBytes(bytes: Uint8Array, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < bytes.length; i++) {
    hash = Math.imul(hash ^ bytes[i]!, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * Content hash of a file: two FNV-1a passes with different seeds plus the length, so that a
 * 32-bit collision alone cannot make the cache return another file's facts.
 */
export function contentHash(bytes: Uint8Array): string {
  const first = fnv1aBytes(bytes);
  const second = fnv1aBytes(bytes, 0x9747b28c);
  return `${first.toString(16).padStart(8, '0')}${second.toString(16).padStart(8, '0')}-${bytes.length.toString(36)}`;
}
