/** Document-level facts read from the text's furniture: headline, publication date, source, authors. */
import { isoDate, monthNumber } from './calendar';
import type { Line, SeedDocument } from './document';

export interface DocumentMetadata {
  title: string | null;
  published: string | null;
  source: string | null;
  authors: string[];
}

/** Scrapers put the header, byline and date near the top; a date further down is a date in the story. */
const HEAD_LINES = 40;
/** A line this long is a paragraph of the story, not a date or byline line. */
const FURNITURE_MAX_WORDS = 14;

const DATE_HEADER = /^\uFEFF?\s*date (\d{4})-(\d{2})-(\d{2})\b\s*/;
const STAMP_WORD = /\b(?:updated|published|posted|last modified|first published)\b/i;
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) (${MONTH})\\.?,? (\\d{4})\\b`, 'i');
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** Reuters-style dateline: "BRUSSELS 1996-08-22", "AL-AIN, United Arab Emirates 1996-12-06". */
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'-]*(?:,[^,\d]{1,40})? (\d{4})-(\d{2})-(\d{2})\s*$/u;

const AGENCIES = 'Reuters|AP|AFP|PTI|IANS|ANI|UNI|Xinhua|TASS|Interfax|Bloomberg|dpa|EFE|ANSA|Kyodo|Yonhap|Anadolu|RIA Novosti|Sputnik|Associated Press|Agence France-Presse';
const AGENCY_IN_PARENS = new RegExp(`\\((${AGENCIES})\\)`);
/** Agency glued to the page's time stamp by the scraper: "PTIUpdated: Friday, …". */
const AGENCY_BEFORE_STAMP = /^\s*([A-Z][A-Za-z]{1,11})\s?(?=Updated|Published|Posted)/;
const AGENCY_LINE = new RegExp(`^\\s*(?:[-–—]\\s*)?(${AGENCIES})\\s*$`);
const REPORTS_OUTLET = /\breports? ((?:\p{Lu}[\p{L}\d-]*)(?:\.[a-z]{2,}){1,2})\b/u;
const SOURCE_LABEL = /^\s*Source:\s*([^\s].{1,60}?)\s*$/i;

const AUTHOR_LABEL = /^\s*(?:Original )?(?:Author|Written by|Reporting by|By)\s*:?\s+(.+)$/i;
const NAME_TOKEN = /^\p{Lu}[\p{Ll}'’.-]*$|^\p{Lu}\.$|^\p{Lu}{2}$/u;
/** Unicode-property patterns used inside functions live here: the build turns such literals into a `new RegExp` per call. */
const CAPITAL_START = /^\p{Lu}/u;
/** "Meg JamesStaff Writer": a name glued to the next capitalized word. */
const GLUED_WORD = /^(\p{Lu}[\p{Ll}'’.-]+)\p{Lu}/u;
const NOT_AN_AUTHOR = /^(?:Minute|Read|Published|Updated|Get|App|Follow|Staff|Writer|Reporter|Correspondent|Editor|News|Desk|Team|The|Our|Agency|Agencies)$/i;

export function readMetadata(document: SeedDocument): DocumentMetadata {
  const head = document.lines.slice(0, HEAD_LINES);
  return {
    title: readTitle(document.lines),
    published: readPublished(head),
    source: readSource(head, document.lines),
    authors: readAuthors(document.lines),
  };
}

/** A paragraph of the story: enough words to be prose, not a menu item or a headline. */
const BODY_MIN_WORDS = 12;
/** How far above the story's first paragraph the headline may stand (bylines, dates, captions between). */
const HEADLINE_REACH = 12;
const HEADLINE_MAX_WORDS = 25;
/** Share and account buttons sit between headline and story on many pages; they are never the headline. */
const SHARE_FURNITURE = /\b(?:share|shares|sharing|copy link|facebook|twitter|whatsapp|linkedin|email|print|sign (?:in|out|up)|log ?in|subscribe|skip to)\b/i;
const BYLINE_OR_STAMP = /^(?:by|updated|published|posted|photo|image|source|written|reporting)\b|\b(?:am|pm|gmt|est|ist|utc)\b|\d{1,2}:\d{2}|\|/i;

/**
 * The headline is the last title-like line above the story's first paragraph outside boilerplate,
 * skipping bylines, time stamps and captions; a `date …` header's headline is taken as it is.
 */
export function headlineAboveBody(document: SeedDocument, isBoilerplate: (line: Line) => boolean): string | null {
  const lines = document.lines;
  if (lines[0] && DATE_HEADER.test(lines[0].text) && withoutDateHeader(lines[0].text)) return withoutDateHeader(lines[0].text);
  const wireHeadline = headlineOverDateline(lines);
  if (wireHeadline) return wireHeadline;
  const bodyIndex = lines.findIndex((line) => !isBoilerplate(line) && wordCount(line.text) >= BODY_MIN_WORDS);
  for (let index = bodyIndex - 1; index >= 0 && index >= bodyIndex - HEADLINE_REACH; index--) {
    const line = lines[index]!;
    const text = withoutDateHeader(line.text);
    if (!SHARE_FURNITURE.test(text) && looksLikeHeadline(text)) return text;
  }
  return null;
}

/** Wire copy: the headline, then a dateline ("BRUSSELS 1996-08-22") a line or two below. */
function headlineOverDateline(lines: readonly Line[]): string | null {
  const head = lines.filter((line) => line.text.trim()).slice(0, 3);
  const datelineAt = head.findIndex((line) => DATELINE.test(line.text));
  return datelineAt > 0 ? head[0]!.text.trim() : null;
}

function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3 || words.length > HEADLINE_MAX_WORDS || BYLINE_OR_STAMP.test(text) || parseDate(text)) return false;
  if (!/[.;]$/.test(text)) return true;
  // Wire headlines end with a full stop ("SOCCER - JAPAN WIN OVER SYRIA."): most of their words are capitalized.
  const capitalized = words.filter((word) => CAPITAL_START.test(word)).length;
  return !/[.;].*[.;]$/.test(text) && capitalized / words.length >= 0.6;
}

function withoutDateHeader(text: string): string {
  // Every line passes here: only a line holding "date " can hold the header.
  return (text.includes('date ') ? text.replace(DATE_HEADER, '') : text).trim();
}

/** JavaScript's white space (`\s`): its Unicode spaces and the line terminators. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Runs of non-space characters, as `text.split(/\s+/).filter(Boolean).length` counts them, in one scan. */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = isWhiteSpace(text.charCodeAt(i));
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}

/** A headline is the first line that the page repeats (related lists, breadcrumbs), else the first line with words. */
function readTitle(lines: readonly Line[]): string | null {
  const head = lines.slice(0, HEAD_LINES).map((line) => withoutDateHeader(line.text)).filter((text) => text);
  const copies = copiesOf(head, lines);
  const repeated = head.find((text, index) => copies[index]! > 1 && wordCount(text) >= 4 && !/[.:]$/.test(text));
  return repeated ?? head.find((text) => wordCount(text) >= 3) ?? head[0] ?? null;
}

const NO_INDICES: readonly number[] = [];

/**
 * For each of `texts`, how many lines hold it (after `withoutDateHeader`). Lines are matched by length
 * first and then compared: no line is hashed, as a map of every line's text would, paragraphs included.
 */
function copiesOf(texts: readonly string[], lines: readonly Line[]): number[] {
  const counts = texts.map(() => 0);
  const indicesByLength = new Map<number, number[]>();
  texts.forEach((text, index) => {
    const indices = indicesByLength.get(text.length);
    if (indices) indices.push(index);
    else indicesByLength.set(text.length, [index]);
  });
  for (const line of lines) {
    const text = withoutDateHeader(line.text);
    for (const index of indicesByLength.get(text.length) ?? NO_INDICES) if (texts[index] === text) counts[index]!++;
  }
  return counts;
}

function readPublished(head: readonly Line[]): string | null {
  const header = head[0] ? DATE_HEADER.exec(head[0].text) : null;
  if (header) return isoDate(Number(header[1]), Number(header[2]), Number(header[3]));
  for (const line of head) {
    const dateline = DATELINE.exec(line.text);
    if (dateline) return isoDate(Number(dateline[1]), Number(dateline[2]), Number(dateline[3]));
  }
  const stamped = head.find((line) => STAMP_WORD.test(line.text) && wordCount(line.text) <= FURNITURE_MAX_WORDS && parseDate(line.text));
  const dateOnly = stamped ?? head.find((line) => wordCount(line.text) <= 8 && parseDate(line.text));
  return dateOnly ? parseDate(dateOnly.text) : null;
}

/** Every date `parseDate` reads has a four-digit year. */
const FOUR_DIGITS = /\d{4}/;

/** A full calendar date written out in a line, or null. */
function parseDate(text: string): string | null {
  if (!FOUR_DIGITS.test(text)) return null;
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const iso = ISO_DATE.exec(text);
  return iso ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : null;
}

/** The source alone: what a collection needs from a document before analysing it, at a third of readMetadata's cost. */
export function readSourceOf(document: SeedDocument): string | null {
  return readSource(document.lines.slice(0, HEAD_LINES), document.lines);
}

function readSource(head: readonly Line[], lines: readonly Line[]): string | null {
  for (const line of head) {
    const glued = AGENCY_BEFORE_STAMP.exec(line.text);
    if (glued && /^[A-Z]{2,}$|^Reuters$|^Bloomberg$|^Xinhua$/.test(glued[1]!)) return glued[1]!;
    const match = agencyInParentheses(line.text) ?? AGENCY_LINE.exec(line.text) ?? reportsOutlet(line.text) ?? SOURCE_LABEL.exec(line.text);
    if (match) return match[1]!;
  }
  for (const line of lines) {
    const match = agencyInParentheses(line.text) ?? reportsOutlet(line.text);
    if (match) return match[1]!;
  }
  return null;
}

/** Literal searches before the patterns, which run on every line of the document. */
function agencyInParentheses(text: string): RegExpExecArray | null {
  return text.includes('(') ? AGENCY_IN_PARENS.exec(text) : null;
}

function reportsOutlet(text: string): RegExpExecArray | null {
  return text.includes('report') ? REPORTS_OUTLET.exec(text) : null;
}

function readAuthors(lines: readonly Line[]): string[] {
  const authors: string[] = [];
  for (const line of lines) {
    // The label pattern is anchored and fails fast; counting words comes second.
    const label = AUTHOR_LABEL.exec(line.text);
    if (!label || wordCount(line.text) > FURNITURE_MAX_WORDS) continue;
    for (const part of label[1]!.split(/\s*(?:,|;|\band\b|&)\s*/)) {
      const name = leadingName(part);
      if (name && !authors.includes(name)) authors.push(name);
    }
  }
  return authors;
}

/** The capitalized words a byline starts with; "Meg JamesStaff Writer" (glued by the scraper) gives "Meg James". */
function leadingName(text: string): string | null {
  const words: string[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    const glued = GLUED_WORD.exec(raw);
    const word = glued ? glued[1]! : raw;
    if (!NAME_TOKEN.test(word) || NOT_AN_AUTHOR.test(word)) break;
    words.push(word);
    if (glued || words.length === 4) break;
  }
  return words.length >= 2 ? words.join(' ') : null;
}
