/**
 * Document-level consistency and linking: one type per written form (majority of its
 * mentions, body lines counting more than headlines), corrected where the form or its context
 * says more than the tagger's words can (an organization's last word, a company's registered
 * name, a scorer's minute, "the Kremlin said"); short forms linked to the fullest form of the
 * same entity ("Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping") and acronyms to the name they
 * abbreviate ("SCO" -> "Shanghai Cooperation Organisation").
 */
import type { NameMention, NameType } from '../types';
import { timeZoneCities } from './cities';
import { COUNTRIES } from './countries';
import { isAcronym, mayNamePerson } from './cues';
import { sideRowFollows } from './sides';
import { hasNicknameEnding } from './cityTeams';
import { isKnownPlace, isRegion } from './knownPlaces';
import type { RawMention } from './mentions';
import { isDigit, isSpace } from './tokenize';

interface Form {
  /** Lower-cased words. */
  words: readonly string[];
  /** How the form is written, from a body line when there is one. */
  display: string;
  fromBody: boolean;
  votes: Map<NameType, number>;
  type: NameType;
  /** Whether the display is an acronym (isAcronym), once the display is final. */
  acronym: boolean;
  count: number;
  first: number;
}

const FOLLOWED_BY_ACRONYM = /^\s*\(\s*(\p{Lu}{2,6})\s*\)/u;
const UPPER = /^\p{Lu}$/u;

export function linkMentions(raw: readonly RawMention[], text: string): NameMention[] {
  const forms = new Map<string, Form>();
  const datelines = new DatelineTest(text);
  raw.forEach((mention, order) => addMention(forms, mention, text, order, datelines));
  for (const form of forms.values()) {
    form.type = majorityType(form.votes);
    form.acronym = isAcronym(form.display);
  }
  typeCountriesAsPlaces(forms);
  typeByHeadWord(forms);
  typeNamePartsAsPeople(forms);
  typeLoneCitiesAsPlaces(forms);
  typeCompanyShortForms(forms);
  const acronyms = acronymTargets(raw, forms, text);
  const containing = formsByWord(forms);
  const canonical = new Map<string, Form>();
  for (const [key, form] of forms) canonical.set(key, acronyms.get(key) ?? (form.acronym ? form : fullestForm(form, containing)));
  return raw.map((mention) => {
    const target = canonical.get(mention.key)!;
    const start = mention.tokens[0]!.start;
    const end = mention.tokens[mention.tokens.length - 1]!.end;
    // A decisive mention keeps its type even where a person's name retyped its form ("WASHINGTON (AP) —" beside "Kerry Washington").
    const type = mention.decisive ? mention.type : target.type === 'organization' && standsAsPlace(mention, forms.get(mention.key)!, text, datelines, end) ? 'place' : target.type;
    return { start, end, text: text.slice(start, end), type, canonical: target.display };
  });
}

/**
 * A club named by its city ("Texas beat Cleveland", "NEW YORK 74 59") is an organization wherever
 * the document reads it so, and one form keeps one type; but the dateline's city ("ARLINGTON, Texas
 * 1996-08-31") and "In Montreal," opening a sentence name the place, whatever the club's mentions
 * voted. Only for a form that is a place somewhere in the document or a place known by name; and
 * the city a schedule's game is played in (hostsGame) is the place whatever the form.
 */
function standsAsPlace(mention: RawMention, form: Form, text: string, datelines: DatelineTest, end: number): boolean {
  if (hostsGame(mention, text, end)) return true;
  if (!form.votes.has('place') && !isKnownPlace(mention.key)) return false;
  return datelines.holds(mention) || (text.charAt(end) === ',' && opensSentenceWithIn(text, mention.tokens[0]!.start));
}

