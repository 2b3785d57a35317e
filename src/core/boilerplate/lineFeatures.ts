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
import { isTitleCase, stopWordDensity } from './features';

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
const COMMENT_CUE = /\b(?:posted by|report (?:this|abuse)|reply|replies|permalink|wrote:|says:|said\.\.\.|votes?|recommend(?:ed)?|like this comment|flag(?:ged)? as)\b/i;
/** Monthly archives and tag clouds: "July (266)", "Politics (12)". */
const COUNT_IN_PARENTHESES = /\(\d+\)\s*$/;
/** Menus and bylines joined by bars, guillemets, bullets. */
const SEPARATOR = /\s[|»•·]\s|\s\|$|^\|/;
const MAY_BE_SEPARATED = /[|»•·]/;
const SHORT_LINE_WORDS = 3;
const STAMP_MAX_LENGTH = 80;

/** The per-line measures, before neighbours; the order is the model's (see FEATURE_NAMES). */
const LINE_FEATURES = [
  'in-body', 'in-main-run', 'initial-good', 'initial-near', 'initial-bad', 'final-good', 'has-kind',
  'list-item', 'repeated-in-page', 'log-length', 'stop-word-density', 'ends-sentence', 'title-case', 'figure-share',
  'clause-punctuation', 'before-body', 'after-main-run', 'after-body', 'time-stamp', 'comment-cue', 'count-in-parentheses',
  'separator', 'few-words', 'ends-colon', 'copies-in-page', 'after-comments-heading', 'stamps-after-main-run',
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

export function lineFeatureMatrix(page: PageReading): FeatureMatrix {
  const width = FEATURE_NAMES.length;
  const values = new Float64Array(page.lines.length * width);
  page.lines.forEach((line, i) => {
    values[i * width] = 1;
    values.set(ownFeatures(page, line, i), i * width + OWN_START);
  });
  addPageFeatures(page, values, width);
  const column = new Float64Array(page.lines.length);
  WINDOWS.forEach(([name, radius], k) => {
    const at = OWN_START + (LINE_INDEX.get(name) ?? -1);
    page.lines.forEach((line, i) => (column[i] = name === 'prose' ? (isProse(line) ? 1 : 0) : values[i * width + at]!));
    windowMeansInto(column, radius, values, width, WINDOWS_START + k);
  });
  return { width, values };
}

/** The matrix's rows as views (for training). */
export function rowsOf(matrix: FeatureMatrix): Float64Array[] {
  const count = matrix.values.length / matrix.width;
  return Array.from({ length: count }, (_, i) => matrix.values.subarray(i * matrix.width, (i + 1) * matrix.width));
}

function ownFeatures(page: PageReading, line: ClassifiedLine, i: number): number[] {
  const { body } = page;
  const f = line.features;
  const short = f.length <= STAMP_MAX_LENGTH;
  return [
    i >= body.first && i <= body.last ? 1 : 0,
    i >= body.first && i <= body.mainLast ? 1 : 0,
    line.initial === 'good' ? 1 : 0,
    line.initial === 'near' ? 1 : 0,
    line.initial === 'bad' ? 1 : 0,
    line.final === 'good' ? 1 : 0,
    line.kind ? 1 : 0,
    line.listItem ? 1 : 0,
    line.repeated ? 1 : 0,
    Math.log1p(f.length) / 6,
    stopWordDensity(f),
    f.endsSentence ? 1 : 0,
    isTitleCase(f) ? 1 : 0,
    f.words === 0 ? 0 : f.numbers / f.words,
    f.hasClausePunctuation ? 1 : 0,
    Math.log1p(Math.max(0, body.first - i)) / 5,
    Math.log1p(Math.max(0, i - body.mainLast)) / 5,
    i > body.last ? 1 : 0,
    short && f.numbers > 0 && TIME_STAMP.test(f.text) ? 1 : 0,
    short && COMMENT_CUE.test(f.text) ? 1 : 0,
    short && f.text.endsWith(')') && COUNT_IN_PARENTHESES.test(f.text) ? 1 : 0,
    MAY_BE_SEPARATED.test(f.text) && SEPARATOR.test(f.text) ? 1 : 0,
    f.words <= SHORT_LINE_WORDS ? 1 : 0,
    f.text.endsWith(':') ? 1 : 0,
    0,
    0,
    0,
  ];
}

/** Lines longer than this are not counted as copies of each other here (the classifier's `repeated` marks them). */
const MAX_COUNTED_LENGTH = 200;

/** Features that need the whole page: copies of a line, and what lies between the main run and the line. */
function addPageFeatures(page: PageReading, values: Float64Array, width: number): void {
  const copies = new Map<string, number>();
  for (const line of page.lines) if (line.features.text.length <= MAX_COUNTED_LENGTH) copies.set(line.features.text, (copies.get(line.features.text) ?? 0) + 1);
  const commentsFrom = firstCommentsHeading(page);
  const column = (name: string): number => OWN_START + LINE_INDEX.get(name)!;
  const [stamp, cue, copied, afterComments, stampsAfter] =
    ['time-stamp', 'comment-cue', 'copies-in-page', 'after-comments-heading', 'stamps-after-main-run'].map(column) as [number, number, number, number, number];
  let stamps = 0;
  page.lines.forEach((line, i) => {
    const row = i * width;
    if (i > page.body.mainLast && (values[row + stamp]! > 0 || values[row + cue]! > 0)) stamps++;
    const count = copies.get(line.features.text) ?? (line.repeated ? 2 : 1);
    values[row + copied] = Math.log1p(count - 1) / 3;
    values[row + afterComments] = i > commentsFrom ? 1 : 0;
    values[row + stampsAfter] = Math.log1p(stamps) / 3;
  });
}

/** The first line after the main run that the phrases name as a comments heading; the page's length when none. */
function firstCommentsHeading(page: PageReading): number {
  for (let i = Math.max(0, page.body.mainLast); i < page.lines.length; i++) if (page.lines[i]!.kind === 'comments') return i;
  return page.lines.length;
}

/** Writes the mean of `column` over [i - radius, i + radius], clipped to the page, to `values` at row i, column `at` (prefix sums). */
function windowMeansInto(column: Float64Array, radius: number, values: Float64Array, width: number, at: number): void {
  const sums = new Float64Array(column.length + 1);
  for (let i = 0; i < column.length; i++) sums[i + 1] = sums[i]! + column[i]!;
  for (let i = 0; i < column.length; i++) {
    const from = Math.max(0, i - radius);
    const to = Math.min(column.length, i + radius + 1);
    values[i * width + at] = (sums[to]! - sums[from]!) / (to - from);
  }
}
