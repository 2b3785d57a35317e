/**
 * Names side by side with nothing between them, as in results and betting tables ("25-1 Barcelona
 * Real Madrid"), or joined by "&" in a title-case headline ("Xi Jinping & Vladimir Putin"), come
 * out of the tagger as one name. When a mention is exactly a run of names the same document also
 * gives on their own, all of one type (by most of their mentions), it is those names. People are
 * split only where a connector joins them: "Taylor Swift" is one person even where "Taylor" and
 * "Swift" also stand alone. Places joined by a hyphen are each a place, and a person "of" somewhere
 * is the person (personOfPlace).
 */
import { type RawMention, rawMention } from './mentions';
import type { NameType } from '../types';
import { timeZoneCities } from './cities';
import { COUNTRIES } from './countries';
import { isNicknameShaped } from './cityTeams';
import { isKnownPlace } from './knownPlaces';

export function splitJoinedNames(mentions: readonly RawMention[]): RawMention[] {
  const standalone = standaloneTypes(mentions);
  const result: RawMention[] = [];
  for (const mention of mentions) {
    const parts = mention.tokens.length > 1 ? partsOf(mention, standalone) ?? personOfPlace(mention, standalone) : hyphenedPlaces(mention, standalone);
    if (parts) result.push(...parts);
    else result.push(mention);
  }
  return result;
}

const MIN_PART_LETTERS = 3;

/**
 * A place the tagger found in a word of places joined by hyphens ("Moscow-Beijing Ties",
 * "China-Russia trade") is each of them, when one of the capitalized parts is a country, a city the
 * runtime knows or a place the document names alone; null for other words ("Guinea-Bissau" is one
 * country, "Soon-Shiong" no place).
 */
function hyphenedPlaces(mention: RawMention, standalone: ReadonlyMap<string, NameType>): RawMention[] | null {
  const token = mention.tokens[0]!;
  if (mention.type !== 'place' || !token.text.includes('-') || COUNTRIES.has(mention.key)) return null;
  const parts = token.text.split('-');
  const isKnownPlace = (part: string) => COUNTRIES.has(part.toLowerCase()) || timeZoneCities().has(part.toLowerCase()) || standalone.get(part.toLowerCase()) === 'place';
  if (parts.length < 2 || !parts.every((part) => part.length >= MIN_PART_LETTERS && /^\p{Lu}\p{Ll}/u.test(part)) || !parts.some(isKnownPlace)) return null;
  let start = token.start;
  return parts.map((part) => {
    const partToken = { text: part, start, end: start + part.length };
    start += part.length + 1;
    return rawMention([partToken], 'place', mention.style);
  });
}

/** Words of a person's name before "of" at least (one word before it is a title's: "Duke of Edinburgh"). */
const PERSON_BEFORE_OF = 2;
/** Titles whose holder's name goes on with "of" and a place ("Lord Harris of Greenwich", "Prince Philip of Greece"). */
const PEERAGES = new Set(['lord', 'lady', 'baron', 'baroness', 'duke', 'duchess', 'earl', 'countess', 'viscount', 'marquess', 'prince', 'princess', 'king', 'queen']);

/**
 * A person's name runs into where the person is from or plays ("striker Viorel Ion of Otelul Galati",
 * "Amy Klobuchar of Minnesota"): a person's name holds no "of" (cues.ts). The words before it are the
 * person; those after it a name of the type the document gives them alone, or no name if it gives none.
 * A peer's name goes on with "of" (PEERAGES).
 */
function personOfPlace(mention: RawMention, standalone: ReadonlyMap<string, NameType>): RawMention[] | null {
  const of = mention.words.indexOf('of');
  if (mention.type !== 'person' || of < PERSON_BEFORE_OF || of === mention.words.length - 1 || PEERAGES.has(mention.words[0]!)) return null;
  const person = rawMention(mention.tokens.slice(0, of), 'person', mention.style, mention.words.slice(0, of));
  const words = mention.words.slice(of + 1);
  const type = standalone.get(words.join(' '));
  return type ? [person, rawMention(mention.tokens.slice(of + 1), type, mention.style, words)] : [person];
}

const TYPES: readonly NameType[] = ['person', 'organization', 'place'];

/** Lower-cased form -> the type most of its mentions have. */
function standaloneTypes(mentions: readonly RawMention[]): Map<string, NameType> {
  const votes = new Map<string, number[]>();
  for (const mention of mentions) {
    let counts = votes.get(mention.key);
    if (!counts) votes.set(mention.key, (counts = [0, 0, 0]));
    counts[TYPES.indexOf(mention.type)]!++;
  }
  const types = new Map<string, NameType>();
  for (const [key, counts] of votes) {
    let best = 0;
    for (let type = 1; type < TYPES.length; type++) if (counts[type]! > counts[best]!) best = type;
    types.set(key, TYPES[best]!);
  }
  return types;
}

/**
 * Words that join two names in a headline ("Talks With Xi Jinping & Vladimir Putin"); they stay
 * outside both. Only full names of two words or more are split there: "Johnson & Johnson" and
 * "Trinidad and Tobago" are one name each.
 */
const CONNECTORS = new Set(['&', 'and']);
const FULL_NAME_WORDS = 2;

/** The mention cut into two or more known forms of one type (joined or not), shortest cut first; null if none. */
function partsOf(mention: RawMention, standalone: ReadonlyMap<string, NameType>): RawMention[] | null {
  const { tokens, words, key: whole } = mention;
  /** `joined`: the previous part ends at a connector, so this part and the one before must be full names. */
  const cut = (from: number, type: NameType | null, previousLength: number, joined: boolean): RawMention[] | null => {
    if (from === tokens.length) return [];
    if (from > 0 && CONNECTORS.has(words[from]!)) {
      return from + 1 < tokens.length && previousLength >= FULL_NAME_WORDS ? cut(from + 1, type, 0, true) : null;
    }
    // The part's key grows a word at a time instead of being joined again for every end.
    let key = words[from]!;
    for (let end = from + 1; end <= tokens.length; end++) {
      if (end > from + 1) key += ` ${words[end - 1]!}`;
      if (joined && end < from + FULL_NAME_WORDS) continue;
      const partType = standalone.get(key);
      if (key === whole || partType === undefined || (type !== null && partType !== type)) continue;
      // A given name and a family name the document also gives alone ("Taylor", "Swift") side by side are one person.
      if (type === 'person' && !joined) continue;
      // A club's plural nickname after its place or sponsor ("Texas Rangers", "Cincinnati Reds") ends the club's name, not a second club.
      if (from > 0 && !joined && partType === 'organization' && end === from + 1 && isNickname(tokens[from]!.text)) continue;
      const rest = cut(end, partType, end - from, false);
      if (rest) return [rawMention(tokens.slice(from, end), partType, mention.style, words.slice(from, end)), ...rest];
    }
    return null;
  };
  return cut(0, null, 0, false);
}

/** A capitalized plural ("Rangers", "Reds"), and no place known by name ("Netherlands", "Athens"). */
function isNickname(word: string): boolean {
  return isNicknameShaped(word) && !isKnownPlace(word.toLowerCase());
}
