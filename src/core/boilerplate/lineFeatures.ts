/**
 * What the learned line model (lineModel.ts) reads of each line: shapes that carry from one site to
 * another (length, function words, sentence ends, title case, figures, date stamps, the comment
 * thread's "Posted by … | 10:14 AM" lines), jusText's classes, where the line stands against the
 * densest run of prose, and the same measures averaged over the lines around it. No word of any one
 * site: the model is trained on some sites and must hold on pages never seen. The rules' final
 * verdict is left out: they were tuned on the training pages, and with it the model trusted them
 * more than they hold elsewhere (see scripts/train-boilerplate.ts).
 */
import type { ArticleSpan } from './body';
import { type ClassifiedLine, isProse } from './classify';
import { isTitleCase, type LineFeatures, stopWordDensity } from './features';

/** A page as the rules read it: what the model starts from. */
export interface PageReading {
  lines: readonly ClassifiedLine[];
  body: ArticleSpan;
  /** The rules' verdict per line: a kind when boilerplate, null when content. */
  ruleKinds: readonly (string | null)[];
}

/** Clock times and dates in a short line: comment and teaser stamps ("8:18am, EDT", "Tue Jul 24, 2012"). */
const TIME_STAMP = /\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\b|[ap]m,)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b/i;
/** The words of a comment thread's furniture: who posted, when, replies, votes, reports. */
export const COMMENT_CUE = /\b(?:posted by|report (?:this|abuse)|reply|replies|permalink|wrote:|says:|said\.\.\.|votes?|recommend(?:ed)?|like this comment|flag(?:ged)? as)\b/i;
/** Monthly archives and tag clouds: "July (266)", "Politics (12)". */
const COUNT_IN_PARENTHESES = /\(\d+\)\s*$/;
/** Menus and bylines joined by bars, guillemets, bullets. */
const SEPARATOR = /\s[|»•·]\s|\s\|$|^\|/;
const MAY_BE_SEPARATED = /[|»•·]/;
/** A widget's link that leads on: "View the Full Gallery »", "Next Page ›", "1 2 3 Next >" (not a "<Title>"). */
const ENDS_ARROW = /[»›→>]\s*$/;
/** A widget's count and what it counts: "57 Photos", "42 Comments +". */
const COUNT_LABEL = /^\d[\d,.]*\s+\p{L}+(?:\s*\+)?$/u;
/** A social-media handle with at most a few words before it: "Follow @NBCNewsWorld". */
const HANDLE_LINE = /^(?:\S+\s+){0,3}@\w{2,}\s*$/;
const SHORT_LINE_WORDS = 3;
/** "Posted by: a name | Jan 10, 2008" at most; longer lines are the comments themselves. */
const CUE_MAX_WORDS = 10;
export const STAMP_MAX_LENGTH = 80;

/** The per-line measures, before neighbours; the order is the model's (see FEATURE_NAMES). */
const LINE_FEATURES = [
  'in-body', 'in-main-run', 'initial-good', 'initial-near', 'initial-bad', 'final-good', 'has-kind',
  'list-item', 'repeated-in-page', 'log-length', 'stop-word-density', 'ends-sentence', 'title-case', 'figure-share',
  'clause-punctuation', 'before-body', 'after-main-run', 'after-body', 'time-stamp', 'comment-cue', 'count-in-parentheses',
  'separator', 'link-shape', 'few-words', 'ends-colon', 'copies-in-page', 'after-comments-heading', 'stamps-after-main-run',
] as const;

/** Per-line measures averaged over a window of lines on both sides: [measure, radius]. */
const WINDOWS: readonly (readonly [string, number])[] = [
  ['prose', 2], ['prose', 6], ['time-stamp', 4], ['comment-cue', 4],
  ['title-case', 3], ['few-words', 3],
];

export const FEATURE_NAMES: readonly string[] = [
  'bias', ...LINE_FEATURES, ...WINDOWS.map(([name, radius]) => `${name}-around-${radius}`),
];

