/** The page header as a reader finds it: headline, byline, dateline around the top of the story, and the outlet. */
import { ownText, type Line, type SeedDocument } from '../document';
import { authorLinkName, bylineAuthors, isLabelledByline, readsAsPerson } from './byline';
import { badgeDate } from './badge';
import { BY_LABEL_ALONE, headerCues } from './cues';
import { LineMemo } from './lineMemo';
import { parseFullDate, parseFullDateOnPage } from './dateline';
import { isAgency } from '../metadata';
import { isBrandShaped, isNameShaped, newsroomOf, readOutlet } from './outlet';
import { hasMoreWords, isProse, wordCount } from './text';
import { bodyStart, headerScore, headlineCandidates, nextFilled, pickHeadline } from './title';
import { siteOfTitleLine, withoutSiteName } from './titleCopy';
import { pageParts } from './window';
import { resolveYearless, yearlessDay } from './yearless';

export interface PageHeader {
  title: string | null;
  published: string | null;
  authors: string[];
  outlet: string | null;
  /** 1-based numbers of the headline, byline and dateline lines: never boilerplate. */
  lines: number[];
}

/** How far below the headline the byline and dateline may stand (standfirst, photo, caption between). */
const BELOW_HEADLINE = 14;
/** Some pages print the date above the headline. */
const ABOVE_HEADLINE = 4;
const BYLINE_MAX_WORDS = 24;

export function readHeader(document: SeedDocument, isBoilerplate: (line: Line) => boolean): PageHeader {
  const parts = pageParts(document);
  const lines = parts.head;
  const { isStamp, isCue } = headerCues(lines);
  const headline = pickHeadline(headlineCandidates(lines, bodyStart(lines, isBoilerplate), isBoilerplate, isCue), lines, headerScore);
  // Each copy of the headline reads the lines under it for prose: a line is read once, however many zones hold it.
  const prose: (boolean | undefined)[] = [];
  const isProseAt = (index: number) => (prose[index] ??= isProse(lines[index]!.text));
  // A gallery or a share bar may repeat the headline: the copy with the stamp under it heads the article.
  const copies = headline ? copiesOf(lines, headline.index, headline.text) : [];
  const hasDate = (index: number) => isStamp(index) && parseFullDate(lines[index]!.text) !== null;
  // Each copy's zone is read twice (for its stamp, then for its byline): made once.
  const zones = new Map<number, number[]>();
  const zoneOf = (copy: number) => zones.get(copy) ?? zones.set(copy, headerZone(lines, copy, isProseAt)).get(copy)!;
  const dated = copies.find((copy) => zoneOf(copy).some(hasDate)) ?? headline?.index ?? null;
  const zone = dated === null ? [] : zoneOf(dated);
  // Only lines the page's structure marks as its header are released from boilerplate: a headline
  // chosen by rank alone ("All Stocks" over a menu) or a name-shaped line beside a stamp may be furniture.
  const headerLines: number[] = dated === null || (dated === headline?.index && !headline.marked) ? [] : [lines[dated]!.number];
  const stamps = zone.filter(hasDate);
  // A photo's caption under the headline ("… waves in Oakland on July 23, 2012.") dates the picture: a dated
  // sentence gives way to the header's date badge, a stamp set out on its own lines.
  const badge = stamps.length > 0 && stamps.every(isProseAt) ? badgeDate(lines, zone) : null;
  const dateIndex = badge === null ? publishedStamp(lines, stamps) : undefined;
  if (dateIndex !== undefined) headerLines.push(lines[dateIndex]!.number);
  // "Updated Nov 19, 9:41 AM": a stamp without its year when the header has no full date.
  const yearlessIndex = dateIndex === undefined ? zone.find((index) => isStamp(index) && yearlessDay(lines[index]!.text) !== null) : undefined;
  // A page that prints its header twice (a reprint box, a share bar) may sign only one copy: the other copies' zones follow.
  const otherZones = copies.filter((copy) => copy !== dated).flatMap((copy) => zoneOf(copy).filter((index) => index !== copy));
  const byline = findByline(lines, zone, otherZones, dated ?? -1, isStamp);
  if (byline?.signed && zone.includes(byline.index) && !headerLines.includes(lines[byline.index]!.number)) headerLines.push(lines[byline.index]!.number);
  const titleSite = headline ? siteOfTitleLine(lines.map((line) => line.text), headline.text) : null;
  // "By Harbour Gazette Staff" signs the story with the site's newsroom: no person wrote it by name.
  const authors = byline && newsroomOf(lines[byline.index]!.text) === null ? byline.authors : [];
  const outlet = readOutlet(parts, headerCredits(lines, dateIndex, byline), [...authors, ...contributors(lines, zone)], titleSite);
  return {
    title: headline ? withoutSiteName(headline.text, outlet) : null,
    published: badge ?? (dateIndex !== undefined ? publishedDate(lines[dateIndex]!.text, parts.text) : yearlessIndex !== undefined ? resolveYearless(lines[yearlessIndex]!.text, parts.lines) : (badgeDate(lines, zone) ?? labelledStamp(lines, dated) ?? openingDateline(lines, zone, isProseAt))),
    authors,
    outlet,
    lines: headerLines.sort((a, b) => a - b),
  };
}

