/**
 * American datelines, and a city with its state's abbreviation anywhere (markCityStates): a story's first line opens with where it was filed, the city and the state's
 * abbreviation in AP style, then a dash ("DEKALB, Ill. (AP) — Mike Glass threw", "Dekalb, Ill. —").
 * Both are places. The tagger, taught on 1996 wire datelines ("AL-AIN, United Arab Emirates
 * 1996-12-06", see link.ts), often misses the abbreviation and takes the city for anything else.
 */
import { keptWordInfo } from './cues';
import type { RawMention } from './mentions';
import { mentionEnd, rawMention, withAddedMentions } from './mentions';
import { ExactSpans, MentionSpans } from './spanIndex';
import { tokenizeLine } from './tokenize';

/** The states as AP style abbreviates them in datelines (the short ones are written in full). */
const STATES = [
  'Ala.', 'Alaska', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Hawaii', 'Idaho', 'Ill.', 'Ind.', 'Iowa', 'Kan.',
  'Ky.', 'La.', 'Maine', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Ohio', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Texas', 'Utah', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];
const escaped = STATES.map((state) => state.replace(/\./g, '\\.')).join('|');
/** At a line's start: one to three capitalized words, a comma, the state, an optional agency in brackets, a dash. */
const DATELINE = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}), (${escaped})(?: \\([\\p{Lu}\\p{L} ]{2,20}\\))? [—–-]{1,2} `, 'gmu');
/** What every DATELINE match holds (a comma, a short capitalized word, a dash), tested first: most texts have no dateline of this kind. */
const DASH_AFTER_STATE = /, \p{Lu}[\p{L}.]{1,5}(?: \([^)\n]{2,20}\))? [—–-]/u;

/**
 * A wire story's dateline anywhere in the world: a city in capitals at a line's start, perhaps a
 * comma and its state or country, the agency in brackets, a dash ("HANOI, Vietnam (AP) —",
 * "SAN FRANCISCO (Reuters) -"). The agency is what makes it a dateline and not a heading; it is an organization.
 */
const AGENCY_DATELINE = /^(\p{Lu}{2}[\p{Lu}'’.-]*(?: \p{Lu}[\p{Lu}'’.-]*){0,2})(?:, (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}))? \(([\p{L} ]{2,20})\) [—–-]{1,2} /gmu;
/** What every AGENCY_DATELINE match holds, tested first. */
const AGENCY_DASH = /\([\p{L} ]{2,20}\) [—–-]/u;

/** The mentions with the city and state (or country) of every dateline places (retyped, or added where the tagger missed them). */
export function markStateDatelines(mentions: readonly RawMention[], text: string): readonly RawMention[] {
  const spans: Span[] = [];
  const agencies: Span[] = [];
  if (DASH_AFTER_STATE.test(text)) {
    for (const match of text.matchAll(DATELINE)) {
      spans.push({ start: match.index, end: match.index + match[1]!.length });
      const state = match.index + match[0].indexOf(`, ${match[2]!}`) + 2;
      spans.push({ start: state, end: state + match[2]!.length });
    }
  }
  if (AGENCY_DASH.test(text)) {
    for (const match of text.matchAll(AGENCY_DATELINE)) {
      const city = { start: match.index, end: match.index + match[1]!.length };
      if (spans.some(({ start }) => start === city.start)) continue;
      spans.push(city);
      if (match[2]) spans.push({ start: city.end + 2, end: city.end + 2 + match[2].length });
      const agency = match.index + match[0].lastIndexOf('(') + 1;
      agencies.push({ start: agency, end: agency + match[3]!.length });
    }
  }
  return placesAt(mentions, spans, text, agencies, true);
}

interface Span {
  start: number;
  end: number;
}

/**
 * The mentions with those of `spans` places: retyped where a mention has the span, added where none
 * overlaps it; a mention with the span of one of `organizations` is retyped an organization.
 * `decisive`: the places are where the story was filed, whatever the document's other mentions of
 * the same words say ("HANOI, Vietnam (AP) —" on a page whose captions the tagger misread); see link.ts.
 */
function placesAt(mentions: readonly RawMention[], spans: readonly Span[], text: string, organizations: readonly Span[] = [], decisive = false): readonly RawMention[] {
  if (spans.length === 0) return mentions;
  const places = new ExactSpans(spans);
  const asPlace = (mention: RawMention): RawMention => (decisive ? { ...mention, type: 'place', decisive } : { ...mention, type: 'place' });
  const agencies = new ExactSpans(organizations);
  const typed = mentions.map((mention) => {
    if (places.has(mention) && (mention.type !== 'place' || decisive)) return asPlace(mention);
    if (mention.type !== 'organization' && agencies.has(mention)) return { ...mention, type: 'organization' as const };
    return mention;
  });
  const taken = new MentionSpans(mentions);
  const added = spans
    .filter(({ start, end }) => !taken.overlaps(start, end))
    .map(({ start, end }) => asPlace(rawMention(tokenizeLine(text.slice(start, end), start), 'place', 'normal')));
  return withAddedMentions(typed, added);
}

/** The states' and DC's two-letter postal codes, as addresses and listings write them after a city ("Tampa, FL"). */
const POSTAL_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN',
  'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA',
  'WA', 'WV', 'WI', 'WY',
]);
/** Postal codes that are also degrees or titles written after a person's name. */
const DEGREES = new Set(['MD', 'PA']);
/**
 * Postal codes that are also master's degrees, after a person's full name on health and advice pages
 * ("Ana Lund, MS, RDN"); after one word they are still states: the tagger reads many a town as a person ("Jackson, MS").
 */
const MASTERS = new Set(['MS', 'MA']);
/** Postal codes that are also English words in capitals ("OK", "OR", "IN"). */
const WORD_CODES = new Set(['OK', 'OR', 'IN', 'ME', 'HI', 'OH', 'ID']);
const AP_STATES: ReadonlySet<string> = new Set(STATES.filter((state) => state.endsWith('.')));
/**
 * A title-case city of one to three words (a lower-case letter in each, so a line of capitals is no
 * address), a comma, a capitalized abbreviation that ends the word: not a hyphen ("PA-C"), a letter or a digit run on.
 */
const CITY_STATE = /(\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}\p{Ll}[\p{L}'’.-]*){0,2}), (\p{Lu}{2}|\p{Lu}[\p{L}.]*\.)(?![\p{L}\p{N}-])/gu;
/** What every address holds, tested first: most texts have none. */
const COMMA_CODE = /, (?:\p{Lu}{2}|\p{Lu}[\p{L}.]{0,4}\.)(?![\p{L}\p{N}-])/u;

/**
 * "Tampa, FL", "Harrisburg, PA.", "Dekalb, Ill., said": a city and its state's postal code or AP
 * abbreviation anywhere in a line (addresses, tour dates, bylines) are both places. The tagger, taught on
 * 1996 wire, reads a lone postal code as anything and the city before it often as an organization.
 * A code that is also an English word after ordinary words only is no state ("Yes, OK").
 * After a person the codes that are also degrees are left alone: "Jane Roe, MD" is a doctor, not
 * Maryland ("PA" a physician assistant, "MS" after a full name a master of science); the tagger reads many a small town as a person ("Wantagh, NY").
 */
export function markCityStates(mentions: readonly RawMention[], text: string, commonWords: ReadonlySet<string>): readonly RawMention[] {
  if (!COMMA_CODE.test(text)) return mentions;
  const cities: Span[] = [];
  const states: Span[] = [];
  const spans = new MentionSpans(mentions);
  for (const match of text.matchAll(CITY_STATE)) {
    const code = match[2]!;
    if (!POSTAL_CODES.has(code) && !AP_STATES.has(code)) continue;
    const start = match.index;
    const end = start + match[1]!.length;
    const city = spans.firstOverlapping(start, end);
    if (city?.type === 'person' && (DEGREES.has(code) || (MASTERS.has(code) && city.tokens.length > 1))) continue;
    // "Yes, OK", "Login, OR": a word before the code that is no place's name.
    if (WORD_CODES.has(code) && city?.type !== 'place' && match[1]!.split(' ').every((word) => keptWordInfo(word, commonWords).common)) continue;
    if (city && mentionEnd(city) === end) cities.push({ start: city.tokens[0]!.start, end });
    else if (!city) cities.push({ start, end });
    const state = start + match[0].length - code.length;
    states.push({ start: state, end: state + code.length });
  }
  return placesAt(mentions, [...cities, ...states], text);
}
