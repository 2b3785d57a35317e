/**
 * Splits raw text into words the way CoNLL-2003 tokenized its news, so that name spans come out
 * exact: "Bitar's" is "Bitar" + "'s", "(Reuters)" is "(" + "Reuters" + ")", "U.S." stays one word.
 * Every line of every document passes through here, so it scans character codes instead of
 * running regular expressions and slicing per chunk.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Marks that come off the front of a chunk. */
const LEADING = 1;
/** Marks that come off the end of a chunk. */
const TRAILING = 2;
/** Dashes used as punctuation and the pipe are words of their own even when glued to others. */
const SEPARATE = 4;
/** Character code -> its kinds of mark (bits above): a table look-up per character instead of a set's hashing. */
const MARKS = markTable([
  [LEADING, ['"', "'", '“', '”', '‘', '’', '(', '[', '{', '<', '«', '»', '„', '$']],
  [TRAILING, [',', '.', ';', ':', '!', '?', '%', ')', ']', '}', '>', '"', "'", '“', '”', '‘', '’', '»', '…']],
  [SEPARATE, ['—', '–', '|']],
]);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'gen', 'gov', 'sen', 'sens', 'rep', 'reps', 'hon', 'rt', 'lt',
  'col', 'capt', 'sgt', 'prof', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'no', 'mt', 'ft', 'bros',
]);
/** Letters separated by periods ("U.S", "U.N") or a single capital (an initial "J"). */
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u;
/** "PTIUpdated": a glued all-caps word followed by a capitalized word (scraped page furniture). */
const GLUED_CAPITALS = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})$/u;
const PERIOD = 46;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

function markTable(kinds: readonly [number, readonly string[]][]): Uint8Array {
  const codes = kinds.flatMap(([kind, marks]) => marks.map((mark) => [kind, mark.charCodeAt(0)] as const));
  const table = new Uint8Array(Math.max(...codes.map(([, code]) => code)) + 1);
  for (const [kind, code] of codes) table[code]! |= kind;
  return table;
}

function isMark(code: number, kind: number): boolean {
  return code < MARKS.length && (MARKS[code]! & kind) !== 0;
}

/** An ASCII digit, by code. */
export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** What `\s` matches: ASCII white space, no-break and typographic spaces, line separators, BOM. */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

export function tokenizeLine(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let contentEnd = text.length;
  while (contentEnd > 0 && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  let index = 0;
  while (index < contentEnd) {
    const code = text.charCodeAt(index);
    if (isSpace(code)) {
      index++;
    } else if (isMark(code, SEPARATE)) {
      tokens.push({ text: text.charAt(index), start: offset + index, end: offset + index + 1 });
      index++;
    } else {
      let end = index + 1;
      while (end < contentEnd) {
        const next = text.charCodeAt(end);
        if (isSpace(next) || isMark(next, SEPARATE)) break;
        end++;
      }
      splitChunk(text, index, end, offset, tokens, end === contentEnd);
      index = end;
    }
  }
  return tokens;
}

/** The chunk text[start, end); `lineEnd`: a final period there ends the sentence even after an abbreviation ("... Corp."). */
function splitChunk(text: string, start: number, end: number, offset: number, tokens: Token[], lineEnd: boolean): void {
  while (start < end - 1 && isMark(text.charCodeAt(start), LEADING)) {
    tokens.push({ text: text.charAt(start), start: offset + start, end: offset + start + 1 });
    start++;
  }
  // Trailing marks come off from the end, one at a time; they go after the word and its clitic.
  let wordEnd = end;
  let sentenceEnd = lineEnd;
  while (wordEnd - start > 1 && isMark(text.charCodeAt(wordEnd - 1), TRAILING) && (sentenceEnd || !isAbbreviation(text, start, wordEnd))) {
    wordEnd--;
    sentenceEnd = false;
  }
  const clitic = cliticLength(text, start, wordEnd);
  pushWord(text.slice(start, wordEnd - clitic), offset + start, tokens);
  if (clitic > 0) tokens.push({ text: text.slice(wordEnd - clitic, wordEnd), start: offset + wordEnd - clitic, end: offset + wordEnd });
  for (let mark = wordEnd; mark < end; mark++) tokens.push({ text: text.charAt(mark), start: offset + mark, end: offset + mark + 1 });
}

/** A final period that belongs to the word ("U.S.", "Mr.", "J."), not to the sentence. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end - 1) !== PERIOD) return false;
  if (end - 1 > start && text.charCodeAt(end - 2) === PERIOD) return false;
  const stem = text.slice(start, end - 1);
  return DOTTED_LETTERS.test(stem) || ABBREVIATIONS.has(stem.toLowerCase());
}

/** A module function, not a closure made on every call (one per word of every line: 6 MB of closures a megabyte of text). */
function apostrophe(code: number): boolean {
  return code === APOSTROPHE || code === RIGHT_QUOTE;
}

/** Length of a possessive or negation clitic at the end ("'s", "’s", "n't"), else 0. */
function cliticLength(text: string, start: number, end: number): number {
  if (end - start < 3) return 0;
  const last = text.charCodeAt(end - 1) | 0x20;
  if (last === 115 /* s */ && apostrophe(text.charCodeAt(end - 2))) return 2;
  if (last === 116 /* t */ && end - start > 3 && apostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 3) | 0x20) === 110 /* n */) return 3;
  return 0;
}

function pushWord(word: string, start: number, tokens: Token[]): void {
  const joint = roleJoint(word);
  if (joint > 0) {
    pushWord(word.slice(0, joint), start, tokens);
    tokens.push({ text: '_', start: start + joint, end: start + joint + 1 });
    pushWord(word.slice(joint + 1), start + joint + 1, tokens);
    return;
  }
  // Only a word of five or more letters whose first two are capitals can be glued (a cheap test first).
  const glued = word.length >= 5 && isUpperCase(word, 0) && isUpperCase(word, 1) ? GLUED_CAPITALS.exec(word) : null;
  if (glued) {
    const split = glued[1]!.length;
    tokens.push({ text: word.slice(0, split), start, end: start + split });
    tokens.push({ text: word.slice(split), start: start + split, end: start + word.length });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length });
}

const UNDERSCORE = 95;

/**
 * Where an underscore joins a word to a capitalized one in staff lists ("Choreographer_Jeong",
 * "Make-up_Kim"): the role is no part of the name. A handle ("@PFF_Browns") keeps its underscores.
 * -1 when there is none.
 */
function roleJoint(word: string): number {
  const joint = word.indexOf('_');
  if (joint <= 0 || joint + 1 >= word.length || word.charCodeAt(0) === 64 /* @ */ || word.charCodeAt(0) === 35 /* # */) return -1;
  const before = word.charAt(joint - 1);
  return before.toLowerCase() !== before.toUpperCase() && isUpperCase(word, joint + 1) && word.charCodeAt(joint + 1) !== UNDERSCORE ? joint : -1;
}

function isUpperCase(word: string, index: number): boolean {
  const code = word.charCodeAt(index);
  // ASCII by its code (most words); the rest by lower-casing, which allocates.
  if (code < 128) return code >= 65 && code <= 90;
  const character = word.charAt(index);
  return character !== character.toLowerCase();
}
