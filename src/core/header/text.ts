/** Line measures shared by the header readers. */

/** JavaScript's white space (`\s`): its Unicode spaces and the line terminators. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Runs of non-space characters, as `text.split(/\s+/).filter(Boolean).length` counts them, in one scan. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = isWhiteSpace(text.charCodeAt(i));
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}

/** Whether `text` has more than `most` words, scanning only as far as needed (a long paragraph is not counted to its end). */
export function hasMoreWords(text: string, most: number): boolean {
  // More than `most` words take at least `2 * most + 1` characters (a character each and a space between):
  // a shorter line, as most lines of a page's furniture are, is not scanned.
  if (text.length <= 2 * most) return false;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = isWhiteSpace(text.charCodeAt(i));
    if (!isSpace && !inWord && ++count > most) return true;
    inWord = !isSpace;
  }
  return false;
}

/** Below this code point no character is Han, Hiragana or Katakana (CJK Radicals start at U+2E80). */
const FIRST_UNSPACED = 0x2e80;

function mayHoldUnspacedScript(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= FIRST_UNSPACED) return true;
  return false;
}

/** Scripts written without spaces (Japanese, Chinese): a headline there is one "word". */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Words of a line, counting a run of unspaced script as one word per four characters. */
export function readingWords(text: string): number {
  const words = wordCount(text);
  return mayHoldUnspacedScript(text) && UNSPACED_SCRIPT.test(text) ? Math.max(words, Math.floor(text.trim().length / 4)) : words;
}

const SENTENCE_END = /[.!?。][)"”’]*\s*$/;
const CAPITALIZED = /^\p{Lu}/u;
/** Share of capitalized words above which a line is written in title case, as headlines are. */
const TITLE_CASE_SHARE = 0.7;

/** A paragraph of prose: enough words, and ends as a sentence or is long and not in title case. */
export function isProse(text: string): boolean {
  const words = readingWords(text);
  if (words < 12) return false;
  if (SENTENCE_END.test(text)) return true;
  return words >= 20 && !isTitleCase(text);
}

/** Most words capitalized, as a headline or a name is written ("Council Unveils Harbour Bridge Plan"). */
export function isTitleCase(text: string): boolean {
  // One scan, no array of words: a paragraph-long line is asked too, and a 1 MB line of one paragraph was a 230,000-word array.
  let words = 0;
  let capitalized = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = isWhiteSpace(code);
    if (!isSpace && !inWord) {
      words++;
      if (code < 0x80 ? code >= 0x41 && code <= 0x5a : CAPITALIZED.test(text.slice(i, i + 2))) capitalized++;
    }
    inWord = !isSpace;
  }
  return words > 0 && capitalized / words >= TITLE_CASE_SHARE;
}
