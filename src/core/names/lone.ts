/**
 * A person is named in full before a word of the name stands alone ("Kristi Noem", then "Noem"),
 * or with a title ("President Trump"). A one-word "person" that is an English word ("Switch",
 * "Clipper", "Stock"), that no fuller person's name in the document contains and that no mention
 * gives a title, is a product, a craft or a heading word the tagger took for a surname by its
 * capital: it is no name.
 */
import type { RawMention } from './mentions';
import { isPersonTitle } from './titles';
import type { WordList } from './model';

const WORD_BEFORE = /(\S+)\s+$/;
/** Characters before a mention where its title is looked for. */
const BEFORE = 16;

export function dropLoneWordPeople(mentions: readonly RawMention[], ordinaryWords: WordList, text: string): readonly RawMention[] {
  const lone = (mention: RawMention) => mention.type === 'person' && mention.words.length === 1 && ordinaryWords.has(mention.key);
  if (!mentions.some(lone)) return mentions;
  const kept = new Set<string>();
  for (const mention of mentions) {
    if (mention.words.length > 1 && mention.type === 'person') for (const word of mention.words) kept.add(word);
    else if (lone(mention) && hasTitle(mention, text)) kept.add(mention.key);
  }
  // Mentions of the form with another type stay ("Barbarians" the club, where other lines say person).
  return mentions.filter((mention) => !lone(mention) || kept.has(mention.key));
}

function hasTitle({ tokens }: RawMention, text: string): boolean {
  const { start } = tokens[0]!;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - BEFORE), start));
  return before !== null && isPersonTitle(before[1]!);
}
