/** The engine's public entry: one document's text in, its facts record out. */
import { detectAmounts } from './amounts';
import { detectBoilerplate } from './boilerplate';
import { validIsoDate } from './calendar';
import { type Corrections, correctNames, correctSpeakers, keepBoilerplate } from './corrections';
import { detectDates } from './dates';
import { endOfLines, toSeedDocument } from './document';
import { readHeader } from './header';
import { releaseLines } from './header/release';
import { detectLanguage } from './language';
import { declaredHeadline, declaredPublished, readMetadata } from './metadata';
import { detectNames } from './names';
import { detectQuotes } from './quotes';
import type { BoilerplateRegion, FactsRecord, PageMention, Span } from './types';

export { analyseInBulk, namesModelParts } from './names';

export interface AnalyzeOptions {
  /** Publication date known from outside the text (an INDEX.yaml); the text's own date wins. */
  published?: string | null;
  /** File name recorded in the facts record. */
  file?: string;
  /** Normalized lines that repeat across many documents of the collection (see `normalizeLine`). */
  repeatedLines?: ReadonlySet<string>;
  /** Characters analysed at most; the rest is skipped with a warning. Bounds time and memory on huge files. */
  maxChars?: number;
  /** Lines analysed at most, likewise: each line costs the detectors about a kilobyte, whatever its length. */
  maxLines?: number;
  /** The reviewer's corrections (from `.sourcereview.yaml`): names dropped, retyped or merged, boilerplate kept. */
  corrections?: Corrections;
}

/** About 5 MB of text: a second or two of analysis, far beyond any real article. */
export const DEFAULT_MAX_CHARS = 5_000_000;
/**
 * Eleven times the longest page of the dev set (1,303 lines). Every line costs the detectors about a
 * kilobyte while they run, whatever its length: 5 MB of blank or one-letter lines (2.5 to 5 million
 * lines) took gigabytes; 15,000 short lines peak at about 140 MB (5 MB of "Putin said so." lines,
 * where the names stage holds the most), 20,000 at 160 MB, over the 150 MB target.
 */
export const DEFAULT_MAX_LINES = 15_000;

/** What the analysis is bounded to, for the warning on a document cut short. */
export const ANALYSIS_BOUNDS = `at most ${DEFAULT_MAX_CHARS.toLocaleString('en-US')} characters and ${DEFAULT_MAX_LINES.toLocaleString('en-US')} lines`;

/** The text up to the last line break (else white space) before `limit`, so no line or word is cut. */
function boundedText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const lineBreak = text.lastIndexOf('\n', limit - 1);
  if (lineBreak > limit / 2) return text.slice(0, lineBreak + 1);
  const space = text.lastIndexOf(' ', limit - 1);
  return text.slice(0, space > limit / 2 ? space + 1 : limit);
}

/** Longest title a record gives: a headline is far shorter, a longer one is the first paragraph of a page without one. */
export const TITLE_MAX_CHARS = 200;

/**
 * The title as a reader would shorten a paragraph taken for one: its first sentence, else its words up
 * to TITLE_MAX_CHARS and "…". The panel, INDEX.yaml and the CLI all show it (a one-line 5 MB file was a 5 MB title).
 */
export function shownTitle(title: string | null): string | null {
  if (title === null || title.length <= TITLE_MAX_CHARS) return title;
  const sentence = /^.{20,}?[.!?]["”’)]?(?=\s)/su.exec(title.slice(0, TITLE_MAX_CHARS));
  if (sentence) return sentence[0];
  const space = title.lastIndexOf(' ', TITLE_MAX_CHARS - 1);
  return `${title.slice(0, space > TITLE_MAX_CHARS / 2 ? space : TITLE_MAX_CHARS - 1).trimEnd()}…`;
}

export function analyze(text: string, options: AnalyzeOptions = {}): FactsRecord {
  const withinChars = boundedText(text, options.maxChars ?? DEFAULT_MAX_CHARS);
  const analysed = withinChars.slice(0, endOfLines(withinChars, options.maxLines ?? DEFAULT_MAX_LINES));
  const warnings: string[] = [];
  if (analysed.length < text.length) {
    warnings.push(`Only the first ${analysed.length.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters were analysed (${ANALYSIS_BOUNDS}); the rest of the file was skipped.`);
  }
  const document = toSeedDocument(analysed);
  const metadata = readMetadata(document);
  const detected = detectBoilerplate(document, {
    title: metadata.title,
    repeatedLines: options.repeatedLines,
  });
  const flagged = flaggedLines(detected, document.lines.length);
  const header = readHeader(document, (line) => flagged[line.number] === 1);
  // The reviewer's "Not boilerplate" lines are those of the regions shown, the header lines released.
  const boilerplate = keepBoilerplate(releaseLines(document, detected, header.lines), analysed, options.corrections);
  const title = shownTitle(declaredHeadline(document) ?? header.title ?? metadata.title);
  const textPublished = declaredPublished(document.lines.slice(0, 40)) ?? header.published ?? metadata.published;
  // A given date comes from INDEX.yaml or a caller: "yesterday" or "2025-02-30" is no reference date.
  const given = options.published ? validIsoDate(options.published) : null;
  const published = textPublished ?? given;
  const publishedFrom = textPublished ? 'text' : given ? 'given' : null;
  const names = correctNames(detectNames(document), options.corrections);
  const dates = detectDates(document, published);
  const quotes = correctSpeakers(detectQuotes(document, names), options.corrections);
  markPageMentions(boilerplate, names, dates, quotes);
  return {
    schema: 'facts/1',
    file: options.file ?? null,
    title,
    published,
    publishedFrom,
    source: metadata.source,
    outlet: header.outlet,
    authors: header.authors.length > 0 ? header.authors : metadata.authors,
    language: detectLanguage(analysed, boilerplate),
    dates,
    names,
    quotes,
    boilerplate,
    amounts: detectAmounts(document),
    warnings,
  };
}

/**
 * Per line number, 1 inside a boilerplate region, except copies of the headline (which is what we
 * look for). An array, not a set: a long page's regions hold tens of thousands of lines.
 */
function flaggedLines(regions: readonly BoilerplateRegion[], lineCount: number): Uint8Array {
  const flagged = new Uint8Array(lineCount + 1);
  for (const region of regions) {
    if (region.kind !== 'duplicate-headline') flagged.fill(1, region.startLine, Math.min(region.endLine, lineCount) + 1);
  }
  return flagged;
}

/**
 * Flags the mentions that lie in boilerplate (a related headline's names, a menu's dates), so the
 * document's own lists count the article's only. Regions and each list are sorted by start.
 */
function markPageMentions(regions: readonly BoilerplateRegion[], ...lists: readonly (readonly (Span & PageMention)[])[]): void {
  if (regions.length === 0) return;
  for (const list of lists) {
    let regionIndex = 0;
    for (const mention of list) {
      while (regionIndex < regions.length && regions[regionIndex]!.end <= mention.start) regionIndex++;
      const region = regions[regionIndex];
      if (region && region.start <= mention.start && mention.end <= region.end) mention.boilerplate = true;
    }
  }
}
