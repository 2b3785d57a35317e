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
    if (!found) words.set(word, (found = { word, startOf: [], requiredBy: [] }));
    return found;
  };
  rules.forEach((rule, index) => {
    // Number rules share one list of offsets, which start words would break.
    if (rule.startsAtNumber && rule.startWords) throw new Error(`Date rule ${rule.pattern.source} starts both at words and at numbers`);
    for (const word of new Set(rule.startWords)) entry(word).startOf.push(index);
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
    if (word) addWord(offsets, runs, word, start);
    start = end;
  }
  return { offsets, runs };
}

/** A character of a word as `\b` sees it: an ASCII letter or digit, or `_`. */
function isWordCharacter(code: number): boolean {
  return code >= 0x61 ? code <= 0x7a : code >= 0x41 ? code <= 0x5a || code === 0x5f : code >= 0x30 && code <= 0x39;
}

function addWord(offsets: number[][], runs: boolean[], word: RuleWord, start: number): void {
  for (let index = 0; index < word.startOf.length; index++) offsets[word.startOf[index]!]!.push(start);
  for (let index = 0; index < word.requiredBy.length; index++) runs[word.requiredBy[index]!] = true;
}