const LINE_INDEX = new Map<string, number>(LINE_FEATURES.map((name, i) => [name, i]));

/** One row per line, the features in FEATURE_NAMES order, in one flat array (row i at i * width). */
export interface FeatureMatrix {
  width: number;
  values: Float64Array;
}

const OWN_START = 1;
const WINDOWS_START = OWN_START + LINE_FEATURES.length;

/** Where each window's measure is read: its column, or -1 for prose (read from the line's class). */
const WINDOW_SOURCES = WINDOWS.map(([name]) => (name === 'prose' ? -1 : OWN_START + LINE_INDEX.get(name)!));

/** The columns of the features that need the whole page, and of those they read. */
const ownColumn = (name: string): number => OWN_START + LINE_INDEX.get(name)!;
const STAMP_COLUMN = ownColumn('time-stamp');
const CUE_COLUMN = ownColumn('comment-cue');
const COPIES_COLUMN = ownColumn('copies-in-page');
const AFTER_COMMENTS_COLUMN = ownColumn('after-comments-heading');
const STAMPS_AFTER_COLUMN = ownColumn('stamps-after-main-run');

/** Every line's row in one matrix (for training; the analysis reads the rows one by one, see forEachFeatureRow). */
export function lineFeatureMatrix(page: PageReading): FeatureMatrix {
  const width = FEATURE_NAMES.length;
  const values = new Float64Array(page.lines.length * width);
  forEachFeatureRow(page, (row, i) => values.set(row, i * width));
  return { width, values };
}

/**
 * Each line's features, in FEATURE_NAMES order, written in turn into one row that `visit` reads
 * before the next line overwrites it: a matrix of every line's rows cost 272 bytes a line. The
 * windows' measures are summed first, so a row needs no other line's row.
 */
export function forEachFeatureRow(page: PageReading, visit: (row: Float64Array, i: number) => void): void {
  const row = new Float64Array(FEATURE_NAMES.length);
  const windowSums = windowPrefixSums(page, row);
  const count = page.lines.length;
  const commentsFrom = firstCommentsHeading(page);
  let stamps = 0;
  for (let i = 0; i < count; i++) {
    writeOwnFeatures(page, i, row, 0);
    if (i > page.body.mainLast && (row[STAMP_COLUMN]! > 0 || row[CUE_COLUMN]! > 0)) stamps++;
    const line = page.lines[i]!;
    row[COPIES_COLUMN] = Math.log1p((line.original ?? line).copies - 1) / 3;
    row[AFTER_COMMENTS_COLUMN] = i > commentsFrom ? 1 : 0;
    row[STAMPS_AFTER_COLUMN] = Math.log1p(stamps) / 3;
    for (let k = 0; k < WINDOWS.length; k++) {
      const radius = WINDOWS[k]![1];
      const sums = windowSums[k]!;
      const from = Math.max(0, i - radius);
      const to = Math.min(count, i + radius + 1);
      row[WINDOWS_START + k] = (sums[to]! - sums[from]!) / (to - from);
    }
    visit(row, i);
  }
}

/** Per window, the running sums of its measure over the lines (entry i: lines before i); `row` is scratch. */
function windowPrefixSums(page: PageReading, row: Float64Array): Float64Array[] {
  const count = page.lines.length;
  const windowSums = WINDOWS.map(() => new Float64Array(count + 1));
  for (let i = 0; i < count; i++) {
    writeOwnFeatures(page, i, row, 0);
    for (let k = 0; k < WINDOWS.length; k++) {
      const source = WINDOW_SOURCES[k]!;
      const sums = windowSums[k]!;
      sums[i + 1] = sums[i]! + (source < 0 ? (isProse(page.lines[i]) ? 1 : 0) : row[source]!);
    }
  }
  return windowSums;
}

/** The matrix's rows as views (for training). */
export function rowsOf(matrix: FeatureMatrix): Float64Array[] {
  const count = matrix.values.length / matrix.width;
  return Array.from({ length: count }, (_, i) => matrix.values.subarray(i * matrix.width, (i + 1) * matrix.width));
}

