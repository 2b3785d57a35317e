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
import type { WordList } from './model';
import { isDigit } from './tokenize';

const CAMEL_WORD = /^\p{Ll}\p{Lu}\p{Ll}+$/u;
const HYPHEN_WORD = /^\p{Ll}-(\p{Ll}{3,})$/u;
/** Longest model number between a coined word and a model ("iPhone 11 Pro"). */
const MODEL_NUMBER_DIGITS = 4;
const SPACE = 32;
const HYPHEN = 45;
/** Share of a form's mentions after a coined word that makes the form a model's. */
const MODEL_SHARE = 1 / 3;

/** The mentions less makers' names in products' names and the forms of models (see the header). */
export function dropProductNames(mentions: readonly RawMention[], text: string, englishWords: readonly WordList[]): readonly RawMention[] {
  const coined = (word: string | undefined) => word !== undefined && isCoinedWord(word, englishWords);
  /** Per form after a coined word: how many of its mentions are. */
  const afterCoined = new Map<string, number>();
  const makers = new Set<RawMention>();
  for (const mention of mentions) {
    if (coined(wordBefore(text, mention.tokens[0]!.start))) afterCoined.set(mention.key, (afterCoined.get(mention.key) ?? 0) + 1);
    if (mention.words.length === 1 && coined(wordAfter(text, mentionEnd(mention)))) makers.add(mention);
  }
  if (afterCoined.size === 0 && makers.size === 0) return mentions;
  const counts = new Map<string, number>();
  for (const { key } of mentions) if (afterCoined.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const models = new Set([...afterCoined].filter(([key, count]) => count >= MODEL_SHARE * counts.get(key)!).map(([key]) => key));
  return mentions.filter((mention) => !makers.has(mention) && !models.has(mention.key));
}

/**
 * The word of letters and hyphens one space before `start`, a model number between allowed; undefined
 * when it opens with no lower-case letter (coined words all do). Scanned by character codes: this runs
 * for every mention on every keystroke, and patterns over slices of the text cost most of the rule's time.
 */
function wordBefore(text: string, start: number): string | undefined {
  let end = start - 1;
  if (text.charCodeAt(end) !== SPACE) return undefined;
  let digits = end;
  while (digits > 0 && isDigit(text.charCodeAt(digits - 1))) digits--;
  if (digits < end && end - digits <= MODEL_NUMBER_DIGITS && text.charCodeAt(digits - 1) === SPACE) end = digits - 1;
  let from = end;
  while (from > 0 && isWordCharacter(text, from - 1)) from--;
  if (from === end || (from > 0 && isDigit(text.charCodeAt(from - 1)))) return undefined;
  return isLowerStart(text, from) ? text.slice(from, end) : undefined;
}

/** The word of letters and hyphens one space after `end`, ending at no digit; undefined when it opens with no lower-case letter. */
function wordAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== SPACE || !isLowerStart(text, end + 1)) return undefined;
  let to = end + 1;
  while (to < text.length && isWordCharacter(text, to)) to++;
  return isDigit(text.charCodeAt(to)) ? undefined : text.slice(end + 1, to);
}


/** A letter or a hyphen at `index`. */
function isWordCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code === HYPHEN || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const character = text.charAt(index);
  return character.toLowerCase() !== character.toUpperCase();
}

function isLowerStart(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 97 && code <= 122;
  const character = text.charAt(index);
  return character !== character.toUpperCase();
}

/** `englishWords`: lists of lower-case English words (a hyphen's second part on one is no coinage). */
function isCoinedWord(word: string, englishWords: readonly WordList[]): boolean {
  // Most words before and after names are plain lower-case words: neither a capital second nor a hyphen second.
  const second = word.charCodeAt(1);
  if (second !== HYPHEN && (second < 65 || second > 90) && second < 128) return false;
  if (CAMEL_WORD.test(word)) return true;
  const rest = HYPHEN_WORD.exec(word)?.[1];
  return rest !== undefined && !englishWords.some((words) => words.has(rest));
}
