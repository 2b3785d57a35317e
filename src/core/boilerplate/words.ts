/**
 * Word counts of one line from a single scan of its character codes. No regular expression and no
 * match object per word: the engine measures every line of every document on each keystroke.
 */
import { STOP_WORDS } from './stopwords';

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

/** No stop word is longer; longer words skip the lookup. */
const MAX_STOP_WORD_LENGTH = 12;
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

/** Apostrophes and hyphens join letters into one word ("don't", "well-known"). */
function isJoiner(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE || code === HYPHEN;
}

export function countWords(text: string): WordCounts {
  const counts: WordCounts = { words: 0, numbers: 0, stopWords: 0, capitalized: 0, cased: 0, ideographs: 0 };
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isIdeograph(code)) counts.ideographs++;
    const inWord = isWordCode(code) || (start >= 0 && isJoiner(code) && isWordCode(text.charCodeAt(i + 1)));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      countWord(text, start, i, counts);
      start = -1;
    }
  }
  return counts;
}

function countWord(text: string, start: number, end: number, counts: WordCounts): void {
  counts.words++;
  const first = text.charAt(start);
  if (first >= '0' && first <= '9') counts.numbers++;
  const lower = first.toLowerCase();
  if (lower !== first.toUpperCase()) {
    counts.cased++;
    if (first !== lower) counts.capitalized++;
  }
  if (end - start <= MAX_STOP_WORD_LENGTH && STOP_WORDS.has(text.slice(start, end).toLowerCase())) counts.stopWords++;
}
