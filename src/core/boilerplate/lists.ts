/**
 * Lists and tables that belong to the article: rows of figures (results, standings, prices), rows
 * of one shape, and the items a sentence introduces with a colon ("Here are the deals:"). They
 * have neither the length nor the function words of prose, so they would read as furniture.
 */
import { type ClassifiedLine, isProse } from './classify';
import type { LineFeatures } from './features';
import { headsTeaserList } from './teasers';

/** How far a colon's list may run before it must have ended. */
const MAX_INTRODUCED_ITEMS = 160;

/** A row of a table or a dated list: a good part of its words are figures. */
function isDataRow(features: LineFeatures): boolean {
  return features.words >= 3 && features.numbers * 10 >= features.words * 3;
}

/** Consecutive lines that all hold a figure: tour dates, results, prices (headline lists seldom do). */
const MIN_FIGURED_RUN = 3;
/** Below this share of figures among its words, a long line is a sentence that names a date or a size. */
const MIN_LONG_ROW_FIGURES = 0.2;

/**
 * A line that may stand in a run of rows: it holds a figure, and when long, figures are a good part
 * of its words ("Palm Bay (1-0): Tolivert 25 points. Davis 17 points …"). A gallery's photo captions
 * each name a date ("… at the 2012 Summer Olympics, London, Wednesday, Aug. 8, 2012. (AP Photo)") but
 * are sentences, not rows.
 */
function isFigured(features: LineFeatures): boolean {
  if (features.numbers === 0) return false;
  return features.length <= MAX_ROW_LENGTH || features.numbers >= MIN_LONG_ROW_FIGURES * features.words;
}

export function markDataRows(lines: readonly ClassifiedLine[]): void {
  let runStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line) line.listItem = line.kind === null && isDataRow(line.features);
    if (line && line.kind === null && isFigured(line.features)) continue;
    if (i - runStart >= MIN_FIGURED_RUN) {
      if (isPageNumbers(lines, runStart, i)) markPageLinks(lines, runStart, i);
      else markRun(lines, runStart, i);
    }
    runStart = i + 1;
  }
}

/** The kind of a run of page links (see isPageNumbers): furniture that the body search crosses for free. */
export const PAGE_LINKS = 'page-links';
const PAGE_NUMBER = /^\d{1,3}$/;

/**
 * A gallery's or a long article's page links ("1", "2", … "28", one a line) hold figures and
 * nothing else, counting up by one: navigation, not a table of the article's.
 */
function isPageNumbers(lines: readonly ClassifiedLine[], start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const text = lines[j]!.features.text;
    if (!PAGE_NUMBER.test(text) || (j > start && Number(text) !== Number(lines[j - 1]!.features.text) + 1)) return false;
  }
  return true;
}

function markPageLinks(lines: readonly ClassifiedLine[], start: number, end: number): void {
  for (let j = start; j < end; j++) lines[j]!.kind = PAGE_LINKS;
}

/** How many lines above a table are its caption and header row ("Defensive Line", "Pos Player Plays % Stats"). */
const TABLE_HEADER_LINES = 2;

function markRun(lines: readonly ClassifiedLine[], start: number, end: number): void {
  for (let j = start; j < end; j++) lines[j]!.listItem = true;
  for (let j = start - 1; j >= Math.max(0, start - TABLE_HEADER_LINES); j--) {
    const header = lines[j]!;
    if (header.kind !== null || header.initial !== 'short' && header.initial !== 'bad') break;
    header.listItem = true;
  }
}

/** Rows of one table share their punctuation ("England (Group A): 10th appearance" -> "():"). */
const MIN_SHAPED_RUN = 4;
const MIN_SHAPE_LENGTH = 2;
const MAX_ROW_LENGTH = 120;
const WORDS_AND_SPACES = /[\p{L}\p{N}\p{M}\s]+/gu;
const WORD_OR_SPACE = /^[\p{L}\p{N}\p{M}\s]$/u;
/** Per UTF-16 code unit above ASCII: 0 not yet known, 1 a letter, digit, mark or space, 2 not. */
const DROPPED_FROM_SHAPE = new Uint8Array(0x10000);

