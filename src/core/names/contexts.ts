/**
 * Words around a name that say what it names whatever the name's own shape says, and hold for
 * every mention of the same form in the document ("Nissan" cannot be a person in one line and a
 * company in the next):
 * - a company: "the CEO of X", "founder of X", "shares of X", "X's chief executive", "X's
 *   shares", "X (NYSE: ...)": only companies have chief executives, founders, shares and tickers;
 *   and "energy company X", "record label, X", "carmaker X": a kind of company written just before
 *   the name (in lower case: "Bank" or "Label" capitalized may open the name itself), a company's
 *   or a paper's: "cables giant X" (a person's full name after "giant" is a magnate), "news weekly X", "the daily X";
 * - a person: "17-year-old X" (not "an 8-year-old Fort Worth girl"), "X, 57,": only people have ages;
 * - a company: "X engineers", "X customers", "X devices", "X reported": people a company employs or
 *   sells to, what it makes, and the verb of a newsroom ("Kan reported"); in training text nine in ten
 *   such names that are no country, no large city and no American state are organizations, the rest
 *   mostly places ("Montreal stock"). Places known by name are left (knownPlaces.ts: "Texas customers");
 * - a person: a name of two or three words, not after "the", followed by ", who" ("Eyamba Sowers,
 *   who"), or set off by a comma after a person's role ("his attorney, Sonya Zoghlin, said", "media mogul, Debola Lagos."): in
 *   training text nineteen in twenty such names are people. The rest are clubs ("Steaua Bucharest, who
 *   finished"), so "who" retypes a place only: an organization the tagger saw stays one;
 * - a person: "said Sowers, who": a quotation's speaker with "who" after, of any length; a club is
 *   seldom quoted so, so the tagger's organization is retyped here too.
 * The tagger reads an unknown company's name by its shape, which often says person or place; the
 * document-wide vote in link.ts then follows the majority of such guesses.
 */
import type { NameType } from '../types';
import { mentionEnd, type RawMention } from './mentions';
import { isKnownPlace } from './knownPlaces';
import { mayNamePerson } from './cues';
import { isSpace } from './tokenize';

