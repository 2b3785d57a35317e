/**
 * Teaser lists after the article: a short heading that ends with a colon ("More world stories from
 * the desk:") over three or more headlines; three or more headlines on consecutive lines of one block
 * (a "Don't miss these stories" box, whatever its heading); and runs of lines that end in a count
 * ("A story title (729)", "July (266)": most-commented lists and monthly archives). A headline has
 * four words or more and no full stop; an article's own list under a colon is mostly of shorter items
 * ("Chester", "Boonton: out Thursday"), of sentences, or of rows the list rules recognise (dates and
 * places). Only lines after the article's first paragraphs count.
 */
import { type ClassifiedLine, isProse } from './classify';
import { type PageReading } from './lineFeatures';

const COUNT_AT_END = /\(\d[\d,]*\)\s*$/;
const MIN_ITEMS = 3;
const HEADING_MAX_WORDS = 8;
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 20;
/** A headline may ask or exclaim ("Has the beauty case been found?"); a statement's full stop ends a sentence. */
const ASKS = /[?!]["”’]?$/;

/** True for each line of a teaser list from `from` on. */
export function teaserListLines(page: PageReading, from: number): boolean[] {
  const flagged = page.lines.map(() => false);
  const { lines } = page;
  for (let i = from; i < lines.length; i++) {
    const counted = runLength(lines, i, isCounted);
    if (counted >= MIN_ITEMS) {
      flagged.fill(true, i, i + counted);
      i += counted - 1;
      continue;
    }
    const stacked = stackedHeadlines(lines, i);
    if (stacked >= MIN_ITEMS) {
      flagged.fill(true, i, i + stacked);
      i += stacked - 1;
      continue;
    }
    if (!isListHeading(lines[i]!)) continue;
    const headlines = runLength(lines, i + 1, isHeadline);
    if (headlines >= MIN_ITEMS) {
      flagged.fill(true, i, i + 1 + headlines);
      i += headlines;
    }
  }
  return flagged;
}

/** Line `i` heads a teaser list: a short heading with a colon over three headlines or more. */
export function headsTeaserList(lines: readonly ClassifiedLine[], i: number): boolean {
  return isListHeading(lines[i]!) && runLength(lines, i + 1, isHeadline) >= MIN_ITEMS;
}

function runLength(lines: readonly ClassifiedLine[], from: number, holds: (line: ClassifiedLine) => boolean): number {
  let end = from;
  while (end < lines.length && holds(lines[end]!)) end++;
  return end - from;
}

/**
 * Headlines on consecutive lines of one block from `from` on. An article's own sub-headings stand
 * alone between blank lines, each over its paragraphs; a teaser box prints its headlines one under another.
 */
function stackedHeadlines(lines: readonly ClassifiedLine[], from: number): number {
  let end = from;
  while (end < lines.length && isHeadline(lines[end]!) && (end === from || lines[end]!.features.index === lines[end - 1]!.features.index + 1)) end++;
  return end - from;
}

function isCounted(line: ClassifiedLine): boolean {
  return line.features.text.endsWith(')') && COUNT_AT_END.test(line.features.text);
}

function isListHeading(line: ClassifiedLine): boolean {
  const f = line.features;
  return f.text.endsWith(':') && f.words > 0 && f.words <= HEADING_MAX_WORDS;
}

function isHeadline(line: ClassifiedLine): boolean {
  const f = line.features;
  return !line.listItem && f.words >= HEADLINE_MIN_WORDS && f.words <= HEADLINE_MAX_WORDS && !/[.;:]$/.test(f.text) && !(isProse(line) && f.endsSentence && !ASKS.test(f.text));
}