export const STAMP = 1;
export const CUE = 2;
const COUNT = 4;
const SEPARATED = 8;
const LINKED = 16;

/** The shapes the patterns find in the line's text, as bits; kept on its features, which outlive one analysis. */
export function lineShapes(f: LineFeatures): number {
  return (f.shapes ??= shapesOf(f));
}

function shapesOf(f: LineFeatures): number {
  const short = f.length <= STAMP_MAX_LENGTH;
  const stamp = short && f.numbers > 0 && TIME_STAMP.test(f.text) ? STAMP : 0;
  const cue = short && f.words <= CUE_MAX_WORDS && COMMENT_CUE.test(f.text) ? CUE : 0;
  const count = short && f.text.endsWith(')') && COUNT_IN_PARENTHESES.test(f.text) ? COUNT : 0;
  const separated = MAY_BE_SEPARATED.test(f.text) && SEPARATOR.test(f.text) ? SEPARATED : 0;
  const linked = short && isLinkShaped(f) ? LINKED : 0;
  return stamp | cue | count | separated | linked;
}

/** A widget's link line; the three shapes are one feature, each too rare in the training pages to weigh alone. */
function isLinkShaped(f: LineFeatures): boolean {
  const { text } = f;
  return (ENDS_ARROW.test(text) && !text.startsWith('<')) || (f.numbers > 0 && COUNT_LABEL.test(text)) ||
    (text.includes('@') && HANDLE_LINE.test(text));
}

/** The line's own measures, written to `values` from `row` on (the bias first). */
function writeOwnFeatures(page: PageReading, i: number, values: Float64Array, row: number): void {
  const { body } = page;
  const line = page.lines[i]!;
  const f = line.features;
  let o = row;
  values[o++] = 1;
  values[o++] = i >= body.first && i <= body.last ? 1 : 0;
  values[o++] = i >= body.first && i <= body.mainLast ? 1 : 0;
  values[o++] = line.initial === 'good' ? 1 : 0;
  values[o++] = line.initial === 'near' ? 1 : 0;
  values[o++] = line.initial === 'bad' ? 1 : 0;
  values[o++] = line.final === 'good' ? 1 : 0;
  values[o++] = line.kind ? 1 : 0;
  values[o++] = line.listItem ? 1 : 0;
  values[o++] = line.repeated ? 1 : 0;
  values[o++] = Math.log1p(f.length) / 6;
  values[o++] = stopWordDensity(f);
  values[o++] = f.endsSentence ? 1 : 0;
  values[o++] = isTitleCase(f) ? 1 : 0;
  values[o++] = f.words === 0 ? 0 : f.numbers / f.words;
  values[o++] = f.hasClausePunctuation ? 1 : 0;
  values[o++] = Math.log1p(Math.max(0, body.first - i)) / 5;
  values[o++] = Math.log1p(Math.max(0, i - body.mainLast)) / 5;
  values[o++] = i > body.last ? 1 : 0;
  const shapes = lineShapes(f);
  values[o++] = shapes & STAMP;
  values[o++] = (shapes & CUE) >> 1;
  values[o++] = (shapes & COUNT) >> 2;
  values[o++] = (shapes & SEPARATED) >> 3;
  values[o++] = (shapes & LINKED) >> 4;
  values[o++] = f.words <= SHORT_LINE_WORDS ? 1 : 0;
  values[o] = f.text.endsWith(':') ? 1 : 0;
  // copies-in-page, after-comments-heading and stamps-after-main-run need the page: see forEachFeatureRow.
}

/** The first line after the main run that the phrases name as a comments heading; the page's length when none. */
function firstCommentsHeading(page: PageReading): number {
  for (let i = Math.max(0, page.body.mainLast); i < page.lines.length; i++) if (page.lines[i]!.kind === 'comments') return i;
  return page.lines.length;
}