/** "Published" and "Updated" in the words of Portuguese, Spanish, French, German, Italian, Russian, Dutch, Indonesian and Polish pages. */
const LOCAL_PUBLISHED = 'publicado|publicada|publié|publiée|publiziert|veröffentlicht|pubblicato|опубликовано|gepubliceerd|diterbitkan|opublikowano';
const LOCAL_UPDATED = 'atualizado|atualizada|actualizado|actualizada|mis à jour|aktualisiert|aggiornato|обновлено|bijgewerkt|diperbarui|zaktualizowano';
/** The label of the first publication's stamp: the page's metadata dates it, not its latest update. */
const PUBLISHED_LABEL = new RegExp(`(?<!\\p{L})(?:first published|published|posted|publish date|${LOCAL_PUBLISHED})(?!\\p{L})`, 'iu');
/** The label of an update's stamp. */
const UPDATED_LABEL = new RegExp(`(?<!\\p{L})(?:last updated|updated|modified|${LOCAL_UPDATED})(?!\\p{L})`, 'iu');

/**
 * The header's stamp of the first publication among its dated stamps (in reading order): the first, unless it is
 * labelled as an update and another says it is the publication ("Updated: Nov 20" over "First published: Nov 19").
 */
function publishedStamp(lines: readonly Line[], dated: readonly number[]): number | undefined {
  const first = dated[0];
  if (first === undefined || !UPDATED_LABEL.test(lines[first]!.text) || PUBLISHED_LABEL.test(lines[first]!.text)) return first;
  return dated.find((index) => PUBLISHED_LABEL.test(lines[index]!.text) && !UPDATED_LABEL.test(lines[index]!.text)) ?? first;
}

/**
 * "Updated Nov 20, 2019 | Published Nov 19, 2019": the date after the publication's label, else the line's first;
 * a numeric one read in the order the page writes day and month.
 */
function publishedDate(text: string, pageText: string): string | null {
  const label = PUBLISHED_LABEL.exec(text);
  return (label && parseFullDateOnPage(text.slice(label.index), pageText)) || parseFullDateOnPage(text, pageText);
}

/** "Updated July 23, 2012, 7:10 p.m. ET", "Published On Nov 11, 2012": a line that says it stamps the page. */
const STAMP_LABEL = new RegExp(`^[^\\p{L}\\d]{0,3}(?:last updated|updated|published|posted|first published|${LOCAL_PUBLISHED}|${LOCAL_UPDATED})(?!\\p{L})`, 'iu');
const STAMP_MAX_WORDS = 16;

/**
 * The dated line labelled as the page's stamp nearest the headline, when the header zone holds no date (a menu or a
 * share bar between them): a label says what the line is, wherever it stands. Null without such a line.
 */
