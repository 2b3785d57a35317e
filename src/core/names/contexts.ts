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
  const cues = cuesIn(text);
  for (const mention of mentions) {
    const type = cueType(mention, text, cues);
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
 * Which cues the text may hold anywhere: the words each pattern needs, searched once in the whole
 * text. A pattern whose words the text lacks cannot match around any mention, and is not tried
 * around each (three patterns per mention were 2 % of a 4 KB seed's analysis).
 */
interface CuesInText {
  companyBefore: boolean;
  kindBefore: boolean;
  companyAfter: boolean;
  ageBefore: boolean;
}

/** Words (as substrings, so they hold wherever the patterns' `\b`-bounded words do) of COMPANY_BEFORE, KIND_BEFORE and COMPANY_AFTER. */
const COMPANY_BEFORE_WORDS = /CEO|chief executive|founder|shares|shareholders|stake|subsidiary/i;
const KIND_BEFORE_WORDS = /company|firm|carmaker|automaker|retailer|startup|start-up|conglomerate|airline|insurer|lender|label|publisher|broadcaster|chipmaker|brand|manufacturer/;
const COMPANY_AFTER_WORDS = /CEO|chief executive|shares|stock|shareholders|board of directors|headquarters|subsidiary|founder|NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX/;

export function cuesIn(text: string): CuesInText {
  return {
    companyBefore: COMPANY_BEFORE_WORDS.test(text),
    kindBefore: KIND_BEFORE_WORDS.test(text),
    companyAfter: COMPANY_AFTER_WORDS.test(text),
    ageBefore: text.includes('-year-old'),
  };
}

function cueType(mention: RawMention, text: string, cues: CuesInText): NameType | null {
  const start = mention.tokens[0]!.start;
  const end = mentionEnd(mention);
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const after = text.slice(end, end + AFTER);
  if ((cues.companyBefore && COMPANY_BEFORE.test(before)) || (cues.kindBefore && KIND_BEFORE.test(before)) || (cues.companyAfter && COMPANY_AFTER.test(after))) return 'organization';
  // "an 8-year-old Fort Worth girl": the age is the noun's after the name.
  if ((cues.ageBefore && AGE_BEFORE.test(before) && !NOUN_AFTER.test(after)) || AGE_AFTER.test(after)) return 'person';
  return null;
}
