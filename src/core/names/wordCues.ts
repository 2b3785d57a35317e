/**
 * What sets off the rules that relabel the tagger's lines: per word, a bit for each list of words
 * ("Street", "Stadium", "Minister") and each shape ("Gannett/GateHouse", "WeWork") a rule turns on,
 * and the bits of all the line's words together. Each rule used to test every word of every line
 * against its own list before it found most lines hold none; the tagger now works these out once for
 * each line it reads and keeps them with the line it caches, so a line the editor analyses again costs
 * every rule one bit test, and a new line one pass over its words for all the rules.
 */
import type { Token } from './tokenize';

export interface WordCues {
  /** Per token of the line, the cues its word sets off. */
  readonly words: Uint32Array;
  /** The cues of all the line's words. */
  readonly line: number;
}

/** Word as written -> the cues of the lists that hold it. */
const listedWords = new Map<string, number>();
const shapeTests: { cue: number; test: (word: string) => boolean }[] = [];
let cuesTaken = 0;
/** Bits of a Uint32Array element, the sign bit left alone (1 << 31 is negative). */
const MAX_CUES = 31;
/**
 * Word -> its cues, for the words met lately: a document repeats most of its words, and a shape is
 * a test or a pattern where this is one look-up. Emptied when full, so that an index run does not
 * keep every word it meets.
 */
const cuesOfWords = new Map<string, number>();
const MAX_KEPT_WORDS = 10_000;

function newCue(): number {
  if (cuesTaken === MAX_CUES) throw new Error(`names: more than ${MAX_CUES} word cues`);
  // Words kept before this cue was taken lack it.
  cuesOfWords.clear();
  return 1 << cuesTaken++;
}

/**
 * A cue that the words of `words`, exactly as written, set off. Taken by a rule's module as it loads,
 * before the tagger reads any line.
 */
export function listCue(words: Iterable<string>): number {
  const cue = newCue();
  for (const word of words) listedWords.set(word, (listedWords.get(word) ?? 0) | cue);
  return cue;
}

/** A cue that the words passing `test` set off; like listCue, taken as a rule's module loads. */
export function shapeCue(test: (word: string) => boolean): number {
  const cue = newCue();
  shapeTests.push({ cue, test });
  return cue;
}

export function wordCuesOf(tokens: readonly Token[]): WordCues {
  const words = new Uint32Array(tokens.length);
  let line = 0;
  for (let index = 0; index < tokens.length; index++) {
    const cues = cuesOfWord(tokens[index]!.text);
    words[index] = cues;
    line |= cues;
  }
  return { words, line };
}

function cuesOfWord(word: string): number {
  let cues = cuesOfWords.get(word);
  if (cues === undefined) {
    cues = listedWords.get(word) ?? 0;
    for (const { cue, test } of shapeTests) if (test(word)) cues |= cue;
    if (cuesOfWords.size >= MAX_KEPT_WORDS) cuesOfWords.clear();
    cuesOfWords.set(word, cues);
  }
  return cues;
}
