/**
 * A body's name does not run on into the country its expert or envoy covers: "the White House
 * National Security Council Ukraine expert", "a State Department Russia hand". The tagger takes
 * the country for the body's last word; a body's head word ("Council", "Department") before a
 * country, and a lower-case noun after it, say the two are a body and a place.
 */
import { COUNTRIES } from './countries';
import { mentionEnd, rawMention, type RawMention } from './mentions';

const NOUN_AFTER = /^ \p{Ll}/u;
const BODY_HEADS = new Set(['council', 'committee', 'commission', 'department', 'ministry', 'agency', 'bureau', 'office']);
/** Words of a country's name at most ("United Kingdom", "Czech Republic"). */
const MAX_COUNTRY_WORDS = 2;

/** The mentions with each organization that ends in a head word and a country, before a noun, split into the two. */
export function splitTrailingCountries(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  // Most documents have none: no list of one-mention arrays made for nothing.
  if (!mentions.some((mention) => countryStart(mention, text) >= 0)) return mentions;
  return mentions.flatMap((mention) => {
    const at = countryStart(mention, text);
    if (at < 0) return [mention];
    return [
      rawMention(mention.tokens.slice(0, at), 'organization', mention.style, mention.words.slice(0, at)),
      rawMention(mention.tokens.slice(at), 'place', mention.style, mention.words.slice(at)),
    ];
  });
}

/** Where the trailing country starts in the organization's words, or -1. */
function countryStart(mention: RawMention, text: string): number {
  const { words } = mention;
  if (mention.type !== 'organization' || words.length < 3) return -1;
  const end = mentionEnd(mention);
  if (!NOUN_AFTER.test(text.slice(end, end + 2))) return -1;
  for (let length = 1; length <= MAX_COUNTRY_WORDS && length < words.length - 1; length++) {
    const at = words.length - length;
    if (COUNTRIES.has(words.slice(at).join(' ')) && BODY_HEADS.has(words[at - 1]!)) return at;
  }
  return -1;
}
