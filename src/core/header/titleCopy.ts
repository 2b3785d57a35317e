/**
 * The page's title line: the document's <title> and share or breadcrumb lines print the headline
 * with the site's name before or after it ("Headline | Site", "Headline - Site", "Site: Headline").
 */
import { ownText } from '../document';
import { LineMemo } from './lineMemo';
import { wordCount } from './text';

/**
 * Every separator is one of these: a line without any is no title line. A dash or dot counts only
 * with white space on both sides, so prose with hyphenated words is not split (a split per line with
 * TITLE_SEPARATOR was most of this pass, 1 % of a 4 KB seed).
 */
const SEPARATOR_CHAR = /\s[|–—·-]\s|\|/;
/** A separator with spaces around it, as title lines join the headline and the site. */
const TITLE_SEPARATOR = /\s+[|–—·-]\s+|\s*\|\s*/;
/** A site's name is short; a longer part on the other side is a second headline, not a site. */
const SITE_MAX_WORDS = 4;

function isSiteName(text: string): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= SITE_MAX_WORDS;
}

/** A headline says more than a site's name; "Log In | Join Us" is a menu, not a title line. */
const HEADLINE_MIN_WORDS = 4;
/** "Headline - Section | Site" at most; a line of more parts is a menu. */
const TITLE_LINE_MAX_PARTS = 3;

/** A title line as both readers see it: the site's name at its end or its start, and the headline left beside it. */
interface TitleLineReading {
  /** The headlines the line names, lower-cased, once a site's name is cut off its end or its start. */
  headlines: readonly string[];
  /** The first and the last part in letters only, to be compared with a headline. */
  firstLetters: string;
  lastLetters: string;
  /** The site named by the last part when the first is a headline, and by the first part when the last is. */
  siteAfter: string | null;
  siteBefore: string | null;
}

/**
 * Kept per line (see LineMemo): the page's lines are read for title lines on every analysis, twice (the headline's
 * copies and the site's name). The strings kept are copies: a slice of the page's text would keep the whole of it.
 */
const titleLines = new LineMemo(readTitleLine);

function readTitleLine(text: string): TitleLineReading | null {
  if (!SEPARATOR_CHAR.test(text)) return null;
  const parts = text.trim().split(TITLE_SEPARATOR);
  if (parts.length < 2 || parts.length > TITLE_LINE_MAX_PARTS) return null;
  const headlines: string[] = [];
  const add = (site: string, rest: readonly string[]) => {
    const headline = rest.join(' ');
    if (isSiteName(site) && wordCount(headline) >= HEADLINE_MIN_WORDS && wordCount(headline) > wordCount(site)) headlines.push(ownText(headline.toLowerCase()));
  };
  add(parts[parts.length - 1]!, parts.slice(0, -1));
  add(parts[0]!, parts.slice(1));
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  return {
    headlines,
    firstLetters: ownText(letters(first)),
    lastLetters: ownText(letters(last)),
    siteAfter: isSiteName(last) && namesMore(first, last) ? ownText(last.trim()) : null,
    siteBefore: isSiteName(first) && namesMore(last, first) ? ownText(first.trim()) : null,
  };
}

/** The headline each title line names once its site name is cut off, lower-cased. */
export function titleLineHeadlines(texts: readonly string[]): Set<string> {
  const headlines = new Set<string>();
  for (const text of texts) for (const headline of titleLines.get(text)?.headlines ?? []) headlines.add(headline);
  return headlines;
}

const SITE_SUFFIX = /^(.+?)(?:\s+[|–—·-]\s+|\s*\|\s*)([^|–—·]+)$/;
const SITE_PREFIX = /^([^|–—·]+?)(?:\s+[|–—·-]\s+|\s*\|\s*)(.+)$/;

function letters(text: string): string {
  return text.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesOutlet(part: string, outlet: string): boolean {
  const site = letters(part);
  const name = letters(outlet);
  return site.length >= 2 && name.length >= 2 && (site.includes(name) || name.includes(site));
}

/** "Harbour bridge to close | Coast Weekly" with the outlet Coast Weekly: the headline alone. */
export function withoutSiteName(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const suffix = SITE_SUFFIX.exec(title);
  if (suffix && isSiteName(suffix[2]!) && namesOutlet(suffix[2]!, outlet)) return suffix[1]!.trim();
  const prefix = SITE_PREFIX.exec(title);
  if (prefix && isSiteName(prefix[1]!) && namesOutlet(prefix[1]!, outlet)) return prefix[2]!.trim();
  return title;
}

/**
 * The site a title line names beside the page's headline: "Harbour bridge to close | Coast Weekly",
 * "Harbour bridge to close - Local - Coast Weekly" or "Coast Weekly - Harbour bridge to close" on a page
 * whose headline is "Harbour bridge to close" gives "Coast Weekly" (the document's <title>, a share line).
 * Null without one. (A headline that is itself such a line names no site: "Kicker - Headline" reads the same.)
 */
export function siteOfTitleLine(texts: readonly string[], headline: string): string | null {
  const title = letters(headline);
  for (const text of texts) {
    const reading = titleLines.get(text);
    if (!reading) continue;
    if (reading.firstLetters === title && reading.siteAfter !== null) return reading.siteAfter;
    if (reading.lastLetters === title && reading.siteBefore !== null) return reading.siteBefore;
  }
  return null;
}

/** The headline's side of a title line says more than the site's. */
function namesMore(headline: string, site: string): boolean {
  return wordCount(headline) >= HEADLINE_MIN_WORDS && wordCount(headline) > wordCount(site);
}
