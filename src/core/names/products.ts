/**
 * Products named with a coined lower-case word ("e-tron", "iPhone"): the maker's name before the
 * word and the model's capitalized words after it belong to the product's name ("2020 Audi e-tron
 * Sportback", "Apple iPhone 11 Pro Max"), which is no person, organization or place. The tagger reads
 * the maker as the company and the model's word as a name of its own; on a car or gadget review
 * those make most of the page's false names. So:
 * - a one-word name right before such a word is the maker in a product's name, and is dropped there
 *   (the maker elsewhere, "Audi says", stays);
 * - a name right after such a word (a model number between allowed) is a model, and every mention
 *   of its form in the document is dropped ("the new Sportback").
 * A coined word is a lower-case letter or two and a capital ("iPhone", "iPad"), or a letter, a hyphen
 * and what is no English word ("e-tron", not "e-mail" or "x-ray").
 */
import type { RawMention } from './mentions';
import { mentionEnd } from './mentions';

const CAMEL_WORD = /^\p{Ll}{1,2}\p{Lu}\p{Ll}+$/u;
const HYPHEN_WORD = /^\p{Ll}-(\p{Ll}{3,})$/u;
/** The word after a name: a space, then a run of letters and hyphens ending at no letter, digit or hyphen. */
const WORD_AFTER = /^ ([\p{L}-]+)(?![\p{L}\p{N}-])/u;
/** The word before a name, a model number between allowed ("iPhone 11 Pro"). */
const WORD_BEFORE = /(?<![\p{L}\p{N}-])([\p{L}-]+)(?: \d{1,4})? $/u;
/** Characters looked at around a name. */
const AROUND = 24;

/** The mentions less makers' names in products' names and the forms of models (see the header). */
export function dropProductNames(mentions: readonly RawMention[], text: string, ordinaryWords: ReadonlySet<string>): readonly RawMention[] {
  const coined = (word: string | undefined) => word !== undefined && isCoinedWord(word, ordinaryWords);
  const models = new Set<string>();
  const makers = new Set<RawMention>();
  for (const mention of mentions) {
    const start = mention.tokens[0]!.start;
    if (coined(WORD_BEFORE.exec(text.slice(Math.max(0, start - AROUND), start))?.[1])) models.add(mention.key);
    const end = mentionEnd(mention);
    if (mention.words.length === 1 && coined(WORD_AFTER.exec(text.slice(end, end + AROUND))?.[1])) makers.add(mention);
  }
  if (models.size === 0 && makers.size === 0) return mentions;
  return mentions.filter((mention) => !makers.has(mention) && !models.has(mention.key));
}

function isCoinedWord(word: string, ordinaryWords: ReadonlySet<string>): boolean {
  if (CAMEL_WORD.test(word)) return true;
  const rest = HYPHEN_WORD.exec(word)?.[1];
  return rest !== undefined && !ordinaryWords.has(rest);
}
