/**
 * Word counts of one line from a single scan of its character codes. No regular expression, no
 * match object and no string per word: the engine measures every line of every document on each
 * keystroke, and slicing and lower-casing each word to look it up was most of the cost.
 */
import { MAX_STOP_WORD_LENGTH, STOP_WORD_HASH_START, isStopWordAt, stopWordHashStep } from './stopwords';

export interface WordCounts {
  words: number;
  /** Words that start with a digit. */
  numbers: number;
  stopWords: number;
  /** Words that start with a capital letter, and words that start with any cased letter. */
  capitalized: number;
  cased: number;
  /** Han, kana and Hangul characters. */
  ideographs: number;
}

/** Apostrophes and hyphens join letters into one word ("don't", "well-known"). */
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;

function isIdeograph(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff) || (code >= 0xf900 && code <= 0xfaff);
}

/** Letters, digits and combining marks of any script; punctuation, symbols, spaces and emoji are not. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  return !((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xd800 && code <= 0xdfff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff20));
}

/** Adds the counts of `text` to `counts`, which start at zero (the line's features, filled in place). */
export function countWordsInto(text: string, counts: WordCounts): void {
  let start = -1;
  let hash = STOP_WORD_HASH_START;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    let inWord: boolean;
    if (code < 0x80) {
      // ASCII first, as most characters are: no ideograph, and only two of the joiners.
      const isLetterOrDigit = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
      inWord = isLetterOrDigit || (start >= 0 && (code === APOSTROPHE || code === HYPHEN) && isWordCode(text.charCodeAt(i + 1)));
    } else {
      if (isIdeograph(code)) counts.ideographs++;
      inWord = isWordCode(code) || (start >= 0 && code === RIGHT_SINGLE_QUOTE && isWordCode(text.charCodeAt(i + 1)));
    }
    if (inWord) {
      if (start < 0) {
        start = i;
        hash = STOP_WORD_HASH_START;
      }
      // Longer words are no stop words: their hash is not needed.
      if (i - start < MAX_STOP_WORD_LENGTH) hash = stopWordHashStep(hash, code);
    } else if (start >= 0) {
      countWord(text, start, i, hash, counts);
      start = -1;
    }
  }
}

/** Per UTF-16 code unit: 0 not yet known, 1 no case, 2 lower case, 3 upper case (as `toLowerCase` sees it alone). */
const LETTER_CASE = new Uint8Array(0x10000);
const NO_CASE = 1;
const UPPER_CASE = 3;

function letterCase(code: number): number {
  let known = LETTER_CASE[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    known = lower === char.toUpperCase() ? NO_CASE : char !== lower ? UPPER_CASE : 2;
    LETTER_CASE[code] = known;
  }
  return known;
}

function countWord(text: string, start: number, end: number, hash: number, counts: WordCounts): void {
  counts.words++;
  const first = text.charCodeAt(start);
  if (first >= 0x30 && first <= 0x39) counts.numbers++;
  const firstCase = first < 0x80
    ? (first >= 0x41 && first <= 0x5a ? UPPER_CASE : first >= 0x61 && first <= 0x7a ? 2 : NO_CASE)
    : letterCase(first);
  if (firstCase !== NO_CASE) {
    counts.cased++;
    if (firstCase === UPPER_CASE) counts.capitalized++;
  }
  if (isStopWordAt(text, start, end, hash)) counts.stopWords++;
}
