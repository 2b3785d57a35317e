/**
 * Products named with a coined lower-case word ("e-tron", "iPhone"): the maker's name before the
 * word and the model's capitalized words after it belong to the product's name ("2020 Audi e-tron
 * Sportback", "Apple iPhone 11 Pro Max"), which is no person, organization or place. The tagger reads
 * the maker as the company and the model's word as a name of its own; on a car or gadget review
 * those make most of the page's false names. So:
 * - a one-word name right before such a word is the maker in a product's name, and is dropped there
 *   (the maker elsewhere, "Audi says", stays);
 * - a name right after such a word (a model number between allowed) is a model, and every mention
 *   of its form in the document is dropped ("the new Sportback"), when at least a third of them
 *   follow such a word: one handle run into a name ("@iNews Usain Bolt") makes no model of a person.
 * A coined word is a lower-case letter and a capital ("iPhone", "iPad"), or a letter, a hyphen and
 * what is no English word ("e-tron", not "e-mail" or "x-ray").
 */
import type { RawMention } from './mentions';
import { mentionEnd } from './mentions';

const CAMEL_WORD = /^\p{Ll}\p{Lu}\p{Ll}+$/u;
const HYPHEN_WORD = /^\p{Ll}-(\p{Ll}{3,})$/u;
/** The word after a name: a space, then a run of letters and hyphens ending at no letter, digit or hyphen. */
const WORD_AFTER = /^ ([\p{L}-]+)(?![\p{L}\p{N}-])/u;
/** The word before a name, a model number between allowed ("iPhone 11 Pro"). */
const WORD_BEFORE = /(?<![\p{L}\p{N}-])([\p{L}-]+)(?: \d{1,4})? $/u;
/** Characters looked at around a name. */
const AROUND = 24;
/** Share of a form's mentions after a coined word that makes the form a model's. */
const MODEL_SHARE = 1 / 3;

/** The mentions less makers' names in products' names and the forms of models (see the header). */
export function dropProductNames(mentions: readonly RawMention[], text: string, englishWords: readonly ReadonlySet<string>[]): readonly RawMention[] {
  const coined = (word: string | undefined) => word !== undefined && isCoinedWord(word, englishWords);
  /** Per form after a coined word: how many of its mentions are. */
  const afterCoined = new Map<string, number>();
  const makers = new Set<RawMention>();
  for (const mention of mentions) {
    const start = mention.tokens[0]!.start;
    if (coined(WORD_BEFORE.exec(text.slice(Math.max(0, start - AROUND), start))?.[1])) afterCoined.set(mention.key, (afterCoined.get(mention.key) ?? 0) + 1);
    const end = mentionEnd(mention);
    if (mention.words.length === 1 && coined(WORD_AFTER.exec(text.slice(end, end + AROUND))?.[1])) makers.add(mention);
  }
  if (afterCoined.size === 0 && makers.size === 0) return mentions;
  const counts = new Map<string, number>();
  for (const { key } of mentions) if (afterCoined.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const models = new Set([...afterCoined].filter(([key, count]) => count >= MODEL_SHARE * counts.get(key)!).map(([key]) => key));
  return mentions.filter((mention) => !makers.has(mention) && !models.has(mention.key));
}

/** `englishWords`: lists of lower-case English words (a hyphen's second part on one is no coinage). */
function isCoinedWord(word: string, englishWords: readonly ReadonlySet<string>[]): boolean {
  if (CAMEL_WORD.test(word)) return true;
  const rest = HYPHEN_WORD.exec(word)?.[1];
  return rest !== undefined && !englishWords.some((words) => words.has(rest));
}
