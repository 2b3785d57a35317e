/**
 * Reader comments after the article: a thread is a block where comment furniture repeats every few
 * lines (a date or clock stamp, "Reply", "Report this comment", "3 votes", "Posted by"), whatever the
 * comments themselves say. Their text is prose, so neither the line model nor the rules' body can tell
 * a long comment from a paragraph; the repeating furniture around them can. The densest run of prose
 * often runs on through a long thread, so a thread may start inside it, but only once the article has
 * had some paragraphs of its own: a dateline or the stamps of a byline start no thread.
 */
import { isProse } from './classify';
import { COMMENT_CUE, CUE, lineShapes, type PageReading, STAMP, STAMP_MAX_LENGTH } from './lineFeatures';

/**
 * A comment's stamp tells the time of day or how long ago; a date alone is also how embedded posts and
 * quoted tweets inside an article end ("— A Name (@name) November 18, 2019"), so it marks no thread.
 */
const CLOCK_OR_AGO = /\b\d{1,2}:\d{2}\s*[ap]\.?m\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b/i;

/** A thread's furniture recurs at least this often: no more than this many lines between two marks. */
const MAX_GAP = 8;
/** One stamp is a teaser's date and two a byline's; a thread repeats its marks. */
const MIN_MARKS = 3;
/** How many lines of the last comment's text may follow the last mark. */
const LAST_COMMENT_LINES = 6;
/** Characters of prose the article has before a thread may start. */
const ARTICLE_BEFORE_THREAD = 600;

/** True for each line of a comment thread after the article. */
export function commentThreadLines(page: PageReading): boolean[] {
  return recordLines(page, isMark);
}

/**
 * True for each line of a list of dated teasers after the article: headline, author, a line that is
 * only a date, a summary, again and again. Their summaries are prose like the article's; the date
 * lines repeating every few lines are not (a byline's date stands once).
 */
export function datedTeaserLines(page: PageReading): boolean[] {
  return recordLines(page, isDateLine);
}

/** A line that is a date or a time stamp and little more (the phrases' byline furniture, with a stamp's shape). */
function isDateLine(page: PageReading, i: number): boolean {
  const line = page.lines[i]!;
  return line.kind === 'byline-furniture' && line.features.length <= DATE_LINE_MAX_LENGTH && (lineShapes(line.features) & STAMP) !== 0;
}

const DATE_LINE_MAX_LENGTH = 40;

/** Lines of the blocks after the article's opening where a mark recurs every few lines, from the first record to the last. */
function recordLines(page: PageReading, isRecordMark: (page: PageReading, i: number) => boolean): boolean[] {
  const inThread = page.lines.map(() => false);
  if (page.body.first > page.body.last) return inThread;
  const from = afterArticleOpening(page);
  const marks: number[] = [];
  for (let i = from; i < page.lines.length; i++) if (isRecordMark(page, i)) marks.push(i);
  let start = 0;
  for (let k = 1; k <= marks.length; k++) {
    if (k < marks.length && marks[k]! - marks[k - 1]! <= MAX_GAP) continue;
    if (k - start >= MIN_MARKS) markThread(page, inThread, marks.slice(start, k), from);
    start = k;
  }
  return inThread;
}

/** The first line after ARTICLE_BEFORE_THREAD characters of the body's prose (or after the densest run, if sooner). */
export function afterArticleOpening(page: PageReading): number {
  let prose = 0;
  for (let i = page.body.first; i <= page.body.mainLast; i++) {
    if (isProse(page.lines[i])) prose += page.lines[i]!.features.length;
    if (prose >= ARTICLE_BEFORE_THREAD) return i + 1;
  }
  return page.body.mainLast + 1;
}

function isMark(page: PageReading, i: number): boolean {
  const line = page.lines[i]!;
  if (line.kind === 'comments') return true;
  const shapes = lineShapes(line.features);
  return (shapes & CUE) !== 0 || ((shapes & STAMP) !== 0 && CLOCK_OR_AGO.test(line.features.text)) || isStampedCue(line.features.text);
}

/**
 * A comment's stamp and its buttons on one line: "November 12, 2012 18:06:00 Reply 0 Flag this comment".
 * The model's cue counts at most CUE_MAX_WORDS words, and a 24-hour clock's figures count as words.
 */
function isStampedCue(text: string): boolean {
  return text.length <= STAMP_MAX_LENGTH && CLOCK_24.test(text) && COMMENT_CUE.test(text);
}

const CLOCK_24 = /\b\d{1,2}:\d{2}(?::\d{2})?\b/;

/**
 * The thread from its first comment to its last: the first comment's name and text may stand above
 * its mark, as far as one comment reaches (the widest gap between marks), and the thread starts at
 * the highest line there that is not prose (the name, or a comments heading). A thread whose first
 * mark is its heading starts there.
 */
function markThread(page: PageReading, inThread: boolean[], marks: readonly number[], from: number): void {
  const firstMark = marks[0]!;
  const lastMark = marks[marks.length - 1]!;
  let reach = 0;
  for (let k = 1; k < marks.length; k++) reach = Math.max(reach, marks[k]! - marks[k - 1]! - 1);
  let first = firstMark;
  if (page.lines[firstMark]!.kind === 'comments') reach = 0;
  for (let i = firstMark - 1; i >= Math.max(from, firstMark - reach); i--) if (!isProse(page.lines[i])) first = i;
  let last = lastMark;
  while (last + 1 < page.lines.length && last - lastMark < LAST_COMMENT_LINES && isProse(page.lines[last + 1])) last++;
  for (let i = first; i <= last; i++) inThread[i] = true;
}
