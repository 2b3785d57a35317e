/** Word tests shared by the cue rules that relabel the tagger's output (titles.ts, subjects.ts, heads.ts, credits.ts, acronyms.ts). */
import { wordInfoOf } from './features';

/** A capitalized word of letters that is no ordinary word ("Mamash", "British"; not "Former", "2025", "NATO"). */
export function isCapitalizedNameWord(word: string, commonWords: ReadonlySet<string>): boolean {
  const info = wordInfoOf(word, commonWords);
  return info.casing === 'init' && !info.common;
}

/** Two to six capitals, the way agencies and defined short forms are written ("PTI", "AN", "NYMEX"). */
export function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < 65 || code > 90) return false;
  }
  return true;
}
