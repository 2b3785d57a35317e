/**
 * Words around a name that say what it names whatever the name's own shape says, and hold for
 * every mention of the same form in the document ("Nissan" cannot be a person in one line and a
 * company in the next):
 * - a company: "the CEO of X", "founder of X", "shares of X", "X's chief executive", "X's
 *   shares", "X (NYSE: ...)": only companies have chief executives, founders, shares and tickers;
 *   and "energy company X", "record label, X", "carmaker X": a kind of company written just before
 *   the name (in lower case: "Bank" or "Label" capitalized may open the name itself);
 * - a person: "17-year-old X" (not "an 8-year-old Fort Worth girl"), "X, 57,": only people have ages.
 * The tagger reads an unknown company's name by its shape, which often says person or place; the
 * document-wide vote in link.ts then follows the majority of such guesses.
 */
import type { NameType } from '../types';
import { mentionEnd, type RawMention } from './mentions';

/** Characters before and after a mention that the cues look at. */
const BEFORE = 48;
const AFTER = 32;
const COMPANY_BEFORE = /\b(?:CEO|chief executive(?: officer)?|founder|co-founder|cofounder|shares|shareholders|stake|subsidiary)(?: and (?:CEO|[Ff]ounder|[Cc]o-founder) )?\s+(?:of|in|at)\s+$/i;
const COMPANY_AFTER = /^(?:\s?['’]s\s+(?:CEO|chief executive|shares|stock|shareholders|board of directors|headquarters|subsidiary|founder|co-founder)\b|\s+\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX)\s*:)/;
const KIND_BEFORE = /\b(?:company|firm|carmaker|automaker|retailer|startup|start-up|conglomerate|airline|insurer|lender|label|publisher|broadcaster|chipmaker|brand|manufacturer)\s*,?\s+$/;
const AGE_BEFORE = /\b\d{1,3}-year-old\s+$/;
const AGE_AFTER = /^,\s\d{1,3},/;
const NOUN_AFTER = /^\s+\p{Ll}/u;

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
 * What each pattern needs at the edge of the text around a mention, checked before the pattern is
 * run: the patterns before a name end in white space after "of"/"in"/"at", a kind of company or an
 * age, and the patterns after it open with a possessive or a bracket. Most mentions have none of these
 * (three patterns per mention were 2 % of a 4 KB seed's analysis).
 */
const WHITE_SPACE = /\s/;
const KINDS_BEFORE = ['company', 'firm', 'carmaker', 'automaker', 'retailer', 'startup', 'start-up', 'conglomerate', 'airline', 'insurer', 'lender', 'label', 'publisher', 'broadcaster', 'chipmaker', 'brand', 'manufacturer'];

/** Where `text` ends once the white space that closes it is left out. */
function endBeforeSpace(text: string, end = text.length): number {
  let at = end;
  while (at > 0 && WHITE_SPACE.test(text.charAt(at - 1))) at--;
  return at;
}

/** A superset of COMPANY_BEFORE: the text ends in "of", "in" or "at" and white space. */
function mayBeCompanyBefore(before: string, end: number): boolean {
  return end < before.length && end >= 2 && /^(?:of|in|at)$/i.test(before.slice(end - 2, end));
}

/** A superset of KIND_BEFORE: the text ends in a kind of company, a comma maybe, and white space. */
function mayBeKindBefore(before: string, end: number): boolean {
  if (end === before.length) return false;
  const kindEnd = before.charAt(end - 1) === ',' ? endBeforeSpace(before, end - 1) : end;
  return KINDS_BEFORE.some((kind) => before.endsWith(kind, kindEnd));
}

/** A superset of COMPANY_AFTER: the text opens with a possessive (after one space at most) or with white space and a bracket. */
function mayBeCompanyAfter(after: string): boolean {
  const first = after.charAt(0);
  if (first === "'" || first === '’') return true;
  if (!WHITE_SPACE.test(first)) return false;
  const second = after.charAt(1);
  return second === "'" || second === '’' || after.trimStart().startsWith('(');
}

function cueType(mention: RawMention, text: string): NameType | null {
  const start = mention.tokens[0]!.start;
  const end = mentionEnd(mention);
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const after = text.slice(end, end + AFTER);
  const beforeEnd = endBeforeSpace(before);
  if ((mayBeCompanyBefore(before, beforeEnd) && COMPANY_BEFORE.test(before)) || (mayBeKindBefore(before, beforeEnd) && KIND_BEFORE.test(before))
    || (mayBeCompanyAfter(after) && COMPANY_AFTER.test(after))) return 'organization';
  // "an 8-year-old Fort Worth girl": the age is the noun's after the name.
  const ageBefore = beforeEnd < before.length && before.endsWith('-year-old', beforeEnd) && AGE_BEFORE.test(before);
  if ((ageBefore && !NOUN_AFTER.test(after)) || AGE_AFTER.test(after)) return 'person';
  return null;
}
