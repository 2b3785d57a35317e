/**
 * "the House Intelligence Committee": an organization right before one that ends in an
 * organization's head word (link.ts ORGANIZATION_HEADS), one space between, is its first word(s),
 * once every rule has typed them. mentions.ts joins a name the tagger begins again, but rules that
 * retype or add a mention (known forms, heads) can leave the parts apart. Other neighbours are
 * left apart: lists and bylines put names of one type side by side ("Twitter Facebook",
 * "Real Madrid Barcelona").
 */
import { ORGANIZATION_HEADS } from './link';
import type { RawMention } from './mentions';
import { mentionEnd, rawMention } from './mentions';

export function joinOrganizationHeads(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const joined: RawMention[] = [];
  for (const mention of mentions) {
    const previous = joined[joined.length - 1];
    const start = mention.tokens[0]!.start;
    if (previous?.type === 'organization' && mention.type === 'organization' && start === mentionEnd(previous) + 1
      && text.charCodeAt(start - 1) === 32 && ORGANIZATION_HEADS.has(mention.words[mention.words.length - 1]!.replace(/\.$/, ''))) {
      joined[joined.length - 1] = rawMention([...previous.tokens, ...mention.tokens], mention.type, previous.style, [...previous.words, ...mention.words]);
    } else joined.push(mention);
  }
  return joined;
}
