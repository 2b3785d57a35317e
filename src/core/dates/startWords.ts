/**
 * Where rules may match: one reading of the text finds every start word and required word of the
 * rules (as `\b` sees words: whole runs of ASCII letters, digits and `_`) and every digit that
 * follows no other digit. Rules are then tried at those offsets only, and not at all when the text
 * holds none of their required words, instead of some thirty patterns each being tried at every
 * offset of the text. The reading is a loop over the characters, not a pattern's scan: on a
 * date-dense text ("May May 2025" repeated) a scan finding every "the", "May" and number made a
 * match array and a string for each, most of the dates' time and garbage.
 */
import type { DateRule } from './rule';

interface RuleWord {
  word: string;
  /** Indices of the rules that may start with the word. */
  startOf: number[];
  /** For each of them, the characters that may follow the word (by code; see DateRule.afterStartWord), or null for any. */
  followedBy: (Uint8Array | null)[];
  /** Indices of the rules that need the word (or another of their required words) in the text. */
  requiredBy: number[];
}

export interface RuleWordTable {
  /** The words by their length and first character (see wordSlot): the few a run of the text may be. */
  wordsBySlot: (RuleWord[] | null)[];
  /** Rules whose matches start at a number (`DateRule.startsAtNumber`). */
  numberRules: number[];
  /** Per rule, whether it runs whatever the words of the text: it has no required words. */
  alwaysRuns: boolean[];
}

export interface RuleStarts {
  /** Per rule, in text order, the offsets where it may match; empty for rules that are run over the whole text. */
  offsets: (readonly number[])[];
  /** Per rule, whether the text holds one of its required words (true for a rule without any). */
  runs: boolean[];
}

/** A word the reading can find: it starts with a letter, so no start of a number is taken for it. */
const SCANNED_WORD = /^[A-Za-z_]\w*$/;

/** Words' first characters are ASCII: a slot per length and first character. */
const wordSlot = (length: number, firstCode: number): number => length * 128 + firstCode;

export function ruleWordTable(rules: readonly DateRule[]): RuleWordTable {
  const words = new Map<string, RuleWord>();
  const entry = (word: string): RuleWord => {
    if (!SCANNED_WORD.test(word)) throw new Error(`Date rule word "${word}" is not one word starting with a letter`);
    let found = words.get(word);
    if (!found) words.set(word, (found = { word, startOf: [], followedBy: [], requiredBy: [] }));
    return found;
  };
  rules.forEach((rule, index) => {
    // Number rules share one list of offsets, which start words would break.
    if (rule.startsAtNumber && rule.startWords) throw new Error(`Date rule ${rule.pattern.source} starts both at words and at numbers`);
    const followedBy = rule.afterStartWord === undefined ? null : characterSet(rule.afterStartWord);
    for (const word of new Set(rule.startWords)) {
      entry(word).startOf.push(index);
      entry(word).followedBy.push(followedBy);
    }
    for (const word of new Set(rule.requiredWords)) entry(word).requiredBy.push(index);
  });
  const longest = Math.max(...[...words.keys()].map((word) => word.length));
  // Every slot filled: an array with holes this far apart would be kept as a dictionary, slower to read.
  const wordsBySlot: (RuleWord[] | null)[] = new Array<RuleWord[] | null>(wordSlot(longest + 1, 0)).fill(null);
  for (const word of words.values()) (wordsBySlot[wordSlot(word.word.length, word.word.charCodeAt(0))] ??= []).push(word);
  return {
    wordsBySlot,
    numberRules: rules.flatMap((rule, index) => (rule.startsAtNumber ? [index] : [])),
    alwaysRuns: rules.map((rule) => rule.requiredWords === undefined),
  };
}

function characterSet(characters: string): Uint8Array {
  const set = new Uint8Array(128);
  for (const character of characters) {
    if (character.charCodeAt(0) >= 128 || isPassedOver(character.charCodeAt(0))) throw new Error(`"${character}" cannot follow a date rule's start word`);
    set[character.charCodeAt(0)] = 1;
  }
  return set;
}

/** The table's word that is text[start, end) whole (a run of word characters opening with a letter), if any. */
function ruleWordAt(table: RuleWordTable, text: string, start: number, end: number): RuleWord | undefined {
  const slot = wordSlot(end - start, text.charCodeAt(start));
  const candidates = slot < table.wordsBySlot.length ? table.wordsBySlot[slot] : null;
  if (!candidates) return undefined;
  for (let index = 0; index < candidates.length; index++) if (text.startsWith(candidates[index]!.word, start)) return candidates[index];
  return undefined;
}

export function ruleStarts(text: string, table: RuleWordTable): RuleStarts {
  const offsets: number[][] = table.alwaysRuns.map(() => []);
  const numberStarts: number[] = [];
  for (const rule of table.numberRules) offsets[rule] = numberStarts;
  const runs = [...table.alwaysRuns];
  const length = text.length;
  for (let start = 0; start < length; start++) {
    const first = text.charCodeAt(start);
    if (!isWordCharacter(first)) continue;
    // A run of word characters: a digit in it that follows no other digit starts a number ("2025", the 1 of "Q1").
    let end = start;
    let afterDigit = false;
    while (end < length) {
      const code = text.charCodeAt(end);
      if (!isWordCharacter(code)) break;
      const digit = code <= 0x39 && code >= 0x30;
      if (digit && !afterDigit) numberStarts.push(end);
      afterDigit = digit;
      end++;
    }
    const word = first > 0x39 ? ruleWordAt(table, text, start, end) : undefined;
    if (word) addWord(offsets, runs, word, start, followingCharacter(text, end));
    start = end;
  }
  return { offsets, runs };
}

function addWord(offsets: number[][], runs: boolean[], word: RuleWord, start: number, following: number): void {
  for (let index = 0; index < word.startOf.length; index++) {
    const followedBy = word.followedBy[index]!;
    if (!followedBy || (following >= 0 && followedBy[following] === 1)) offsets[word.startOf[index]!]!.push(start);
  }
  for (let index = 0; index < word.requiredBy.length; index++) runs[word.requiredBy[index]!] = true;
}

/** The first character from `at` that is not passed over (see DateRule.afterStartWord), by code (ASCII); -1 at the end. */
function followingCharacter(text: string, at: number): number {
  let next = at;
  while (next < text.length && isPassedOver(text.charCodeAt(next))) next++;
  return next < text.length ? text.charCodeAt(next) : -1;
}

/** ASCII white space and `.`, `,`, `-`, `'`, and every character beyond ASCII (Unicode spaces, curly apostrophes). */
function isPassedOver(code: number): boolean {
  return code >= 0x80 || code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2e || code === 0x2c || code === 0x2d || code === 0x27;
}

/** A character of a word as `\b` sees it: an ASCII letter or digit, or `_`. */
function isWordCharacter(code: number): boolean {
  return code >= 0x61 ? code <= 0x7a : code >= 0x41 ? code <= 0x5a || code === 0x5f : code >= 0x30 && code <= 0x39;
}
