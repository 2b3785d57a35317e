/** Word tests shared by the cue rules that relabel the tagger's output (titles.ts, subjects.ts, heads.ts, credits.ts, acronyms.ts, bodies.ts, link.ts). */
import { type WordInfo, wordInfoOf } from './features';

/** A capitalized word of letters that is no ordinary word ("Mamash", "British"; not "Former", "2025", "NATO"). */
export function isCapitalizedNameWord(word: string, commonWords: ReadonlySet<string>): boolean {
  const info = keptWordInfo(word, commonWords);
  return info.casing === 'init' && !info.common;
}

/** Two to six capitals, the way agencies and defined short forms are written ("PTI", "AN", "NYMEX", "ÖVP"). */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    // ASCII by its code (most words); the rest by Unicode property.
    if (code < 128 ? code < 65 || code > 90 : !CAPITALS.test(word)) return false;
  }
  return true;
}

const CAPITALS = /^\p{Lu}+$/u;

/** Words no person's name holds: a heading the tagger took for a person ("Icy Moon of Jupiter") names none. */
const NOT_IN_PERSON_NAMES = new Set(['of', 'the', 'and']);

/** Whether lower-cased words may be a person's name, as far as its small words tell. */
export function mayNamePerson(words: readonly string[]): boolean {
  return !words.some((word) => NOT_IN_PERSON_NAMES.has(word));
}

/** Words whose infos are kept per list of common words, at most MAX_KEPT_WORDS of them. */
const keptInfos = new WeakMap<ReadonlySet<string>, Map<string, WordInfo>>();
const MAX_KEPT_WORDS = 10_000;
let lastCommonWords: ReadonlySet<string> | undefined;
let lastInfos: Map<string, WordInfo> | undefined;

/**
 * wordInfoOf, kept per word across documents: it runs several patterns, a document repeats its
 * names, and the editor analyses the same text on every keystroke. Emptied when full, so that an
 * index run does not keep every word it meets. The common words must not change once used here.
 */
export function keptWordInfo(word: string, commonWords: ReadonlySet<string>): WordInfo {
  // The list of the last call first: there is one per engine, and the passes call this for most capitalized words.
  let infos = commonWords === lastCommonWords ? lastInfos : keptInfos.get(commonWords);
  if (!infos) keptInfos.set(commonWords, (infos = new Map()));
  lastCommonWords = commonWords;
  lastInfos = infos;
  let info = infos.get(word);
  if (!info) {
    if (infos.size >= MAX_KEPT_WORDS) infos.clear();
    info = wordInfoOf(word, commonWords);
    infos.set(word, info);
  }
  return info;
}
