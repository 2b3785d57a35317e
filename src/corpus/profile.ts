/**
 * A document's profile: what the collection needs from its text before analysis, small enough to
 * cache and keep for 10,000 documents: the hashes of its distinct normalized lines
 * (to find lines repeated across documents) and a MinHash signature of its prose (to find
 * near-duplicates).
 */
import { normalizeLine } from '../core/boilerplate';
import { normalizedLineHash, WordHashes } from '../core/boilerplate/normalize';
import { toSeedDocument } from '../core/document';
import { readSourceOf } from '../core/metadata';
import { SIGNATURE_SIZE } from './signatureSize';

export { SIGNATURE_SIZE };

export interface DocumentProfile {
  /** The source the text names, before full analysis: groups documents for repeated lines. */
  source: string | null;
  /** Sorted, distinct hashes of the document's non-empty normalized lines. */
  lineHashes: number[];
  /** MinHash of the word 5-grams of its prose lines; empty when it has too little prose to compare. */
  signature: number[];
}

const SHINGLE_WORDS = 5;
/** Fewer shingles than this is a caption or a stub: too little to call two documents the same story. */
const MIN_SHINGLES = 8;
/** Prose lines: enough words and a sentence end; link lists and headlines rarely have both. */
const PROSE_MIN_WORDS = 8;
const SENTENCE_END = /[.!?"”»'’)]\s*$/;

const PERMUTATION_SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

export function profileText(text: string): DocumentProfile {
  const document = toSeedDocument(text);
  const lineHashes = new Set<number>();
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  let shingles = 0;
  for (const { text: line } of document.lines) {
    const hash = normalizedLineHash(line, words);
    if (hash < 0) continue;
    lineHashes.add(hash);
    if (SENTENCE_END.test(line)) shingles += addShingles(words, signature);
  }
  return {
    source: readSourceOf(document),
    lineHashes: [...lineHashes].sort((a, b) => a - b),
    signature: shingles >= MIN_SHINGLES ? signature : [],
  };
}

/** The words of the line being profiled (one buffer, reused). */
const words = new WordHashes();

function addShingles({ values: wordHashes, count: wordCount }: WordHashes, signature: number[]): number {
  if (wordCount < PROSE_MIN_WORDS) return 0;
  let count = 0;
  for (let i = 0; i + SHINGLE_WORDS <= wordCount; i++) {
    let shingle = 0;
    for (let j = 0; j < SHINGLE_WORDS; j++) shingle = Math.imul(shingle ^ wordHashes[i + j]!, 0x01000193) + j;
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const value = fmix32(shingle ^ PERMUTATION_SEEDS[k]!);
      if (value < signature[k]!) signature[k] = value;
    }
    count++;
  }
  return count;
}

/** MurmurHash3's finalizer: a cheap, well-mixed 32-bit permutation. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Estimated Jaccard similarity of the prose of two documents (share of equal MinHash slots). */
export function signatureSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return 0;
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/** The document's normalized lines whose hashes are in `hashes`: the `repeatedLines` `analyze` takes. */
export function normalizedLinesWithHashes(text: string, hashes: ReadonlySet<number>): string[] {
  const found = new Set<string>();
  for (const { text: line } of toSeedDocument(text).lines) {
    if (hashes.has(normalizedLineHash(line))) found.add(normalizeLine(line));
  }
  return [...found];
}