/** Characters before and after a mention that the cues look at. */
const BEFORE = 48;
const AFTER = 32;
const COMPANY_BEFORE = /\b(?:CEO|chief executive(?: officer)?|founder|co-founder|cofounder|shares|shareholders|stake|subsidiary)(?: and (?:CEO|[Ff]ounder|[Cc]o-founder) )?\s+(?:of|in|at)\s+$/i;
const COMPANY_AFTER = /^(?:\s?['’]s\s+(?:CEO|chief executive|shares|stock|shareholders|board of directors|headquarters|subsidiary|founder|co-founder)\b|\s+\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:)/;
const KIND_BEFORE = /\b(?:company|firm|carmaker|automaker|retailer|startup|start-up|conglomerate|airline|insurer|lender|label|publisher|broadcaster|chipmaker|brand|manufacturer|newspaper|daily|weekly)\s*,?\s+$/;
/** "cables giant X": a company, unless the tagger's person has a person's full name ("retailing giant Amancio Ortega", a magnate). */
const GIANT_BEFORE = /\bgiant\s+$/;
const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/;
const AGE_AFTER = /^,\s\d{1,3},/;
const NOUN_AFTER = /^\s+\p{Ll}/u;
const WHO_AFTER = /^,\swho(?:se)?\s/;
const THE_BEFORE = /\bthe\s+$/i;
const SAID_BEFORE = /\bsaid\s$/;
/** Roles of people in lower case, a comma after them: "his attorney, X,". */
const ROLE_BEFORE = /\b(?:attorney|lawyer|spokesman|spokeswoman|spokesperson|mogul|actress|actor|wife|husband|son|daughter|mother|father|brother|sister|friend|colleague|aide|adviser|advisor|physician|doctor|nurse|teacher|professor|student|researcher|scientist|economist|analyst|author|writer|singer|artist|coach|director|manager|prosecutor|judge|officer|official),\s$/;
const PERSON_WORDS = { min: 2, max: 3 };
const COMPANY_WORD_AFTER = /^\s(?:engineers|employees|executives|shoppers|customers|sellers|subscribers|shareholders|investors|stores|products|devices|vehicles|phones|apps?|website|reported)\b/;

/** The mentions with every mention of a form one of whose mentions has a cue around it retyped to the cue's type. */
export function typeByContext(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const cued = new Map<string, NameType | null>();
  for (const mention of mentions) {
    const type = cueType(mention, text);
    if (!type) continue;
    const known = cued.get(mention.key);
    // Cues that disagree settle nothing.
    cued.set(mention.key, known === undefined || known === type ? type : null);
  }
  if (cued.size === 0) return mentions;
  return mentions.map((mention) => {
    const type = cued.get(mention.key);
    return type && type !== mention.type ? { ...mention, type } : mention;
  });
}

/** Whether the words around text[start, end) say a company: its chief executive, founder, shares or ticker. */
export function hasCompanyCue(text: string, start: number, end: number): boolean {
  return saysCompany(text.slice(Math.max(0, start - BEFORE), start), text.slice(end, end + AFTER));
}

function saysCompany(before: string, after: string): boolean {
  return COMPANY_BEFORE.test(before) || KIND_BEFORE.test(before) || COMPANY_AFTER.test(after);
}

/**
 * What each pattern needs at the edge of the text around a mention, checked in the text itself
 * before the windows are sliced and the patterns run: the patterns before a name end in white space
 * after "of"/"in"/"at", a kind of company or an age, and those after it open with a possessive, a
 * bracket or a comma. Most mentions have none of these (three patterns and two slices per mention
 * were 2 % of a 4 KB seed's analysis and a twentieth of what it allocates).
 */
const KINDS_BEFORE = ['company', 'firm', 'carmaker', 'automaker', 'retailer', 'startup', 'start-up', 'conglomerate', 'airline', 'insurer', 'lender', 'label', 'publisher', 'broadcaster', 'chipmaker', 'brand', 'manufacturer', 'giant', 'newspaper', 'daily', 'weekly'];
const AGE_WORD = '-year-old';

/** Where text[from, end) ends once the white space that closes it is left out. */
function endBeforeSpace(text: string, from: number, end: number): number {
  let at = end;
  while (at > from && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Two or three words with none of a title's small words ("Eyamba Sowers", not "Bank of Kesh"). */
function isPersonShaped(mention: RawMention): boolean {
  return mention.words.length >= PERSON_WORDS.min && mention.words.length <= PERSON_WORDS.max && mayNamePerson(mention.words);
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** A superset of COMPANY_BEFORE: "of", "in" or "at" (in any case, as /i reads them) ends text[from, end). */
function endsWithPreposition(text: string, from: number, end: number): boolean {
  if (end - from < 2) return false;
  const first = lowerAscii(text.charCodeAt(end - 2));
  const second = lowerAscii(text.charCodeAt(end - 1));
  return (first === 111 && second === 102) || (first === 105 && second === 110) || (first === 97 && second === 116);
}

/** A superset of KIND_BEFORE: a kind of company, a comma maybe, ends text[from, end). */
function endsWithKind(text: string, from: number, end: number): boolean {
  const kindEnd = text.charAt(end - 1) === ',' ? endBeforeSpace(text, from, end - 1) : end;
  // Every kind ends in a lower-case letter: most names follow none, and are not compared with every kind.
  if (kindEnd <= from || !isLowerAscii(text.charCodeAt(kindEnd - 1))) return false;
  return KINDS_BEFORE.some((kind) => kindEnd - kind.length >= from && text.startsWith(kind, kindEnd - kind.length));
}

/** A superset of COMPANY_AFTER: text[start, end) opens with a possessive (after one space at most), or with white space and a bracket. */
function opensWithPossessiveOrBracket(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  if (first === "'" || first === '’') return true;
  if (start >= end || !isSpace(text.charCodeAt(start))) return false;
  const second = text.charAt(start + 1);
  if (start + 1 < end && (second === "'" || second === '’')) return true;
  let at = start;
  while (at < end && isSpace(text.charCodeAt(at))) at++;
  return at < end && text.charAt(at) === '(';
}

function cueType(mention: RawMention, text: string): NameType | null {
  const start = mention.tokens[0]!.start;
  const end = mentionEnd(mention);
  const from = Math.max(0, start - BEFORE);
  const to = Math.min(text.length, end + AFTER);
  const beforeEnd = endBeforeSpace(text, from, start);
  const spaced = beforeEnd < start;
  const companyBefore = spaced && endsWithPreposition(text, from, beforeEnd);
  const kindBefore = spaced && endsWithKind(text, from, beforeEnd);
  const ageBefore = spaced && beforeEnd - AGE_WORD.length >= from && text.startsWith(AGE_WORD, beforeEnd - AGE_WORD.length);
  const companyAfter = opensWithPossessiveOrBracket(text, end, to);
  const ageAfter = text.charAt(end) === ',' && end < to;
  const wordAfter = text.charAt(end) === ' ' && end + 1 < to && isLowerAscii(text.charCodeAt(end + 1));
  const commaBefore = start >= 2 && text.charAt(start - 2) === ',';
  if (!companyBefore && !kindBefore && !ageBefore && !companyAfter && !ageAfter && !wordAfter && !commaBefore) return null;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  if ((companyBefore && COMPANY_BEFORE.test(before)) || (kindBefore && KIND_BEFORE.test(before)) || (companyAfter && COMPANY_AFTER.test(after))) return 'organization';
  if (kindBefore && GIANT_BEFORE.test(before) && !(mention.type === 'person' && isPersonShaped(mention))) return 'organization';
  if (wordAfter && mention.type !== 'organization' && COMPANY_WORD_AFTER.test(after) && !isKnownPlace(mention.key)) return 'organization';
  // "an 8-year-old Fort Worth girl": the age is the noun's after the name.
  if ((ageBefore && AGE_BEFORE.test(before) && !NOUN_AFTER.test(after)) || (ageAfter && AGE_AFTER.test(after))) return 'person';
  if (mention.type === 'organization' && ageAfter && WHO_AFTER.test(after) && SAID_BEFORE.test(before)) return 'person';
  if (mention.type !== 'person' && isPersonShaped(mention) && ((mention.type === 'place' && ageAfter && WHO_AFTER.test(after) && !THE_BEFORE.test(before)) || (commaBefore && (ageAfter || text.charAt(end) === '.') && ROLE_BEFORE.test(before)))) return 'person';
  return null;
}
