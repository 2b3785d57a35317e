/**
 * A genus before its species is no name: "Yersinia pestis", "Pseudomonas aeruginosa", "Escherichia
 * coli". Health and science pages name bacteria, parasites and plants so, and the tagger takes the
 * capitalized genus for a place or a person. The species is a lower-case Latin word that is no
 * English word and ends as Latin names do; the genus is no place a reader knows (a Spanish or Italian
 * quotation's "Madrid para" is left).
 */
import { isKnownPlace } from './knownPlaces';
import { mentionEnd, type RawMention } from './mentions';
import type { WordList } from './model';

/** A Latin species name: lower case, four letters or more, a Latin ending. */
const SPECIES = /^ ([a-z]{2,}(?:us|is|um|ae|ii|a|i|es|ens|ans))(?![\p{L}\d-])/u;
/** Characters after a genus that SPECIES looks at. */
const AFTER = 24;

/** The mentions less one-word names followed by a species name. `wordLists`: lower-case English words. */
export function dropGenusNames(mentions: readonly RawMention[], text: string, wordLists: readonly WordList[]): readonly RawMention[] {
  const kept = mentions.filter((mention) => !isGenus(mention, text, wordLists));
  return kept.length === mentions.length ? mentions : kept;
}

function isGenus(mention: RawMention, text: string, wordLists: readonly WordList[]): boolean {
  if (mention.words.length !== 1 || isKnownPlace(mention.key)) return false;
  const end = mentionEnd(mention);
  // Most mentions are followed by a mark or a capitalized word: the pattern runs only before a lower-case letter.
  const next = text.charCodeAt(end + 1);
  if (text.charAt(end) !== ' ' || next < 97 || next > 122) return false;
  const species = SPECIES.exec(text.slice(end, end + AFTER))?.[1];
  return species !== undefined && species.length >= 4 && !wordLists.some((words) => words.has(species));
}