function labelledStamp(lines: readonly Line[], headline: number | null): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!.text;
    if (!STAMP_LABEL.test(text) || hasMoreWords(text, STAMP_MAX_WORDS)) continue;
    const date = parseFullDate(text);
    const distance = headline === null ? index : Math.abs(index - headline);
    if (date && distance < bestDistance) {
      best = date;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * "HARBOUR CITY — Nov. 19, 2019 — The council…", "HARBOUR CITY, Nov. 19, 2019 (Reuters) - …": the dateline opening
 * the story's first paragraph, a place then a full date then a dash or the agency.
 */
const OPENING_DATELINE = /^\p{Lu}[\p{L} .'’,-]{1,60}?\s*[,—–]\s*([^—–()]{6,32}?)\s*(?:[—–]|--|\(|\s-\s)/u;

/** The date of the dateline opening the first paragraph under the headline, null without one. */
function openingDateline(lines: readonly Line[], zone: readonly number[], isProseAt: (index: number) => boolean): string | null {
  const first = zone.find(isProseAt);
  const dateline = first === undefined ? null : OPENING_DATELINE.exec(lines[first]!.text.trim());
  return dateline ? parseFullDate(dateline[1]!) : null;
}

/** Where the headline's text stands, in document order (the chosen line among them). */
function copiesOf(lines: readonly Line[], chosen: number, text: string): number[] {
  const copies: number[] = [];
  lines.forEach((line, index) => {
    if (index === chosen || line.text.trim() === text) copies.push(index);
  });
  return copies;
}

/** Line indices to read the byline and dateline from: below the headline first, then just above it. */
function headerZone(lines: readonly Line[], headline: number | null, isProseAt: (index: number) => boolean): number[] {
  if (headline === null) return [];
  const zone: number[] = [];
  // A standfirst may open the prose before the byline: the zone ends at the second paragraph.
  let paragraphs = 0;
  for (let index = headline + 1; index < lines.length && index <= headline + BELOW_HEADLINE && paragraphs < 2; index++) {
    const text = lines[index]!.text;
    if (!text.trim()) continue;
    if (isProseAt(index)) paragraphs++;
    zone.push(index);
  }
  for (let index = headline - 1; index >= 0 && index >= headline - ABOVE_HEADLINE; index--) if (lines[index]!.text.trim()) zone.push(index);
  return zone;
}

interface Byline {
  index: number;
  authors: string[];
  /** Read from the line alone ("By Ann Lee", "Ann Lee - Nov 19, 2019"), not from a name-shaped line beside a stamp. */
  signed: boolean;
}

/** "By Ann Lee", "Written by Ann Lee", "Author: Ann Lee": a byline opening with its label. */
const OPENS_WITH_LABEL = /^\s*(?:by|written by|author:?)\s/i;

/**
 * The byline of the header `zone`; a name-shaped line beside a stamp ("ASIA BUSINESS" over "Updated July 23") gives
 * way to a line signed "By" in the zone or in `copyZones`, the zones of the header's other copies on the page.
 */
function findByline(lines: readonly Line[], zone: readonly number[], copyZones: readonly number[], headline: number, isStamp: (index: number) => boolean): Byline | null {
  let first: Byline | null = null;
  for (const index of zone) {
    const found = bylineAt(lines, index, headline, isStamp);
    if (!found) continue;
    if (found.labelled) return found.byline;
    first ??= found.byline;
  }
  // Another copy's line is read only when it opens with its label: "… Fraud by Sharing the Knowledge" is a title line.
  for (const index of copyZones) {
    const found = OPENS_WITH_LABEL.test(lines[index]!.text) ? bylineAt(lines, index, headline, isStamp) : null;
    if (found?.labelled) return found.byline;
  }
  return first;
}

/** The byline read at `index`, and whether a label ("By", "Author:") signs it; null when the line names no author. */
function bylineAt(lines: readonly Line[], index: number, headline: number, isStamp: (index: number) => boolean): { byline: Byline; labelled: boolean } | null {
  const text = lines[index]!.text;
  if (index === headline || hasMoreWords(text, BYLINE_MAX_WORDS)) return null;
  // A dated headline ("Opening Bell 11.18.19") is no stamp for the series' name beside it.
  const isOtherStamp = (other: number) => other !== headline && isStamp(other);
  const nearStamp = isOtherStamp(nextFilled(lines, index, 1)) || isOtherStamp(nextFilled(lines, index, -1));
  const label = BY_LABEL_ALONE.test(text) ? nextFilled(lines, index, 1) : -1;
  // "By" on its own line, the name on the next: the page set the name apart (a link), the scraper split them.
  if (label >= 0 && label < lines.length) {
    const named = bylineAuthors(`By ${lines[label]!.text.trim()}`, false, false);
    if (named && wordCount(lines[label]!.text) <= BYLINE_MAX_WORDS) return { byline: { index: label, authors: named, signed: true }, labelled: true };
  }
  const stamp = isStamp(index);
  const reading = lineByline(text, nearStamp, stamp);
  const authors = reading.authors;
  // A line of names without "By" signs the story only when the names model reads no place or organization in them.
  if (authors && !reading.labelled && !authors.every(readsAsPerson)) return null;
  // The kept reading's names are copied: the page's header hands them on, to be sorted or changed.
  if (authors) return { byline: { index, authors: [...authors], signed: !nearStamp || lineByline(text, false, stamp).authors !== null }, labelled: reading.labelled };
  return reading.linked ? { byline: { index, authors: [reading.linked], signed: true }, labelled: false } : null;
}

/** What a line says as a byline, by itself: its authors and whether a label signs them, or the name its author link gives. */
interface LineByline {
  authors: readonly string[] | null;
  labelled: boolean;
  linked: string | null;
}

/**
 * A line's byline reading for each pair of stamp flags (a stamp beside it, the line itself a stamp): kept per line
 * (see LineMemo), as the header reads the same lines of a page on each of its analyses.
 */
const lineBylines = [false, true].flatMap((nearStamp) => [false, true].map((stamp) => new LineMemo((text) => readLineByline(text, nearStamp, stamp))));

function lineByline(text: string, nearStamp: boolean, stamp: boolean): LineByline {
  return lineBylines[(nearStamp ? 2 : 0) + (stamp ? 1 : 0)]!.get(text);
}

/** Names are copies: a kept line's names outlive the page, whose text a slice of it would hold. */
function readLineByline(text: string, nearStamp: boolean, stamp: boolean): LineByline {
  const authors = bylineAuthors(text, nearStamp, stamp);
  if (authors) return { authors: authors.map(ownText), labelled: isLabelledByline(text), linked: null };
  const linked = authorLinkName(text);
  return { authors: null, labelled: false, linked: linked === null ? null : ownText(linked) };
}

/**
 * "Energy Stock Channel, Contributor": a writer signing with the platform's label for its outside writers. The name
 * may be a firm's, which the byline reads as no person, but it is never the site's: its links ("More from Energy Stock
 * Channel") and its own domain on the page name the writer.
 */
const CONTRIBUTOR_LINE = /^(?:[Bb]y\s+)?(\p{Lu}[^,|]{1,40}?),\s+(?:[Cc]ontributor|[Cc]ontributing [Ww]riter|[Gg]uest [Cc]ontributor|CONTRIBUTOR)\s*$/u;

/** The writers the header `zone` signs as contributors. */
function contributors(lines: readonly Line[], zone: readonly number[]): string[] {
  const names: string[] = [];
  for (const index of zone) {
    const name = CONTRIBUTOR_LINE.exec(lines[index]!.text.trim())?.[1];
    if (name) names.push(name);
  }
  return names;
}

/** "Source: ", "Via: " before a credit. */
const CREDIT_LABEL = /^\p{L}+\s*:\s*/u;
/** "LinkNaija October 06, 2018": one word before the date (kept when brand-shaped). */
const WORD_BEFORE_DATE = /^\s*(\S+)\s+(?:\p{L}+\.?\s+)?\d/u;

/** "November 20, 2019 / 1:07 AM / CBS News", "By Ann Lee, Cleveland.com": a site credited in the byline or dateline. */
function headerCredits(lines: readonly Line[], dateIndex: number | undefined, byline: Byline | null): string[] {
  const credits: string[] = [];
  for (const index of [dateIndex, byline?.index]) {
    if (index === undefined) continue;
    const line = lines[index]!.text;
    const lead = WORD_BEFORE_DATE.exec(line)?.[1];
    if (index === dateIndex && lead && isBrandShaped(lead)) credits.push(lead);
    const segments = line.split(/\s*(?:[/|,•·]|\s[-–—]\s)\s*/);
    // "Source: Moneycontrol.com": the label before the credit is not part of the name.
    const text = segments.length > 1 ? segments[segments.length - 1]!.replace(CREDIT_LABEL, '').trim() : '';
    const before = segments[segments.length - 2] ?? '';
    // The credit follows the time stamp or the author's name, not a list of categories.
    if (!/\d/.test(before) && !byline?.authors.some((name) => before.includes(name))) continue;
    if (/\d/.test(text) || isAgency(text) || byline?.authors.some((name) => text.includes(name)) || !isNameShaped(text)) continue;
    credits.push(text);
  }
  return credits;
}
