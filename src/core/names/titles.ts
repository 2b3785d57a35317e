/**
 * A person's title or trade before capitalized words marks them as the person's name ("VP JD
 * Vance", "Playwright Israil Saparbay", "Chinese Chair Xi Jinping"). The tagger learned titles
 * from 1996 news, where they stand in body text; in today's title-case headline lists it often
 * takes title and name for one organization, or misses the name. The name is the run of
 * capitalized words after the title that are not ordinary words (at most three), and the title
 * is not part of it. An office taken for an organization before a name is no organization (dropOfficeTitles).
 */
import { keptWordInfo } from './cues';
import { isInsideLabel, LABELS } from './features';
import { COUNTRIES } from './countries';
import { mentionEnd, rawMention, type RawMention } from './mentions';
import { relabelLines } from './relabel';
import type { TaggedLine } from './tagger';
import type { Token } from './tokenize';
import type { WordList } from './model';
import { listCue } from './wordCues';

/**
 * Words that stand before a person's name and nothing else. Not "General" (General Motors),
 * "Premier" (Premier League), "Prime" (the title is "Minister"), "King" or "Judge" (names of their
 * own), "Attorney" ("Attorney General").
 */
const PERSON_TITLES = new Set([
  'president', 'vp', 'pm', 'minister', 'chancellor', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'ambassador',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'analyst', 'journalist', 'reporter',
  'columnist', 'poet', 'playwright', 'novelist', 'author', 'actor', 'actress', 'singer', 'rapper', 'coach', 'striker',
  'goalkeeper', 'midfielder', 'defender', 'captain', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'prof.',
  'professor', 'lawmaker', 'activist', 'diplomat', 'envoy', 'economist', 'lawyer', 'businessman',
  'businesswoman', 'billionaire', 'tycoon', 'mp', 'mep', 'congressman', 'congresswoman',
  // Ranks, which may follow a title ("NATO spokesman Lieutenant-Colonel Max Marriner").
  'lieutenant', 'lieutenant-colonel', 'lieutenant-general', 'major-general', 'colonel', 'col.', 'sergeant', 'brigadier',
  'admiral', 'commander',
  // "The Right Honourable" in its short form ("Rt. Hon. Funke Adedoyin").
  'rt.', 'hon.',
]);
/** Each title as written in lower case, capitalized or in capitals, so tokens are looked up as they stand. */
const TITLE_SPELLINGS = new Set([...PERSON_TITLES].flatMap((title) => [title, capitalized(title), title.split('-').map(capitalized).join('-'), title.toUpperCase()]));
const TITLE_WORD = listCue(TITLE_SPELLINGS);
/** Words that end a title rather than start a name ("Secretary General", "Governor General"). */
const TITLE_ENDINGS = new Set(['General', 'GENERAL', 'General.']);
const MAX_NAME_WORDS = 3;

/** Last words of an office's title that may also end an organization's name ("National Security Adviser", "Attorney General"). */
const OFFICE_ENDINGS = new Set(['adviser', 'advisor', 'secretary', 'director', 'general', 'commissioner', 'administrator', 'officer', 'counsel', 'representative']);

/**
 * The mentions less organizations that are a person's office written before the person's name
 * ("former National Security Adviser John Bolton"): a capitalized title the tagger read as a body.
 * The office must end in a title word and the person's name follow it after one space, or the
 * title word stand alone between them ("US Commerce" "Secretary" "Wilbur Ross"). A country that
 * opens the office stays, as the place it is ("US Trade Representative Robert Lighthizer": US).
 */
export function dropOfficeTitles(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  let replaced: Map<RawMention, RawMention | null> | undefined;
  for (let index = 0; index + 1 < mentions.length; index++) {
    const [office, person] = [mentions[index]!, mentions[index + 1]!];
    if (office.type !== 'organization' || person.type !== 'person' || office.words.length < 2) continue;
    const end = mentionEnd(office);
    if (text[end] !== ' ') continue;
    const titled = isOfficeWord(office.words[office.words.length - 1]!);
    const between = text.slice(end + 1, person.tokens[0]!.start - 1);
    const country = COUNTRIES.has(office.words[0]!);
    // The title word alone between office and person: only after a country's department ("US Commerce"), not after a body ("Disney Chief").
    const titleBetween = country && text[person.tokens[0]!.start - 1] === ' ' && /^\p{Lu}\p{Ll}+$/u.test(between) && isOfficeWord(between.toLowerCase());
    if (!(titled && person.tokens[0]!.start === end + 1) && !titleBetween) continue;
    (replaced ??= new Map()).set(office, country ? rawMention(office.tokens.slice(0, 1), 'place', office.style, office.words.slice(0, 1)) : null);
  }
  if (!replaced) return mentions;
  return mentions.flatMap((mention) => {
    const replacement = replaced!.get(mention);
    return replacement === undefined ? [mention] : replacement ? [replacement] : [];
  });
}

