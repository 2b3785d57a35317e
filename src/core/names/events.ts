/**
 * Events are no names (the CoNLL-2003 guidelines the labels follow put them with the other
 * miscellaneous names, which the tagger does not report): a name whose last word says it is an
 * event ("the Victory Parade", "SCO Summit", "Boston Marathon") is none of person, organization or
 * place, though the tagger, reading capitals and the words around them, makes it one. Event words
 * that also end organizations' names ("Conference", "Forum", "Cup" clubs) are left out.
 * The tagger often leaves the event word out ("LA Auto" of "the LA Auto Show"): a name followed by a
 * capitalized event word is the event's first words, and no name either.
 */
import type { RawMention } from './mentions';
import { mentionEnd } from './mentions';
import { mayBeCapital } from './features';

const EVENT_WORDS = new Set(['parade', 'summit', 'festival', 'marathon', 'championship', 'championships', 'olympics', 'expo', 'tournament', 'show']);
/** A space and a capitalized word: the word after a name. */
const NEXT_WORD = /^ (\p{Lu}\p{Ll}+)\b/u;
/** Characters after a name that NEXT_WORD looks at (the longest event word, the space and one more). */
const NEXT_WORD_LENGTH = 16;
const SPACE = 32;

/** The mentions less those of two words or more whose last word names an event, and those an event word follows. */
export function dropEventNames(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  return mentions.filter((mention) => {
    const { words } = mention;
    if (words.length >= 2 && EVENT_WORDS.has(words[words.length - 1]!)) return false;
    const end = mentionEnd(mention);
    // NEXT_WORD opens with a space and a capital: most names are followed by neither, and no slice is made for them.
    if (text.charCodeAt(end) !== SPACE || !mayBeCapital(text.charCodeAt(end + 1))) return true;
    const next = NEXT_WORD.exec(text.slice(end, end + NEXT_WORD_LENGTH));
    return !next || !EVENT_WORDS.has(next[1]!.toLowerCase());
  });
}
