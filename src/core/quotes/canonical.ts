/** Speakers as written ("Peskov", "he") turned into canonical names ("Dmitry Peskov"). */
import type { NameMention } from '../types';
import type { SpeakerMention } from './attribution';
import { NOT_NAMES, TITLES } from './vocabulary';

/** Up to three capitalized words or initials right before a surname, never across a full stop. */
const WORDS_BEFORE = /(?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)[ \t]+){1,3}$/u;
/** The capitalized word after a family name written first ("Xi Jinping"). */
const WORD_AFTER = /^[ \t]+(\p{Lu}[\p{L}'’-]*)/u;
const POSSESSIVE = /['’]s$/;
const GENERATION_SUFFIX = /,?[ \t]+(Jr\.?|Sr\.?|II|III|IV)$/;
const LETTER = /\p{L}/u;
/** How far from a quotation to look for the fuller form of its speaker's name. */
const SEARCH_BEFORE = 20_000;
const SEARCH_AFTER = 2_000;
const MAX_OCCURRENCES = 40;

export function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1).replace(POSSESSIVE, '');
}

function withoutTitles(words: readonly string[]): string[] {
  let first = 0;
  words.forEach((word, index) => {
    if (TITLES.has(word) || NOT_NAMES.has(word)) first = index + 1;
  });
  return words.slice(first);
}

/** Offsets where `word` stands as a whole word in text[from, to); the slice keeps the scan in the window. */
function occurrences(text: string, word: string, from: number, to: number): number[] {
  const window = text.slice(from, to);
  const found: number[] = [];
  for (let at = window.indexOf(word); at >= 0 && found.length < MAX_OCCURRENCES; at = window.indexOf(word, at + word.length)) {
    if (!LETTER.test(window[at - 1] ?? ' ') && !LETTER.test(window[at + word.length] ?? ' ')) found.push(from + at);
  }
  return found;
}

/**
 * The fullest form of a speaker's name near the quotation: the longest run of capitalized words ending
 * in the surname ("Peskov" -> "Dmitry Peskov"), else for a one-word name the name it opens ("Xi" ->
 * "Xi Jinping", family name first).
 */
function fullestForm(text: string, speaker: SpeakerMention): string | null {
  const surname = surnameOf(speaker.text);
  const positions = occurrences(text, surname, Math.max(0, speaker.start - SEARCH_BEFORE), speaker.end + SEARCH_AFTER);
  let fullest: string[] = [];
  for (const at of positions) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 60), at));
    const words = withoutTitles([...(before?.[0].trim().split(/[ \t]+/) ?? []), surname]);
    if (words.length > fullest.length) fullest = words;
  }
  const form = fullest.join(' ');
  if (fullest.length > 1 && form.endsWith(speaker.text)) return form;
  return speaker.text.includes(' ') ? null : mostFrequentFollower(text, surname, positions);
}

/** "Xi Jinping" over a headline's "Xi Strengthen": the capitalized word that most often follows. */
function mostFrequentFollower(text: string, first: string, positions: readonly number[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const at of positions) {
    const after = WORD_AFTER.exec(text.slice(at + first.length, at + first.length + 40))?.[1]?.replace(POSSESSIVE, '');
    if (!after || NOT_NAMES.has(after) || TITLES.has(after)) continue;
    counts.set(after, (counts.get(after) ?? 0) + 1);
    if (!best || counts.get(after)! > counts.get(best)!) best = after;
  }
  return best && counts.get(best)! > 1 ? `${first} ${best}` : null;
}

/** "Bozell" is "Brent Bozell", not "Brent Bozell III": a generation counts only where it is written. */
function withoutUnwrittenSuffix(canonical: string, written: string): string {
  const suffix = GENERATION_SUFFIX.exec(canonical);
  return suffix && !written.endsWith(suffix[1]!) ? canonical.slice(0, suffix.index) : canonical;
}

function isSortedByStart(names: readonly NameMention[]): boolean {
  for (let index = 1; index < names.length; index++) if (names[index - 1]!.start > names[index]!.start) return false;
  return true;
}

/** Index of the last mention starting at or before `offset` in mentions sorted by start, or -1. */
function lastStartingBefore(sorted: readonly NameMention[], offset: number): number {
  let low = 0;
  let high = sorted.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Resolves speakers of one document, in document order (pronouns look back). */
export class SpeakerResolver {
  private readonly fullestForms = new Map<string, string | null>();
  private readonly names: readonly NameMention[];
  /** Made when first asked for: most documents need them for few quotations or none. */
  private persons: readonly NameMention[] | null = null;
  private personBySurname: Map<string, string> | null = null;
  private lastNamed: string | null = null;

  constructor(
    private readonly text: string,
    names: readonly NameMention[],
  ) {
    // The names detector gives them in text order: sort only what is not.
    this.names = isSortedByStart(names) ? names : [...names].sort((a, b) => a.start - b.start);
  }

  private personsInOrder(): readonly NameMention[] {
    this.persons ??= this.names.filter((name) => name.type === 'person');
    return this.persons;
  }

  /** Each surname's first person. */
  private personOfSurname(surname: string): string | undefined {
    if (!this.personBySurname) {
      this.personBySurname = new Map();
      for (const person of this.personsInOrder()) {
        const personSurname = surnameOf(person.canonical);
        if (!this.personBySurname.has(personSurname)) this.personBySurname.set(personSurname, person.canonical);
      }
    }
    return this.personBySurname.get(surname);
  }

  resolve(speaker: SpeakerMention | null): string | null {
    if (!speaker) return null;
    if (speaker.pronoun) return this.nearestPersonBefore(speaker.start) ?? this.lastNamed;
    const canonical = withoutUnwrittenSuffix(this.canonicalOf(speaker), speaker.text);
    this.lastNamed = canonical;
    return canonical;
  }

  /**
   * The names detector's canonical form, unless it ends in another word than the one written and the
   * text itself holds a fuller form ending in it ("Jack" is "Brian Jack" here, not "Jack Dalrymple").
   */
  private canonicalOf(speaker: SpeakerMention): string {
    const written = surnameOf(speaker.text);
    const covering = this.names[lastStartingBefore(this.names, speaker.start)];
    const fromNames = covering && covering.end >= speaker.end ? covering.canonical : this.personOfSurname(written);
    if (fromNames && surnameOf(fromNames) === written) return fromNames;
    if (!this.fullestForms.has(speaker.text)) this.fullestForms.set(speaker.text, fullestForm(this.text, speaker));
    const own = this.fullestForms.get(speaker.text);
    if (own && surnameOf(own) === written) return own;
    return fromNames ?? own ?? speaker.text.replace(POSSESSIVE, '');
  }

  private nearestPersonBefore(offset: number): string | null {
    const persons = this.personsInOrder();
    let index = lastStartingBefore(persons, offset);
    while (index >= 0 && persons[index]!.end > offset) index--;
    return persons[index]?.canonical ?? null;
  }
}
