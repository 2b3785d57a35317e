/**
 * Shop listings in buying guides: a short line that is only a product and its price ("Sonos Move for
 * $400", "Apple iPhone 11 Pro Max for $999"). The words before the price name a product, maker and
 * model together; the maker's name in it is not a mention of the company, and the model's words
 * ("Switch Lite", "Mavic Mini") are no person. The line must end at the price's number, which
 * keeps news headlines out ("Ford to sell unit for $1 bln"), and a guide lists several products:
 * one or two such lines are headlines in a list of stories ("AT&T offers Samsung's tablet for $799").
 * The listing also says what its words are on the guide's other lines: the product's capitalized words
 * there name the product, not a person or company ("the portable Nintendo Switch", "the same old
 * Switch"), and its first word alone names the maker, a company ("Sonos speakers", "See it now: Fossil").
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
  const products = lines.map(({ start, end }) => productWords(text.slice(start, end)));
  const makers = new Set(products.map((words) => words[0]));
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    const start = mention.tokens[0]!.start;
    if (lines.some((line) => line.start <= start && start < line.end)) continue;
    const maker = mention.words.length === 1 && makers.has(mention.key);
    if (maker) kept.push(mention.type === 'organization' ? mention : { ...mention, type: 'organization' });
    else if (!products.some((words) => holdsRun(words, mention.words))) kept.push(mention);
  }
  return kept;
}

/** The capitalized words (and model numbers) a product-and-price line opens with, lower-cased: maker, then model. */
function productWords(line: string): string[] {
  const words: string[] = [];
  for (const word of line.split(/\s+/)) {
    if (!/^[\p{Lu}\d]/u.test(word)) break;
    words.push(word.toLowerCase());
  }
  return words;
}

/** Whether `run` stands in `words` as consecutive words. */
function holdsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let from = 0; from + run.length <= words.length; from++) {
    if (run.every((word, index) => words[from + index] === word)) return true;
  }
  return false;
}
