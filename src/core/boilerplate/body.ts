/**
 * Where the article is: the run of lines with the most prose in it, found as a maximum-sum
 * subarray (Kadane, one pass). Prose adds its length, other lines subtract, so the run
 * crosses a short block of furniture inside the article but stops at the long menus and link
 * lists before and after it.
 */
import { type ClassifiedLine, isProse } from './classify';
import { PAGE_LINKS } from './lists';
import { CUE, lineShapes } from './lineFeatures';
import { GALLERY } from './phrases';

export interface BodySpan {
  /** Indices into the classified lines, inclusive; `first > last` when there is no prose. */
  first: number;
  last: number;
}

/** The body, and where its densest run ended before any continuation after an interruption. */
export interface ArticleSpan extends BodySpan {
  mainLast: number;
}

/** Furniture that comes after the article, never inside it: the body does not run on past it. */
const ARTICLE_END_KINDS = new Set(['footer', 'comments']);

/**
 * Line weights, in characters of prose (tuned on the development pages; the unit tests pin the
 * behaviour they buy). Near-good prose counts part of its length; a summary boxed in by headlines
 * and dates counts less; each line of a run of non-prose costs more than the one before, so a
 * caption or an "Advertisement" inside the article is cheap to cross and a menu is not.
 */
const NEAR_SHARE = 0.4;
const BOXED_IN_SHARE = 0.3;
const LIST_ITEM_WORTH = 5;
const SHORT_COST = 15;
const BAD_COST = 35;
const COST_GROWTH = 8;
const ARTICLE_END_COST = 300;
const COMMENT_CUE_COST = 300;
/** One very long line (a whole page glued together) is not a whole article. */
const MAX_LINE_WORTH = 600;

/** Furniture that interrupts an article: a paragraph between two of these is still the article's. */
const INTERRUPTION_KINDS = new Set([PAGE_LINKS, GALLERY, 'advertisement', 'share', 'social-prompt', 'related-links', 'app-prompt', 'subscription', 'caption']);

/**
 * A neighbour that makes a paragraph look like a teaser's summary or a footer's blurb: a headline,
 * a name, a date, a copyright line. A paragraph between two "Advertisement" lines is not boxed in.
 */
function isBoxedIn(neighbour: ClassifiedLine | undefined): boolean {
  if (isProse(neighbour)) return false;
  const kind = neighbour?.kind ?? null;
  return kind === null || !INTERRUPTION_KINDS.has(kind);
}

function isBoxedInProse(lines: readonly ClassifiedLine[], i: number): boolean {
  return isBoxedIn(lines[i - 1]) && isBoxedIn(lines[i + 1]);
}

/** What one line is worth, in characters of prose; `gap` counts the non-prose lines just before it. */
function weight(lines: readonly ClassifiedLine[], i: number, gap: number, closeCopies: ReadonlySet<ClassifiedLine>): number {
  const line = lines[i]!;
  const length = Math.min(line.features.length, MAX_LINE_WORTH);
  if (isProse(line)) {
    if (line.repeated && !closeCopies.has(line)) return 0;
    const worth = line.initial === 'good' ? length : length * NEAR_SHARE;
    return isBoxedInProse(lines, i) ? worth * BOXED_IN_SHARE : worth;
  }
  if (line.listItem) return LIST_ITEM_WORTH;
  // A gallery's page links or its viewer's controls inside the article (its photos between paragraphs) cost nothing to cross.
  if (line.kind === PAGE_LINKS || line.kind === GALLERY) return 0;
  if (isArticleEnd(line)) return -ARTICLE_END_COST;
  // A comment's buttons ("Recommend? (3)", "Report this comment", "Reply"): each comment of a thread
  // is a run of its own, and a long thread's prose no longer outweighs the article above it.
  if ((lineShapes(line.features) & CUE) !== 0) return -COMMENT_CUE_COST;
  return -((line.initial === 'short' ? SHORT_COST : BAD_COST) + COST_GROWTH * gap);
}

