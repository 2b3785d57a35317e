/** Document-level facts read from the text's furniture: headline, publication date, source, authors. */
import { isoDate, monthNumber } from './calendar';
import type { Line, SeedDocument } from './document';
import { leadingName } from './header/byline';
import { newsroomOf } from './header/outlet';
import { wordCount } from './header/text';

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
const AGENCY_NAME = new RegExp(`^(?:${AGENCIES})$`, 'i');
const AGENCY_IN_PARENS = new RegExp(`\\((${AGENCIES})\\)`);
/** Agency glued to the page's time stamp by the scraper: "PTIUpdated: Friday, …". */
const AGENCY_BEFORE_STAMP = /^\s*([A-Z][A-Za-z]{1,11})\s?(?=Updated|Published|Posted)/;
const AGENCY_LINE = new RegExp(`^\\s*(?:[-–—]\\s*)?(${AGENCIES})\\s*$`);
const REPORTS_OUTLET = /\breports? ((?:\p{Lu}[\p{L}\d-]*)(?:\.[a-z]{2,}){1,2})\b/u;
const SOURCE_LABEL = /^\s*Source:\s*([^\s].{1,60}?)\s*$/i;

const AUTHOR_LABEL = /^\s*(?:Original )?(?:Author|Written by|Reporting by|By)\s*:?\s+(.+)$/i;

/** A news agency's name ("Reuters", "Associated Press"): credited as the source, never the outlet. */
export function isAgency(text: string): boolean {
  return AGENCY_NAME.test(text.trim());
}

export function readMetadata(document: SeedDocument): DocumentMetadata {
  const head = document.lines.slice(0, HEAD_LINES);
  return {
    title: readTitle(document.lines),
    published: readPublished(head),
    source: readSource(head, document.lines),
    authors: readAuthors(document.lines),
  };
}

/**
 * The headline a document declares outright: the one after a `date …` header, or a wire headline
 * over its dateline ("BRUSSELS 1996-08-22"). Web pages declare none; their headline is read from the page.
 */
export function declaredHeadline(document: SeedDocument): string | null {
  const lines = document.lines;
  if (lines[0] && DATE_HEADER.test(lines[0].text) && withoutDateHeader(lines[0].text)) return withoutDateHeader(lines[0].text);
  return headlineOverDateline(lines);
}

/** Wire copy: the headline, then a dateline ("BRUSSELS 1996-08-22") a line or two below. */
function headlineOverDateline(lines: readonly Line[]): string | null {
  const head = lines.filter((line) => line.text.trim()).slice(0, 3);
  const datelineAt = head.findIndex((line) => DATELINE.test(line.text));
  return datelineAt > 0 ? head[0]!.text.trim() : null;
}

function withoutDateHeader(text: string): string {
  // Every line passes here: only a line holding "date " can hold the header.
  return (text.includes('date ') ? text.replace(DATE_HEADER, '') : text).trim();
}

/** A headline is the first line that the page repeats (related lists, breadcrumbs), else the first line with words. */
function readTitle(lines: readonly Line[]): string | null {
  const head = lines.slice(0, HEAD_LINES).map((line) => withoutDateHeader(line.text)).filter((text) => text);
  const copies = copiesOf(head, lines);
  const repeated = head.find((text, index) => copies[index]! > 1 && wordCount(text) >= 4 && !/[.:]$/.test(text));
  return repeated ?? head.find((text) => wordCount(text) >= 3) ?? head[0] ?? null;
}

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
    // Looked up first and walked by index: a `for…of` over the bucket made an iterator per line
    // of the document, the largest allocation on a megabyte of real text.
    const indices = indicesByLength.get(text.length);
    if (indices === undefined) continue;
    for (let at = 0; at < indices.length; at++) if (texts[indices[at]!] === text) counts[indices[at]!]!++;
  }
  return counts;
}

function readPublished(head: readonly Line[]): string | null {
  return declaredPublished(head) ?? stampedPublished(head);
}

/** The date a `date …` header or a wire dateline declares. */
export function declaredPublished(head: readonly Line[]): string | null {
  const header = head[0] ? DATE_HEADER.exec(head[0].text) : null;
  if (header) return isoDate(Number(header[1]), Number(header[2]), Number(header[3]));
  for (const line of head) {
    const dateline = DATELINE.exec(line.text);
    if (dateline) return isoDate(Number(dateline[1]), Number(dateline[2]), Number(dateline[3]));
  }
  return null;
}

function stampedPublished(head: readonly Line[]): string | null {
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
    // "By Harbour Gazette Staff" names the site's newsroom, no person.
    if (!label || wordCount(line.text) > FURNITURE_MAX_WORDS || newsroomOf(line.text) !== null) continue;
    // "By ANN LEE AND BO PARK": a byline in capitals writes its "and" in capitals too.
    for (const part of label[1]!.split(/\s*(?:,|;|\band\b|&)\s*/i)) {
      const name = leadingName(part);
      if (name && !authors.includes(name)) authors.push(name);
    }
  }
  return authors;
}