function isOfficeWord(word: string): boolean {
  return OFFICE_ENDINGS.has(word) || PERSON_TITLES.has(word);
}

/** Whether the word is a person's title as written ("President", "Mr.", "CEO"). */
export function isPersonTitle(word: string): boolean {
  return TITLE_SPELLINGS.has(word);
}
const PERSON_BEGIN = LABELS.indexOf('B-person');
const PERSON_INSIDE = LABELS.indexOf('I-person');

/**
 * The lines with the names that follow a person's title labelled as one person each (labels copied
 * where changed). In a title-case headline every word is capitalized, so there an ordinary English
 * word (`ordinaryWords`) after the title is the headline's verb, not a name ("Veteran Actor Slams").
 */
export function markTitledPeople(lines: readonly TaggedLine[], commonWords: ReadonlySet<string>, ordinaryWords: WordList): readonly TaggedLine[] {
  return relabelLines(lines, (line) => {
    // In an all-caps line every word looks like a name.
    if (line.style === 'caps' || (line.cues.line & TITLE_WORD) === 0) return line;
    const { tokens, cues } = line;
    let labels: Uint8Array | null = null;
    for (let index = 0; index + 1 < tokens.length; index++) {
      if ((cues.words[index]! & TITLE_WORD) === 0 || afterNumber(tokens, index)) continue;
      let end = index + 1;
      const headline = line.style === 'title';
      while (end < tokens.length && end - index <= MAX_NAME_WORDS && isNameWord(tokens[end]!.text, commonWords) && !(headline && ordinaryWords.has(tokens[end]!.text.toLowerCase()))) end++;
      // Words the tagger already read as the person's go with the name, ordinary or not ("Minister John Major").
      while (end > index + 1 && end < tokens.length && line.labels[end] === PERSON_INSIDE) end++;
      if (end === index + 1) continue;
      labels ??= line.labels.slice();
      // Titles before the title are no more part of the name ("Rt. Hon. Funke Adedoyin", "Lieutenant General").
      for (let before = index - 1; before >= 0 && TITLE_SPELLINGS.has(tokens[before]!.text); before--) labels[before] = 0;
      relabel(labels, index, end, tokens[end]?.text, commonWords);
      index = end - 1;
    }
    return labels ? { ...line, labels } : line;
  });
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "10:24 PM IST": after a time, "PM" is the hour's half, not a prime minister. */
function afterNumber(tokens: readonly Token[], index: number): boolean {
  const code = index > 0 ? tokens[index - 1]!.text.charCodeAt(0) : 0;
  return code >= 48 && code <= 57;
}

/** A capitalized word that is no ordinary word and no title ("Vance", "JD", not "Says" or "VP"). */
function isNameWord(word: string, commonWords: ReadonlySet<string>): boolean {
  const code = word.charCodeAt(0);
  // ASCII by its code (most words); the rest by lower-casing, which allocates.
  if (code < 128 ? code < 65 || code > 90 : word.charAt(0) === word.charAt(0).toLowerCase()) return false;
  return !TITLE_SPELLINGS.has(word) && !TITLE_ENDINGS.has(word) && !keptWordInfo(word, commonWords).common;
}

/**
 * The title at `title` outside any name, `title + 1 .. end` one person. A word after them that the
 * tagger had in the same name is set free: an ordinary word leaves the name ("JD Vance Says"), any
 * other opens a name of its own.
 */
function relabel(labels: Uint8Array, title: number, end: number, next: string | undefined, commonWords: ReadonlySet<string>): void {
  labels[title] = 0;
  labels[title + 1] = PERSON_BEGIN;
  for (let index = title + 2; index < end; index++) labels[index] = PERSON_INSIDE;
  if (next === undefined || !isInsideLabel(labels[end]!)) return;
  labels[end] = keptWordInfo(next, commonWords).common ? 0 : labels[end]! - 1;
}
