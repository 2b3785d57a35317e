/**
 * Where rules with start words may match: one scan of the text finds the words (runs of ASCII
 * letters, digits and `_`, as `\b` sees them) and looks each up by a hash of its character codes,
 * so no string is made per word; it notes where runs of digits begin, for the rules that start at a
 * number. Rules are then tried at those offsets only, instead of some thirty patterns each being
 * tried at every offset of the text.
 */
import type { DateRule } from './rule';

interface StartWord {
  word: string;
  /** Indices of the rules that may start with the word. */
  rules: number[];
}

/**
 * Start words by hash in an open-addressing table: most words of a text are none, and a slot that is
 * empty or holds another hash says so faster than a Map lookup.
 */
export interface StartWordTable {
  /** Per slot, an index into `words` plus one; 0 for an empty slot. */
  slots: Uint16Array;
  hashes: Int32Array;
  words: StartWord[];
  /** Rules whose matches start at a number (`DateRule.startsAtNumber`). */
  numberRules: number[];
  shortest: number;
  longest: number;
}

const SLOT_COUNT = 1024;
const SLOT_MASK = SLOT_COUNT - 1;

function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

function hashOf(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}

export function startWordTable(rules: readonly DateRule[]): StartWordTable {
  const byWord = new Map<string, number[]>();
  rules.forEach((rule, index) => {
    for (const word of rule.startWords ?? []) {
      const indices = byWord.get(word) ?? [];
      if (!indices.includes(index)) indices.push(index);
      byWord.set(word, indices);
    }
  });
  const numberRules = rules.flatMap((rule, index) => (rule.startsAtNumber ? [index] : []));
  const table: StartWordTable = { slots: new Uint16Array(SLOT_COUNT), hashes: new Int32Array(SLOT_COUNT), words: [], numberRules, shortest: Infinity, longest: 0 };
  for (const [word, indices] of byWord) {
    const hash = hashOf(word);
    let slot = hash & SLOT_MASK;
    while (table.slots[slot] !== 0) slot = (slot + 1) & SLOT_MASK;
    table.words.push({ word, rules: indices });
    table.slots[slot] = table.words.length;
    table.hashes[slot] = hash;
    table.shortest = Math.min(table.shortest, word.length);
    table.longest = Math.max(table.longest, word.length);
  }
  return table;
}

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * For each rule, in text order, the offsets where one of its start words stands, or for a rule
 * that starts at a number, where a run of digits begins; empty for other rules.
 */
export function startOffsets(text: string, table: StartWordTable, ruleCount: number): number[][] {
  const offsets: number[][] = Array.from({ length: ruleCount }, () => []);
  let start = -1;
  let hash = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isDigit(code) && !isDigit(text.charCodeAt(i - 1))) for (const rule of table.numberRules) offsets[rule]!.push(i);
    if (isWordCode(code)) {
      if (start < 0) {
        start = i;
        hash = 0;
      }
      hash = hashStep(hash, code);
      continue;
    }
    if (start < 0) continue;
    const length = i - start;
    if (length >= table.shortest && length <= table.longest) addOffsets(offsets, table, hash, text, start, length);
    start = -1;
  }
  return offsets;
}

function addOffsets(offsets: number[][], table: StartWordTable, hash: number, text: string, start: number, length: number): void {
  for (let slot = hash & SLOT_MASK; table.slots[slot] !== 0; slot = (slot + 1) & SLOT_MASK) {
    if (table.hashes[slot] !== hash) continue;
    const entry = table.words[table.slots[slot]! - 1]!;
    if (entry.word.length !== length || !text.startsWith(entry.word, start)) continue;
    for (const rule of entry.rules) offsets[rule]!.push(start);
  }
}