/** A line of a schedule in capitals: a side, "AT", then where the game is played, alone to the line's end. */
const SCHEDULE_BEFORE = /^\p{Lu}[\p{Lu}.'’ -]* AT $/u;
/** No lower-case letter: the place's name is in capitals too. */
const CAPITALS = /^[^\p{Ll}]+$/u;
const SCHEDULE_LINE = 48;

/**
 * "KANSAS CITY AT DETROIT" on a line of its own, as wire schedules print them: the side after "AT" is
 * named by the city the game is played in, and the labels (like a reader) call it that place, the
 * visitors the club. Only in capitals: a title-case line with "at" is as often a link ("Read More at
 * WSJ.com"). A nickname there is the club ("TORONTO AT NY RANGERS").
 */
function hostsGame(mention: RawMention, text: string, end: number): boolean {
  const start = mention.tokens[0]!.start;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > SCHEDULE_LINE || (end < text.length && text.charAt(end) !== '\n' && text.charAt(end) !== '\r')) return false;
  return SCHEDULE_BEFORE.test(text.slice(lineStart, start)) && CAPITALS.test(text.slice(start, end)) && !hasNicknameEnding(titleCase(mention.tokens[mention.tokens.length - 1]!.text));
}

/** "COLTS" -> "Colts": a word in capitals as a title-case line writes it. */
function titleCase(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}

/** Whether text[start - 3, start) is "In " opening a line or a sentence. */
function opensSentenceWithIn(text: string, start: number): boolean {
  const at = start - 3;
  if (at < 0 || !text.startsWith('In ', at)) return false;
  if (at === 0) return true;
  const before = text.charAt(at - 1);
  return before === '\n' || (before === ' ' && at >= 2 && SENTENCE_END.has(text.charAt(at - 2)));
}

const SENTENCE_END = new Set(['.', '!', '?']);
/** A decisive mention's vote (RawMention.decisive): more than all the document's other mentions of its form. */
const DECISIVE_VOTE = 1e6;

function addMention(forms: Map<string, Form>, mention: RawMention, text: string, order: number, datelines: DatelineTest): void {
  const { key } = mention;
  const fromBody = mention.style === 'normal';
  let form = forms.get(key);
  if (!form) {
    form = { words: mention.words, display: displayOf(mention, text), fromBody, votes: new Map(), type: mention.type, acronym: false, count: 0, first: order };
    forms.set(key, form);
  } else if (fromBody && !form.fromBody) {
    form.display = displayOf(mention, text);
    form.fromBody = true;
  }
  form.count++;
  const type = datelines.holds(mention) ? 'place' : speaksAsInstitution(mention, text) ? 'organization' : listedScorer(mention, text) ? 'person' : mention.type;
  form.votes.set(type, (form.votes.get(type) ?? 0) + (mention.decisive ? DECISIVE_VOTE : fromBody ? 1 : 0.5));
}

/** The mention as written, any run of white space between its words one space. */
function displayOf({ tokens }: RawMention, text: string): string {
  const written = text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end);
  // A token holds no white space (tokenize.ts): a single word is written as it stands, and so are words one space apart.
  return tokens.length === 1 || spacedOnce(written) ? written : written.replace(/\s+/g, ' ');
}

/** Whether the only white space in `written` is single spaces: what the replace above would leave as it is. */
function spacedOnce(written: string): boolean {
  let spaceBefore = false;
  for (let index = 0; index < written.length; index++) {
    const code = written.charCodeAt(index);
    const space = isSpace(code);
    if (space && (code !== SPACE || spaceBefore)) return false;
    spaceBefore = space;
  }
  return true;
}