function isDroppedFromShape(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ||
      code === 0x20 || (code >= 0x09 && code <= 0x0d);
  }
  let known = DROPPED_FROM_SHAPE[code]!;
  if (known === 0) {
    known = WORD_OR_SPACE.test(String.fromCharCode(code)) ? 1 : 2;
    DROPPED_FROM_SHAPE[code] = known;
  }
  return known === 1;
}

function shapeOf(line: ClassifiedLine): string {
  line.features.rowShape ??= shapeOfText(line.features.text);
  return line.features.rowShape;
}

/** The line without its letters, digits, marks and spaces; one scan, the pattern only for astral characters. */
function shapeOfText(text: string): string {
  if (text.length > MAX_ROW_LENGTH) return '';
  let shape = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return text.replace(WORDS_AND_SPACES, '');
    if (!isDroppedFromShape(code)) shape += text.charAt(i);
  }
  return shape;
}

export function markShapedRows(lines: readonly ClassifiedLine[]): void {
  let runStart = 0;
  let runShape = '';
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const shape = line && line.kind === null ? shapeOf(line) : '';
    if (shape === runShape && shape.length >= MIN_SHAPE_LENGTH) continue;
    if (i - runStart >= MIN_SHAPED_RUN && runShape.length >= MIN_SHAPE_LENGTH) markRun(lines, runStart, i);
    runStart = i;
    runShape = shape;
  }
}

/** An article line announcing a list, not a furniture label ("Share this:", "Tags:"): prose comes before it. */
function introducesList(line: ClassifiedLine, previous: ClassifiedLine | undefined): boolean {
  if (line.kind !== null || line.features.words < 2 || !line.features.text.endsWith(':')) return false;
  return isProse(line) || isProse(previous);
}

/**
 * The end (exclusive) of the list line `i` announces when it ends in a colon after the article's
 * prose ("The tour dates:" and the items under it), or `i` itself when it announces none: the items
 * markIntroducedLists marked, as one block. A blank line may part the colon's line from the first
 * item (a paragraph, then the list), but the items stand on consecutive lines: a blank line after
 * one ends the list, where markIntroducedLists, which only names list items, runs on into whatever
 * short lines follow (a newsletter box, a thread's stamps).
 */
export function announcedListEnd(lines: readonly ClassifiedLine[], i: number): number {
  const line = lines[i]!;
  if (!line.listItem || !introducesList(line, lines[i - 1])) return i;
  let end = i + 1;
  while (end < lines.length && lines[end]!.listItem && lines[end]!.kind === null) {
    if (end > i + 1 && lines[end]!.features.index !== lines[end - 1]!.features.index + 1) break;
    end++;
  }
  return end;
}

/** Two long paragraphs in a row: the article's own prose again, not an item's blurb. */
function resumesProse(line: ClassifiedLine, next: ClassifiedLine | undefined): boolean {
  return line.initial === 'good' && next?.initial === 'good';
}

/**
 * The lines a colon announces are the article's list, whatever their shape: they run to the next
 * furniture line, or to where the article's prose resumes.
 */
export function markIntroducedLists(lines: readonly ClassifiedLine[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!introducesList(lines[i]!, lines[i - 1])) continue;
    // Its items would hide the teaser list from teasers.ts (a headline is no list item).
    if (headsTeaserList(lines, i)) continue;
    lines[i]!.listItem = true;
    const limit = Math.min(lines.length - 1, i + MAX_INTRODUCED_ITEMS);
    let item = i + 1;
    for (; item <= limit && lines[item]!.kind === null; item++) {
      if (resumesProse(lines[item]!, lines[item + 1])) break;
      lines[item]!.listItem = true;
    }
    i = item - 1;
  }
}
