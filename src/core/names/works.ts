/**
 * Titles of works quoted or bracketed in running text ("“Jesus Is Just Alright With Me”", "<The
 * Palace: Tale of Jang Noksu>", "[Takin’ It To The Streets]") are titles, not names (CoNLL counts
 * them as miscellaneous): a phrase of three or more words between quote marks or brackets, written
 * in title case, with an ordinary English word among its capitalized words, names nothing inside it.
 * A quoted name ("“Mary Poppins”") has no ordinary word and stays. Neither is a quoted phrase in
 * another language a name.
 */
import { keptWordInfo } from './cues';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { WordList } from './model';
import { listCue } from './wordCues';

/** Opening mark -> its closing mark (a Map: a word like "constructor" is no key of it). */
const CLOSING: ReadonlyMap<string, string> = new Map([['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['<', '>'], ['[', ']'], ['«', '»']]);
const OPENING_MARK = listCue(CLOSING.keys());
const MIN_WORDS = 3;
const LONG_WORD = 4;
const MIN_FOREIGN_WORDS = 4;
const QUOTES = new Set(['“', '"', '‘', "'", '«']);

/** The lines with names inside quoted or bracketed titles of works dropped (labels copied where changed). */
export function dropWorkTitleNames(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>, ordinaryWords: WordList): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    if (line.style === 'caps' || line.style === 'table' || (line.cues.line & OPENING_MARK) === 0 || !hasName(line.labels)) return line;
    const { tokens, cues } = line;
    let labels: Uint8Array | null = null;
    for (let open = 0; open < tokens.length; open++) {
      const closing = (cues.words[open]! & OPENING_MARK) === 0 ? undefined : CLOSING.get(tokens[open]!.text);
      if (!closing) continue;
      let close = open + 1;
      while (close < tokens.length && tokens[close]!.text !== closing) close++;
      if (close >= tokens.length) break;
      if (isWorkTitle(line, open + 1, close, commonWords, ordinaryWords)) {
        labels ??= line.labels.slice();
        labels.fill(0, open + 1, close);
      }
      open = close;
    }
    return labels ? { ...line, labels } : line;
  });
}

/** Whether a word of labels[from, to) is in a name. */
function hasName(labels: Uint8Array, from = 0, to = labels.length): boolean {
  for (let index = from; index < to; index++) if (labels[index] !== 0) return true;
  return false;
}

/** Title case over tokens[from, to), three words or more, an ordinary word capitalized, and a name the tagger found inside. */
function isWorkTitle({ tokens, labels }: TaggedLine, from: number, to: number, commonWords: ReadonlySet<string>, ordinaryWords: WordList): boolean {
  if (to - from < MIN_WORDS || !hasName(labels, from, to)) return false;
  if (isForeignPhrase(tokens, from, to, commonWords, ordinaryWords)) return true;
  let ordinary = false;
  for (let index = from; index < to; index++) {
    const word = tokens[index]!.text;
    const first = word.charAt(0);
    const capitalized = first !== first.toLowerCase();
    if (!capitalized) {
      if (word.length >= LONG_WORD && first !== first.toUpperCase()) return false;
      continue;
    }
    const lower = word.toLowerCase();
    if (keptWordInfo(word, commonWords).common || ordinaryWords.has(lower)) ordinary = true;
  }
  return ordinary;
}

/**
 * Four or more capitalized words between quote marks, none an English word, are a phrase in
 * another language ("'Pagal Awara Kutto Se Darna...'"), quoted, not a name: names this long have
 * an English word or a lower-case joiner ("Bank of England").
 */
function isForeignPhrase(tokens: TaggedLine['tokens'], from: number, to: number, commonWords: ReadonlySet<string>, ordinaryWords: WordList): boolean {
  if (!QUOTES.has(tokens[from - 1]!.text)) return false;
  // The words read in place, and the first that is no foreign capitalized word ends the look (a quoted sentence's second word, mostly).
  let words = 0;
  for (let index = from; index < to; index++) {
    const word = tokens[index]!.text;
    if (!/^\p{L}/u.test(word)) continue;
    if (!/^\p{Lu}/u.test(word) || keptWordInfo(word, commonWords).common || ordinaryWords.has(word.toLowerCase())) return false;
    words++;
  }
  return words >= MIN_FOREIGN_WORDS;
}
