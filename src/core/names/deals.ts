/**
 * Shop listings in buying guides: a short line that is only a product and its price ("Sonos Move for
 * $400", "Apple iPhone 11 Pro Max for $999"). The words before the price name a product, maker and
 * model together; the maker's name in it is not a mention of the company, and the model's words
 * ("Switch Lite", "Mavic Mini") are no person. The line must end at the price's number, which
 * keeps news headlines out ("Ford to sell unit for $1 bln"), and a guide lists several products:
 * one or two such lines are headlines in a list of stories ("AT&T offers Samsung's tablet for $799").
 */
import type { RawMention } from './mentions';

const PRICE_LINE = /^[^\n]{1,80} for [$£€]\d[\d,.]*[ \t]*$/gmu;
/** What every PRICE_LINE match holds: most texts have none, and the line pattern (tried at every line) is not run. */
const FOR_PRICE = / for [$£€]\d/;
/** How many product-and-price lines make a listing. */
const LISTING_LINES = 3;

/** The mentions less those on a product-and-price line. */
export function dropPriceLineNames(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  if (!FOR_PRICE.test(text)) return mentions;
  const lines = [...text.matchAll(PRICE_LINE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (lines.length < LISTING_LINES) return mentions;
  return mentions.filter(({ tokens }) => !lines.some(({ start, end }) => start <= tokens[0]!.start && tokens[0]!.start < end));
}
