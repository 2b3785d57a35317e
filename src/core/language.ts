/**
 * The language a document is written in, so a reviewer is told when the English-only detectors
 * (names, dates, quotations) read a foreign page. franc-min (trigram profiles of the 82 languages
 * with 8 million speakers or more; offline, about 150 KB) reads the article's own lines only: menus
 * and related-story lists of a foreign site are often in English, and the other way round.
 * Codes are ISO 639-3, as franc gives them ("eng", "por", "kor", "ita").
 */
import { franc } from 'franc-min';
import type { Span } from './types';

/** Trigrams of the first few thousand characters tell the language as well as all of them, at a fraction of the cost. */
const SAMPLE_CHARS = 2000;
/** Less running text than this (after names and figures are left out) is too little to tell. */
const MIN_CHARS = 60;
export const ENGLISH = 'eng';
/** Words common in any English text and rare in others': when they are this share of the words, it is English without asking franc (5x faster). */
const ENGLISH_WORDS = new Set(['the', 'and', 'of', 'to', 'was', 'for', 'that', 'with', 'said', 'from', 'his', 'her', 'they', 'have', 'has', 'been', 'which', 'were', 'would', 'after', 'this', 'their', 'will', 'its']);
const ENGLISH_SHARE = 0.1;
/** A word of lower-case letters, or of a script without case; names (capitalised) and figures say little of the language. */
const LANGUAGE_WORD = /(?<![\p{L}\p{N}])(?:\p{Ll}[\p{Ll}'’-]*|[\p{Lo}\p{M}]+)/gu;

/** ISO 639-3 code of the text outside `boilerplate` (sorted spans), or null when it has too little running text to tell. */
export function detectLanguage(text: string, boilerplate: readonly Span[]): string | null {
  const sample = articleSample(text, boilerplate);
  const ascii = !NON_ASCII_WORD_CHAR.test(sample);
  if (ascii && isMostlyEnglish(sample)) return ENGLISH;
  const words = languageWords(sample, ascii);
  // An ASCII sample has had the English test above, by its scan; the others take it on their words.
  if (!ascii && isEnglishShare(words)) return ENGLISH;
  const code = franc(words.join(' '), { minLength: MIN_CHARS });
  return code === 'und' ? null : code;
}

/** The first SAMPLE_CHARS characters of the text outside the boilerplate regions. */
function articleSample(text: string, boilerplate: readonly Span[]): string {
  let sample = '';
  let at = 0;
  for (const region of [...boilerplate, { start: text.length, end: text.length }]) {
    if (region.start > at) sample += text.slice(at, Math.min(region.start, at + SAMPLE_CHARS - sample.length));
    at = Math.max(at, region.end);
    if (sample.length >= SAMPLE_CHARS) break;
  }
  return sample;
}

/**
 * LANGUAGE_WORD on a text whose letters, digits and marks are all ASCII (punctuation such as ’ “ — may be
 * anything): the same words, found twice as fast as by the Unicode classes.
 */
const ASCII_LANGUAGE_WORD = /(?<![A-Za-z0-9])[a-z][a-z'’-]*/g;
/** A letter, digit or mark outside ASCII: the text needs LANGUAGE_WORD itself. */
const NON_ASCII_WORD_CHAR = /(?!\p{ASCII})[\p{L}\p{N}\p{M}]/u;

function isEnglishShare(words: readonly string[]): boolean {
  const english = words.reduce((count, word) => count + (ENGLISH_WORDS.has(word) ? 1 : 0), 0);
  return words.length > 0 && english / words.length >= ENGLISH_SHARE;
}

function languageWords(sample: string, ascii: boolean): string[] {
  return sample.match(ascii ? ASCII_LANGUAGE_WORD : LANGUAGE_WORD) ?? [];
}

/**
 * ENGLISH_WORDS by their first letter: a word of the sample is compared in place with the few that
 * share its first letter, not sliced and hashed (a slice per word cost as much as the pattern's array).
 */
const ENGLISH_BY_FIRST = ((): string[][] => {
  const table: string[][] = Array.from({ length: 128 }, () => []);
  for (const word of ENGLISH_WORDS) table[word.charCodeAt(0)]!.push(word);
  return table;
})();

function isEnglishWordAt(sample: string, start: number, end: number): boolean {
  for (const word of ENGLISH_BY_FIRST[sample.charCodeAt(start)]!) if (word.length === end - start && sample.startsWith(word, start)) return true;
  return false;
}

/**
 * The English test of detectLanguage on an ASCII sample, by a scan of its character codes that
 * finds the words of ASCII_LANGUAGE_WORD: most documents are English, and matching the pattern
 * made an array of every word of the sample only to count them (1-2 % of a 4 KB seed).
 */
export function isMostlyEnglish(sample: string): boolean {
  let words = 0;
  let english = 0;
  for (let index = 0; index < sample.length; ) {
    if (!isLowerAscii(sample.charCodeAt(index)) || (index > 0 && isAsciiLetterOrDigit(sample.charCodeAt(index - 1)))) {
      index++;
      continue;
    }
    let end = index + 1;
    while (end < sample.length && isAsciiWordPart(sample.charCodeAt(end))) end++;
    words++;
    if (isEnglishWordAt(sample, index, end)) english++;
    index = end;
  }
  return words > 0 && english / words >= ENGLISH_SHARE;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isLowerAscii(code) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** [a-z'’-]: what ASCII_LANGUAGE_WORD takes after a word's first letter. */
function isAsciiWordPart(code: number): boolean {
  return isLowerAscii(code) || code === 39 || code === 0x2019 || code === 45;
}

/** What a reviewer of a document in `language` must know, or null for English and unknown text. */
export function englishOnlyNotice(language: string | null | undefined): string | null {
  if (!language || language === ENGLISH) return null;
  return `Written in ${languageName(language)}: names, dates and quotations are detected in English only and may be missing or wrong.`;
}

export function languageName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}
