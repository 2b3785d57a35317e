/**
 * Events are no names (the CoNLL-2003 guidelines the labels follow put them with the other
 * miscellaneous names, which the tagger does not report): a name whose last word says it is an
 * event ("the Victory Parade", "SCO Summit", "Boston Marathon") is none of person, organization or
 * place, though the tagger, reading capitals and the words around them, makes it one. Event words
 * that also end organizations' names ("Conference", "Forum", "Cup" clubs) are left out.
 */
import type { RawMention } from './mentions';

const EVENT_WORDS = new Set(['parade', 'summit', 'festival', 'marathon', 'championship', 'championships', 'olympics', 'expo', 'tournament']);

/** The mentions less those of two words or more whose last word names an event. */
export function dropEventNames(mentions: readonly RawMention[]): readonly RawMention[] {
  return mentions.filter(({ words }) => words.length < 2 || !EVENT_WORDS.has(words[words.length - 1]!));
}