/** The densest run, then the article's continuations after a block of furniture inside it. */
export function findBody(lines: readonly ClassifiedLine[]): ArticleSpan {
  const closeCopies = firstOfCloseCopies(lines);
  const main = densestRun(lines, 0, lines.length, closeCopies);
  let last = main.last;
  for (let resumed = 0; resumed < MAX_RESUMES; resumed++) {
    const next = densestRun(lines, last + 1, articleEndAfter(lines, last + 1), closeCopies);
    if (!continuesArticle(lines, next, last, main.score)) break;
    last = next.last;
  }
  return { first: leadParagraphBefore(lines, main.first), last, mainLast: main.last };
}

/**
 * A paragraph printed again a few lines below is a passage the page shows twice in a row (a
 * paywalled article's preview above the article, a lead repeated under its byline): its first copy
 * is the article's and counts. Copies further apart are a teaser's summary or a ticker's item shown
 * again in another list: none of them counts.
 */
const CLOSE_COPY_LINES = 12;

function firstOfCloseCopies(lines: readonly ClassifiedLine[]): Set<ClassifiedLine> {
  const firsts = new Set<ClassifiedLine>();
  const seen = new Set<ClassifiedLine>();
  for (const line of lines) {
    const original = line.original;
    if (original === null || seen.has(original)) continue;
    seen.add(original);
    if (line.features.index - original.features.index <= CLOSE_COPY_LINES) firsts.add(original);
  }
  return firsts;
}

/** How far above the body a lead paragraph may stand, a photo and its caption or the byline between. */
const LEAD_REACH = 6;
/** What may stand between the lead paragraph and the rest: a photo's caption, the byline and date, share buttons and follow prompts. */
const LEAD_CROSSES = new Set(['caption', 'byline-furniture', 'share', 'social-prompt']);

/**
 * The article's first paragraph, when a photo caption or a sub-heading separates it from the rest,
 * scores too little to start the densest run; take it in when only captions, bylines, share buttons and
 * plain lines lie between (news pages often print the byline under the first paragraph).
 */
function leadParagraphBefore(lines: readonly ClassifiedLine[], first: number): number {
  for (let i = first - 1; i >= Math.max(0, first - LEAD_REACH); i--) {
    const line = lines[i]!;
    if (line.kind !== null && !LEAD_CROSSES.has(line.kind)) break;
    if (isProse(line) && line.features.endsSentence) return i;
  }
  return first;
}

/** How many interruptions (related links, ads) one article may have. */
const MAX_RESUMES = 3;
/** An interruption longer than this many lines is where the article ended. */
const MAX_INTERRUPTION = 25;
/** A continuation holds a fair share of the article's prose, not one teaser. */
const CONTINUATION_SHARE = 0.1;
const CONTINUATION_MIN_SCORE = 100;

interface ScoredSpan extends BodySpan {
  score: number;
}

function continuesArticle(lines: readonly ClassifiedLine[], next: ScoredSpan, last: number, mainScore: number): boolean {
  if (next.first > next.last || next.first - last > MAX_INTERRUPTION) return false;
  if (next.score < Math.max(CONTINUATION_MIN_SCORE, CONTINUATION_SHARE * mainScore)) return false;
  // A paragraph of the article's own, unlike teasers' summaries, each boxed in by a headline and a date.
  for (let i = next.first; i <= next.last; i++) if (isProse(lines[i]) && !isBoxedInProse(lines, i)) return true;
  return false;
}

function articleEndAfter(lines: readonly ClassifiedLine[], from: number): number {
  for (let i = from; i < lines.length; i++) if (isArticleEnd(lines[i]!)) return i;
  return lines.length;
}

function isArticleEnd(line: ClassifiedLine): boolean {
  return line.kind !== null && ARTICLE_END_KINDS.has(line.kind);
}

/** Kadane's maximum-sum subarray over `lines[from..to)`. */
function densestRun(lines: readonly ClassifiedLine[], from: number, to: number, closeCopies: ReadonlySet<ClassifiedLine>): ScoredSpan {
  let best: ScoredSpan = { first: from, last: from - 1, score: 0 };
  let sum = 0;
  let first = from;
  let gap = 0;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      first = i;
    }
    const worth = weight(lines, i, gap, closeCopies);
    gap = worth < 0 ? gap + 1 : 0;
    sum += worth;
    if (sum > best.score) best = { first, last: i, score: sum };
  }
  return best;
}
