/**
 * Splits raw text into words the way CoNLL-2003 tokenized its news, so that name spans come out
 * exact: "Bitar's" is "Bitar" + "'s", "(Reuters)" is "(" + "Reuters" + ")", "U.S." stays one word.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Runs of non-space, with dashes used as punctuation split off. */
const CHUNK = /[^\s—–|]+|[—–|]/g;
const LEADING = new Set(['"', "'", '“', '”', '‘', '’', '(', '[', '{', '«', '»', '„', '$']);
const TRAILING = new Set([',', '.', ';', ':', '!', '?', '%', ')', ']', '}', '"', "'", '“', '”', '‘', '’', '»', '…']);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'gen', 'gov', 'sen', 'rep', 'lt',
  'col', 'capt', 'sgt', 'prof', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'no', 'mt', 'ft', 'bros',
]);
/** Letters separated by periods ("U.S", "U.N") or a single capital (an initial "J"). */
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u;
/** "PTIUpdated": a glued all-caps word followed by a capitalized word (scraped page furniture). */
const GLUED_CAPITALS = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})$/u;

export function tokenizeLine(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const contentEnd = text.trimEnd().length;
  CHUNK.lastIndex = 0;
  for (let match = CHUNK.exec(text); match; match = CHUNK.exec(text)) {
    splitChunk(match[0], offset + match.index, tokens, CHUNK.lastIndex === contentEnd);
  }
  return tokens;
}

/** `lineEnd`: a final period there ends the sentence even after an abbreviation ("... Corp."). */
function splitChunk(chunk: string, offset: number, tokens: Token[], lineEnd: boolean): void {
  let start = 0;
  let end = chunk.length;
  while (start < end - 1 && LEADING.has(chunk.charAt(start))) {
    tokens.push({ text: chunk.charAt(start), start: offset + start, end: offset + start + 1 });
    start++;
  }
  const trailing: Token[] = [];
  let sentenceEnd = lineEnd;
  while (end - start > 1 && TRAILING.has(chunk.charAt(end - 1)) && (sentenceEnd || !isAbbreviation(chunk, start, end))) {
    trailing.push({ text: chunk.charAt(end - 1), start: offset + end - 1, end: offset + end });
    end--;
    sentenceEnd = false;
  }
  const clitic = cliticLength(chunk, start, end);
  pushWord(chunk.slice(start, end - clitic), offset + start, tokens);
  if (clitic > 0) tokens.push({ text: chunk.slice(end - clitic, end), start: offset + end - clitic, end: offset + end });
  for (let index = trailing.length - 1; index >= 0; index--) tokens.push(trailing[index]!);
}

/** A final period that belongs to the word ("U.S.", "Mr.", "J."), not to the sentence. */
function isAbbreviation(chunk: string, start: number, end: number): boolean {
  if (chunk.charAt(end - 1) !== '.') return false;
  const stem = chunk.slice(start, end - 1);
  if (stem.endsWith('.')) return false;
  return DOTTED_LETTERS.test(stem) || ABBREVIATIONS.has(stem.toLowerCase());
}

/** Length of a possessive or negation clitic at the end ("'s", "’s", "n't"), else 0. */
function cliticLength(chunk: string, start: number, end: number): number {
  if (end - start < 3) return 0;
  const last2 = chunk.slice(end - 2, end).toLowerCase();
  if (last2 === "'s" || last2 === '’s') return 2;
  const last3 = chunk.slice(end - 3, end).toLowerCase();
  if ((last3 === "n't" || last3 === 'n’t') && end - start > 3) return 3;
  return 0;
}

function pushWord(word: string, start: number, tokens: Token[]): void {
  const glued = GLUED_CAPITALS.exec(word);
  if (glued) {
    const split = glued[1]!.length;
    tokens.push({ text: word.slice(0, split), start, end: start + split });
    tokens.push({ text: word.slice(split), start: start + split, end: start + word.length });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length });
}
