/**
 * The form in which lines are compared: with each other (a repeated headline), with the phrase
 * list, and across the documents of a collection (`repeatedLines`). Case, punctuation and spacing
 * vary between copies of the same furniture line, so none of them counts.
 */
import { FNV_OFFSET, FNV_PRIME, fnv1aString } from '../hash';

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
const WORD = /^[\p{L}\p{N}]$/u;
const WORD_OR_MARK = /[\p{L}\p{N}\p{M}]/u;

/** What `normalizeLine` makes of one UTF-16 code unit above ASCII, worked out once (0 until then). */
const SEPARATOR = 1;
const UNKNOWN = 0;
const NEEDS_FULL_FORM = 0xffff;
/** Per code unit: UNKNOWN, SEPARATOR, NEEDS_FULL_FORM, or else the code unit of its lower-case form. */
const SIMPLE_FORM = new Uint16Array(0x10000);
const CAPITAL_SIGMA = 0x3a3;

/**
 * A code unit whose NFKC form is itself whatever stands around it (no mark, no Hangul jamo, which
 * compose with what precedes them) and whose lower case is one code unit that does not depend on
 * its place in the word (as the Greek capital sigma's does): a letter or digit that `normalizeLine`
 * only lower-cases. A character that is no letter, digit or mark and stays none in NFKC form (curly
 * quotes, dashes, "…", no-break spaces) separates words exactly as ASCII punctuation does.
 */
function simpleFormOf(code: number): number {
  const char = String.fromCharCode(code);
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  const isJamo = code >= 0x1100 && code <= 0x11ff;
  const normalized = char.normalize('NFKC');
  if (isSurrogate || isJamo || code === CAPITAL_SIGMA) return NEEDS_FULL_FORM;
  if (!WORD_OR_MARK.test(char) && !WORD_OR_MARK.test(normalized)) return SEPARATOR;
  const lower = char.toLowerCase();
  const isPlainWord = normalized === char && WORD.test(char) && lower.length === 1 && WORD.test(lower);
  return isPlainWord ? lower.charCodeAt(0) : NEEDS_FULL_FORM;
}

/** Longer lines (only with collection-wide repeats, see `detectBoilerplate`) take the full form: the code list becomes one call's arguments. */
const MAX_SIMPLE_LENGTH = 4000;

/**
 * `normalizeLine` in one scan of the code units, or null when a character needs the full form (NFKC
 * and Unicode patterns). Lines are slices of a document that is stored two bytes a character as soon
 * as it holds one curly quote, and lower-casing and replacing in such strings is many times slower.
 */
function simpleForm(text: string): string | null {
  const length = simpleCodes(text);
  if (length < 0) return null;
  // Apply with the typed array: no array of numbers is grown, and no spread of one.
  return length === 0 ? '' : String.fromCharCode.apply(null, SCRATCH.subarray(0, length) as unknown as number[]);
}

/** The simple form's code units, written to SCRATCH; their count, or -1 when a character needs the full form. */
function simpleCodes(text: string): number {
  if (text.length > MAX_SIMPLE_LENGTH) return -1;
  let length = 0;
  let spaceDue = false;
  for (let i = 0; i < text.length; i++) {
    const form = simpleFormAt(text.charCodeAt(i));
    if (form === SEPARATOR) {
      spaceDue = true;
      continue;
    }
    if (form === NEEDS_FULL_FORM) return -1;
    if (spaceDue && length > 0) SCRATCH[length++] = 0x20;
    spaceDue = false;
    SCRATCH[length++] = form;
  }
  return length;
}

/** SEPARATOR, NEEDS_FULL_FORM or the code unit of a letter's or digit's lower case. */
function simpleFormAt(code: number): number {
  if (code < 0x80) return ASCII_FORM[code]!;
  let form = SIMPLE_FORM[code]!;
  if (form === UNKNOWN) SIMPLE_FORM[code] = form = simpleFormOf(code);
  return form;
}

/** simpleFormAt for ASCII, looked up rather than worked out: most text is ASCII. */
const ASCII_FORM = Uint16Array.from({ length: 0x80 }, (_, code) => {
  const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return (lower >= 0x61 && lower <= 0x7a) || (lower >= 0x30 && lower <= 0x39) ? lower : SEPARATOR;
});

/** Twice the longest simple line: a space may precede each kept code unit. */
const SCRATCH = new Uint16Array(2 * MAX_SIMPLE_LENGTH);

/**
 * `fnv1aString(normalizeLine(text))` without making the string, for the lines of every document
 * of a collection, or -1 when that form is empty; the words' hashes go to `words` when it is given.
 */
export function normalizedLineHash(text: string, words?: WordHashes): number {
  words?.clear();
  if (text.length > MAX_SIMPLE_LENGTH) return fullFormHash(text, words);
  // The simple form hashed as it is scanned, in one pass and without a buffer.
  let hash = FNV_OFFSET;
  let wordHash = FNV_OFFSET;
  let started = false;
  let spaceDue = false;
  for (let i = 0; i < text.length; i++) {
    const form = simpleFormAt(text.charCodeAt(i));
    if (form === SEPARATOR) {
      spaceDue = true;
      continue;
    }
    if (form === NEEDS_FULL_FORM) return fullFormHash(text, words);
    if (spaceDue && started) {
      hash = Math.imul(hash ^ 0x20, FNV_PRIME);
      if (words) {
        words.add(wordHash >>> 0);
        wordHash = FNV_OFFSET;
      }
    }
    spaceDue = false;
    started = true;
    hash = Math.imul(hash ^ form, FNV_PRIME);
    if (words) wordHash = Math.imul(wordHash ^ form, FNV_PRIME);
  }
  if (!started) return -1;
  words?.add(wordHash >>> 0);
  return hash >>> 0;
}

function fullFormHash(text: string, words: WordHashes | undefined): number {
  const normalized = normalizeLine(text);
  words?.addWordsOf(normalized);
  return normalized === '' ? -1 : fnv1aString(normalized);
}

/** The FNV-1a hashes of a normalized line's words, in order, in a reused buffer. */
export class WordHashes {
  values = new Uint32Array(256);
  count = 0;

  clear(): void {
    this.count = 0;
  }

  add(hash: number): void {
    if (this.count === this.values.length) {
      const grown = new Uint32Array(2 * this.values.length);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = hash;
  }

  addWordsOf(normalized: string): void {
    this.clear();
    if (normalized !== '') for (const word of normalized.split(' ')) this.add(fnv1aString(word));
  }
}

export function normalizeLine(text: string): string {
  return simpleForm(text) ?? text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').trim();
}