/** A dateline: place names, commas and the date ("AL-AIN, United Arab Emirates 1996-12-06"). */
const DATELINE = /^\p{Lu}[\p{L}\s.,'’-]*\s\d{4}-\d{2}-\d{2}\s*$/u;
const DATE_AT_END = /\d{4}-\d{2}-\d{2}\s*$/;
/** Characters at a line's end that DATE_AT_END looks at: the date and two of white space. */
const DATE_TAIL = 12;

/**
 * Names in a dateline are where the story was filed, whatever the story is about (a club's city).
 * The answer for a line is kept for the next mention, which is most often on the same line.
 */
class DatelineTest {
  private lineStart = 0;
  private lineEnd = 0;
  /** Whether the line is a dateline whose last DATE_TAIL characters end in the date. */
  private dateline = false;

  constructor(private readonly text: string) {}

  holds(mention: RawMention): boolean {
    const { text } = this;
    const start = mention.tokens[0]!.start;
    if (start < this.lineStart || start >= this.lineEnd) {
      const found = text.indexOf('\n', start);
      this.lineStart = text.lastIndexOf('\n', start) + 1;
      this.lineEnd = found < 0 ? text.length : found;
      // Most lines do not end in a date: look at the whole line only when this one does.
      this.dateline = DATE_AT_END.test(text.slice(Math.max(this.lineStart, this.lineEnd - DATE_TAIL), this.lineEnd))
        && DATELINE.test(text.slice(this.lineStart, this.lineEnd));
    }
    // A name within the last DATE_TAIL characters comes before the date only if the date still follows it.
    return this.dateline && (start <= this.lineEnd - DATE_TAIL || DATE_AT_END.test(text.slice(start, this.lineEnd)));
  }
}

const LIST_BEFORE = /(?:\(|,|\s-)\s*$/;
const SPACE = 32;
const MINUTE_AFTER = /^ \d{1,3}(?![-.:/\d])/;

/**
 * "Chelsea 2 (Zola 12, Vialli 55)", "Syria - Nader Jokhadar 7": a name the tagger took for a club
 * (results tables are full of them) that opens a bracket or follows a comma or a dash, and is
 * followed by a minute, is a scorer. The teams stand at the line's start or after a score; a side's
 * row of a table is no minute ("..., Essex 372 and 100-5", "BALTIMORE 70 63 .526" on the line after a
 * standing's dash; sides.ts).
 */
function listedScorer(mention: RawMention, text: string): boolean {
  if (mention.type !== 'organization') return false;
  const start = mention.tokens[0]!.start;
  const end = mention.tokens[mention.tokens.length - 1]!.end;
  // MINUTE_AFTER opens with a space and a digit: most names are followed by neither, and no slice is made for them.
  if (text.charCodeAt(end) !== SPACE || !isDigit(text.charCodeAt(end + 1))) return false;
  return LIST_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && MINUTE_AFTER.test(text.slice(end, end + 6)) && !sideRowFollows(text, end);
}

const THE_BEFORE = /\bthe\s+$/i;
const SPEECH_AFTER = /^\s+(?:said|says|spokesman|spokeswoman|spokesperson|statement|announced|denied|confirmed|notes|noted|stated|warned|insisted|responded|declined|hosted)\b/;

/**
 * "the Kremlin said", "the Pentagon spokesman": a seat of power with the article, speaking, is
 * the institution (CoNLL's 1996 labels call it a place). Countries speak without the article
 * ("Russia said"), so they stay places; so do the few with one, which are plural or of more than
 * one word ("the Netherlands", "the United States"). A person's name takes no article, so a
 * "person" there is the institution too.
 */
function speaksAsInstitution(mention: RawMention, text: string): boolean {
  if (mention.type === 'organization' || mention.tokens.length > 1 || /s$/i.test(mention.tokens[0]!.text)) return false;
  const start = mention.tokens[0]!.start;
  const end = mention.tokens[mention.tokens.length - 1]!.end;
  // Both patterns need white space beside the name: without it no slice is made.
  if (!isSpace(text.charCodeAt(start - 1)) || !isSpace(text.charCodeAt(end))) return false;
  return THE_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && SPEECH_AFTER.test(text.slice(end, end + 16));
}

function majorityType(votes: Map<NameType, number>): NameType {
  let best: NameType = 'person';
  let bestVotes = -1;
  for (const [type, count] of votes) {
    if (count > bestVotes) {
      best = type;
      bestVotes = count;
    }
  }
  return best;
}

/**
 * A country the tagger took for an organization is the place: a national team goes by its
 * country's name, and CoNLL's labels (like a reader) call it the country. A country name read as
 * a person is left alone ("Chad", "Jordan" are given names too). A continent or a region of the
 * world is a place whatever the tagger read ("the Americas" is no person).
 */
function typeCountriesAsPlaces(forms: Map<string, Form>): void {
  for (const [key, form] of forms) {
    if ((form.type === 'organization' && COUNTRIES.has(key)) || isRegion(key)) form.type = 'place';
  }
}

/** A lone word that opens or closes a person's full name is that person ("Xi", "Putin"). */
function typeNamePartsAsPeople(forms: Map<string, Form>): void {
  const nameParts = personNameParts(forms);
  for (const form of forms.values()) {
    if (form.words.length === 1 && nameParts.has(form.words[0]!)) form.type = 'person';
  }
}

/** The first and last words of the people's names of more than one word (not a heading taken for one, "Icy Moon of Jupiter"). */
function personNameParts(forms: Map<string, Form>): Set<string> {
  const nameParts = new Set<string>();
  for (const form of forms.values()) {
    if (form.type !== 'person' || form.words.length < 2 || !mayNamePerson(form.words)) continue;
    nameParts.add(form.words[0]!);
    nameParts.add(form.words[form.words.length - 1]!);
  }
  return nameParts;
}

/**
 * A city's name the tagger took for a person, where the document names no person with that word,
 * is the city ("Aqtau faces power outages"): news gives a person's full name before the surname
 * alone, and a lone given name is rarer than a city. The time-zone cities (cities.ts) are the
 * gazetteer.
 */
function typeLoneCitiesAsPlaces(forms: Map<string, Form>): void {
  const nameParts = personNameParts(forms);
  const cities = timeZoneCities();
  for (const [key, form] of forms) {
    if (form.type === 'person' && cities.has(key) && !form.words.some((word) => nameParts.has(word))) form.type = 'place';
  }
}

/**
 * Last words that make a name an organization whatever the tagger said ("Salomon Brothers" is no
 * person, "Office of Fair Trading" no place). Words that also end places ("Bank", "City") are not here.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'corp', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'brothers', 'airways', 'airlines', 'party', 'ministry', 'council',
  'commission', 'committee', 'university', 'agency', 'association', 'federation', 'institute', 'foundation', 'fc',
  'trading', 'exchange', 'group', 'holdings', 'securities', 'bancorp', 'organisation', 'organization',
  // Industries and institutions ("Essar Steel", "Kotak Institutional Equities", "Keck Observatory", "Sheriff's Department").
  'steel', 'motors', 'pharmaceuticals', 'technologies', 'industries', 'equities', 'observatory', 'department',
  // Reinsurers ("Munich Re", "Swiss Re") and news desks in sign-offs ("London Newsroom").
  're', 'newsroom',
]);

function typeByHeadWord(forms: Map<string, Form>): void {
  for (const form of forms.values()) {
    if (form.words.length > 1 && ORGANIZATION_HEADS.has(withoutFinalPeriod(form.words[form.words.length - 1]!))) form.type = 'organization';
  }
}

/** The word less a period that ends it ("corp." -> "corp"): what replace(/\.$/, '') makes of it, without a pattern per form. */
function withoutFinalPeriod(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}


/** Last words that mark a company's registered name ("Newmont Mining Corp", "Barclays Plc"). */
const COMPANY_DESIGNATORS = new Set(['corp', 'corporation', 'co', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'spa', 'gmbh', 'holdings']);

/**
 * A company's short form is the company once the document gives its registered name: "Newmont"
 * and "Santa Fe" after "Newmont Mining Corp" and "Santa Fe Pacific Gold Corp" (a short form
 * leaves out the designator and at least one word before it). The tagger alone often reads an
 * unknown short form as the place it sounds like; the registered name settles it. A short form the
 * tagger took for a person is the organization after any full name with an organization's last
 * word ("Salomon" after "Salomon Brothers"); places are left alone there ("New York" stays a place
 * beside "New York Stock Exchange").
 */
function typeCompanyShortForms(forms: Map<string, Form>): void {
  const companyShortForms = new Set<string>();
  const organizationShortForms = new Set<string>();
  for (const form of forms.values()) {
    if (form.type !== 'organization') continue;
    const last = withoutFinalPeriod(form.words[form.words.length - 1]!);
    if (COMPANY_DESIGNATORS.has(last)) {
      for (let length = 1; length < form.words.length - 1; length++) companyShortForms.add(form.words.slice(0, length).join(' '));
    }
    if (COMPANY_DESIGNATORS.has(last) || ORGANIZATION_HEADS.has(last)) {
      for (let length = 1; length < form.words.length; length++) organizationShortForms.add(form.words.slice(0, length).join(' '));
    }
  }
  for (const [key, form] of forms) {
    if (companyShortForms.has(key) || (form.type === 'person' && organizationShortForms.has(key))) form.type = 'organization';
  }
}

/** Word -> the forms of more than one word that contain it (the candidates for a fuller form). */
function formsByWord(forms: Map<string, Form>): Map<string, Form[]> {
  const index = new Map<string, Form[]>();
  for (const form of forms.values()) {
    if (form.words.length < 2) continue;
    for (const word of new Set(form.words)) {
      const list = index.get(word);
      if (list) list.push(form);
      else index.set(word, [form]);
    }
  }
  return index;
}

/**
 * The longest form of the same type whose words contain this form's words in a row. Acronyms are
 * left out (linkMentions): "EU" is not short for "EU Visa", nor "US" for "US Open".
 */
function fullestForm(form: Form, containing: Map<string, Form[]>): Form {
  let best = form;
  for (const other of containing.get(form.words[0]!) ?? []) {
    if (other.type !== form.type || other.words.length <= form.words.length) continue;
    if (!containsRun(other.words, form.words)) continue;
    if (other.words.length > best.words.length || (other.words.length === best.words.length && other.count > best.count)) best = other;
  }
  return best;
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= words.length; start++) {
    if (run.every((word, index) => words[start + index] === word)) return true;
  }
  return false;
}

/** Acronym forms -> the form they abbreviate: "Full Name (ACR)" in the text, or matching initials. */
function acronymTargets(raw: readonly RawMention[], forms: Map<string, Form>, text: string): Map<string, Form> {
  const targets = new Map<string, Form>();
  // Only forms written as acronyms can be targets: most documents have few, some none.
  const acronyms = new Set<string>();
  for (const [key, form] of forms) if (form.acronym) acronyms.add(key);
  if (acronyms.size === 0) return targets;
  for (const mention of raw) {
    if (mention.tokens.length < 2) continue;
    const form = forms.get(mention.key)!;
    const end = mention.tokens[mention.tokens.length - 1]!.end;
    const after = hasBracketWithin(text, end, ACRONYM_AFTER) ? FOLLOWED_BY_ACRONYM.exec(text.slice(end, end + ACRONYM_AFTER)) : null;
    const candidates = [initialsOf(mention)];
    if (after) candidates.push(after[1]!);
    for (const acronym of candidates) {
      const key = acronym.toLowerCase();
      if (acronyms.has(key) && !targets.has(key)) targets.set(key, form);
    }
  }
  return targets;
}

/** Characters after a name that FOLLOWED_BY_ACRONYM looks at. */
const ACRONYM_AFTER = 12;
const OPENING_BRACKET = 40;

/** Whether an opening bracket stands within `length` characters from `from` (FOLLOWED_BY_ACRONYM needs one). */
function hasBracketWithin(text: string, from: number, length: number): boolean {
  const end = Math.min(text.length, from + length);
  for (let index = from; index < end; index++) if (text.charCodeAt(index) === OPENING_BRACKET) return true;
  return false;
}

/** The capitals that open the mention's words ("SCO" of "Shanghai Cooperation Organisation"). */
function initialsOf(mention: RawMention): string {
  let initials = '';
  for (const { text } of mention.tokens) {
    const code = text.charCodeAt(0);
    // ASCII by its code (most words); the rest by Unicode property.
    if (code < 128 ? code >= 65 && code <= 90 : UPPER.test(text.charAt(0))) initials += text.charAt(0);
  }
  return initials;
}

