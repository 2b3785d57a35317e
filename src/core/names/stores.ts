/**
 * Shops named after selling words: "Available from Amazon", "buy it on Flipkart", "sold at Walmart".
 * A shop online or on the high street is a company, but the tagger, which learned 1996 news, reads
 * a lone capitalized word after "from", "on" or "at" as the place it would be there ("Amazon" is a
 * river too). After a verb of selling or an offer's "available", the word names where a thing is
 * bought: the seller. Places known by name stay places ("available from London", "sold in Texas"
 * takes no cue anyway), and so does a form the same document writes as a place elsewhere, beside
 * no such cue ("Brazil's Amazon"): the document's vote (link.ts) then weighs both.
 */
import { isKnownPlace } from './knownPlaces';
import type { RawMention } from './mentions';

/** A selling word and its preposition right before the name; "it", "them" or "one" may come between a verb and it. */
const SELLING_BEFORE = /\b(?:available|buy|order|sold|shop|selling|sells|sell|purchase|purchased|bought|preorder|pre-order)(?: (?:it|them|one|now|only|exclusively))? (?:on|from|at|via|through)\s$/i;
const BEFORE = 40;
/** A selling word anywhere: most documents have none, and then no mention needs a look. */
const ANY_SELLING = /\b(?:available|buy|order|sold|shop|sell|purchase|bought)/i;

/** The mentions with each place named right after a selling word (SELLING_BEFORE) typed organization. */
export function markStores(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!ANY_SELLING.test(text)) return mentions;
  return mentions.map((mention) => {
    if (mention.type !== 'place' || isKnownPlace(mention.key)) return mention;
    const start = mention.tokens[0]!.start;
    return SELLING_BEFORE.test(text.slice(Math.max(0, start - BEFORE), start)) ? { ...mention, type: 'organization' as const } : mention;
  });
}
